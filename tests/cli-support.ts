// Helpers for the CLI end-to-end tests: run the built `motcua` as a user would (a spawned node process
// on dist/main.js), in a temporary folder with real files and a real SQLite ledger.
//
// The tests run the built CLI, not the sources. CI runs `pnpm build` before the tests; when run by hand,
// ensureBuilt() rebuilds once if any package source is newer than the CLI's dist.
import {
  type ChildProcess,
  type ChildProcessWithoutNullStreams,
  execFileSync,
  spawn,
  spawnSync,
} from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MAIN = join(ROOT, 'packages/cli/dist/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Written after every build here: tsc -b leaves an output file untouched when its content did not change,
 *  so dist/cli.js alone can stay older than a source forever, and every test file would rebuild (a web
 *  rebuild under a running browser test removes the assets it is loading). */
const BUILD_STAMP = join(ROOT, 'packages/cli/dist/.tests-built-at');

function isStale(): boolean {
  const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);
  const built = existsSync(MAIN) ? Math.max(mtime(join(ROOT, 'packages/cli/dist/cli.js')), mtime(BUILD_STAMP)) : 0;
  const sources = ['cli', 'domain', 'store', 'projections', 'server'].map((p) =>
    newestSource(join(ROOT, 'packages', p, 'src')),
  );
  return built === 0 || Math.max(...sources) > built;
}

/**
 * Builds the workspace when dist is missing or older than a source file (CI has built already). Test
 * files run in parallel workers, so one builds under a lock folder while the others wait for it.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = join(tmpdir(), 'motcua-cli-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}; remove it if stale`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (isStale()) {
      execFileSync('pnpm', ['build'], { cwd: ROOT, stdio: 'inherit' });
      writeFileSync(BUILD_STAMP, new Date().toISOString());
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs `motcua <args>` in `cwd` with a clean environment (no MOTCUA_DB unless given). */
export function motcua(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Run {
  const env: Record<string, string | undefined> = {
    ...process.env,
    MOTCUA_DB: undefined,
    MOTCUA_LANG: undefined,
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return {
    status: r.status,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr.toString('utf8'),
    stdoutBytes: r.stdout,
  };
}

export function tempDir(prefix = 'motcua-cli-'): {
  dir: string;
  file(name: string, content?: string | Buffer): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const p = join(dir, name);
      if (content !== undefined) writeFileSync(p, content);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The sample commune seeded by the built CLI into `<dir>/seed.db`; throws with its stderr if seeding fails. */
export function seedLedger(dir: string): string {
  const db = join(dir, 'seed.db');
  const r = motcua(['seed', '--db', db]);
  if (r.status !== 0) throw new Error(r.stderr);
  return db;
}

/** Number of events in a ledger file (0 when the file does not exist). */
export function eventCount(db: string): number {
  if (!existsSync(db)) return 0;
  const h = new Database(db, { readonly: true });
  try {
    return (h.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    h.close();
  }
}

/** A fingerprint of the ledger's events (what "unchanged" means for a refused import). */
export function ledgerDigest(db: string): string {
  if (!existsSync(db)) return 'absent';
  const h = new Database(db, { readonly: true });
  try {
    const rows = h.prepare('SELECT position, stream_id, data, meta, hash FROM events ORDER BY position').raw().all();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  } finally {
    h.close();
  }
}

export const readText = (p: string): string => readFileSync(p, 'utf8');

/** The tracking-book header of the import format. */
export const HEADER = 'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at';

/**
 * A small book for Q1 2024: 2 early, 1 on time (same-day, bare dates), 1 late, 1 withdrawn, 1 pending
 * within deadline, 1 pending overdue; channels online/direct/postal.
 */
export const BOOK_Q1 = [
  HEADER,
  'A1,Hộ tịch,online,2024-01-15 08:00,2024-01-17,2024-01-16 10:00,', // early
  'A2,Hộ tịch,online,2024-01-15T09:00:00+07:00,2024-01-19,2024-01-16,', // early
  'A3,Chứng thực,direct,2024-02-01,2024-02-01,2024-02-01,', // on time, same day
  'A4,Bảo trợ xã hội,postal,2024-02-05,2024-02-20,2024-02-22,', // late
  'A5,Hộ tịch,online,2024-03-01,2024-03-05,,2024-03-02', // withdrawn: on time
  'A6,Đất đai,online,2024-03-20,2024-04-10,,', // pending within deadline at 31/3
  'A7,Đất đai,direct,2024-03-01,2024-03-15,,', // pending overdue at 31/3
].join('\n');

/**
 * The URL a spawned `motcua serve` says it listens on; rejects with its stderr if it exits first (or, given
 * `timeoutMs`, has said nothing by then).
 */
export function listeningUrl(child: ChildProcess, timeoutMs?: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let err = '';
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => reject(new Error(`serve did not start in ${timeoutMs} ms: ${err}`)), timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/\S+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${err}`));
    });
  });
}

/** `motcua serve <args>` on a free port: the running command and the URL it says it listens on. */
export async function spawnServe(
  args: readonly string[],
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [MAIN, 'serve', ...args, '--port', '0', '--lang', 'en']);
  child.stdout.resume();
  return { child, url: await listeningUrl(child) };
}

/**
 * `motcua serve <args>` on a free port, started with the flag main.js would otherwise restart itself with,
 * so the child IS the server: kill -9 kills the server, not a parent that would stop it gracefully.
 */
export async function spawnServeItself(
  args: readonly string[],
  timeoutMs = 60_000,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [
    '--max-semi-space-size=64',
    MAIN,
    'serve',
    ...args,
    '--port',
    '0',
    '--lang',
    'en',
  ]);
  child.stdout.resume();
  return { child, url: await listeningUrl(child, timeoutMs) };
}

/** `motcua serve` on the ledger and keys given (and any further options). */
export const startServe = (db: string, keys: string, extra: string[] = []) =>
  spawnServe(['--db', db, '--keys', keys, ...extra]);

/**
 * `motcua serve` over a new ledger in a temporary folder with the keys given, until `body` ends; then
 * stopped (SIGTERM, waited for) and the folder removed.
 */
export async function withNewServe(
  keys: readonly object[],
  extra: readonly string[],
  body: (url: string, db: string) => Promise<void>,
): Promise<void> {
  const dir = tempDir();
  try {
    const db = dir.file('ledger.db');
    const keysFile = dir.file('keys.json', JSON.stringify(keys));
    const { child, url } = await startServe(db, keysFile, ['--create', ...extra]);
    try {
      await body(url, db);
    } finally {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    dir.cleanup();
  }
}
