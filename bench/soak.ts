// The reliability suite at scale (issue 16, item 17): kill -9 cycles of `motcua serve` under write load, a
// property-based HTTP fuzzer over every route of /openapi.json, and fuzzed tracking books, printing the
// counts. Never part of the test run (tests/reliability.test.ts runs the same functions small).
//   pnpm bench:soak [-- --kills 100 --requests 100000 --book-rows 100000 --minutes 60]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fuzzBooks, fuzzServer, serveKillCycles } from '../tests/reliability-harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    kills: { type: 'string', default: '100' },
    requests: { type: 'string', default: '100000' },
    'book-rows': { type: 'string', default: '100000' },
    minutes: { type: 'string', default: '60' },
  },
});
const kills = Number(values.kills);
const requests = Number(values.requests);
const bookRows = Number(values['book-rows']);
// Each part gets a third of the time at most: every loop stops by itself.
const partMs = (Number(values.minutes) * 60_000) / 3;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

console.log(`soak: ${new Date().toISOString()}, load ${load()}`);
const t0 = Date.now();
const killed = await serveKillCycles({ cycles: kills, loadMs: 1500, clients: 6, deadlineMs: partMs });
console.log(
  `kill -9 of serve: ${killed.cycles} cycles, ${killed.acknowledged} acknowledged, ${killed.lost.length} lost, ` +
    `${killed.verifyFailures.length} verify failures (${((Date.now() - t0) / 1000).toFixed(0)} s, load ${load()})`,
);
for (const l of killed.lost.slice(0, 10)) console.log(`  lost: ${l}`);
for (const v of killed.verifyFailures.slice(0, 5)) console.log(`  verify: ${v}`);

const t1 = Date.now();
const fuzzed = await fuzzServer({ runs: requests, timeoutMs: 10_000 });
console.log(
  `HTTP fuzzer: ${fuzzed.requests} requests, ${fuzzed.serverErrors.length} 5xx, ${fuzzed.hangs.length} hangs, ` +
    `${fuzzed.unanswered.length} unanswered, ${fuzzed.leaks.length} leaks (${((Date.now() - t1) / 1000).toFixed(0)} s, load ${load()})`,
);
console.log(`  statuses: ${JSON.stringify(fuzzed.statuses)}`);
for (const e of [...fuzzed.serverErrors, ...fuzzed.hangs, ...fuzzed.unanswered, ...fuzzed.leaks].slice(0, 10)) {
  console.log(`  ${e}`);
}

const t2 = Date.now();
const rowsPerBook = 1000;
const books = fuzzBooks({
  books: Math.ceil(bookRows / rowsPerBook),
  rowsPerBook,
  spoilRate: 0.0005,
  seed: 1,
  deadlineMs: partMs,
});
console.log(
  `fuzzed books: ${books.books} books, ${books.rows} rows, ${books.imported} imported, ${books.refused} refused, ` +
    `${books.crashes.length} crashes, ${books.leftovers.length} refusals leaving a ledger (${((Date.now() - t2) / 1000).toFixed(0)} s, load ${load()})`,
);
for (const c of [...books.crashes, ...books.leftovers].slice(0, 10)) console.log(`  ${c}`);

const bad =
  killed.lost.length +
  killed.verifyFailures.length +
  fuzzed.serverErrors.length +
  fuzzed.hangs.length +
  fuzzed.unanswered.length +
  fuzzed.leaks.length +
  books.crashes.length +
  books.leftovers.length;
process.exitCode = bad === 0 ? 0 : 1;
