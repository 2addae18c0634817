// `motcua serve` starts the HTTP API on the ledger given with --db (the server package does the work).
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

/** `motcua serve` on a free port: the running command and the URL it says it listens on (healthz answered). */
async function startServe(db: string, keys: string) {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--port', '0', '--keys', keys, '--lang', 'en'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
  return { child, url };
}

describe('serve', () => {
  it('serves the ledger on the port given and answers with its figures', async () => {
    const db = join(tmp.dir, 'ledger.db');
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]).status).toBe(0);
    const key = 'auditor-key-0123456789abcdef';
    const keys = tmp.file('keys.json', JSON.stringify([{ key, role: 'auditor', offices: ['*'] }]));
    const { child, url } = await startServe(db, keys);
    try {
      const res = await fetch(`${url}/v1/offices/dongson/reports/form06?year=2024&quarter=1`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: { received: { total: number } } }).total.received.total).toBe(7);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('runs the server in a process of its own with a 64 MiB young generation, which ends with the command', async () => {
    // serve restarts itself with --max-semi-space-size=64 (V8 sizes the young generation only at start);
    // the command forwards SIGTERM to the server, and if the command is killed outright the server stops too.
    const db = join(tmp.dir, 'ledger-flags.db');
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1f.csv', BOOK_Q1)]).status).toBe(0);
    const keys = tmp.file('keys-f.json', JSON.stringify([{ key: 'k'.repeat(24), role: 'auditor', offices: ['*'] }]));
    const start = () => startServe(db, keys);
    const serverArgs = (pid: number) =>
      execFileSync('ps', ['--ppid', String(pid), '-o', 'args='], { encoding: 'utf8' }).trim();
    const down = async (url: string) => {
      for (let i = 0; i < 100; i++) {
        try {
          await fetch(`${url}/healthz`);
        } catch {
          return true;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    };

    const a = await start();
    expect(serverArgs(a.child.pid!)).toContain('--max-semi-space-size=64');
    const exited = new Promise<number | null>((r) => a.child.on('exit', (code) => r(code)));
    a.child.kill('SIGTERM');
    expect(await exited).toBe(0); // the server closed gracefully and the command reports its exit
    expect(await down(a.url)).toBe(true);

    const b = await start();
    b.child.kill('SIGKILL');
    expect(await down(b.url)).toBe(true); // no server outlives its command
  });

  it('refuses a missing keys file (exit 1) and a bad port (exit 2)', () => {
    expect(
      motcua(['serve', '--db', join(tmp.dir, 'x.db'), '--port', '0', '--keys', join(tmp.dir, 'none.json')]).status,
    ).toBe(1);
    expect(motcua(['serve', '--port', 'eighty', '--keys', 'k.json']).status).toBe(2);
  });
});
