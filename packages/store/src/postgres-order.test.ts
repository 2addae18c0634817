// Readers never skip an event: with several writers committing concurrently (each through its own
// connection pool, as separate instances would), a reader that polls "everything after the last
// position I saw" and a live subscription both see every event exactly once, in position order, and
// the positions are gap-free. The first test shows the same follower does miss an event when
// positions are taken before commit (a plain sequence), which is the hazard the head lock prevents.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type AppendRequest, type RecordedEvent, WrongExpectedRevision } from './port.js';
import { openPostgresStore, type PostgresStore } from './postgres/postgres.js';
import { freshSchema, pgForTests } from './postgres/test-cluster.js';
import { digitised, received, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const pgt = pgForTests('PostgreSQL commit-order test');

/** A catch-up reader: each poll asks for the positions after the last one it has seen. */
function follower(readAfter: (last: bigint) => Promise<bigint[]>) {
  const seen: bigint[] = [];
  return {
    seen,
    async poll(): Promise<number> {
      const got = await readAfter(seen.at(-1) ?? 0n);
      seen.push(...got);
      return got.length;
    },
  };
}

const missing = (all: readonly bigint[], seen: readonly bigint[]) => all.filter((p) => !seen.includes(p));

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: pgt.url() });
  await c.connect();
  return c;
}

describe.skipIf(pgt.skip)('PostgreSQL: readers never skip an event', () => {
  it('the follower misses an event when positions come from a sequence taken before commit', async () => {
    const schema = freshSchema('naive');
    const [a, b, reader] = [await client(), await client(), await client()];
    try {
      await a.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.log (position bigserial PRIMARY KEY)`);
      const f = follower(async (last) =>
        (
          await reader.query(`SELECT position FROM ${schema}.log WHERE position > $1 ORDER BY position`, [String(last)])
        ).rows.map((r: { position: string }) => BigInt(r.position)),
      );
      await a.query('BEGIN');
      await a.query(`INSERT INTO ${schema}.log DEFAULT VALUES`); // takes position 1, commits later
      await b.query(`INSERT INTO ${schema}.log DEFAULT VALUES`); // takes position 2, commits now
      await f.poll();
      await a.query('COMMIT');
      await f.poll();
      const all = (await reader.query(`SELECT position FROM ${schema}.log ORDER BY position`)).rows.map(
        (r: { position: string }) => BigInt(r.position),
      );
      expect(all).toEqual([1n, 2n]);
      expect(missing(all, f.seen)).toEqual([1n]);
    } finally {
      await Promise.all([a.end(), b.end(), reader.end()]);
    }
  });

  it('the same commands sent to two instances at once are each written exactly once', async () => {
    const schema = freshSchema('retry');
    const [a, b] = [
      await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: 4 }),
      await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: 4 }),
    ];
    try {
      const commands = Array.from({ length: 12 }, (_, i) => ({ c: `R${i}`, events: [received(`R${i}`), digitised()] }));
      const results = await Promise.all(
        commands.flatMap(({ c, events }) => [a, b].map((s) => s.append(streamOf(c), events, 'no-stream'))),
      );
      for (let i = 0; i < commands.length; i++) {
        const [x, y] = [results[2 * i]!, results[2 * i + 1]!];
        expect([x.deduplicated, y.deduplicated].sort()).toEqual([false, true]);
        expect(x.position).toBe(y.position);
      }
      expect(await a.headPosition()).toBe(24n);
      expect(await verifyChain(b)).toMatchObject({ ok: true, size: 24n });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('instances racing on the same streams: every write lands on the revision it expected, or is refused', async () => {
    const schema = freshSchema('race');
    const stores = [
      await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: 2 }),
      await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: 2 }),
      await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: 2 }),
    ];
    try {
      const codes = ['Q0', 'Q1', 'Q2', 'Q3'];
      for (const c of codes) await stores[0]!.append(streamOf(c), [received(c)], 'no-stream');
      const won = new Map<string, bigint[]>(codes.map((c) => [streamOf(c), []]));
      let refused = 0;
      // Each lane appends at the revision it last saw; a conflict tells it the actual one to try next.
      const lane = async (store: PostgresStore, offset: number) => {
        const seen = new Map<string, bigint>(codes.map((c) => [streamOf(c), 0n]));
        for (let i = 0; i < 24; i++) {
          const streamId = streamOf(codes[(i + offset) % codes.length]!);
          try {
            const r = await store.append(streamId, [digitised()], seen.get(streamId)!);
            expect(r.nextRevision).toBe(seen.get(streamId)! + 1n);
            won.get(streamId)!.push(r.nextRevision);
            seen.set(streamId, r.nextRevision);
          } catch (e) {
            expect(e).toBeInstanceOf(WrongExpectedRevision);
            seen.set(streamId, (e as WrongExpectedRevision).actual as bigint);
            refused++;
          }
        }
      };
      await Promise.all(stores.flatMap((s, i) => [lane(s, i), lane(s, i + 1)]));
      expect(refused).toBeGreaterThan(0); // the lanes really raced
      let total = codes.length;
      for (const [streamId, revisions] of won) {
        // No two writers got the same revision, and none was skipped.
        expect([...revisions].sort((a, b) => (a < b ? -1 : 1))).toEqual(revisions.map((_, i) => BigInt(i + 1)));
        expect((await stores[1]!.readStream(streamId)).map((e) => e.revision)).toEqual(
          [0n, ...revisions].map((_, i) => BigInt(i)),
        );
        total += revisions.length;
      }
      expect(await verifyChain(stores[2]!)).toMatchObject({ ok: true, size: BigInt(total) });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('concurrent writers on separate pools: a polling reader and a live subscription see every event once, in order', async () => {
    const schema = freshSchema('order');
    const WRITERS = 4;
    const LANES = 2; // concurrent appends per writer (its pool has a connection for each)
    const COMMANDS = 25; // per lane
    const writers: PostgresStore[] = [];
    for (let w = 0; w < WRITERS; w++) {
      writers.push(await openPostgresStore({ connectionString: pgt.url(), schema, poolSize: LANES }));
    }
    const reader = await openPostgresStore({ connectionString: pgt.url(), schema, pollMs: 5, poolSize: 2 });
    try {
      const f = follower(async (last) => {
        const out: bigint[] = [];
        for await (const batch of reader.readAll({ fromPosition: last + 1n, batchSize: 7 })) {
          for (const e of batch) out.push(e.position);
        }
        return out;
      });
      const sub = reader.subscribe(0n);
      const subscribed: RecordedEvent[] = [];
      const subscribing = (async () => {
        for await (const e of sub) subscribed.push(e);
      })();

      // Each lane opens dossiers and appends to them, alone, in pairs (appendMany) and in group commits.
      const lane = async (store: PostgresStore, name: string) => {
        const revisions = new Map<string, bigint>();
        const open = (c: string): AppendRequest => ({
          streamId: streamOf(c),
          events: [received(c)],
          expectedRevision: 'no-stream',
        });
        for (let i = 0; i < COMMANDS; i++) {
          const c = `${name}x${i}`;
          if (i % 5 === 3) {
            await store.appendMany([open(c), open(`${c}b`)]);
          } else if (i % 5 === 4) {
            const rs = await store.appendBatchSettled([open(c), open(`${c}b`), open(`${c}c`)]);
            expect(rs.every((r) => !(r instanceof Error))).toBe(true);
          } else {
            const r = await store.append(streamOf(c), [received(c), digitised()], 'no-stream');
            revisions.set(c, r.nextRevision);
          }
          const [prev, rev] = [...revisions.entries()][0] ?? [];
          if (prev !== undefined && rev !== undefined && i % 2 === 0) {
            revisions.set(prev, (await store.append(streamOf(prev), [digitised()], rev)).nextRevision);
          }
        }
      };
      let writing = true;
      const writes = Promise.all(
        writers.flatMap((s, w) => Array.from({ length: LANES }, (_, l) => lane(s, `W${w}L${l}`))),
      ).finally(() => {
        writing = false;
      });
      // Poll while the writers write (bounded: the writers finish), then once more after the last commit.
      let polls = 0;
      while (writing) {
        await f.poll();
        polls++;
      }
      await writes;
      while ((await f.poll()) > 0);

      const all: bigint[] = [];
      for await (const batch of reader.readAll({ batchSize: 500 })) for (const e of batch) all.push(e.position);
      expect(all.length).toBeGreaterThan(WRITERS * LANES * COMMANDS);
      expect(all).toEqual(Array.from({ length: all.length }, (_, i) => BigInt(i + 1))); // gap-free
      expect(missing(all, f.seen)).toEqual([]);
      expect(f.seen).toEqual(all); // each once, in order
      expect(polls).toBeGreaterThan(1); // the reader really followed the log while it grew

      // The subscription catches up with the head (bounded wait), then must hold exactly the same.
      for (let i = 0; i < 500 && subscribed.length < all.length; i++) await new Promise((r) => setTimeout(r, 10));
      await sub.close();
      await subscribing;
      expect(subscribed.map((e) => e.position)).toEqual(all);
      expect(await verifyChain(reader)).toMatchObject({ ok: true, size: BigInt(all.length) });
    } finally {
      await Promise.all([...writers, reader].map((s) => s.close()));
    }
  });
});
