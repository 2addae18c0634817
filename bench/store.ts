// Event-store benchmark (never part of the test run): SQLite with synchronous = FULL on a real disk.
//   pnpm bench:store                      # 1M events, 5k single appends, files under bench/out/
//   pnpm bench:store -- --events 200000   # smaller run
// Measures, in one run: single-event appends (one transaction + fsync each), batched appends
// (appendMany, one transaction per batch), readAll, the floor (the same rows read with the same
// paging and JSON.parse alone), and verify. Event generation is outside the timed sections.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppendRequest, openSqliteStore, verifyChain } from '@motcua/store';
import Database from 'better-sqlite3';
import { dossier } from './sample-dossier.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    events: { type: 'string', default: '1000000' },
    single: { type: 'string', default: '5000' },
    batch: { type: 'string', default: '1000' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
    keep: { type: 'boolean', default: false },
  },
});
const TOTAL = Number(values.events);
const SINGLE = Number(values.single);
const BATCH = Number(values.batch);
const EVENTS_PER_DOSSIER = 5;
mkdirSync(values.dir, { recursive: true });

// Wall time and CPU time (all threads of this process) of the timed sections only. The machine is
// shared with other work, so both are printed: wall is what a user waits, CPU what the code costs.
interface Clock {
  wall: number;
  cpu: number;
}
const zero = (): Clock => ({ wall: 0, cpu: 0 });
async function timed<T>(acc: Clock, fn: () => T | Promise<T>): Promise<T> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = await fn();
  acc.wall += Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  acc.cpu += (c.user + c.system) / 1000;
  return out;
}
const rate = (n: number, msec: number) => Math.round((n / msec) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const results: Record<string, unknown> = {};
const line = (label: string, n: number, t: Clock) => {
  console.log(
    `${label.padEnd(34)} ${fmt(n).padStart(9)} ev  wall ${(t.wall / 1000).toFixed(2).padStart(6)} s ${fmt(rate(n, t.wall)).padStart(8)} ev/s  cpu ${(t.cpu / 1000).toFixed(2).padStart(6)} s ${fmt(rate(n, t.cpu)).padStart(8)} ev/cpu-s`,
  );
  results[label] = { events: n, wallMs: Math.round(t.wall), cpuMs: Math.round(t.cpu), perSecond: rate(n, t.wall) };
};

console.log(
  `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
);
console.log(`files in ${values.dir}; synchronous = FULL, journal = WAL; load average at start ${load()}\n`);

// 1. Single-event appends: one transaction and one fsync each.
{
  const path = join(values.dir, 'bench-single.db');
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  const store = openSqliteStore({ path });
  const t = zero();
  for (let i = 0; i < SINGLE; i++) {
    const first = dossier(i);
    const event = first.events[0]!;
    await timed(t, () => store.append(first.streamId, [event], 'no-stream'));
  }
  line('single-event append', SINGLE, t);
  await store.close();
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

// 2. Batched appends: appendMany, BATCH events per transaction.
const path = join(values.dir, 'bench-1m.db');
for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
{
  const store = openSqliteStore({ path });
  let appended = 0;
  let n = 0;
  const t = zero();
  while (appended < TOTAL) {
    const reqs: AppendRequest[] = [];
    for (let k = 0; k < BATCH / EVENTS_PER_DOSSIER && appended < TOTAL; k++) {
      reqs.push(dossier(n++));
      appended += EVENTS_PER_DOSSIER;
    }
    await timed(t, () => store.appendMany(reqs));
  }
  line(`batched append (${BATCH}/transaction)`, appended, t);
  await store.close();
}
console.log(`ledger file: ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`);

// 3. readAll against the floor, alternated twice so neither always gets the colder cache; best of two.
{
  const store = openSqliteStore({ path, readonly: true });
  const raw = new Database(path, { readonly: true });
  const page = raw
    .prepare(
      'SELECT position, stream_id, revision, type, schema_version, recorded_at, data, meta, hash FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?',
    )
    .raw();
  const floor = () => {
    let count = 0;
    let from = 0;
    let sink = 0;
    for (;;) {
      const rows = page.all(from, Number.MAX_SAFE_INTEGER, 1000) as Array<
        [number, string, number, string, number, string, string, string, string]
      >;
      for (const r of rows) {
        const d = JSON.parse(r[6]);
        const m = JSON.parse(r[7]);
        if (d && m) sink++;
      }
      count += rows.length;
      if (rows.length < 1000) break;
      from = rows[rows.length - 1]![0] + 1;
    }
    if (sink !== count) throw new Error('floor sink mismatch');
    return count;
  };
  const readAll = async () => {
    let count = 0;
    for await (const b of store.readAll({ batchSize: 1000 })) count += b.length;
    return count;
  };
  const runs: Array<{ f: Clock; r: Clock; n: number }> = [];
  for (let i = 0; i < 2; i++) {
    const f = zero();
    const r = zero();
    const nf = await timed(f, floor);
    const nr = await timed(r, readAll);
    if (nf !== nr) throw new Error(`floor read ${nf} rows, readAll ${nr}`);
    runs.push({ f, r, n: nf });
  }
  const best = (k: 'f' | 'r') => runs.map((x) => x[k]).reduce((a, b) => (a.wall <= b.wall ? a : b));
  const f = best('f');
  const r = best('r');
  line('floor (same rows + JSON.parse)', runs[0]!.n, f);
  line('readAll', runs[0]!.n, r);
  const ratio = { wall: f.wall / r.wall, cpu: f.cpu / r.cpu };
  console.log(
    `readAll / floor throughput: wall ${ratio.wall.toFixed(2)}, cpu ${ratio.cpu.toFixed(2)} (target >= 0.80)`,
  );
  results.readAllToFloor = { wall: Number(ratio.wall.toFixed(3)), cpu: Number(ratio.cpu.toFixed(3)) };
  raw.close();
  await store.close();
}

// 4. verify: recompute the whole hash chain; worker threads on every core (the default for big
//    logs), then in this thread alone for comparison.
for (const workers of [undefined, 1]) {
  const t = zero();
  const v = await timed(t, () => verifyChain(path, workers === undefined ? {} : { workers }));
  if (!v.ok) throw new Error(`verify failed at ${v.firstBadPosition}: ${v.reason}`);
  line(
    workers === undefined ? `verify (${os.availableParallelism()} workers)` : 'verify (1 thread)',
    Number(v.size),
    t,
  );
}

console.log('\ntargets: batched append >= 50,000 ev/s; readAll >= 0.8 x floor; verify >= 300,000 ev/s');
console.log(`load average at end ${load()}`);
console.log(
  JSON.stringify({
    machine: `${os.cpus().length} cores ${os.cpus()[0]?.model}`,
    node: process.version,
    loadavg: os.loadavg(),
    results,
  }),
);
if (!values.keep) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
