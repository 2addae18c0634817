// The SQLite walk (verify-walk.ts) must compute what chain.ts computes, byte for byte: its
// hand-joined header against JSON.stringify on any strings, and whole ledgers whose fields need
// escaping (written by chain.ts's rules through the forger's rehash) verified in one thread and in
// workers. It must also report the first bad row when the id-column check, now in the same pass,
// fails before or after a chain break.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { chainHeader } from './chain.js';
import { openSqliteStore } from './sqlite/sqlite.js';
import { digitised, received, rehash, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

// Strings that need escaping (quote, backslash, control characters, lone surrogates), Vietnamese,
// emoji (paired surrogates), U+2028 (JSON.stringify leaves it), and plain ASCII.
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', 'a', 'ệ', 'Đ', '😀') }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udfff', 'x', 'ữ') }),
  fc.string(),
);
const wholeNumber = fc.oneof(fc.nat(), fc.bigInt({ min: 0n, max: 2n ** 70n }));

describe('chainHeader is JSON.stringify of chain.ts header', () => {
  it('on any strings and numbers', () => {
    fc.assert(
      fc.property(
        wholeNumber,
        tricky,
        wholeNumber,
        tricky,
        fc.oneof(fc.integer(), fc.double()),
        tricky,
        tricky,
        tricky,
        (position, stream, revision, type, version, occurred, recorded, payload) => {
          expect(chainHeader(position, stream, revision, type, version, occurred, recorded, payload)).toBe(
            JSON.stringify([String(position), stream, String(revision), type, version, occurred, recorded, payload]),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on values a raw SQL edit can leave (null, text in a number column, a blob)', () => {
    for (const odd of [null, '1', 1.5, Buffer.from('x'), -0, Number.NaN]) {
      expect(chainHeader(1, odd, 2, 't', odd, 'o', 'r', 'p')).toBe(
        JSON.stringify(['1', odd, '2', 't', odd, 'o', 'r', 'p']),
      );
    }
  });
});

async function ledger(): Promise<string> {
  const path = join(dir, `w-${++n}.db`);
  const s = openSqliteStore({ path });
  const codes = Array.from({ length: 12 }, (_, i) => `W${i}`);
  for (const c of codes) await s.append(streamOf(c), [received(c)], 'no-stream');
  for (const c of codes) await s.append(streamOf(c), [digitised()], 0n);
  await s.close();
  return path;
}

function edit(path: string, statement: string): void {
  const db = new Database(path);
  db.exec(statement);
  db.close();
}

/** In this thread and with two workers alike, verify names `position` first, for `reason`. */
async function expectFirstBad(path: string, position: bigint, reason: string): Promise<void> {
  for (const workers of [1, 2]) {
    const v = await verifyChain(path, { workers });
    expect(v, `${workers} workers`).toMatchObject({ ok: false, firstBadPosition: position });
    if (!v.ok) expect(v.reason).toContain(reason);
  }
}

describe('the walk agrees with chain.ts on fields that need escaping', () => {
  it('verifies a ledger whose type and times hold quotes, backslashes, control characters and emoji', async () => {
    const path = await ledger();
    edit(
      path,
      `UPDATE events SET type = 'Dossier"Received\\' || char(10) WHERE position = 3;
       UPDATE events SET type = 'Dossier\\Digitised' WHERE position = 7;
       UPDATE events SET occurred_at = 'ngày ' || char(1) || ' 😀' WHERE position = 14;
       UPDATE events SET stream_id = 'dossier-DS01-W"5' WHERE stream_id = 'dossier-DS01-W5';`,
    );
    for (const workers of [1, 2, 3]) expect((await verifyChain(path, { workers })).ok, `${workers}`).toBe(false);
    rehash(path); // hashes by chain.ts's rules
    for (const workers of [1, 2, 3]) {
      expect(await verifyChain(path, { workers }), `${workers} workers`).toMatchObject({ ok: true, size: 24n });
    }
    edit(path, `UPDATE events SET occurred_at = 'ngày ' || char(2) || ' 😀' WHERE position = 14`);
    for (const workers of [1, 2, 3]) {
      expect(await verifyChain(path, { workers }), `${workers} workers`).toMatchObject({
        ok: false,
        firstBadPosition: 14n,
      });
    }
  });
});

describe('revisions are checked within runs of one stream as well as across them', () => {
  it('a gap inside a run of consecutive events of one stream, rehashed, is found', async () => {
    const path = join(dir, `w-${++n}.db`);
    const s = openSqliteStore({ path });
    await s.append(streamOf('R0'), [received('R0')], 'no-stream');
    await s.append(streamOf('R1'), [received('R1'), digitised(), digitised(), digitised()], 'no-stream');
    await s.close();
    edit(path, 'UPDATE events SET revision = revision + 10 WHERE position = 4');
    rehash(path);
    await expectFirstBad(path, 4n, 'revision 12 follows 1');
  });
});

describe('the id-column check in the same pass reports the first bad row', () => {
  it('an id column edited before a chain break wins', async () => {
    const path = await ledger();
    edit(
      path,
      `UPDATE events SET command_id = 'forged' WHERE position = 5;
       UPDATE events SET type = 'X' WHERE position = 20;`,
    );
    await expectFirstBad(path, 5n, 'command_id');
  });

  it('a chain break before an edited id column wins', async () => {
    const path = await ledger();
    edit(
      path,
      `UPDATE events SET type = 'X' WHERE position = 4;
       UPDATE events SET event_id = 'forged' WHERE position = 18;`,
    );
    await expectFirstBad(path, 4n, 'hash mismatch');
  });

  it('meta that is not JSON fails even when the forger rehashed it', async () => {
    const path = await ledger();
    edit(path, `UPDATE events SET meta = '{not json' WHERE position = 9`);
    rehash(path);
    await expectFirstBad(path, 9n, 'not readable JSON');
  });
});
