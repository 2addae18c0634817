// `motcua serve` starts the HTTP API on the ledger given with --db (the server package does the work).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, MAIN, motcua, spawnServe, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

/** `motcua serve` on a free port: the running command and the URL it says it listens on (healthz answered). */
async function startServe(db: string, keys: string) {
  const { child, url } = await spawnServe(['--db', db, '--keys', keys]);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  return { child, url };
}

/** A port held by another listener on 127.0.0.1 for the duration of `body`. */
async function withTakenPort(body: (port: number) => void | Promise<void>): Promise<void> {
  const holder: Server = createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  try {
    await body((holder.address() as { port: number }).port);
  } finally {
    await new Promise((r) => holder.close(r));
  }
}

/**
 * `motcua serve` that is expected to end by itself. A server that kept running would be killed after 30 s,
 * which the tests see as signal SIGKILL and status null.
 */
function serveUntilExit(args: readonly string[], uid?: number) {
  const r = spawnSync(process.execPath, [MAIN, 'serve', '--create', ...args], {
    timeout: 30_000,
    killSignal: 'SIGKILL',
    ...(uid !== undefined ? { uid, gid: uid } : {}),
  });
  return { status: r.status, signal: r.signal, stderr: r.stderr.toString('utf8') };
}

describe('serve that cannot listen', () => {
  const keys = () =>
    tmp.file('keys-listen.json', JSON.stringify([{ key: 'k'.repeat(24), role: 'admin', offices: ['*'] }]));

  it('exits 1 at once when the port is taken, naming the port, and leaves nothing running or open', async () => {
    await withTakenPort((port) => {
      const db = join(tmp.dir, 'taken.db');
      const vi = serveUntilExit(['--db', db, '--port', String(port), '--keys', keys()]);
      expect(vi.signal).toBeNull();
      expect(vi.status).toBe(1);
      expect(vi.stderr).toContain(`cổng ${port}`);
      expect(vi.stderr).toContain('đang được một chương trình khác dùng');
      expect(vi.stderr).not.toMatch(/catch-up failed|is closed|EADDRINUSE/);
      // Nothing left half-open: no write-ahead log of a ledger still held by a thread.
      expect(existsSync(`${db}-wal`)).toBe(false);

      const en = serveUntilExit(['--db', db, '--port', String(port), '--keys', keys(), '--lang', 'en']);
      expect(en.status).toBe(1);
      expect(en.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(en.stderr).not.toMatch(/catch-up failed|is closed/);
    });
  });

  it('exits 1 naming the address when the host is not one of this machine', () => {
    // 203.0.113.0/24 is reserved for documentation: no machine has it, so the bind fails locally.
    const r = serveUntilExit([
      '--db',
      join(tmp.dir, 'host.db'),
      '--port',
      '0',
      '--host',
      '203.0.113.7',
      '--keys',
      keys(),
    ]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('203.0.113.7');
    expect(r.stderr).toContain('không có địa chỉ');
  });

  // Ports below 1024 need privileges; as root, the server is run as the unprivileged user "nobody".
  const root = process.getuid?.() === 0;
  it('exits 1 saying that a privileged port needs permission', () => {
    const dir = tempDir('motcua-serve-eacces-');
    chmodSync(dir.dir, 0o777);
    try {
      const k = dir.file('keys.json', JSON.stringify([{ key: 'k'.repeat(24), role: 'admin', offices: ['*'] }]));
      chmodSync(k, 0o644);
      const args = ['--db', join(dir.dir, 'p.db'), '--port', '80', '--keys', k, '--lang', 'en'];
      const r = serveUntilExit(args, root ? 65534 : undefined);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('port 80');
      expect(r.stderr).toContain('not allowed');
    } finally {
      dir.cleanup();
    }
  });
});

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

  it('refuses a --db that does not exist unless told to create it, and leaves nothing', () => {
    const keys = tmp.file('keys-typo.json', JSON.stringify([{ key: 'k'.repeat(24), role: 'admin', offices: ['*'] }]));
    const typo = join(tmp.dir, 'typo.db');
    const r = motcua(['serve', '--db', typo, '--port', '0', '--keys', keys]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`không có sổ cái tại ${typo}`);
    expect(r.stderr).toContain('--create');
    expect(existsSync(typo)).toBe(false);
    const en = motcua(['serve', '--db', typo, '--port', '0', '--keys', keys, '--lang', 'en']);
    expect(en.stderr).toContain(`no ledger at ${typo}`);
    expect(existsSync(typo)).toBe(false);
  });

  it('serves a new, empty ledger with --create', async () => {
    const keys = tmp.file('keys-new.json', JSON.stringify([{ key: 'k'.repeat(24), role: 'admin', offices: ['*'] }]));
    const fresh = join(tmp.dir, 'fresh', 'new.db');
    const child = spawn(process.execPath, [MAIN, 'serve', '--db', fresh, '--create', '--port', '0', '--keys', keys], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          if (/http:\/\/\S+/.test(err)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      expect(existsSync(fresh)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a missing keys file (exit 1) and a bad port (exit 2)', () => {
    expect(
      motcua(['serve', '--db', join(tmp.dir, 'x.db'), '--create', '--port', '0', '--keys', join(tmp.dir, 'none.json')])
        .status,
    ).toBe(1);
    expect(motcua(['serve', '--port', 'eighty', '--keys', 'k.json']).status).toBe(2);
  });
});
