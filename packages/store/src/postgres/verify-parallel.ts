// Parallel verification of a PostgreSQL log: position ranges walked by worker threads at once, each
// on its own connection inside the caller's snapshot (pg_export_snapshot / SET TRANSACTION SNAPSHOT),
// so every worker sees exactly the rows the caller sees. Each worker runs SQLite's walkRange (the same
// chain check, as source text) chunk by chunk over rows it fetched, and stitches its chunks with
// stitchReports; the caller stitches the ranges the same way.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type RangeReport, WALK_SOURCE } from '../sqlite/verify-walk.js';
import { stitchReports } from '../verify-stitch.js';

/** Rows a worker fetches and walks at a time. */
const CHUNK = 2000;

// An eval'd CommonJS worker, so it runs from the TypeScript sources under vitest as well as from dist.
// walkRange reads through a prepared-statement facade over the fetched rows: `get` answers the row
// before the chunk (hash, recorded_at), `all(from, to, limit)` the chunk's rows from a position on.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const pg = require(workerData.pg);
${WALK_SOURCE}
${stitchReports}
const sha = (s) => hash('sha256', s, 'hex');
function derivedOk(meta, eventId, commandId) {
  try {
    const m = JSON.parse(meta);
    return m !== null && m.eventId === eventId && m.commandId === commandId ? 1 : 0;
  } catch {
    return null;
  }
}
function facade(rows, from) {
  const pred = rows.length > 0 && rows[0][0] === from - 1 ? rows[0] : undefined;
  const body = pred ? rows.slice(1) : rows;
  const stmt = {
    get: () => (pred ? [pred[8], pred[6]] : undefined),
    all(at, to, limit) {
      let lo = 0, hi = body.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (body[mid][0] < at) lo = mid + 1; else hi = mid; }
      const out = [];
      for (let i = lo; i < body.length && out.length < limit && body[i][0] <= to; i++) out.push(body[i]);
      return out;
    },
  };
  return { prepare: () => ({ raw: () => stmt }) };
}
(async () => {
  const { url, snapshot, select, lo, hi, chunk, wantLast } = workerData;
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
    const reports = [];
    for (let from = lo; from <= hi; from += chunk) {
      const to = Math.min(hi, from + chunk - 1);
      const { rows } = await client.query({ text: select, values: [from - 1, to], rowMode: 'array' });
      const typed = rows.map((r) => [Number(r[0]), r[1], Number(r[2]), r[3], r[4], r[5], r[6],
        r[7] + '\\n' + r[8], r[9], derivedOk(r[8], r[10], r[11])]);
      const report = walkRange(facade(typed, from), '', from, to, sha, chainHeader, true);
      reports.push(report);
      if (report.bad) break;
    }
    parentPort.postMessage(stitchReports(reports, lo === 1, wantLast));
  } finally {
    await client.end();
  }
})().catch((e) => parentPort.postMessage({ error: String(e && e.message ? e.message : e) }));
`;

const pgModule = createRequire(import.meta.url).resolve('pg');

function runRange(
  url: string,
  snapshot: string,
  select: string,
  lo: number,
  hi: number,
  wantLast: boolean,
): Promise<RangeReport> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pg: pgModule, url, snapshot, select, lo, hi, chunk: CHUNK, wantLast },
    });
    w.once('message', (m: RangeReport | { error: string }) =>
      'error' in m ? reject(new Error(`verify worker: ${m.error}`)) : resolve(m),
    );
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`verify worker exited with code ${code}`));
    });
  });
}

/** Walks positions 1..size in `workers` ranges at once; the stitched verdict (bad null = chain holds). */
export async function walkParallel(
  url: string,
  snapshot: string,
  S: string,
  size: number,
  workers: number,
): Promise<RangeReport['bad']> {
  const select = `SELECT position, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, meta,
                         hash, event_id, command_id
                    FROM ${S}.events WHERE position >= $1 AND position <= $2 ORDER BY position`;
  const n = Math.max(1, Math.min(workers, 8, Math.ceil(size / 1000) || 1));
  const step = Math.ceil(size / n);
  const ranges: Array<[number, number]> = [];
  for (let lo = 1; lo <= size; lo += step) ranges.push([lo, Math.min(size, lo + step - 1)]);
  const reports = await Promise.all(
    ranges.map(([lo, hi], i) => runRange(url, snapshot, select, lo, hi, i < ranges.length - 1)),
  );
  return stitchReports(reports, true, false).bad;
}
