// Parallel verification of a SQLite ledger. Each row's hash depends only on the *stored* hash of the
// row before it, so if every row checks out against its predecessor the whole chain holds by
// induction: the log splits into position ranges checked by worker threads at once. Stream
// revisions crossing range boundaries are stitched afterwards; the first bad position is the lowest
// failure found anywhere (a failure in an early range hides any it may cause later).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { GENESIS_HASH } from '../chain.js';
import type { VerifyOutcome } from '../verify-core.js';
import { firstDerivedMismatch } from './derived-columns.js';

interface RangeReport {
  bad: { position: number; reason: string } | null;
  /** stream → [first revision in the range, its position] */
  first: Array<[string, [number, number]]>;
  /** stream → last revision in the range */
  last: Array<[string, number]>;
}

// Runs as an eval'd CommonJS worker (so it works from the TypeScript sources under vitest as well as
// from dist). It must compute exactly what chain.ts computes; verify-parallel.test.ts compares both.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.sqlite);
const { path, lo, hi } = workerData;
const sha = (s) => hash('sha256', s, 'hex');
// Inside a function, not at script top level, so V8 optimises the hot loop properly.
function check() {
const db = new Database(path, { readonly: true, fileMustExist: true });
const report = { bad: null, first: [], last: [] };
const fail = (position, reason) => { report.bad = { position, reason }; };
let prev = '0'.repeat(64);
let prevRecordedAt = '';
if (lo > 1) {
  const r = db.prepare('SELECT hash, recorded_at FROM events WHERE position = ?').raw().get(lo - 1);
  if (r) { prev = r[0]; prevRecordedAt = r[1]; } else fail(lo - 1, 'position ' + (lo - 1) + ' is missing (row deleted)');
}
// One statement iterated inside one read transaction (a consistent snapshot); the payload comes as one
// text, data + newline + meta joined by SQLite. Paging with .all() cost twice the main thread's walk.
const rows = db.prepare('SELECT position, stream_id, revision, type, schema_version, occurred_at, recorded_at, data || char(10) || meta, hash FROM events WHERE position >= ? AND position <= ? ORDER BY position').raw();
const first = new Map();
const last = new Map();
let expected = lo;
db.exec('BEGIN');
if (!report.bad) for (const r of rows.iterate(lo, hi)) {
  const position = r[0];
  if (position !== expected) {
    fail(position > expected ? expected : position, position > expected ? 'position ' + expected + ' is missing (row deleted)' : 'position ' + position + ' is out of order');
    break;
  }
  const payload = r[7] === null ? '' : sha(r[7]);
  const h = sha(prev + '\\n' + JSON.stringify([String(position), r[1], String(r[2]), r[3], r[4], r[5], r[6], payload]));
  if (h !== r[8]) { fail(position, 'hash mismatch at position ' + position + ': the row was edited, inserted or moved'); break; }
  const lr = last.get(r[1]);
  if (lr === undefined) first.set(r[1], [r[2], position]);
  else if (r[2] !== lr + 1) { fail(position, 'stream ' + r[1] + ': revision ' + r[2] + ' follows ' + lr); break; }
  if (r[6] < prevRecordedAt) { fail(position, 'recordedAt ' + r[6] + " is earlier than the previous event's " + prevRecordedAt); break; }
  last.set(r[1], r[2]);
  prev = r[8];
  prevRecordedAt = r[6];
  expected++;
}
db.exec('COMMIT');
if (!report.bad && expected <= hi) fail(expected, 'position ' + expected + ' is missing (row deleted)');
report.first = [...first];
report.last = [...last];
db.close();
return report;
}
parentPort.postMessage(check());
`;

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');

function runRange(path: string, lo: number, hi: number): Promise<RangeReport> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite: sqliteModule, path, lo, hi } });
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
  let size: number;
  let lastAssigned: number;
  try {
    const snap = db.transaction(() => ({
      max: (db.prepare('SELECT MAX(position) FROM events').pluck().get() as number | null) ?? 0,
      seq:
        (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck().get() as number | undefined) ?? 0,
    }))();
    size = snap.max;
    lastAssigned = snap.seq;
  } finally {
    db.close();
  }
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8, Math.ceil(size / 1000) || 1));
  const ranges: Array<[number, number]> = [];
  const step = Math.ceil(size / workers);
  for (let lo = 1; lo <= size; lo += step) ranges.push([lo, Math.min(size, lo + step - 1)]);
  const reports = await Promise.all(ranges.map(([lo, hi]) => runRange(path, lo, hi)));

  let firstBad: { position: number; reason: string } | null = null;
  const consider = (c: { position: number; reason: string } | null) => {
    if (c && (firstBad === null || c.position < firstBad.position)) firstBad = c;
  };
  const lastRev = new Map<string, number>();
  for (const r of reports) {
    consider(r.bad);
    for (const [stream, [rev, position]] of r.first) {
      const before = lastRev.get(stream) ?? -1;
      if (rev !== before + 1) consider({ position, reason: `stream ${stream}: revision ${rev} follows ${before}` });
    }
    for (const [stream, rev] of r.last) lastRev.set(stream, rev);
  }
  const bad = firstBad as { position: number; reason: string } | null;
  if (bad) return { ok: false, firstBadPosition: BigInt(bad.position), reason: bad.reason };
  if (lastAssigned > size) {
    return {
      ok: false,
      firstBadPosition: BigInt(size + 1),
      reason: `positions ${size + 1}..${lastAssigned} were handed out but are missing (rows deleted)`,
    };
  }
  // The chain holds, so stored hashes are the recomputed ones.
  const read = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const derived = firstDerivedMismatch(read, size);
    if (derived && derived.position > 0) {
      return { ok: false, firstBadPosition: BigInt(derived.position), reason: derived.reason };
    }
    const hashOf = read.prepare('SELECT hash FROM events WHERE position = ?').pluck();
    const headHash = size === 0 ? GENESIS_HASH : (hashOf.get(size) as string);
    const remember = options.rememberAt ?? [];
    if (remember.length === 0) return { ok: true, size: BigInt(size), headHash };
    const hashAt = new Map<bigint, string>();
    for (const s of remember) {
      if (s === 0n) hashAt.set(s, GENESIS_HASH);
      else if (s <= BigInt(size)) hashAt.set(s, hashOf.get(Number(s)) as string);
    }
    return { ok: true, size: BigInt(size), headHash, hashAt };
  } finally {
    read.close();
  }
}
