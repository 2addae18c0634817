// Micro-benchmark of the import's pure in-thread stages (never part of the test run): typed tracking-book
// rows → planRows (commands through the decider) → the store's prepareRequest (the event checked, JSON text,
// payload hash). No file I/O and no SQLite, so it runs in seconds and can be repeated A/B on a noisy machine.
//   pnpm bench:import-plan                          # 20k rows, 5 rounds, this checkout's dist
//   pnpm bench:import-plan -- --root /tmp/old-copy  # the same against another built checkout (A/B)
//   pnpm bench:import-plan -- --rows 5000 --rounds 3
//   pnpm bench:import-plan -- --chunk 2000         # plan and prepare 2000 rows at a time, as the import writes
// With node --expose-gc, a young-generation collection runs (untimed) before each stage, so that each stage
// pays for the collections its own allocations cause rather than for whatever the stage before left.
// Prints CPU µs per row for each stage (median of the rounds), GC time, and a digest of every prepared
// event's type, version, JSON text and payload hash: two builds that print the same digest store the same bytes.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type * as Domain from '@motcua/domain';
import type * as Cli from '../packages/cli/dist/index.js';
import type * as Validate from '../packages/store/dist/validate.js';
import { trackingBook } from './book.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    rows: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '5' },
    /** A checkout whose packages are built (dist): lets an old build be measured beside this one. */
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    columns: { type: 'string', default: 'required' },
    /** Rows planned and prepared at a time (each chunk's results dropped before the next); 0 = all at once. */
    chunk: { type: 'string', default: '0' },
  },
});
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const FULL = values.columns === 'full';
const CHUNK = Number(values.chunk) || ROWS;
const root = resolve(values.root);
const OFFICE = 'BENCH01';
// Fixed, so that the digest is comparable between runs and builds (the import uses the clock).
const ISSUED_AT = '2025-01-01T09:00:00+07:00';

const domain = (await import(`${root}/packages/domain/dist/index.js`)) as typeof Domain;
const cli = (await import(`${root}/packages/cli/dist/index.js`)) as typeof Cli;
const { prepareRequest } = (await import(`${root}/packages/store/dist/validate.js`)) as typeof Validate;

const book = (n: number): string => trackingBook(n, domain.sampleCatalogue.fields(), FULL);

const loaded = await cli.loadBook('csv', Buffer.from(book(ROWS)), OFFICE);
if (loaded.kind === 'ndjson') throw new Error('unexpected ndjson');
if (loaded.issues.length > 0) throw new Error(`the generated book has issues: ${JSON.stringify(loaded.issues[0])}`);
const decider = domain.createDecider({ calendar: domain.defaultCalendar, catalogue: domain.sampleCatalogue });
const plan = (rows: typeof loaded.rows) =>
  cli.planRows(rows, {
    office: OFFICE,
    decider,
    catalogue: domain.sampleCatalogue,
    issuedAt: ISSUED_AT,
    actor: 'bench',
    headers: loaded.headers,
    stored: () => undefined,
  });

// Node 20's gc accepts { type: 'minor' }; the type lacks it.
const minorGc = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// process.cpuUsage is a system call, and small chunks read it hundreds of times a round: each reading's
// own cost (measured here) is taken off the time it closes.
const CPU_CALL_MS = (() => {
  const n = 2000;
  const t = performance.now();
  for (let i = 0; i < n; i++) cpuMs();
  return (performance.now() - t) / n;
})();
// GC pauses, attributed to a stage by when they started (the entries themselves arrive a few ticks later).
const pauses: Array<{ start: number; ms: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const windows: Array<{ stage: 'plan' | 'prepare'; from: number; to: number }> = [];
const gcIn = (from: number, to: number) => pauses.reduce((n, p) => (p.start >= from && p.start < to ? n + p.ms : n), 0);

const planUs: number[] = [];
const prepareUs: number[] = [];
let digest = '';
let events = 0;
// Round 0 warms the JIT and is not counted. Each stage's time is summed over the chunks.
for (let round = 0; round <= ROUNDS; round++) {
  let planCpu = 0;
  let prepareCpu = 0;
  const h = round === 0 ? createHash('sha256') : null;
  for (let from = 0; from < ROWS; from += CHUNK) {
    const rows = loaded.rows.slice(from, from + CHUNK);
    minorGc?.({ type: 'minor' });
    let t = performance.now();
    let c = cpuMs();
    const p = plan(rows);
    planCpu += cpuMs() - c - CPU_CALL_MS;
    if (round > 0) windows.push({ stage: 'plan', from: t, to: performance.now() });
    if (p.issues.length > 0) throw new Error(`planRows refused a row: ${JSON.stringify(p.issues[0])}`);
    minorGc?.({ type: 'minor' });
    t = performance.now();
    c = cpuMs();
    const prepared = p.requests.map((r) => prepareRequest(r));
    prepareCpu += cpuMs() - c - CPU_CALL_MS;
    if (round > 0) windows.push({ stage: 'prepare', from: t, to: performance.now() });
    if (h) {
      events += p.events;
      for (const r of prepared) {
        h.update(`${r.streamId}\n${String(r.expectedRevision)}\n${r.commandIds.join(',')}\n`);
        for (const e of r.events) {
          h.update(`${e.type}\n${e.schemaVersion}\n${e.eventId}\n${e.commandId}\n${e.occurredAt}\n`);
          h.update(`${e.dataJson}\n${e.metaJson}\n${e.payloadHash}\n`);
        }
      }
    }
  }
  if (h) {
    digest = h.digest('hex').slice(0, 16);
    continue;
  }
  planUs.push((planCpu * 1000) / ROWS);
  prepareUs.push((prepareCpu * 1000) / ROWS);
}
await new Promise((r) => setTimeout(r, 50));
const gcUs = (stage: 'plan' | 'prepare') => {
  const perRound = Math.ceil(ROWS / CHUNK);
  const ws = windows.filter((w) => w.stage === stage);
  const out: number[] = [];
  for (let i = 0; i < ws.length; i += perRound) {
    out.push((ws.slice(i, i + perRound).reduce((n, w) => n + gcIn(w.from, w.to), 0) * 1000) / ROWS);
  }
  return out;
};
const planGc = gcUs('plan');
const prepareGc = gcUs('prepare');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const f = (x: number) => x.toFixed(1);
console.log(
  `import-plan ${root}: ${ROWS} rows${CHUNK < ROWS ? ` in chunks of ${CHUNK}` : ''}, ${events} events (${(events / ROWS).toFixed(2)}/row), ${ROUNDS} rounds, digest ${digest}`,
);
console.log(
  `  planRows ........ ${f(median(planUs))} µs/row CPU (rounds ${planUs.map(f).join(' ')}), GC ${f(median(planGc))} µs/row`,
);
console.log(
  `  prepareRequest .. ${f(median(prepareUs))} µs/row CPU (rounds ${prepareUs.map(f).join(' ')}), GC ${f(median(prepareGc))} µs/row`,
);
