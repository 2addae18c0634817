// What `motcua verify` and GET /v1/audit/verify say of a broken chain, in the reader's language: Vietnamese
// by default, English with --lang en / Accept-Language: en, with the break's code for programs. Real ledger
// files broken with raw SQL (a row edited, a row deleted), the built CLI, a real server on a port.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer } from '@motcua/server';
import { openSqliteStore } from '@motcua/store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, seedLedger, tempDir } from './cli-support.js';
import { listenLocal } from './server-helpers.js';

const tmp = tempDir('motcua-verify-words-');
let seedDb: string;
let n = 0;

beforeAll(() => {
  ensureBuilt();
  seedDb = seedLedger(tmp.dir);
}, 120_000);
afterAll(() => tmp.cleanup());

/** A copy of the seed with one raw SQL statement applied. */
function broken(sql: string): string {
  const copy = join(tmp.dir, `broken-${++n}.db`);
  copyFileSync(seedDb, copy);
  const h = new Database(copy);
  expect(h.prepare(sql).run().changes, sql).toBe(1);
  h.close();
  return copy;
}

const EDITED = "UPDATE events SET data = data || ' ' WHERE position = 40";
const DELETED = 'DELETE FROM events WHERE position = 60';

describe('motcua verify on a broken chain', () => {
  it('says an edited row in Vietnamese, and in English with --lang en', () => {
    const db = broken(EDITED);
    const vi = motcua(['verify', '--db', db]);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain('chuỗi hash đứt tại vị trí 40: hash không khớp ở vị trí 40');
    expect(vi.stderr).not.toMatch(/mismatch|edited|inserted|moved/);
    const en = motcua(['verify', '--db', db, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      'hash chain broken at position 40: hash mismatch at position 40: the row was edited, inserted or moved',
    );
  });

  it('says a deleted row in Vietnamese', () => {
    const vi = motcua(['verify', '--db', broken(DELETED)]);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toContain('thiếu sự kiện ở vị trí 60 (dòng đã bị xóa)');
    expect(vi.stderr).not.toMatch(/missing|deleted/);
  });
});

describe('GET /v1/audit/verify on a broken chain', () => {
  const AUDITOR = 'verify-words-auditor-0123456789';
  it('gives the code, and the reason in the language asked for', async () => {
    const app = buildServer({
      store: openSqliteStore({ path: broken(EDITED) }),
      keys: [{ key: AUDITOR, role: 'auditor', offices: ['*'], name: 'auditor' }],
      logger: false,
      closeStore: true,
    });
    try {
      const base = await listenLocal(app);
      const get = async (lang?: string) => {
        const res = await fetch(`${base}/v1/audit/verify`, {
          headers: { authorization: `Bearer ${AUDITOR}`, ...(lang ? { 'accept-language': lang } : {}) },
        });
        expect(res.status).toBe(200);
        return { lang: res.headers.get('content-language'), json: (await res.json()) as Record<string, unknown> };
      };
      const vi = await get();
      expect(vi.json).toMatchObject({
        ok: false,
        firstBadPosition: '40',
        code: 'HASH_MISMATCH',
        reason: 'hash không khớp ở vị trí 40: dòng này đã bị sửa, chèn thêm hoặc dời chỗ',
      });
      expect(vi.lang).toBe('vi');
      const en = await get('en');
      expect(en.json).toMatchObject({
        ok: false,
        code: 'HASH_MISMATCH',
        reason: 'hash mismatch at position 40: the row was edited, inserted or moved',
      });
      expect(en.lang).toBe('en');
    } finally {
      await app.close();
    }
  });
});
