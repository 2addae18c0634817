// Failover without loss through the HTTP API, many times over (issue 13, item 6; never in the tests):
//   pnpm bench:failover-api -- --cycles 100 [--instances 2] [--clients 4] [--acks 20] [--cut-standby]
// A PostgreSQL primary with a synchronous standby, one or two `motcua serve` processes (the built CLI)
// on one database address, clients receiving dossiers through POST /v1/offices/A/dossiers with an
// Idempotency-Key; each cycle kills -9 the primary mid-load, promotes the standby, points the instances
// at it by a moved address, checks every receipt answered 2xx on the new primary and GET
// /v1/audit/verify, waits for receipts to resume and adds a new standby (tests/failover-api.ts).
// --cut-standby is the control run: replication made asynchronous before each kill, so losses happen
// and are reported.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findPgBinDir } from '../packages/store/src/postgres/test-cluster.js';
import { runApiFailover } from '../tests/failover-api.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cycles: { type: 'string', default: '100' },
    instances: { type: 'string', default: '2' },
    clients: { type: 'string', default: '4' },
    acks: { type: 'string', default: '20' },
    'cut-standby': { type: 'boolean', default: false },
  },
});
const binDir = findPgBinDir();
if (!binDir) {
  console.error('no PostgreSQL binaries (initdb) found: apt-get install postgresql, or set MOTCUA_PG_BINDIR');
  process.exit(2);
}
const started = Date.now();
const report = await runApiFailover({
  cycles: Number(values.cycles),
  binDir,
  instances: Number(values.instances),
  clients: Number(values.clients),
  acksPerCycle: Number(values.acks),
  cutStandby: values['cut-standby'],
  log: (line) => console.log(line),
});
const times = report.cycles.map((c) => c.failoverMs).sort((a, b) => a - b);
const badVerify = report.cycles.filter((c) => !c.verify.ok).length;
console.log(
  `\n${report.cycles.length} failovers through ${values.instances} instance(s) in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    `acked ${report.acked}, lost ${report.lost.length}, verify failed ${badVerify} times, ` +
    `retried requests ${report.retries}, final log ${report.finalSize} events`,
);
for (const l of report.lost.slice(0, 20)) console.log(`  lost: ${l}`);
console.log(
  `kill -9 to first receipt acknowledged after it: median ${times[times.length >> 1]} ms, max ${times.at(-1)} ms`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
if (report.lost.length > 0 || badVerify > 0) process.exit(1);
