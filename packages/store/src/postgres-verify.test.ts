// PostgreSQL's parallel verify (worker threads, one connection each, in the caller's snapshot) must
// agree with its sequential walk: same verdict, same first bad position, same head hash, on a clean log
// and on every kind of tampering, whatever the number of workers. 5,000 events: with 2 workers each
// range spans more than one of a worker's 2,000-row chunks, so chunks and ranges are both stitched.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres/postgres.js';
import { freshSchema, pgForTests } from './postgres/test-cluster.js';
import { rehashLog } from './postgres/test-rehash.js';
import { digitised, received, streamOf } from './test-support.js';

const pgt = pgForTests('PostgreSQL parallel verify test');
const TABLES = ['store_info', 'schema_version', 'events', 'commands', 'log_head'];

async function sql(text: string) {
  const c = new pg.Client({ connectionString: pgt.url() });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

describe.skipIf(pgt.skip)('PostgreSQL: parallel verify agrees with sequential verify', () => {
  const template = freshSchema('template');
  // 40 dossiers whose events interleave across the whole log, so streams cross every range boundary.
  beforeAll(async () => {
    const s = await openPostgresStore({ connectionString: pgt.url(), schema: template });
    const codes = Array.from({ length: 40 }, (_, i) => `P${i}`);
    await s.appendMany(
      codes.map((c) => ({ streamId: streamOf(c), events: [received(c)], expectedRevision: 'no-stream' })),
    );
    for (let round = 0; round < 124; round++) {
      await s.appendMany(
        codes.map((c) => ({ streamId: streamOf(c), events: [digitised()], expectedRevision: BigInt(round) })),
      );
    }
    await s.close();
  });

  const copy = async (): Promise<string> => {
    const schema = freshSchema('copy');
    await sql(
      `CREATE SCHEMA ${schema};` +
        TABLES.map((t) => `CREATE TABLE ${schema}.${t} AS TABLE ${template}.${t};`).join('') +
        `ALTER TABLE ${schema}.commands ADD PRIMARY KEY (command_id);`,
    );
    return schema;
  };

  const agree = async (schema: string) => {
    const s = await openPostgresStore({ connectionString: pgt.url(), schema });
    try {
      const sequential = await s.verify({ workers: 1, rememberAt: [1n, 2500n] });
      for (const workers of [2, 3]) {
        expect(await s.verify({ workers, rememberAt: [1n, 2500n] }), `${workers} workers`).toEqual(
          sequential.ok ? sequential : { ...sequential, reason: expect.any(String) },
        );
      }
      return sequential;
    } finally {
      await s.close();
    }
  };

  it('on a clean log (size, head hash, hashes at sizes)', async () => {
    const v = await agree(await copy());
    expect(v).toMatchObject({ ok: true, size: 5000n });
  });

  const cases: Array<[string, (s: string) => string, bigint, boolean?]> = [
    ['edited data mid-log', (s) => `UPDATE ${s}.events SET data = '{"what":"result"}' WHERE position = 3700`, 3700n],
    ['edited at a range boundary', (s) => `UPDATE ${s}.events SET type = 'X' WHERE position = 2501`, 2501n],
    ['edited at a chunk boundary', (s) => `UPDATE ${s}.events SET type = 'X' WHERE position = 2001`, 2001n],
    ['deleted first row', (s) => `DELETE FROM ${s}.events WHERE position = 1`, 1n],
    ['deleted row at a boundary', (s) => `DELETE FROM ${s}.events WHERE position = 2500`, 2500n],
    ['two edits: the lower wins', (s) => `UPDATE ${s}.events SET hash = 'x' WHERE position IN (4100, 90)`, 90n],
    ['a forged event_id copy', (s) => `UPDATE ${s}.events SET event_id = 'forged' WHERE position = 4321`, 4321n],
    [
      'revision gap hidden by a full rehash (only the stitch sees it)',
      // Position 2501 opens the second range with 2 workers: its stream was last seen in the first.
      (s) =>
        `UPDATE ${s}.events SET revision = revision + 1000 WHERE position >= 2501 AND stream_id = (SELECT stream_id FROM ${s}.events WHERE position = 2501)`,
      2501n,
      true,
    ],
    [
      'a revision gap at a chunk boundary, rehashed',
      (s) =>
        `UPDATE ${s}.events SET revision = revision + 1000 WHERE position >= 2001 AND stream_id = (SELECT stream_id FROM ${s}.events WHERE position = 2001)`,
      2001n,
      true,
    ],
    [
      'recordedAt going backwards, rehashed',
      (s) => `UPDATE ${s}.events SET recorded_at = '2000-01-01T00:00:00.000Z' WHERE position = 900`,
      900n,
      true,
    ],
  ];
  for (const [name, tamper, bad, withRehash] of cases) {
    it(name, async () => {
      const schema = await copy();
      await sql(tamper(schema));
      if (withRehash) await rehashLog(pgt.url(), schema);
      const v = await agree(schema);
      expect(v).toMatchObject({ ok: false, firstBadPosition: bad });
    });
  }
});
