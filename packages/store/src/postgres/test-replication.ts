// Test support: a PostgreSQL primary with a synchronous standby on this machine, two servers on two free
// loopback ports under one temporary directory, and what a failover does to them: kill -9 the primary
// (the postmaster and every process it started, as losing its machine would), promote the standby
// (pg_ctl promote), and give the new primary a new synchronous standby (pg_basebackup -R from it).
//
// Synchronous replication: the primary runs with synchronous_commit = on and synchronous_standby_names
// = '*', so a COMMIT returns only once the standby has flushed its WAL; a write acknowledged to a
// client is on the standby when the primary dies. The setting is made with ALTER SYSTEM on the primary
// only after its standby was copied, so a standby never inherits it: promoted, it commits at once (with
// no standby of its own yet, as after a real failover) until addStandby gives it one.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, runAs } from './test-cluster.js';

const USER = 'motcua';
const DATABASE = 'motcua_test';

export interface PgNode {
  readonly name: string;
  readonly port: number;
  readonly dataDir: string;
  /** postgres://motcua@127.0.0.1:<port>/motcua_test */
  readonly url: string;
}

export interface ReplicatedPair {
  /** The server taking writes now. */
  primary(): PgNode;
  /** Its synchronous standby (undefined between promote and addStandby). */
  standby(): PgNode | undefined;
  /** Waits (bounded) until the standby is the primary's synchronous standby and has flushed all the
   *  WAL the primary had written when it became so: every write acknowledged before is on it. */
  waitSync(timeoutMs?: number): Promise<void>;
  /** Cuts the standby off (its primary_conninfo emptied): it receives nothing more until promoted. */
  detachStandby(): Promise<void>;
  /** SIGKILL to the primary's postmaster and all its processes at once; its data is left as is. */
  killPrimary(): void;
  /** Promotes the standby (waiting until it takes writes); it becomes primary(). */
  promote(): void;
  /** A new standby copied from the primary (pg_basebackup -R, with a replication slot), started and
   *  made the primary's synchronous standby; waits for waitSync. */
  addStandby(): Promise<void>;
  /** Stops every server started and removes the directory. */
  stop(): void;
}

/** Runs `sql` on `url` on a connection of its own. */
export async function sqlOn<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => {});
  await c.connect();
  try {
    return (await c.query<T>(sql, values)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The processes `pid` started (its children file, or every /proc/<n>/stat naming it as the parent). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .filter((n) => {
        try {
          // pid (comm) state ppid …: the command may hold spaces and parentheses, so read after the last ')'.
          const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      })
      .map(Number);
  }
}

/** `synchronous: false` leaves replication asynchronous (the control run: the primary acknowledges
 *  commits its standby may not have, which a kill can lose). */
export async function startReplicatedPair(binDir: string, synchronous = true): Promise<ReplicatedPair> {
  const root = mkdtempSync(join(tmpdir(), 'motcua-pg-pair-'));
  const as = runAs();
  const own = (dir: string) => {
    if (as) chownSync(dir, as.uid, as.gid);
  };
  own(root);
  const run = (tool: string, args: string[]) => {
    const [cmd, ...rest] = [...(as?.prefix ?? []), join(binDir, tool), ...args];
    execFileSync(cmd!, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, timeout: 120_000 });
  };
  const running = new Set<PgNode>();
  let made = 0;
  const newNode = async (): Promise<PgNode> => {
    const name = `node${++made}`;
    const dir = join(root, name);
    mkdirSync(dir);
    own(dir);
    const port = await freePort();
    return { name, port, dataDir: join(dir, 'data'), url: `postgres://${USER}@127.0.0.1:${port}/${DATABASE}` };
  };
  // fsync off: a standby's "flushed" WAL is in its page cache, which a killed *process* does not lose;
  // what this harness kills is the primary's processes, never the machine. wal_retrieve_retry_interval:
  // a standby whose primary died waits that long (default 5 s) before looking again, and a promotion
  // asked meanwhile could wait for it.
  const start = (node: PgNode) => {
    const dir = join(node.dataDir, '..');
    run('pg_ctl', [
      '-D',
      node.dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${node.port} -k ${dir} -c fsync=off -c max_connections=100 -c synchronous_commit=on -c min_wal_size=4MB -c max_wal_size=32MB -c wal_retrieve_retry_interval=100ms`,
      'start',
    ]);
    running.add(node);
  };
  const halt = (node: PgNode) => {
    if (!running.delete(node)) return;
    try {
      run('pg_ctl', ['-D', node.dataDir, '-w', '-m', 'immediate', 'stop']);
    } catch {
      // already gone
    }
  };
  const stop = () => {
    for (const n of [...running]) halt(n);
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stop); // a crashed run must not leave servers behind

  let slots = 0;
  /** Copies `from` into a new node as its standby and starts it. */
  const copyOf = async (from: PgNode): Promise<PgNode> => {
    const node = await newNode();
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(from.port),
      '-U',
      USER,
      '-D',
      node.dataDir,
      '-R', // standby.signal + primary_conninfo
      '-X',
      'stream',
      '-C', // a replication slot keeps the WAL the standby has not received yet
      '-S',
      `standby_${++slots}`,
      '--no-sync',
      '--checkpoint=fast', // a spread checkpoint would hold the copy for minutes
    ]);
    start(node);
    return node;
  };

  let primary: PgNode;
  let standby: PgNode | undefined;
  const waitSync = async (timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    let target: string | undefined;
    for (;;) {
      const [r] = await sqlOn<{ sync: boolean; flushed: boolean; now: string }>(
        primary.url,
        `SELECT coalesce(bool_or(sync_state = $2), false) AS sync,
                coalesce(bool_or(sync_state = $2 AND flush_lsn >= $1::pg_lsn), false) AS flushed,
                pg_current_wal_lsn()::text AS now
           FROM (SELECT 1) one LEFT JOIN pg_stat_replication ON true`,
        [target ?? '0/0', synchronous ? 'sync' : 'async'],
      );
      if (r!.sync && target === undefined) target = r!.now;
      else if (r!.flushed) return;
      if (Date.now() > until) {
        throw new Error(`the standby of ${primary.name} did not become synchronous within ${timeoutMs} ms`);
      }
      await sleep(20);
    }
  };
  const dead: PgNode[] = [];
  const addStandby = async () => {
    // The killed primaries' files go now, outside any failover's timing (a long run would pile them up).
    for (const d of dead.splice(0)) rmSync(join(d.dataDir, '..'), { recursive: true, force: true });
    standby = await copyOf(primary);
    if (synchronous) {
      await sqlOn(primary.url, `ALTER SYSTEM SET synchronous_standby_names = '*'`);
      await sqlOn(primary.url, 'SELECT pg_reload_conf()');
    }
    await waitSync();
  };

  try {
    primary = await newNode();
    // 1 MB WAL segments (not 16): every copy and every node's files stay small.
    run('initdb', [
      '-D',
      primary.dataDir,
      '-U',
      USER,
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
      '--wal-segsize=1',
    ]);
    start(primary);
    await sqlOn(primary.url.replace(/\/[^/]+$/, '/postgres'), `CREATE DATABASE ${DATABASE}`);
    await addStandby();
  } catch (e) {
    stop();
    throw e;
  }

  return {
    primary: () => primary,
    standby: () => standby,
    waitSync,
    async detachStandby() {
      if (!standby) throw new Error('there is no standby to detach');
      await sqlOn(standby.url, `ALTER SYSTEM SET primary_conninfo = ''`);
      await sqlOn(standby.url, 'SELECT pg_reload_conf()');
      for (let i = 0; ; i++) {
        const rows = await sqlOn(primary.url, 'SELECT 1 FROM pg_stat_replication');
        if (rows.length === 0) return;
        if (i > 1500) throw new Error('the standby did not let go of its primary');
        await sleep(20);
      }
    },
    killPrimary() {
      const pid = Number(readFileSync(join(primary.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      for (const p of [pid, ...childrenOf(pid)]) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // exited on its own meanwhile
        }
      }
      running.delete(primary);
      dead.push(primary);
    },
    promote() {
      if (!standby) throw new Error('there is no standby to promote');
      run('pg_ctl', ['-D', standby.dataDir, '-w', '-t', '60', 'promote']);
      primary = standby;
      standby = undefined;
    },
    addStandby,
    stop,
  };
}
