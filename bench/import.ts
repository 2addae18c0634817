// Import benchmark (never part of the test run): tracking-book rows per second into SQLite with
// synchronous = FULL (the store's setting), through the same path as `motcua import`.
//   pnpm bench:import                       # 100k rows
//   pnpm bench:import -- --rows 20000       # smaller run
//   pnpm bench:import -- --columns full     # also digitized, paid_online, fee (more events per row)
// Measures, in one run: the whole import in-process (read + decide + one appendMany transaction), its
// phases in CPU time (CSV read, domain commands through the decider, append), a re-import of the same
// file (nothing written), and `motcua import` as a spawned process, as a user runs it; the import against
// the floor (SQLite alone writing the same rows) measured in the same run, with the goal >= 0.6 x the floor.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDecider, defaultCalendar, sampleCatalogue, toVnIso } from '@motcua/domain';
import { openSqliteStore, type PreparedRequest, prepareRequest } from '@motcua/store';
// The built CLI package, as `motcua` runs it (bench is not a dependent of @motcua/cli).
import { CHUNK_ROWS, type Io, loadBook, planRows, runImport } from '../packages/cli/dist/index.js';
import { trackingBook } from './book.js';

const { values } = parseArgs({
  allowNegative: true, // --no-spawn
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    rows: { type: 'string', default: '100000' },
    dir: { type: 'string', default: resolve(import.meta.dirname, 'out') },
    spawn: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    /** required: the seven columns of the import format; full: also digitised, paid online and fee. */
    columns: { type: 'string', default: 'required' },
  },
});
const FULL = values.columns === 'full';
const ROWS = Number(values.rows);
const OFFICE = 'BENCH01';
const dir = values.dir;
mkdirSync(dir, { recursive: true });

const book = (n: number): string => trackingBook(n, sampleCatalogue.fields(), FULL);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const silent: Io = {
  out: () => {},
  err: () => {},
  stdout: process.stdout,
  stderr: Object.assign(Object.create(process.stderr), { isTTY: false }),
};
const fresh = (name: string) => {
  const p = join(dir, name);
  for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  return p;
};

const file = join(dir, `import-${ROWS}-${values.columns}.csv`);
writeFileSync(file, book(ROWS));
const bytes = statSync(file).size;

// Each timed run starts with the page cache's dirty pages written out: the previous run's checkpoint left
// ~150 MB for the kernel to flush, which slowed whichever run came next (the spawned one, last, most).
const settle = () => execFileSync('sync');

// Whole import, in-process, as `motcua import` runs it.
const db = fresh(`import-${ROWS}.db`);
settle();
let t = performance.now();
const summary = await runImport(file, { db, office: OFFICE, actor: 'bench', lang: 'en' }, silent);
const wholeMs = performance.now() - t;

const probe = openSqliteStore({ path: db });
const synchronous = probe.db.pragma('synchronous', { simple: true });
const journal = probe.db.pragma('journal_mode', { simple: true });
await probe.close();

// Re-import of the same file: every dossier found with the same facts, nothing written.
settle();
t = performance.now();
const again = await runImport(file, { db, office: OFFICE, actor: 'bench', lang: 'en' }, silent);
const againMs = performance.now() - t;

// Phases, CPU time, on a fresh file, split as the import splits them between its two threads: the
// producer reads, plans and prepares (JSON text, payload hash) chunk by chunk; the writer appends the
// prepared chunks into one bulk transaction (chain hash, SQLite) and commits.
const { readFileSync } = await import('node:fs');
let c = cpu();
const loaded = await loadBook('csv', readFileSync(file), OFFICE);
const readCpu = cpu() - c;
if (loaded.kind === 'ndjson') throw new Error('unexpected');
const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
const chunks: PreparedRequest[][] = [];
let planCpu = 0;
let prepareCpu = 0;
let plannedEvents = 0;
for (let i = 0; i < loaded.rows.length; i += CHUNK_ROWS) {
  c = cpu();
  const plan = planRows(loaded.rows.slice(i, i + CHUNK_ROWS), {
    office: OFFICE,
    decider,
    catalogue: sampleCatalogue,
    issuedAt: toVnIso(Date.now()),
    actor: 'bench',
    headers: loaded.headers,
    stored: () => undefined,
  });
  const mid = cpu();
  chunks.push(plan.requests.map((r) => prepareRequest(r)));
  prepareCpu += cpu() - mid;
  planCpu += mid - c;
  plannedEvents += plan.events;
}
const phaseDb = fresh(`import-${ROWS}-phases.db`);
const store = openSqliteStore({ path: phaseDb });
settle();
c = cpu();
t = performance.now();
const bulk = store.beginBulk();
for (const chunk of chunks) bulk.appendPrepared(chunk);
bulk.commit();
const writeCpu = cpu() - c;
const writeMs = performance.now() - t;
await store.close();

// The floor: SQLite alone writing exactly the rows this import wrote (same schema and indexes, one
// transaction, 64-row INSERTs, synchronous = FULL), with no CSV, no decider, no validation, no hashing.
// No import through this store can beat it; `floorRowsPerSecond` is the ceiling for tracking-book rows.
const floorDb = fresh(`import-${ROWS}-floor.db`);
let floorMs: number;
{
  const source = openSqliteStore({ path: phaseDb, readonly: true });
  const rows = source.db
    .prepare(
      'SELECT position, stream_id, revision, event_id, command_id, type, schema_version, occurred_at, recorded_at, data, meta, hash FROM events ORDER BY position',
    )
    .raw()
    .all() as unknown[][];
  await source.close();
  const target = openSqliteStore({ path: floorDb }); // creates the schema through the store's migrations
  const sql = target.db;
  const head =
    'INSERT INTO events (position, stream_id, revision, event_id, command_id, type, schema_version, occurred_at, recorded_at, data, meta, hash) VALUES ';
  const one = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const many = sql.prepare(head + Array(64).fill(one).join(', '));
  const single = sql.prepare(head + one);
  const write = sql.transaction(() => {
    let i = 0;
    for (; i + 64 <= rows.length; i += 64) many.run(rows.slice(i, i + 64).flat());
    for (; i < rows.length; i++) single.run(rows[i]);
  });
  settle();
  t = performance.now();
  write.immediate();
  floorMs = performance.now() - t;
  await target.close();
}

// As a user runs it: a spawned `motcua import`.
let spawnMs: number | null = null;
if (values.spawn) {
  const spawnDb = fresh(`import-${ROWS}-spawn.db`);
  const main = resolve(import.meta.dirname, '../packages/cli/dist/main.js');
  // With the node flags of the bin's shebang (`#!/usr/bin/env -S node …`), as the installed command runs.
  const shebang = readFileSync(main, 'utf8').split('\n', 1)[0]!.split(/\s+/);
  const nodeFlags = shebang.slice(shebang.indexOf('node') + 1);
  settle();
  t = performance.now();
  execFileSync(
    process.execPath,
    [...nodeFlags, main, 'import', '--db', spawnDb, '--office', OFFICE, file, '--lang', 'en'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  spawnMs = performance.now() - t;
}

const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
const result = {
  rows: ROWS,
  columns: values.columns,
  fileMiB: +(bytes / 2 ** 20).toFixed(1),
  events: summary.written,
  synchronous: Number(synchronous) === 2 ? 'FULL' : String(synchronous),
  journal,
  wholeMs: Math.round(wholeMs),
  rowsPerSecond: rate(wholeMs),
  reimportMs: Math.round(againMs),
  reimportWritten: again.written,
  reimportRowsPerSecond: rate(againMs),
  producerCpuMs: { read: Math.round(readCpu), plan: Math.round(planCpu), prepare: Math.round(prepareCpu) },
  writerCpuMs: Math.round(writeCpu),
  writeEventsPerSecond: Math.round(plannedEvents / (writeMs / 1000)),
  floorMs: Math.round(floorMs),
  floorRowsPerSecond: rate(floorMs),
  floorEventsPerSecond: Math.round(summary.written / (floorMs / 1000)),
  // The goal is a ratio to the floor measured in the same run, not a fixed rate: the machine's speed drifts
  // by more than half within an hour, the ratio much less.
  toFloor: Number((floorMs / wholeMs).toFixed(3)),
  spawnedToFloor: spawnMs === null ? null : Number((floorMs / spawnMs).toFixed(3)),
  spawnedMs: spawnMs === null ? null : Math.round(spawnMs),
  spawnedRowsPerSecond: spawnMs === null ? null : rate(spawnMs),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, node ${process.version}`,
};
writeFileSync(join(dir, `import-${ROWS}-${values.columns}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `motcua import benchmark: ${ROWS} rows, ${values.columns} columns (${result.fileMiB} MiB CSV), ${result.events} events`,
);
console.log(`  SQLite synchronous = ${result.synchronous}, journal = ${journal}; one transaction for the whole file`);
console.log(`  in-process import ........ ${result.wholeMs} ms = ${result.rowsPerSecond} rows/s`);
if (spawnMs !== null)
  console.log(`  spawned motcua import ..... ${result.spawnedMs} ms = ${result.spawnedRowsPerSecond} rows/s`);
console.log(`  re-import (0 written) ..... ${result.reimportMs} ms = ${result.reimportRowsPerSecond} rows/s`);
const p = result.producerCpuMs;
console.log(
  `  producer CPU .............. read ${p.read} ms, plan ${p.plan} ms, prepare ${p.prepare} ms = ${p.read + p.plan + p.prepare} ms (${rate(p.read + p.plan + p.prepare)} rows/s alone)`,
);
console.log(
  `  writer CPU ................ ${result.writerCpuMs} ms (${rate(result.writerCpuMs)} rows/s alone; ${result.writeEventsPerSecond} events/s)`,
);
console.log(
  `  floor: SQLite alone ....... ${result.floorMs} ms = ${result.floorRowsPerSecond} rows/s (${result.floorEventsPerSecond} events/s; the same rows inserted raw, nothing else)`,
);
console.log(`  machine ................... ${result.machine}`);
const GOAL_TO_FLOOR = 0.6;
console.log(
  `  import / floor ............ ${result.toFloor}${result.spawnedToFloor === null ? '' : ` (spawned ${result.spawnedToFloor})`}; goal >= ${GOAL_TO_FLOOR}: ${result.toFloor >= GOAL_TO_FLOOR ? 'met' : 'NOT met'}`,
);
if (!values.keep) {
  for (const f of [db, phaseDb, floorDb, join(dir, `import-${ROWS}-spawn.db`)]) {
    for (const s of ['', '-wal', '-shm']) rmSync(f + s, { force: true });
  }
  rmSync(file, { force: true });
}
