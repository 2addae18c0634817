// Read side of `motcua import` (never part of the test run): CSV text → typed tracking-book rows, stage by
// stage, in CPU µs per row. Small and in-thread, so it can be run while other work goes on; the machine's
// speed drifts, so compare variants run in the same process (rounds interleave them) and quote ratios.
//   pnpm bench:import-read                          # 20k rows, the seven columns of the import format
//   pnpm bench:import-read -- --columns full        # also digitized, paid_online, fee
//   pnpm bench:import-read -- --against a7c0992     # also the reader as it was at a commit, interleaved
// Stages: csv → table (readCsvTable), table → records (mapTable), records → rows (readRows). The CSV
// libraries are timed on the first stage's job alone: csv-parse with and without `info` (which gives line
// numbers), and papaparse, which has no line numbers: here they are counted from its records.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sampleCatalogue } from '@motcua/domain';
import ts from 'typescript';
import * as current from '../packages/cli/dist/index.js';
import { trackingBook } from './book.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    rows: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '7' },
    /** required: the seven columns of the import format; full: also digitised, paid online and fee. */
    columns: { type: 'string', default: 'required' },
    /** A commit whose reader (packages/cli/src/book) is timed beside today's. */
    against: { type: 'string' },
  },
});
const FULL = values.columns === 'full';
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const root = resolve(import.meta.dirname, '..');
// The CLI package's own dependencies (csv-parse, papaparse are its dev dependencies; bench has neither).
const cliRequire = createRequire(join(root, 'packages/cli/package.json'));

const book = (n: number): string => trackingBook(n, sampleCatalogue.fields(), FULL);

type Reader = Pick<typeof current, 'readCsvTable' | 'mapTable' | 'readRows'>;

/**
 * The reader at a commit, compiled as tsc compiles today's (tsx would add a helper call to every closure,
 * which the old code made per row). Written to bench/out and removed after the run.
 */
async function readerAt(rev: string): Promise<{ reader: Reader; dir: string }> {
  const dir = join(root, 'bench/out', `read-at-${rev.replace(/[^\w.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const queue = ['read-csv', 'columns', 'rows'];
  const done = new Set<string>();
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (done.has(name)) continue;
    done.add(name);
    const source = execFileSync('git', ['show', `${rev}:packages/cli/src/book/${name}.ts`], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const m of source.matchAll(/from '\.\/([\w-]+)\.js'/g)) queue.push(m[1] as string);
    const js = ts
      .transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
      })
      .outputText.replace("'csv-parse/sync'", `'${pathToFileURL(cliRequire.resolve('csv-parse/sync')).href}'`);
    writeFileSync(join(dir, `${name}.js`), js);
  }
  const load = (name: string) => import(pathToFileURL(join(dir, `${name}.js`)).href);
  const [csv, columns, rows] = await Promise.all([load('read-csv'), load('columns'), load('rows')]);
  return { reader: { readCsvTable: csv.readCsvTable, mapTable: columns.mapTable, readRows: rows.readRows }, dir };
}

// ---- the libraries, on the first stage's job: text → records with the line each starts on ----
const { parse: csvParse } = cliRequire('csv-parse/sync') as {
  parse: (input: string, options: Record<string, unknown>) => unknown[];
};
const Papa = cliRequire('papaparse') as {
  parse: (input: string, options: { delimiter: string }) => { data: string[][] };
};
const normalised = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
const libraries: Record<string, (text: string) => unknown> = {
  'csv-parse, info (lines)': (text) =>
    csvParse(normalised(text), { delimiter: ',', info: true, relax_column_count: true, skip_empty_lines: true }),
  'csv-parse, no info (no lines)': (text) =>
    csvParse(normalised(text), { delimiter: ',', relax_column_count: true, skip_empty_lines: true }),
  'papaparse + lines counted': (text) => {
    // Without skipEmptyLines every line is a record, so a record starts one line (plus the line breaks in
    // its cells) after the one before it; blank lines come out as [""] and are dropped.
    const { data } = Papa.parse(normalised(text), { delimiter: ',' });
    const rows: Array<{ line: number; cells: string[] }> = [];
    let line = 1;
    for (const cells of data) {
      const start = line++;
      for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) line++;
      if (cells.length === 1 && cells[0] === '') continue;
      rows.push({ line: start, cells });
    }
    return rows;
  },
};

// ---- timing ----
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
/** CPU µs per row of one call, after a collection so it pays for its own garbage only (mostly). */
function time(run: () => unknown): number {
  gc();
  const c = cpuUs();
  run();
  return (cpuUs() - c) / ROWS;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

const text = book(ROWS);
const variants: Array<[string, Reader]> = [['today', current]];
let againstDir: string | null = null;
if (values.against) {
  const at = await readerAt(values.against);
  againstDir = at.dir;
  variants.push([values.against, at.reader]);
}

try {
  // Same rows and issues from every variant, or the timing compares different work.
  const outputs = variants.map(([, r]) => {
    const t = r.readCsvTable(text);
    const m = t.table ? r.mapTable(t.table) : null;
    return JSON.stringify(m ? r.readRows(m.records, m.headers) : t);
  });
  if (outputs.some((o) => o !== outputs[0])) throw new Error('the variants read the book differently');

  const stages = ['csv → table', 'table → records', 'records → rows'] as const;
  const samples = new Map<string, number[]>();
  const add = (key: string, us: number) => samples.set(key, [...(samples.get(key) ?? []), us]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, r] of variants) {
      const t = r.readCsvTable(text).table;
      if (!t) throw new Error('no table');
      const m = r.mapTable(t);
      const us = [
        time(() => r.readCsvTable(text)),
        time(() => r.mapTable(t)),
        time(() => r.readRows(m.records, m.headers)),
      ];
      for (const [i, s] of stages.entries()) add(`${name}|${s}`, us[i] as number);
      add(
        `${name}|total`,
        us.reduce((a, b) => a + b, 0),
      );
    }
    for (const [name, run] of Object.entries(libraries))
      add(
        `lib|${name}`,
        time(() => run(text)),
      );
  }

  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(
    `motcua import, read side: ${ROWS} rows, ${values.columns} columns (${(text.length / 2 ** 20).toFixed(1)} MiB); ` +
      `CPU µs per row, median of ${ROUNDS} interleaved rounds`,
  );
  console.log(`  ${'variant'.padEnd(30)}${[...stages, 'total'].map((s) => s.padStart(17)).join('')}`);
  for (const [name] of variants) {
    const cols = [...stages, 'total'].map((s) => f(median(samples.get(`${name}|${s}`) ?? [])).padStart(17));
    console.log(`  ${name.padEnd(30)}${cols.join('')}`);
  }
  if (values.against) {
    const ratio = [...stages, 'total'].map((s) => {
      const a = median(samples.get(`${values.against}|${s}`) ?? []);
      const b = median(samples.get(`today|${s}`) ?? []);
      return `${(a / b).toFixed(1)}×`.padStart(17);
    });
    console.log(`  ${`${values.against} / today`.padEnd(30)}${ratio.join('')}`);
  }
  console.log('  CSV libraries, text → records alone (compare with csv → table):');
  for (const name of Object.keys(libraries))
    console.log(`    ${name.padEnd(28)}${f(median(samples.get(`lib|${name}`) ?? []))}`);
  const goal = median(samples.get('today|total') ?? []);
  console.log(`  goal under 6 µs a row for the whole read side: ${goal < 6 ? 'met' : 'NOT met'} (${goal.toFixed(2)})`);
  console.log(
    `  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, node ${process.version}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc)'}`,
  );
} finally {
  if (againstDir) rmSync(againstDir, { recursive: true, force: true });
}
