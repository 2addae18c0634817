// Failover without loss, as a repeatable run (the failover test runs a few cycles, bench/failover.ts
// many). A writer process (test-writer.ts) receives dossiers through one address (test-forwarder.ts)
// in front of a primary with a synchronous standby (test-replication.ts). Each cycle, once the standby
// is synchronous and the writer has been acknowledged some writes since the last cycle: kill -9 the
// primary mid-load, promote the standby, move the address to it; the same writer process reconnects
// (its pool drops dead connections) and its retries go on with the same command ids. Then every write
// it was ever acknowledged must be on the new primary at the position it was given, the chain must
// verify, and the writer must be acknowledged new writes again; a new standby is added for the next cycle.
import { openPostgresStore } from './postgres.js';
import { startForwarder } from './test-forwarder.js';
import { type PgNode, sqlOn, startReplicatedPair } from './test-replication.js';
import { type Ack, startWriter } from './test-writer.js';

export interface FailoverOptions {
  readonly cycles: number;
  readonly binDir: string;
  /** Concurrent writes in the writer (half single appends, half group commits of three). Default 4. */
  readonly lanes?: number;
  /** Writes acknowledged in each cycle before the kill, and after it (writes resumed). Default 30. */
  readonly acksPerCycle?: number;
  readonly log?: (line: string) => void;
  /** false: asynchronous replication, the control run showing that losses are seen when they happen. */
  readonly synchronous?: boolean;
}

export interface CycleReport {
  readonly cycle: number;
  /** Writes acknowledged in this cycle, once the standby was synchronous, before the primary was killed. */
  readonly ackedBeforeKill: number;
  /** From the kill to the first write acknowledged by the new primary (ms). */
  readonly failoverMs: number;
  /** Every write acknowledged so far that is not on the new primary at its acknowledged position. */
  readonly lost: readonly string[];
  /** The new primary's verify (a chain break names its first bad position). */
  readonly verify: { ok: boolean; size?: bigint; firstBadPosition?: bigint; reason?: string };
}

export interface FailoverReport {
  readonly cycles: readonly CycleReport[];
  /** Writes acknowledged over the run, all checked on the final primary. */
  readonly acked: number;
  readonly lost: readonly string[];
  /** Acknowledged retries answered from the log: committed before a crash, acknowledged only after it. */
  readonly deduplicated: number;
  /** Failed attempts the writer retried. */
  readonly retriedAttempts: number;
  readonly finalSize: bigint;
}

/** The acknowledged commands not stored on `node` at the position they were acknowledged with. */
export async function lostOn(node: PgNode, acks: ReadonlyMap<string, Ack>): Promise<string[]> {
  const ids = [...acks.keys()];
  const stored = new Map<string, bigint>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await sqlOn<{ command_id: string; position: string }>(
      node.url,
      'SELECT command_id, position FROM commands WHERE command_id = ANY($1::text[])',
      [ids.slice(i, i + 10_000)],
    );
    for (const r of rows) stored.set(r.command_id, BigInt(r.position));
  }
  return ids.filter((id) => stored.get(id) !== acks.get(id)!.position);
}

async function verifyOn(node: PgNode): Promise<CycleReport['verify']> {
  const s = await openPostgresStore({ connectionString: node.url, readonly: true, connectTimeoutMs: 5000 });
  try {
    const v = await s.verify();
    return v.ok ? { ok: true, size: v.size } : { ok: false, firstBadPosition: v.firstBadPosition, reason: v.reason };
  } finally {
    await s.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runFailover(options: FailoverOptions): Promise<FailoverReport> {
  const log = options.log ?? (() => {});
  const perCycle = options.acksPerCycle ?? 30;
  const pair = await startReplicatedPair(options.binDir, options.synchronous ?? true);
  const forwarder = await startForwarder(pair.primary().port);
  let writer: Awaited<ReturnType<typeof startWriter>> | undefined;
  const cycles: CycleReport[] = [];
  try {
    writer = await startWriter(`postgres://motcua@127.0.0.1:${forwarder.port}/motcua_test`, {
      lanes: options.lanes ?? 4,
    });
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      await pair.waitSync();
      const synced = writer.acks.size;
      // Mid-load: the writer is acknowledged writes right now; a random extra moment moves the kill
      // around within a commit's round trips.
      await writer.acked(writer.acks.size + perCycle, 60_000);
      await sleep(Math.floor(Math.random() * 30));
      const killedAt = Date.now();
      pair.killPrimary();
      const ackedBeforeKill = writer.acks.size - synced;
      pair.promote();
      forwarder.switchTo(pair.primary().port);
      await writer.acked(writer.acks.size + 1, 60_000);
      const failoverMs = Date.now() - killedAt;
      await writer.acked(writer.acks.size + perCycle, 60_000); // writes resumed
      const lost = await lostOn(pair.primary(), writer.acks);
      const verify = await verifyOn(pair.primary());
      cycles.push({ cycle, ackedBeforeKill, failoverMs, lost, verify });
      log(
        `cycle ${cycle}: acked ${writer.acks.size} (${ackedBeforeKill} this cycle before the kill), ` +
          `lost ${lost.length}, verify ${verify.ok ? `ok (${verify.size} events)` : `FAILED at ${verify.firstBadPosition}: ${verify.reason}`}, ` +
          `failover ${failoverMs} ms`,
      );
      if (cycle < options.cycles) await pair.addStandby();
    }
    await writer.stop();
    const lost = await lostOn(pair.primary(), writer.acks);
    const [head] = await sqlOn<{ n: string }>(pair.primary().url, 'SELECT last_position AS n FROM log_head');
    return {
      cycles,
      acked: writer.acks.size,
      lost,
      deduplicated: [...writer.acks.values()].filter((a) => a.deduplicated).length,
      retriedAttempts: writer.errors,
      finalSize: BigInt(head!.n),
    };
  } finally {
    await writer?.stop(5000).catch(() => {});
    await forwarder.close();
    pair.stop();
  }
}
