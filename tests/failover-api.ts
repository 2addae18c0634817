// Failover without loss through the HTTP API (issue 13, item 6), as a repeatable run: the failover test
// runs a cycle or two, `pnpm bench:failover-api` many. A PostgreSQL primary with a synchronous standby
// (packages/store/src/postgres/test-replication.ts), one database address in front of it (the TCP
// forwarder of test-forwarder.ts), and one or two `motcua serve` processes (the built CLI) that know the
// database only by that address. Clients in this process receive new dossiers through
// POST /v1/offices/{office}/dossiers, each with an Idempotency-Key, spread over the instances; a request
// that fails (503 while the database is away, a dropped connection) is retried with the same key and
// body until it gets a 2xx. Each cycle: kill -9 the primary mid-load, promote the standby, and point the
// instances at it by a moved address (node-postgres takes one host: no multi-host connection string with
// target_session_attrs; the instances are not restarted). Then every receipt acknowledged with 2xx must
// be in the new primary's log, read through the store, at the position its answer gave; GET
// /v1/audit/verify must pass; and the clients must be acknowledged new receipts again.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dossierStreamId } from '@motcua/domain';
import { openPostgresStore } from '@motcua/store';
import { startForwarder } from '../packages/store/src/postgres/test-forwarder.js';
import { type PgNode, sqlOn, startReplicatedPair } from '../packages/store/src/postgres/test-replication.js';
import { spawnServeItself, tempDir } from './cli-support.js';

const OFFICE = 'A';
const CLERK = 'failover-clerk-0123456789abcdef';
const AUDITOR = 'failover-auditor-0123456789abcdef';
const KEYS = [
  { key: CLERK, role: 'clerk', offices: [OFFICE], name: 'failover-clerk' },
  { key: AUDITOR, role: 'auditor', offices: [OFFICE], name: 'failover-auditor' },
];

export interface ApiFailoverOptions {
  readonly cycles: number;
  readonly binDir: string;
  /** `motcua serve` processes on the one address (1 or 2). Default 2. */
  readonly instances?: number;
  /** Concurrent clients, each sending its next receipt once answered. Default 4. */
  readonly clients?: number;
  /** Receipts acknowledged in each cycle before the kill, and after it (writes resumed). Default 20. */
  readonly acksPerCycle?: number;
  readonly log?: (line: string) => void;
  /** The control run: before each kill the standby is cut off and replication made asynchronous, so
   *  the primary alone acknowledges the cycle's last receipts, which the failover must then lose (and
   *  the check must report). */
  readonly cutStandby?: boolean;
}

/** A receipt answered with 2xx: its Idempotency-Key, the instance that answered, the position given. */
export interface ApiAck {
  readonly key: string;
  readonly instance: number;
  readonly position: bigint;
  /** 0 for the first request, n for the nth retry. */
  readonly attempt: number;
}

export interface ApiCycleReport {
  readonly cycle: number;
  /** Receipts acknowledged in this cycle, once the standby was synchronous, before the kill. */
  readonly ackedBeforeKill: number;
  /** From the kill to the first receipt acknowledged after it (ms). */
  readonly failoverMs: number;
  /** Acknowledged dossier codes not in the new primary's log at the position they were given (and why). */
  readonly lost: readonly string[];
  /** GET /v1/audit/verify on an instance, after the failover. */
  readonly verify: { ok: boolean; size?: string; firstBadPosition?: string | null };
}

export interface ApiFailoverReport {
  readonly cycles: readonly ApiCycleReport[];
  readonly acked: number;
  readonly lost: readonly string[];
  /** Requests that failed and were sent again with the same Idempotency-Key. */
  readonly retries: number;
  /** Events in the final log. */
  readonly finalSize: bigint;
}

interface Instance {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

/** An instance that exits during the run is a failure of the run: its exit and last words are kept. */
async function serve(db: string, keysFile: string, extra: string[], died: (why: Error) => void): Promise<Instance> {
  const i = await spawnServeItself(['--db', db, '--keys', keysFile, '--allow-new-offices', ...extra]);
  let stderr = '';
  i.child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-3000);
  });
  i.child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL') died(new Error(`motcua serve at ${i.url} exited (${code ?? signal}): ${stderr}`));
  });
  return i;
}

/** The dossiers of the office in the log on `node`, read through the store: code → position. */
export async function loggedOn(node: PgNode): Promise<Map<string, bigint>> {
  const store = await openPostgresStore({ connectionString: node.url, readonly: true, connectTimeoutMs: 5000 });
  const found = new Map<string, bigint>();
  try {
    for await (const page of store.readAll()) {
      // A receipt's answer gives the position of its last event; later events win.
      for (const e of page) found.set(e.streamId, e.position);
    }
  } finally {
    await store.close();
  }
  return found;
}

/** Acknowledged codes missing from `logged`, or there at another position than the one acknowledged. */
export function lostFrom(logged: ReadonlyMap<string, bigint>, acks: ReadonlyMap<string, ApiAck>): string[] {
  return [...acks]
    .filter(([code, a]) => logged.get(dossierStreamId(OFFICE, code)) !== a.position)
    .map(([code, a]) => {
      const at = logged.get(dossierStreamId(OFFICE, code));
      return `${code} (acknowledged at ${a.position} by instance ${a.instance} on attempt ${a.attempt}, ${at === undefined ? 'not in the log' : `logged at ${at}`})`;
    });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runApiFailover(options: ApiFailoverOptions): Promise<ApiFailoverReport> {
  const log = options.log ?? (() => {});
  const perCycle = options.acksPerCycle ?? 20;
  const tmp = tempDir('motcua-failover-api-');
  const keysFile = tmp.file('keys.json', JSON.stringify(KEYS));
  const pair = await startReplicatedPair(options.binDir);
  const forwarder = await startForwarder(pair.primary().port);
  const db = `postgres://motcua@127.0.0.1:${forwarder.port}/motcua_test`;
  const instances: Instance[] = [];
  const acks = new Map<string, ApiAck>();
  let retries = 0;
  let stopping = false;
  let clientError: Error | undefined;
  const waiters = new Set<() => void>();
  const acked = (count: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${count} acknowledged receipts within ${timeoutMs} ms (have ${acks.size})`));
      }, timeoutMs);
      const check = () => {
        if (acks.size < count && !clientError) return;
        clearTimeout(timer);
        waiters.delete(check);
        if (clientError) reject(clientError);
        else resolve();
      };
      waiters.add(check);
      check();
    });

  /** One client: receipts one after another, each retried with its key until answered 2xx. */
  const client = async (lane: number) => {
    for (let n = 0; !stopping; n++) {
      const code = `FO-${lane}-${n}`;
      const key = randomUUID();
      const body = JSON.stringify({
        dossierCode: code,
        procedureCode: '1.001193',
        channel: 'online',
        receivedAt: '2024-01-15T08:30:00+07:00',
      });
      for (let attempt = 0; ; attempt++) {
        if (attempt > 600) throw new Error(`receipt ${code} (key ${key}) never acknowledged`);
        // Spread over the instances; a retry goes to the next one, as a load balancer may send it.
        const which = (lane + n + attempt) % instances.length;
        try {
          const r = await fetch(`${instances[which]!.url}/v1/offices/${OFFICE}/dossiers`, {
            method: 'POST',
            headers: { authorization: `Bearer ${CLERK}`, 'content-type': 'application/json', 'idempotency-key': key },
            body,
            signal: AbortSignal.timeout(15_000),
          });
          const text = await r.text();
          if (r.ok) {
            const answer = JSON.parse(text) as { dossierCode: string; position: string };
            if (answer.dossierCode !== code) throw new Error(`receipt ${code} answered for ${answer.dossierCode}`);
            acks.set(code, { key, instance: which, position: BigInt(answer.position), attempt });
            for (const w of [...waiters]) w();
            break;
          }
          // Only an unavailable store is worth retrying; anything else is a bug the run must show.
          if (r.status !== 503) throw new Error(`receipt ${code}: ${r.status} ${text.slice(0, 300)}`);
        } catch (e) {
          if ((e as Error).message.startsWith('receipt ')) throw e;
          // the connection dropped or timed out: the same key again
        }
        retries++;
        await sleep(50);
      }
    }
  };

  const cycles: ApiCycleReport[] = [];
  let clients: Promise<void>[] = [];
  try {
    const died = (e: Error) => {
      clientError ??= e;
      for (const w of [...waiters]) w();
    };
    instances.push(await serve(db, keysFile, ['--create'], died));
    for (let i = 1; i < (options.instances ?? 2); i++) instances.push(await serve(db, keysFile, [], died));
    clients = Array.from({ length: options.clients ?? 4 }, (_, lane) =>
      client(lane).catch((e: Error) => {
        clientError = e;
        for (const w of [...waiters]) w();
      }),
    );
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      await pair.waitSync();
      const synced = acks.size;
      await acked(acks.size + perCycle, 60_000);
      if (options.cutStandby) {
        await pair.detachStandby();
        await sqlOn(pair.primary().url, `ALTER SYSTEM SET synchronous_standby_names = ''`);
        await sqlOn(pair.primary().url, 'SELECT pg_reload_conf()');
        await acked(acks.size + perCycle, 60_000); // on the primary only
      }
      await sleep(Math.floor(Math.random() * 30)); // the kill lands anywhere within a request
      const killedAt = Date.now();
      pair.killPrimary();
      const ackedBeforeKill = acks.size - synced;
      pair.promote();
      forwarder.switchTo(pair.primary().port); // the moved address
      await acked(acks.size + 1, 60_000);
      const failoverMs = Date.now() - killedAt;
      await acked(acks.size + perCycle, 60_000); // writes resumed
      // The receipts acknowledged so far, taken before reading the log: the clients go on writing, and
      // a receipt acknowledged after the read began may not be in what it read.
      const checked = new Map(acks);
      const lost = lostFrom(await loggedOn(pair.primary()), checked);
      const v = await fetch(`${instances[cycle % instances.length]!.url}/v1/audit/verify`, {
        headers: { authorization: `Bearer ${AUDITOR}` },
      });
      const verify = (await v.json()) as ApiCycleReport['verify'];
      cycles.push({ cycle, ackedBeforeKill, failoverMs, lost, verify });
      log(
        `cycle ${cycle}: acked ${acks.size} (${ackedBeforeKill} this cycle before the kill), lost ${lost.length}, ` +
          `verify ${verify.ok ? `ok (${verify.size} events)` : `FAILED at ${verify.firstBadPosition}`}, ` +
          `failover ${failoverMs} ms`,
      );
      if (cycle < options.cycles) await pair.addStandby();
    }
    stopping = true;
    await Promise.all(clients);
    if (clientError) throw clientError;
    const logged = await loggedOn(pair.primary());
    const store = await openPostgresStore({ connectionString: pair.primary().url, readonly: true });
    const head = await store.headPosition().finally(() => store.close());
    return { cycles, acked: acks.size, lost: lostFrom(logged, acks), retries, finalSize: head };
  } finally {
    stopping = true;
    for (const i of instances) i.child.kill('SIGKILL');
    await forwarder.close();
    pair.stop();
    tmp.cleanup();
  }
}
