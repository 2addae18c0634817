// `motcua snapshot --db`: the built CLI writes the ledger snapshot beside a seeded SQLite ledger, and the
// built `motcua serve` starts from it (saying so in its log) and serves the same report as a server that
// folds the whole log; a snapshot of a ledger that is not there is refused in the clerk's words.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_OFFICE } from '@motcua/projections';
import { snapshotFileOf } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, listeningUrl, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
const db = join(tmp.dir, 'sample.db');
const keys = tmp.file('keys.json', JSON.stringify([{ key: 'k'.repeat(32), role: 'auditor', offices: ['*'] }]));
beforeAll(() => {
  ensureBuilt();
  const r = motcua(['seed', '--db', db, '--lang', 'en']);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.cleanup());

/** The built server on the ledger until the report is read: the report, then its JSON log lines. */
async function serveOnce(): Promise<{ log: Array<Record<string, unknown>>; report: unknown }> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--keys', keys, '--port', '0', '--lang', 'en']);
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise((r) => child.on('exit', r));
  let report: unknown;
  try {
    const url = await listeningUrl(child, 60_000);
    for (let i = 0; i < 600 && (await fetch(`${url}/readyz`)).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = await fetch(`${url}/v1/offices/${SAMPLE_OFFICE}/reports/form06?year=2024&quarter=1`, {
      headers: { authorization: `Bearer ${'k'.repeat(32)}` },
    });
    expect(r.status).toBe(200);
    report = await r.json();
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  // Read once the server has ended and flushed its log.
  const log = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { report, log };
}

describe('motcua snapshot', () => {
  it('writes the snapshot serve starts from, which serves what a fold of the whole log serves', async () => {
    const r = motcua(['snapshot', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Đã ghi ảnh chụp sổ cái đến vị trí \d+: \d+ hồ sơ/);
    expect(existsSync(snapshotFileOf(db, 'ledger'))).toBe(true);
    const en = motcua(['snapshot', '--db', db, '--lang', 'en']);
    expect(en.stdout).toMatch(/^Wrote the ledger snapshot up to position \d+/);

    const fromSnapshot = await serveOnce();
    expect(fromSnapshot.log.map((l) => l.msg)).toContain('ledger snapshot used: the log after it is folded in');

    rmSync(snapshotFileOf(db, 'ledger'));
    const folded = await serveOnce();
    expect(folded.log.map((l) => l.msg)).toContain('no ledger snapshot: the ledger is folded from the whole log');
    expect(fromSnapshot.report).toEqual(folded.report);
  }, 120_000);

  it('serve refuses a snapshot schedule that is not a whole number, naming the flag', () => {
    const r = motcua(['serve', '--db', db, '--keys', keys, '--port', '0', '--snapshot-every', 'soon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--snapshot-every "soon": cần một số nguyên từ 0 đến 10080');
    const e = motcua([
      'serve',
      '--db',
      db,
      '--keys',
      keys,
      '--port',
      '0',
      '--snapshot-every-events',
      '-1',
      '--lang',
      'en',
    ]);
    expect(e.status).toBe(2);
    expect(e.stderr).toContain('--snapshot-every-events "-1": expected a whole number from 0 to 1000000000');
  });

  it('refuses a ledger that is not there, in Vietnamese by default', () => {
    const r = motcua(['snapshot', '--db', join(tmp.dir, 'missing.db')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/sổ cái/);
    expect(existsSync(join(tmp.dir, 'missing.db'))).toBe(false);
  });
});
