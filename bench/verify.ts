// Verify-only benchmark (never part of the test run): recompute the hash chain of an existing ledger,
// without the ~35 s of appends bench/store.ts spends building one first.
//   pnpm bench:store -- --keep --dir /tmp/verify-bench      # once: leaves /tmp/verify-bench/bench-1m.db
//   pnpm bench:verify -- --db /tmp/verify-bench/bench-1m.db --workers 2 --runs 3
// Prints wall and CPU time per run (CPU of every thread of this process, workers included) and the
// load average, since the machine is shared: wall is what a user waits, CPU what the code costs.
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyChain } from '@motcua/store';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    db: { type: 'string', default: resolve(import.meta.dirname, 'out', 'bench-1m.db') },
    workers: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
  },
});
const workers = Number(values.workers);
const runs = Number(values.runs);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

console.log(`node ${process.version}, ${os.cpus().length} cores; ${values.db}; ${workers} worker(s)`);
for (let i = 0; i < runs; i++) {
  const loadBefore = load();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const v = await verifyChain(values.db, { workers });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  if (!v.ok) throw new Error(`verify failed at ${v.firstBadPosition}: ${v.reason}`);
  const n = Number(v.size);
  console.log(
    `verify (${workers === 1 ? '1 thread' : `${workers} workers`}) ${fmt(n)} ev  wall ${(wall / 1000).toFixed(2)} s ${fmt((n / wall) * 1000)} ev/s  cpu ${(cpu / 1000).toFixed(2)} s ${((cpu * 1000) / n).toFixed(2)} µs/ev  load ${loadBefore}`,
  );
}
