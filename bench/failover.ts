// Failover without loss, many times over (issue 13, item 6; never part of the test run):
//   pnpm bench:failover -- --cycles 100 [--lanes 4] [--acks 30] [--async]
// Starts a PostgreSQL primary with a synchronous standby on two loopback ports, a writer process
// acknowledged writes through one address, and each cycle kills -9 the primary mid-load, promotes the
// standby, moves the address, checks every acknowledged write on the new primary and verify, waits for
// writes to resume and adds a new standby (packages/store/src/postgres/test-failover.ts). Prints a
// line per cycle and, at the end, acknowledged / lost over the whole run. --async is the control run:
// asynchronous replication, where a kill may lose acknowledged writes and the run says so.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findPgBinDir } from '../packages/store/src/postgres/test-cluster.js';
import { runFailover } from '../packages/store/src/postgres/test-failover.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cycles: { type: 'string', default: '100' },
    lanes: { type: 'string', default: '4' },
    acks: { type: 'string', default: '30' },
    async: { type: 'boolean', default: false },
  },
});
const binDir = findPgBinDir();
if (!binDir) {
  console.error('no PostgreSQL binaries (initdb) found: apt-get install postgresql, or set MOTCUA_PG_BINDIR');
  process.exit(2);
}
const started = Date.now();
const report = await runFailover({
  cycles: Number(values.cycles),
  binDir,
  lanes: Number(values.lanes),
  acksPerCycle: Number(values.acks),
  synchronous: !values.async,
  log: (line) => console.log(line),
});
const times = report.cycles.map((c) => c.failoverMs).sort((a, b) => a - b);
const badVerify = report.cycles.filter((c) => !c.verify.ok).length;
console.log(
  `\n${report.cycles.length} failovers in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    `acked ${report.acked}, lost ${report.lost.length}, verify failed ${badVerify} times, ` +
    `answered from the log after a crash ${report.deduplicated}, retried attempts ${report.retriedAttempts}, ` +
    `final log ${report.finalSize} events`,
);
console.log(
  `kill -9 to first write acknowledged by the new primary: median ${times[times.length >> 1]} ms, max ${times.at(-1)} ms`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
if (report.lost.length > 0 || badVerify > 0) process.exit(1);
