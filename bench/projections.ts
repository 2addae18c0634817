// Projections benchmark (never part of the test run): a synthetic province-year in a SQLite file, then
//   - the floor: the store's rows read with the same paging and JSON.parse alone (every column, data
//     and meta parsed: what reading the log costs; the rebuild over SQLite reads fewer columns and
//     parses fewer payloads — loadLedger's direct scan, packages/projections/src/sqlite-scan.ts);
//   - a full rebuild of the Form 06 ledger, and of the ledger with audit trails (timelines from the file)
//     (target: throughput ≥ 0.8 × the floor's, i.e. rebuild time ≤ 1.25 × floor time);
//   - Form 06 latency for random periods and random knownAt over the province, a district and an office
//     (target: p99 ≤ 20 ms over the province);
//   - peak RSS of each phase (target ≤ 1 GiB), each phase in its own process;
//   - how cost grows with the log: the same measures on the first 100k and 1M events and on all of it.
//
//   pnpm bench:projections                          # 720k dossiers, ~5M events, 200 offices
//   pnpm bench:projections -- --dossiers 100000     # smaller
//   pnpm bench:projections -- --cpu-prof            # CPU profiles of the rebuilds in bench/out/prof
// The province file is generated once (bench/gen-province.ts) and kept in bench/out for later runs;
// --regen makes it again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateProvince } from './gen-province.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    dossiers: { type: 'string', default: '720000' },
    offices: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string', default: '400' },
    growth: { type: 'string', default: '100000,1000000' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
    regen: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'skip-audit': { type: 'boolean', default: false },
  },
});
mkdirSync(values.dir, { recursive: true });
const db = join(values.dir, `province-${values.dossiers}-${values.offices}-${values.seed}.db`);
const here = import.meta.dirname;

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`;
console.log(machine);

if (values.regen || !existsSync(db)) {
  console.log(`generating ${db} …`);
  let shown = 0;
  const g = await generateProvince({
    dossiers: Number(values.dossiers),
    offices: Number(values.offices),
    seed: Number(values.seed),
    path: db,
    onProgress: (w, t) => {
      if (w - shown >= 500_000 || w === t) {
        shown = w;
        console.log(`  written ${w.toLocaleString('en')} / ${t.toLocaleString('en')} events`);
      }
    },
  });
  console.log(
    `generated ${g.dossiers.toLocaleString('en')} dossiers, ${g.events.toLocaleString('en')} events in ${(g.seconds.plan + g.seconds.write).toFixed(0)} s`,
  );
}

type Stats = { n: number; p50: number; p90: number; p99: number; max: number };
interface PhaseResult {
  phase: string;
  events: number;
  ms: number;
  dossiers?: number;
  peakRssMiB: number;
  cpuMs?: number;
  rssAfterRebuild?: number;
  province?: Stats;
  district?: Stats;
  office?: Stats;
  drillDown?: Stats;
  timeline?: Stats;
  failed?: string;
}

function phase(name: string, toPosition?: number, profile = false): PhaseResult {
  const args = [
    '--import',
    'tsx',
    ...(profile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${join(values.dir, 'prof')}`,
          `--cpu-prof-name=${name}-${toPosition ?? 'all'}.cpuprofile`,
        ]
      : []),
    join(here, 'projections-phase.ts'),
    '--db',
    db,
    '--phase',
    name,
    '--queries',
    values.queries,
    ...(toPosition === undefined ? [] : ['--to-position', String(toPosition)]),
  ];
  try {
    const out = execFileSync(process.execPath, args, { cwd: here, encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = out.trim().split('\n').at(-1)!;
    return JSON.parse(line) as PhaseResult;
  } catch (e) {
    // A phase that dies (e.g. out of heap) is a result too: say so and go on with the others.
    const err = e as { status?: number; stderr?: string };
    const why = (err.stderr ?? String(e)).split('\n').find((l) => /heap|Error/.test(l)) ?? `exit ${err.status}`;
    console.log(
      `phase ${name}${toPosition === undefined ? '' : ` (first ${toPosition} events)`} failed: ${why.trim()}`,
    );
    return { phase: name, events: 0, ms: Number.NaN, peakRssMiB: Number.NaN, failed: why.trim() };
  }
}

const best = (a: PhaseResult, b: PhaseResult) => (Number.isNaN(b.ms) || a.ms <= b.ms ? a : b);
const evs = (r: PhaseResult) => Math.round(r.events / (r.ms / 1000));
const fmt = (n: number) => n.toLocaleString('en');
const loadBefore = os.loadavg()[0]!;

interface Row {
  events: number;
  floor: PhaseResult;
  readall: PhaseResult;
  form06: PhaseResult;
  audit?: PhaseResult;
}
const rows: Row[] = [];
const sizes = [
  ...values.growth
    .split(',')
    .map(Number)
    .filter((n) => n > 0),
  undefined,
];
for (const to of sizes) {
  // Floor and rebuild alternated twice, best of two: neither gets only the colder page cache.
  const f1 = phase('floor', to);
  const r1 = phase('form06', to, values['cpu-prof'] && to === undefined);
  const f2 = phase('floor', to);
  const r2 = phase('form06', to);
  const readall = phase('readall', to);
  const audit = values['skip-audit'] ? undefined : phase('audit', to, values['cpu-prof'] && to === undefined);
  const row: Row = {
    events: f1.events,
    floor: best(f1, f2),
    readall,
    form06: best(r1, r2),
    ...(audit ? { audit } : {}),
  };
  rows.push(row);
  const ratio = (r: PhaseResult) => (row.floor.ms / r.ms).toFixed(2);
  const cpu = (r: PhaseResult) => (r.cpuMs === undefined ? '-' : (r.cpuMs / 1000).toFixed(2));
  const cpuRatio = (r: PhaseResult) =>
    r.cpuMs === undefined || row.floor.cpuMs === undefined ? '-' : (row.floor.cpuMs / r.cpuMs).toFixed(2);
  console.log(`\n== ${fmt(row.events)} events (${fmt(row.form06.dossiers ?? 0)} dossiers) ==`);
  console.log(
    `floor (rows + JSON.parse)      ${(row.floor.ms / 1000).toFixed(2).padStart(7)} s ${fmt(evs(row.floor)).padStart(10)} ev/s  cpu ${cpu(row.floor)} s  peak ${row.floor.peakRssMiB} MiB`,
  );
  console.log(
    `store readAll                  ${(readall.ms / 1000).toFixed(2).padStart(7)} s ${fmt(evs(readall)).padStart(10)} ev/s  ${ratio(readall)} × floor`,
  );
  console.log(
    `Form 06 ledger rebuild         ${(row.form06.ms / 1000).toFixed(2).padStart(7)} s ${fmt(evs(row.form06)).padStart(10)} ev/s  ${ratio(row.form06)} × floor  cpu ${cpu(row.form06)} s (${cpuRatio(row.form06)} × floor)  peak ${row.form06.peakRssMiB} MiB`,
  );
  if (audit) {
    console.log(
      `ledger + audit (timelines)     ${(audit.ms / 1000).toFixed(2).padStart(7)} s ${fmt(evs(audit)).padStart(10)} ev/s  ${ratio(audit)} × floor  cpu ${cpu(audit)} s (${cpuRatio(audit)} × floor)  peak ${audit.peakRssMiB} MiB`,
    );
  }
  for (const scope of ['province', 'district', 'office'] as const) {
    const s = row.form06[scope];
    if (!s) continue;
    console.log(
      `Form 06 query, ${scope.padEnd(8)}  p50 ${s.p50} ms  p90 ${s.p90} ms  p99 ${s.p99} ms  max ${s.max} ms  (${s.n} random periods × knownAt)`,
    );
  }
  if (audit?.drillDown)
    console.log(`drill-down (one office)        p50 ${audit.drillDown.p50} ms  p99 ${audit.drillDown.p99} ms`);
  if (audit?.timeline)
    console.log(`dossier timeline               p50 ${audit.timeline.p50} ms  p99 ${audit.timeline.p99} ms`);
}

console.log('\ncost growth (Form 06 ledger, no raw events):');
console.log(
  '| events | dossiers | floor s | rebuild s | rebuild / floor throughput (wall, cpu) | province p50 / p99 ms | office p99 ms | peak RSS MiB (with audit) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const p = r.form06.province;
  console.log(
    `| ${fmt(r.events)} | ${fmt(r.form06.dossiers ?? 0)} | ${(r.floor.ms / 1000).toFixed(2)} | ${(r.form06.ms / 1000).toFixed(2)} | ${(r.floor.ms / r.form06.ms).toFixed(2)}, ${r.floor.cpuMs && r.form06.cpuMs ? (r.floor.cpuMs / r.form06.cpuMs).toFixed(2) : '-'} | ${p ? `${p.p50} / ${p.p99}` : 'failed'} | ${r.form06.office?.p99 ?? '-'} | ${r.form06.peakRssMiB}${r.audit ? ` (${r.audit.peakRssMiB})` : ''} |`,
  );
}
const full = rows.at(-1)!;
console.log(
  `\ntargets on the full log: rebuild ≥ 0.8 × floor: ${(full.floor.ms / full.form06.ms).toFixed(2)}${full.audit ? ` (with audit ${(full.floor.ms / full.audit.ms).toFixed(2)})` : ''}; ` +
    `province p99 ≤ 20 ms: ${full.form06.province?.p99 ?? 'failed'} ms; peak RSS ≤ 1024 MiB: ${full.form06.peakRssMiB}${full.audit ? ` (with audit ${full.audit.peakRssMiB})` : ''} MiB`,
);
console.log(
  `load average before/after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)} (other work on the machine skews the timings)`,
);
const report = { machine, db, loadAverage: [loadBefore, os.loadavg()[0]], rows };
const file = join(values.dir, `projections-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`results: ${file}`);
