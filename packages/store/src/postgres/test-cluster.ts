// Test support: a throwaway PostgreSQL cluster on a free loopback port, under a temporary directory
// (data, socket and log), started with the server's own tools (initdb, pg_ctl) and removed at the end.
// Used by the PostgreSQL test files; MOTCUA_PG_URL points them at an existing server instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

export interface TestCluster {
  /** Connection string of an empty database on the cluster. */
  readonly url: string;
  /** A new empty database on the same cluster. */
  createDatabase(name: string): Promise<string>;
  /** Kills the server (pg_ctl stop -m immediate: no clean shutdown), keeping its data. */
  crash(): void;
  /** Starts it again on the same port. */
  restart(): void;
  /** Stops the server and removes its directory. */
  stop(): void;
}

/** Directory of initdb/pg_ctl: $MOTCUA_PG_BINDIR, Debian's /usr/lib/postgresql/<newest>/bin, or PATH. */
export function findPgBinDir(): string | null {
  const env = process.env.MOTCUA_PG_BINDIR;
  if (env) return existsSync(join(env, 'initdb')) ? env : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? join(found, '..') : null;
}

/** A loopback port nothing listens on (at the moment of asking). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: as root, the cluster runs as the `postgres` user in a folder it owns. */
export function runAs(): { prefix: string[]; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { prefix: ['runuser', '-u', 'postgres', '--'], uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root and there is no "postgres" user to run the test cluster as (initdb refuses root)');
  }
}

/** `durable`: fsync on, as a production server runs (benchmarks); tests leave it off. */
export async function startTestCluster(binDir: string, options: { durable?: boolean } = {}): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  const as = runAs();
  if (as) chownSync(dir, as.uid, as.gid);
  const data = join(dir, 'data');
  const run = (tool: string, args: string[]) => {
    const [cmd, ...rest] = [...(as?.prefix ?? []), join(binDir, tool), ...args];
    execFileSync(cmd!, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const user = 'motcua';
  run('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  let port = 0;
  let started = false;
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', data, '-w', ...args]);
  const halt = () => {
    if (!started) return;
    started = false;
    try {
      pgCtl('-m', 'immediate', 'stop');
    } catch {
      // already gone
    }
  };
  const stop = () => {
    halt();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop); // a crashed test run must not leave a server behind
  // fsync off: a throwaway cluster whose durability no test here measures (the crash tests use SQLite).
  const fsync = options.durable ? 'on' : 'off';
  const serve = () => {
    pgCtl(
      '-l',
      join(dir, 'server.log'),
      '-t',
      '60',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=${fsync} -c max_connections=200`,
      'start',
    );
    started = true;
  };
  for (let attempt = 0; !started; attempt++) {
    port = await freePort();
    try {
      serve();
    } catch (e) {
      if (attempt >= 2) {
        stop();
        throw e; // the port was taken between the probe and the start three times, or worse
      }
    }
  }
  const base = `postgres://${user}@127.0.0.1:${port}`;
  const createDatabase = async (name: string) => {
    const c = new pg.Client({ connectionString: `${base}/postgres` });
    await c.connect();
    try {
      await c.query(`CREATE DATABASE ${name}`);
    } finally {
      await c.end();
    }
    return `${base}/${name}`;
  };
  return {
    url: await createDatabase('motcua_test'),
    createDatabase,
    stop,
    crash: halt,
    restart: () => {
      if (!started) serve();
    },
  };
}

/** The database for a PostgreSQL test file: MOTCUA_PG_URL when set, else a cluster this file starts.
 *  Returns null (and says so) when there is neither; under CI it throws instead: CI must run these. */
export function pgTestTarget(suite: string, ownCluster = false): { binDir: string | null; url: string | null } | null {
  const url = ownCluster ? null : (process.env.MOTCUA_PG_URL ?? null);
  const binDir = url ? null : findPgBinDir();
  if (url || binDir) return { binDir, url };
  const why = ownCluster
    ? 'no PostgreSQL binaries (initdb) found to start a server it may stop'
    : 'no PostgreSQL binaries (initdb) found and MOTCUA_PG_URL is not set';
  if (process.env.CI && process.env.CI !== 'false') {
    throw new Error(`${suite}: ${why}; CI must run it (install Debian's postgresql, as .ci/run does)`);
  }
  console.log(`${suite} SKIPPED: ${why} (apt-get install postgresql to run it).`);
  return null;
}

/** Registers the file's cluster (started before its tests, removed after them). `skip` is true when
 *  there is nothing to run against (and off CI only); `url()` is valid once the tests run.
 *  `ownCluster`: always start one (a test that kills its server), ignoring MOTCUA_PG_URL. */
export function pgForTests(
  suite: string,
  ownCluster = false,
): {
  readonly skip: boolean;
  url(): string;
  /** The cluster this file started (undefined when MOTCUA_PG_URL names a server instead). */
  cluster(): TestCluster | undefined;
} {
  const target = pgTestTarget(suite, ownCluster);
  let cluster: TestCluster | undefined;
  beforeAll(async () => {
    if (target?.binDir) cluster = await startTestCluster(target.binDir);
  });
  afterAll(() => cluster?.stop());
  return {
    skip: target === null,
    url: () => cluster?.url ?? target?.url ?? '',
    cluster: () => cluster,
  };
}

let schemas = 0;
/** A schema name no other test (or test process) uses: a fresh, empty log. */
export const freshSchema = (prefix = 't'): string => `${prefix}_${process.pid}_${++schemas}`;
