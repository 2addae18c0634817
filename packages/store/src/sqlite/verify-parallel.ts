// Parallel verification of a SQLite ledger. Each row's hash depends only on the *stored* hash of the
// row before it, so if every row checks out against its predecessor the whole chain holds by
// induction: the log splits into position ranges checked by worker threads at once. Stream
// revisions crossing range boundaries are stitched afterwards; the first bad position is the lowest
// failure found anywhere (a failure in an early range hides any it may cause later).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { VerifyOutcome } from '../verify-core.js';
import { stitchReports } from '../verify-stitch.js';
import { finishWalk, logBounds, type RangeReport, WALK_SELECT, WALK_SOURCE, walkFailure } from './verify-walk.js';

// An eval'd CommonJS worker (so it runs from the TypeScript sources under vitest as well as from
// dist) around the very walkRange this thread uses (verify-walk.ts). The file is mapped into memory
// (mmap) for the walk: reading pages through read() calls cost a third of a microsecond an event.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.sqlite);
${WALK_SOURCE}
const sha = (s) => hash('sha256', s, 'hex');
const { path, select, lo, hi, wantLast } = workerData;
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('mmap_size = ' + workerData.mmap);
db.exec('BEGIN');
const report = walkRange(db, select, lo, hi, sha, chainHeader, wantLast);
db.exec('COMMIT');
db.close();
parentPort.postMessage(report);
`;

/** Bytes of the ledger a walk maps into memory (a limit, not an allocation). */
export const VERIFY_MMAP_BYTES = 1 << 40;

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');

function runRange(path: string, lo: number, hi: number, wantLast: boolean): Promise<RangeReport> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sqlite: sqliteModule, path, select: WALK_SELECT, lo, hi, wantLast, mmap: VERIFY_MMAP_BYTES },
    });
    w.once('message', (m: RangeReport) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`verify worker exited with code ${code}`));
    });
  });
}

/** Logs at least this long are verified by worker threads unless told otherwise. */
export const PARALLEL_VERIFY_MIN_EVENTS = 50_000;

/** How many workers to use: an explicit count, else every core for long logs and none for short ones. */
export function workersFor(size: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return size >= PARALLEL_VERIFY_MIN_EVENTS ? Math.max(1, availableParallelism()) : 1;
}

export interface ParallelVerifyOptions {
  readonly workers?: number;
  readonly rememberAt?: readonly bigint[];
}

export async function verifyFileParallel(path: string, options: ParallelVerifyOptions = {}): Promise<VerifyOutcome> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    // One snapshot for the bounds, the stitch's wording and the head hash; the workers take their
    // own, which can only hold more rows (appends), never fewer or different ones below `size`.
    db.exec('BEGIN');
    const { size, lastAssigned } = logBounds(db);
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8, Math.ceil(size / 1000) || 1));
    const ranges: Array<[number, number]> = [];
    const step = Math.ceil(size / workers);
    for (let lo = 1; lo <= size; lo += step) ranges.push([lo, Math.min(size, lo + step - 1)]);
    const reports = await Promise.all(ranges.map(([lo, hi], i) => runRange(path, lo, hi, i < ranges.length - 1)));

    const { bad } = stitchReports(reports, true, false);
    if (bad) return walkFailure(db, bad);
    return finishWalk(db, size, lastAssigned, options.rememberAt ?? []);
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}
