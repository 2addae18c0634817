// What several server instances on one PostgreSQL log share through it: change notifications (LISTEN/NOTIFY),
// the Idempotency-Key responses (first kept wins), batched stream reads, and the migration that adds them.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres/postgres.js';
import { freshSchema, pgForTests } from './postgres/test-cluster.js';
import { digitised, received, streamOf } from './test-support.js';

const pgt = pgForTests('PostgreSQL shared-log test');

async function sql(text: string): Promise<pg.QueryResultRow[]> {
  const c = new pg.Client({ connectionString: pgt.url() });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe.skipIf(pgt.skip)('PostgreSQL: what instances on one log share', () => {
  const open = (schema: string) => openPostgresStore({ connectionString: pgt.url(), schema });

  it("wakes a watcher when another process's store commits, and stops when told", async () => {
    const schema = freshSchema();
    const [a, b] = [await open(schema), await open(schema)];
    try {
      let calls = 0;
      let woke!: () => void;
      const heard = new Promise<void>((r) => {
        woke = r;
      });
      const stop = b.watch(() => {
        calls++;
        woke();
      });
      // The listener connects in the background; it says "look" once it is up, then on each commit.
      await heard;
      const before = calls;
      const second = new Promise<void>((r) => {
        woke = r;
      });
      await a.append(streamOf('W1'), [received('W1')], 'no-stream');
      await second;
      expect(calls).toBeGreaterThan(before);
      stop();
      const after = calls;
      await a.append(streamOf('W1'), [digitised()], 0n);
      await b.headPosition(); // a round trip: a notification would have arrived by now
      await new Promise((r) => setTimeout(r, 100));
      expect(calls).toBe(after);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps the first response for a scope; a later one, from any instance, gets the first back', async () => {
    const schema = freshSchema();
    const [a, b] = [await open(schema), await open(schema)];
    try {
      const first = { requestHash: 'h1', status: 201, headers: { etag: '"0"', 'content-type': 'x' }, body: '{"a":1}' };
      const second = { requestHash: 'h1', status: 200, headers: { etag: '"1"' }, body: '{"b":2}' };
      expect(await b.responses.get('s1')).toBeUndefined();
      expect(await a.responses.keep('s1', first)).toEqual(first);
      expect(await b.responses.keep('s1', second)).toEqual(first);
      expect(await b.responses.get('s1')).toEqual(first);
      // Racing keeps of one scope: every caller learns the same winner.
      const raced = await Promise.all(
        [a, b, a, b].map((s, i) => s.responses.keep('s2', { ...first, body: `{"n":${i}}` })),
      );
      expect(new Set(raced.map((r) => r.body)).size).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('reads many streams in one query, each in revision order', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    try {
      await s.append(streamOf('R1'), [received('R1')], 'no-stream');
      await s.append(streamOf('R2'), [received('R2')], 'no-stream');
      await s.append(streamOf('R1'), [digitised()], 0n);
      const got = await s.readStreams([streamOf('R1'), streamOf('R2'), streamOf('R3')]);
      expect([...got.keys()].sort()).toEqual([streamOf('R1'), streamOf('R2')]);
      expect(got.get(streamOf('R1'))!.map((e) => e.revision)).toEqual([0n, 1n]);
    } finally {
      await s.close();
    }
  });

  it('brings a log of schema version 1 up to the current version, keeping its events', async () => {
    const schema = freshSchema();
    const s = await open(schema);
    await s.append(streamOf('M1'), [received('M1')], 'no-stream');
    await s.close();
    // What a log written by the first release looks like.
    await sql(`DROP TABLE ${schema}.server_idempotency; DELETE FROM ${schema}.schema_version WHERE version > 1`);
    const again = await open(schema);
    try {
      expect(await sql(`SELECT version FROM ${schema}.schema_version ORDER BY 1`)).toEqual([
        { version: 1 },
        { version: 2 },
      ]);
      expect(await again.readStream(streamOf('M1'))).toHaveLength(1);
      expect(await again.responses.get('none')).toBeUndefined();
    } finally {
      await again.close();
    }
  });
});
