// `motcua serve` starts the HTTP API on the ledger given with --db (the server package does the work).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

describe('serve', () => {
  it('serves the ledger on the port given and answers with its figures', async () => {
    const db = join(tmp.dir, 'ledger.db');
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]).status).toBe(0);
    const key = 'auditor-key-0123456789abcdef';
    const keys = tmp.file('keys.json', JSON.stringify([{ key, role: 'auditor', offices: ['*'] }]));
    const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--port', '0', '--keys', keys, '--lang', 'en'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /Listening on (http:\/\/\S+)/.exec(err);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const res = await fetch(`${url}/v1/offices/dongson/reports/form06?year=2024&quarter=1`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: { received: { total: number } } }).total.received.total).toBe(7);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a missing keys file (exit 1) and a bad port (exit 2)', () => {
    expect(
      motcua(['serve', '--db', join(tmp.dir, 'x.db'), '--port', '0', '--keys', join(tmp.dir, 'none.json')]).status,
    ).toBe(1);
    expect(motcua(['serve', '--port', 'eighty', '--keys', 'k.json']).status).toBe(2);
  });
});
