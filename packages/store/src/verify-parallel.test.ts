// The parallel verifier must agree with the sequential one: same verdict, same first bad position,
// same head hash, on clean logs and on every kind of tampering, whatever the number of workers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite/sqlite.js';
import { digitised, received, rehash, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-pverify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let template: string;
let n = 0;

// 40 dossiers whose events interleave across the whole log, so streams cross every range boundary.
beforeAll(async () => {
  template = join(dir, 'template.db');
  const s = openSqliteStore({ path: template });
  const codes = Array.from({ length: 40 }, (_, i) => `P${i}`);
  for (const c of codes) await s.append(streamOf(c), [received(c)], 'no-stream');
  for (let round = 0; round < 30; round++) {
    await s.appendMany(
      codes.map((c) => ({ streamId: streamOf(c), events: [digitised()], expectedRevision: BigInt(round) })),
    );
  }
  await s.close();
});

function copy(): string {
  const path = join(dir, `c-${++n}.db`);
  const src = new Database(template, { readonly: true });
  src.exec(`VACUUM INTO '${path}'`);
  src.close();
  return path;
}

async function agree(path: string) {
  const sequential = await verifyChain(path, { workers: 1, rememberAt: [1n, 600n] });
  for (const workers of [2, 3]) {
    expect(await verifyChain(path, { workers, rememberAt: [1n, 600n] }), `${workers} workers`).toEqual(
      sequential.ok ? sequential : { ...sequential, reason: expect.any(String) },
    );
  }
  return sequential;
}

describe('parallel verify agrees with sequential verify', () => {
  it('on a clean log (size, head hash, hashes at sizes)', async () => {
    const v = await agree(copy());
    expect(v).toMatchObject({ ok: true, size: 1240n });
  });

  const cases: Array<[string, (db: Database.Database) => void, bigint, boolean?]> = [
    ['edited data mid-log', (db) => db.exec(`UPDATE events SET data = '{"what":"result"}' WHERE position = 700`), 700n],
    ['edited at a range boundary', (db) => db.exec(`UPDATE events SET type = 'X' WHERE position = 621`), 621n],
    ['deleted first row', (db) => db.exec('DELETE FROM events WHERE position = 1'), 1n],
    ['deleted row at a boundary', (db) => db.exec('DELETE FROM events WHERE position = 620'), 620n],
    ['deleted tail', (db) => db.exec('DELETE FROM events WHERE position > 1200'), 1201n],
    ['two edits: the lower wins', (db) => db.exec(`UPDATE events SET hash = 'x' WHERE position IN (1100, 90)`), 90n],
    [
      'revision gap hidden by a full rehash (only the stitch sees it)',
      // Position 621 opens the second range with 2 workers: its stream was last seen in the first.
      (db) =>
        db.exec(
          'UPDATE events SET revision = revision + 1000 WHERE position >= 621 AND stream_id = (SELECT stream_id FROM events WHERE position = 621)',
        ),
      621n,
      true,
    ],
    [
      'recordedAt going backwards, rehashed',
      (db) => db.exec(`UPDATE events SET recorded_at = '2000-01-01T00:00:00.000Z' WHERE position = 900`),
      900n,
      true,
    ],
  ];
  for (const [name, tamper, bad, withRehash] of cases) {
    it(name, async () => {
      const path = copy();
      const db = new Database(path);
      tamper(db);
      db.close();
      if (withRehash) rehash(path);
      const v = await agree(path);
      expect(v).toMatchObject({ ok: false, firstBadPosition: bad });
    });
  }

  it('the open store uses workers when asked and gives the same answer', async () => {
    const path = copy();
    const s = openSqliteStore({ path });
    expect(await s.verify({ workers: 2 })).toEqual(await s.verify({ workers: 1 }));
    await s.close();
  });
});
