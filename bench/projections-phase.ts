// One measured phase of the projections benchmark, run in a fresh process so its peak RSS is its own.
// Prints one JSON line. Driven by bench/projections.ts; usable alone:
//   node --import tsx projections-phase.ts --db out/province.db --phase form06 [--to-position 1000000]
// Phases: floor (the store's rows, same paging, JSON.parse only), readall (the store's readAll),
// form06 (ledger rebuild without raw events, then Form 06 queries), audit (the ledger as loadLedger
// builds it by default, with timelines: over a SQLite store it reads them from the file rather than
// holding raw events; then drill-downs and timelines). `cpuMs` is the rebuild's CPU time, steadier
// than wall time when other work shares the machine.
import { parseArgs } from 'node:util';
import { sampleCatalogue } from '@motcua/domain';
import { type Form06Query, type Ledger, loadLedger, periodOf } from '@motcua/projections';
import { openSqliteStore } from '@motcua/store';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    db: { type: 'string' },
    phase: { type: 'string' },
    'to-position': { type: 'string' },
    queries: { type: 'string', default: '400' },
    batch: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '42' },
  },
});
if (!values.db || !values.phase) throw new Error('usage: --db FILE --phase floor|readall|form06|audit');
const path = values.db;
const toPosition = values['to-position'] ? BigInt(values['to-position']) : undefined;
const BATCH = Number(values.batch);
const QUERIES = Number(values.queries);

const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
};
const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function floor(): { events: number; ms: number; cpuMs: number } {
  const raw = new Database(path, { readonly: true });
  // The query the store's readAll runs, with the same paging.
  const page = raw
    .prepare(
      'SELECT position, stream_id, revision, type, schema_version, recorded_at, data, meta, hash FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?',
    )
    .raw();
  const to = toPosition === undefined ? Number.MAX_SAFE_INTEGER : Number(toPosition);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let from = 0;
  let events = 0;
  let sink = 0;
  for (;;) {
    const rows = page.all(from, to, BATCH) as Array<[number, string, number, string, number, string, string, string]>;
    for (const r of rows) {
      const data = JSON.parse(r[6]);
      const meta = JSON.parse(r[7]);
      if (data && meta) sink++;
    }
    events += rows.length;
    if (rows.length < BATCH) break;
    from = rows[rows.length - 1]![0] + 1;
  }
  const ms = msSince(t0);
  const cpuMs = cpuSince(c0);
  raw.close();
  if (sink !== events) throw new Error('floor: sink mismatch');
  return { events, ms, cpuMs };
}

/** mulberry32, so every run asks the same queries. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: round(q(0.5)), p90: round(q(0.9)), p99: round(q(0.99)), max: round(s[s.length - 1]!) };
}

/** Random periods (months, quarters, years under both conventions, arbitrary ranges) and knownAt. */
function randomQueries(
  ledger: Ledger,
  n: number,
  scope: 'province' | 'district' | 'office',
  seed: number,
): Form06Query[] {
  const next = rng(seed);
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  const offices = ledger.offices();
  const out: Form06Query[] = [];
  const t0 = Date.parse('2023-12-01T00:00:00+07:00');
  const t1 = Date.parse('2025-01-31T00:00:00+07:00');
  for (let i = 0; i < n; i++) {
    const kind = int(0, 3);
    const convention = next() < 0.5 ? 'calendar' : 'cutoff';
    let period: { from: string; to: string };
    if (kind === 0) period = periodOf({ year: 2024, month: int(1, 12), convention });
    else if (kind === 1) period = periodOf({ year: 2024, quarter: int(1, 4) as 1 | 2 | 3 | 4, convention });
    else if (kind === 2) period = periodOf({ year: 2024, convention });
    else {
      const a = new Date(Date.parse('2024-01-01') + int(0, 330) * 86_400_000);
      const b = new Date(a.getTime() + int(0, 60) * 86_400_000);
      period = { from: a.toISOString().slice(0, 10), to: b.toISOString().slice(0, 10) };
    }
    const knownAt = next() < 0.2 ? undefined : new Date(t0 + next() * (t1 - t0)).toISOString();
    let scoped: string[] | undefined;
    if (scope === 'office') scoped = [offices[int(0, offices.length - 1)]!];
    else if (scope === 'district') {
      const district = offices[int(0, offices.length - 1)]!.slice(0, 3);
      scoped = offices.filter((o) => o.startsWith(district));
    }
    out.push({ ...period, ...(knownAt ? { knownAt } : {}), ...(scoped ? { offices: scoped } : {}) });
  }
  return out;
}

function timeQueries(ledger: Ledger, queries: Form06Query[]) {
  // Warm-up: the first calls compile the hot loop.
  for (const q of queries.slice(0, 20)) ledger.form06(q);
  const samples: number[] = [];
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    ledger.form06(q);
    samples.push(msSince(t0));
  }
  return stats(samples);
}

const procedureFee = (code: string) => sampleCatalogue.byCode(code)?.feeVnd;
const result: Record<string, unknown> = { phase: values.phase, toPosition: toPosition?.toString() ?? null };

if (values.phase === 'floor') {
  Object.assign(result, floor());
} else {
  const store = openSqliteStore({ path, readonly: true });
  try {
    if (values.phase === 'readall') {
      const t0 = process.hrtime.bigint();
      let events = 0;
      for await (const b of store.readAll({ batchSize: BATCH, ...(toPosition ? { toPosition } : {}) }))
        events += b.length;
      Object.assign(result, { events, ms: msSince(t0) });
    } else if (values.phase === 'form06' || values.phase === 'audit') {
      const keepEvents = values.phase === 'audit';
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const ledger = await loadLedger(store, {
        keepEvents,
        procedureFee,
        batchSize: BATCH,
        ...(toPosition ? { toPosition } : {}),
      });
      const ms = msSince(t0);
      const cpuMs = cpuSince(c0);
      const rssAfterRebuild = rssMiB();
      Object.assign(result, { events: ledger.eventCount, dossiers: ledger.dossierCount, ms, cpuMs, rssAfterRebuild });
      const seed = Number(values.seed);
      result.province = timeQueries(ledger, randomQueries(ledger, QUERIES, 'province', seed));
      result.district = timeQueries(ledger, randomQueries(ledger, QUERIES, 'district', seed + 1));
      result.office = timeQueries(ledger, randomQueries(ledger, QUERIES, 'office', seed + 2));
      if (keepEvents) {
        // Audit: the dossiers behind a cell, and one dossier's timeline.
        const qs = randomQueries(ledger, Math.min(QUERIES, 200), 'office', seed + 3);
        const cells = ['resolved.late', 'pending.overdue', 'resolved.early', 'received.carriedOver'] as const;
        const drill: number[] = [];
        const timelines: number[] = [];
        let found = 0;
        qs.forEach((q, i) => {
          const t1 = process.hrtime.bigint();
          const codes = ledger.drillDown({ ...q, cell: cells[i % cells.length]! });
          drill.push(msSince(t1));
          const code = codes[0];
          if (code && q.offices?.[0]) {
            const t2 = process.hrtime.bigint();
            found += ledger.timeline(q.offices[0], code, q.knownAt ? { knownAt: q.knownAt } : {}).length > 0 ? 1 : 0;
            timelines.push(msSince(t2));
          }
        });
        result.drillDown = stats(drill);
        if (timelines.length > 0) result.timeline = { ...stats(timelines), found };
      }
    } else {
      throw new Error(`unknown phase ${values.phase}`);
    }
  } finally {
    await store.close();
  }
}
result.peakRssMiB = rssMiB();
console.log(JSON.stringify(result));
