// Issue 15, item 2: a paper carries the office's name from the units catalogue. With no --hierarchy file,
// the catalogue recorded in the ledger (issue 14; `motcua seed` records xã Đông Sơn for office DONGSON)
// names the office, so the receipt slip is not headed with the bare code; the papers route does the same
// (its hierarchy file knows other offices only).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer } from '@motcua/server';
import { openSqliteStore } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';
import { auth, HIERARCHY, KEY_ENTRIES } from './server-helpers.js';

const tmp = tempDir('motcua-paper-units-');
const db = join(tmp.dir, 'ledger.db');

beforeAll(() => {
  ensureBuilt();
  const r = motcua(['seed', '--db', db]);
  if (r.status !== 0) throw new Error(r.stderr);
}, 120_000);
afterAll(() => tmp.cleanup());

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('motcua paper on a seeded ledger, no hierarchy file', () => {
  it('names the office (and its parent) from the recorded units catalogue', () => {
    const out = join(tmp.dir, 'x.pdf');
    const r = motcua(['paper', '01', 'DS-221212-0001', '--db', db, '--office', 'DONGSON', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('xã Đông Sơn');
    expect(text).toContain('XÃ ĐÔNG SƠN');
    expect(text).toContain('HUYỆN YÊN THẾ');
  });
});

describe('GET …/papers/01 on a seeded ledger whose hierarchy file does not know the office', () => {
  it('names the office from the recorded units catalogue', async () => {
    const app = buildServer({
      store: openSqliteStore({ path: db }),
      keys: KEY_ENTRIES,
      hierarchy: HIERARCHY,
      logger: false,
      closeStore: true,
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      const res = await fetch(
        `http://127.0.0.1:${address.port}/v1/offices/DONGSON/dossiers/DS-221212-0001/papers/01?format=pdf`,
        { headers: auth('admin') },
      );
      expect(res.status).toBe(200);
      const out = tmp.file('api.pdf', '');
      writeFileSync(out, Buffer.from(await res.arrayBuffer()));
      const text = pdfText(out);
      expect(text).toContain('xã Đông Sơn');
      expect(text).toContain('HUYỆN YÊN THẾ');
    } finally {
      await app.close();
    }
  });
});
