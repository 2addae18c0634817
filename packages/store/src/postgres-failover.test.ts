// Failover without loss (issue 13, item 6): a primary and a synchronous standby on two ports of this
// machine, a writer process acknowledged writes through one address, kill -9 of the primary mid-load,
// pg_ctl promote of the standby, the address moved to it (node-postgres takes one host, so instances
// reach the new primary by reconnecting to an address that moves: test-forwarder.ts). Every write
// acknowledged before the kill must be on the new primary at its position, verify must pass, and writes
// must resume; two cycles here (the second fails over to a standby made from the first's new primary),
// `pnpm bench:failover -- --cycles 100` runs many. The second test is the control: with the standby cut
// off, a synchronous commit is not acknowledged; once replication is made asynchronous the primary
// acknowledges writes alone, and the same check does find them missing after the failover. It kills
// servers, so it always starts its own.
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from './postgres/postgres.js';
import { pgTestTarget } from './postgres/test-cluster.js';
import { lostOn, runFailover } from './postgres/test-failover.js';
import { sqlOn, startReplicatedPair } from './postgres/test-replication.js';
import type { Ack } from './postgres/test-writer.js';
import { received, streamOf } from './test-support.js';

const target = pgTestTarget('PostgreSQL failover test', true);

describe.skipIf(target === null)('PostgreSQL: failover to a synchronous standby', () => {
  it('kill -9 the primary mid-load twice: every acknowledged write survives, verify passes, writes resume', async () => {
    const report = await runFailover({ cycles: 2, binDir: target?.binDir ?? '', acksPerCycle: 20 });
    expect(report.cycles).toHaveLength(2);
    for (const c of report.cycles) {
      expect(c.ackedBeforeKill).toBeGreaterThanOrEqual(20); // the kill came mid-load
      expect(c.lost).toEqual([]);
      expect(c.verify).toMatchObject({ ok: true });
    }
    expect(report.lost).toEqual([]);
    expect(report.acked).toBeGreaterThanOrEqual(2 * 2 * 20); // before each kill, and after it
    // Positions acknowledged are unique: no two writes were told the same one across failovers.
    expect(report.finalSize).toBeGreaterThanOrEqual(BigInt(report.acked - report.deduplicated));
  }, 120_000);
});

describe.skipIf(target === null)('PostgreSQL: the failover check sees a loss when there is one', () => {
  it('the standby cut off: a synchronous commit waits unacknowledged; made asynchronous, acknowledged writes are lost', async () => {
    const pair = await startReplicatedPair(target?.binDir ?? '');
    try {
      const s = await openPostgresStore({ connectionString: pair.primary().url, connectTimeoutMs: 2000 });
      const acks = new Map<string, Ack>();
      const write = async (code: string) => {
        const e = received(code);
        const r = await s.append(streamOf(code), [e], 'no-stream');
        acks.set(e.meta.commandId, { position: r.position, deduplicated: r.deduplicated, seq: acks.size });
        return e.meta.commandId;
      };
      await write('L0');
      await pair.detachStandby();
      const l1 = write('L1');
      // Its COMMIT waits for the standby that is gone (wait event SyncRep): not acknowledged.
      for (let i = 0; ; i++) {
        const waiting = await sqlOn(pair.primary().url, `SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep'`);
        if (waiting.length > 0) break;
        if (i > 1500) throw new Error('the commit never waited for the standby');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(acks.size).toBe(1);
      // Asynchronous from now on: the waiting commit is acknowledged, and so is the next, by the primary alone.
      await sqlOn(pair.primary().url, `ALTER SYSTEM SET synchronous_standby_names = ''`);
      await sqlOn(pair.primary().url, 'SELECT pg_reload_conf()');
      const cut = [await l1, await write('L2')];
      pair.killPrimary();
      await s.close();
      pair.promote();
      expect(await lostOn(pair.primary(), acks)).toEqual(cut); // L0 survived; L1 and L2 did not
    } finally {
      pair.stop();
    }
  });
});
