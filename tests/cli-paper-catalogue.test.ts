// Issue 15, item 2: a paper carries the office's name from the units catalogue. With no --hierarchy file,
// the catalogue recorded in the ledger (issue 14; `motcua seed` records xã Đông Sơn for office DONGSON)
// names the office, so the receipt slip is not headed with the bare code.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';

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
