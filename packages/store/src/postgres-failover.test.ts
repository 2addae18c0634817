// Failover without loss (issue 13, item 6): a primary and a synchronous standby on two ports of this
// machine, a writer process acknowledged writes through one address, kill -9 of the primary mid-load,
// pg_ctl promote of the standby, the address moved to it (node-postgres takes one host, so instances
// reach the new primary by reconnecting to an address that moves: test-forwarder.ts). Every write
// acknowledged before the kill must be on the new primary at its position, verify must pass, and writes
// must resume; two cycles here (the second fails over to a standby made from the first's new primary),
// `pnpm bench:failover -- --cycles 100` runs many. It kills servers, so it always starts its own.
import { describe, expect, it } from 'vitest';
import { pgTestTarget } from './postgres/test-cluster.js';
import { runFailover } from './postgres/test-failover.js';

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
