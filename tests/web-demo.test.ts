// The README's first command ends by serving the seeded sample: it prints the dashboard's URL and a key,
// and that key reads the sample's Q1 2024 report from that server. (Runs the demo's last step over a
// temporary ledger, the one `pnpm run demo` seeds into data/ otherwise.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, motcua, ROOT, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-demo-');
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

it('prints the URL of the Q1 2024 report and a key that reads it', async () => {
  const db = join(tmp.dir, 'motcua.db');
  expect(motcua(['seed', '--db', db]).status).toBe(0);
  const child = spawn(process.execPath, [join(ROOT, 'scripts/demo-serve.mjs')], {
    env: { ...process.env, MOTCUA_DB: db, MOTCUA_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (/Khóa đăng nhập[^\n]*: \S+\n/.test(text)) resolve(text);
      });
      child.on('exit', (code) => reject(new Error(`demo exited ${code}: ${text}`)));
    });
    const url = /Bảng điều khiển: (http:\/\/\S+)/.exec(out)?.[1] ?? '';
    const key = /Khóa đăng nhập[^\n]*: (\S+)/.exec(out)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?office=DONGSON&year=2024&quarter=1$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const report = await fetch(`${new URL(url).origin}/v1/offices/DONGSON/reports/form06?year=2024&quarter=1`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(report.status).toBe(200);
    expect(((await report.json()) as { total: { received: { total: number } } }).total.received.total).toBe(496);
  } finally {
    // The script forwards the signal to the server; wait for both to end so nothing outlives the test.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await exited;
    }
  }
});
