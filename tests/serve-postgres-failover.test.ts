// Failover without loss through the API (issue 13, item 6): a PostgreSQL primary and a synchronous
// standby on two ports of this machine, two `motcua serve` processes (the built CLI) on one database
// address, clients receiving dossiers through POST /v1/offices/A/dossiers with Idempotency-Keys; kill -9
// of the primary mid-load, pg_ctl promote of the standby, and the instances pointed at it by a moved
// address (a TCP forwarder standing for a virtual IP; node-postgres has no multi-host connection string,
// and the instances are not restarted). Every receipt acknowledged with 2xx must be in the new primary's
// log at the position it was given, GET /v1/audit/verify must pass, and receipts must be acknowledged
// again; a failed request is retried with the same key. Two cycles here (the second fails over to a standby copied from the first's new primary); `pnpm bench:failover-api`
// runs many. It kills database servers, so it always starts its own.
import { describe, expect, it } from 'vitest';
import { pgTestTarget } from '../packages/store/src/postgres/test-cluster.js';
import { ensureBuilt } from './cli-support.js';
import { runApiFailover } from './failover-api.js';

const target = pgTestTarget('serve: failover through the API', true);

describe.skipIf(target === null)('motcua serve: failover to a synchronous standby, through the API', () => {
  it('kill -9 the primary mid-load: every receipt answered 2xx is on the new primary, verify passes, receipts resume', async () => {
    ensureBuilt();
    const report = await runApiFailover({ cycles: 2, binDir: target?.binDir ?? '', instances: 2, acksPerCycle: 20 });
    expect(report.cycles).toHaveLength(2);
    for (const c of report.cycles) {
      expect(c.ackedBeforeKill).toBeGreaterThanOrEqual(20); // the kill came mid-load
      expect(c.lost).toEqual([]);
      expect(c.verify).toMatchObject({ ok: true });
    }
    expect(report.lost).toEqual([]);
    expect(report.acked).toBeGreaterThanOrEqual(2 * 2 * 20); // before each kill, and after it
    // One event per receipt: no retry wrote a second dossier.
    expect(report.finalSize).toBe(BigInt(report.acked));
  }, 90_000);
});

describe.skipIf(target === null)('motcua serve: the failover check sees a loss when there is one', () => {
  it('the standby cut off and replication asynchronous before the kill: receipts answered 2xx are reported lost', async () => {
    ensureBuilt();
    const report = await runApiFailover({
      cycles: 1,
      binDir: target?.binDir ?? '',
      instances: 1,
      acksPerCycle: 10,
      clients: 4,
      cutStandby: true,
    });
    // Of the 10 acknowledged by the primary alone after the cut, a receipt in flight at the cut (one per
    // client, 4 clients) may have reached the standby before it was detached and so be on the new
    // primary; every other one is lost. None acknowledged before the cut is lost.
    expect(report.lost.length).toBeGreaterThanOrEqual(10 - 4);
    expect(report.cycles[0]!.lost).toEqual(report.lost);
    expect(report.finalSize).toBe(BigInt(report.acked - report.lost.length));
  }, 90_000);
});
