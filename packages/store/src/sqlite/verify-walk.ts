// The SQLite chain walk, written once and run two ways: in this thread (short logs, or when asked
// for one thread) and, as source text, inside each verify worker (verify-parallel.ts). So walkRange
// references nothing outside itself: no imports, no closures (chain.ts's import-free chainHeader and
// the hash come in as arguments); the worker gets the Function.prototype.toString() texts.
//
// It computes what chain.ts computes, with chain.ts's own header (verify-walk.test.ts holds it to
// the chain), only cheaper: rows come a page at a time, and the id-column check rides along in the
// same query instead of a second pass.
import type Database from 'better-sqlite3';
import { chainHeader, GENESIS_HASH, PLAIN_JSON_STRING, sha256Hex } from '../chain.js';
import type { ChainBreak } from '../chain-breaks.js';
import { chainFailure, type VerifyOutcome } from '../verify-core.js';
import { DERIVED_COLUMNS_OK, describeDerivedMismatch } from './derived-columns.js';

/** The walk's verdict on positions lo..hi (plain data: it crosses from a worker by postMessage). */
export interface RangeReport {
  /** The first break in the range (ID_COLUMNS_DIFFER: the caller, having the derived-columns helpers
   *  at hand, says which column). */
  bad: ChainBreak | null;
  /** Streams first seen in this range, when it does not start the log (checked against the ranges
   *  before it by the caller): name, revision, position. Flat arrays post cheaply. */
  firstStreams: string[];
  firstRevisions: number[];
  firstPositions: number[];
  /** Each stream's last revision in the range, when asked for (for the ranges after it). */
  lastStreams: string[];
  lastRevisions: number[];
}

/** The columns walkRange reads, in order; `DERIVED_COLUMNS_OK` last. */
export const WALK_SELECT = `SELECT position, stream_id, revision, type, schema_version, occurred_at, recorded_at,
       data || char(10) || meta, hash, ${DERIVED_COLUMNS_OK}
  FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?`;

/** Checks positions lo..hi against the stored hash before lo. Run it inside a read transaction.
 *  `select` is WALK_SELECT (passed in, so the worker's copy needs no import). */
export function walkRange(
  db: Database.Database,
  select: string,
  lo: number,
  hi: number,
  sha: (text: string) => string,
  header: typeof chainHeader,
  wantLast: boolean,
): RangeReport {
  const report: RangeReport = {
    bad: null,
    firstStreams: [],
    firstRevisions: [],
    firstPositions: [],
    lastStreams: [],
    lastRevisions: [],
  };
  let prev = '0000000000000000000000000000000000000000000000000000000000000000';
  let prevRecordedAt = '';
  if (lo > 1) {
    const r = db
      .prepare('SELECT hash, recorded_at FROM events WHERE position = ?')
      .raw()
      .get(lo - 1) as [string, string] | undefined;
    if (r === undefined) {
      report.bad = { code: 'POSITION_MISSING', position: lo - 1 };
      return report;
    }
    prev = r[0];
    prevRecordedAt = r[1];
  }
  // In the range that starts the log a stream seen for the first time must start at revision 0;
  // elsewhere it may continue from an earlier range, which the caller checks.
  const opensLog = lo === 1;
  const last = new Map<unknown, number>();
  // The stream of the rows just walked and its last revision, kept out of the Map while the rows
  // stay on it: a stream's events often sit together (a batch, an import), and a lookup in a map
  // of every stream costs more than comparing two short strings.
  let runStream: unknown;
  let runRevision = -1;
  // Pages, not one iterator: .all() per 1,000 rows costs less per row than stepping an iterator.
  const page = db.prepare(select).raw();
  const PAGE = 1000;
  let expected = lo;
  let bad: RangeReport['bad'] = null;
  scan: for (;;) {
    const rows = page.all(expected, hi, PAGE) as Array<
      [number, string, number, string, number, string, string, string | null, string, number | null]
    >;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as (typeof rows)[number];
      const position = r[0];
      if (position !== expected) {
        bad =
          position > expected
            ? { code: 'POSITION_MISSING', position: expected }
            : { code: 'POSITION_OUT_OF_ORDER', position, expected };
        break scan;
      }
      const payload = r[7] === null ? '' : sha(r[7]);
      if (sha(`${prev}\n${header(position, r[1], r[2], r[3], r[4], r[5], r[6], payload)}`) !== r[8]) {
        bad = { code: 'HASH_MISMATCH', position };
        break scan;
      }
      const stream = r[1];
      const revision = r[2];
      if (stream === runStream) {
        if (revision !== runRevision + 1) {
          bad = { code: 'REVISION_GAP', position, stream, revision, follows: runRevision };
          break scan;
        }
      } else {
        if (runStream !== undefined) last.set(runStream, runRevision);
        const before = last.get(stream);
        if (before === undefined && !opensLog) {
          report.firstStreams.push(stream);
          report.firstRevisions.push(revision);
          report.firstPositions.push(position);
        } else if (revision !== (before ?? -1) + 1) {
          bad = { code: 'REVISION_GAP', position, stream, revision, follows: before ?? -1 };
          break scan;
        }
        runStream = stream;
      }
      runRevision = revision;
      if (r[6] < prevRecordedAt) {
        bad = { code: 'RECORDED_AT_BACKWARDS', position, recordedAt: r[6], previous: prevRecordedAt };
        break scan;
      }
      if (r[9] !== 1) {
        bad = { code: 'ID_COLUMNS_DIFFER', position };
        break scan;
      }
      prev = r[8];
      prevRecordedAt = r[6];
      expected++;
    }
    if (rows.length < PAGE || expected > hi) break;
  }
  if (bad === null && expected <= hi) bad = { code: 'POSITION_MISSING', position: expected };
  report.bad = bad;
  if (runStream !== undefined) last.set(runStream, runRevision);
  if (bad === null && wantLast) {
    for (const [stream, revision] of last) {
      report.lastStreams.push(stream as string);
      report.lastRevisions.push(revision);
    }
  }
  return report;
}

/** The source a verify worker evaluates to get walkRange (see the header comment). */
export const WALK_SOURCE = `const PLAIN_JSON_STRING = ${PLAIN_JSON_STRING};\n${chainHeader}\n${walkRange}\n`;

/** The failure for a break found by walkRange, naming the id column that differs. */
export function walkFailure(db: Database.Database, bad: ChainBreak): VerifyOutcome {
  return chainFailure(bad.code === 'ID_COLUMNS_DIFFER' ? describeDerivedMismatch(db, bad.position) : bad);
}

/** After a clean walk of 1..size: a cut tail, else the head hash and the hashes at the asked sizes
 *  (the chain holds, so the stored hashes are the recomputed ones). */
export function finishWalk(
  db: Database.Database,
  size: number,
  lastAssigned: number,
  rememberAt: readonly bigint[],
): VerifyOutcome {
  if (lastAssigned > size) {
    return chainFailure({ code: 'TAIL_MISSING', position: size + 1, to: lastAssigned });
  }
  const hashOf = db.prepare('SELECT hash FROM events WHERE position = ?').pluck();
  const headHash = size === 0 ? GENESIS_HASH : (hashOf.get(size) as string);
  if (rememberAt.length === 0) return { ok: true, size: BigInt(size), headHash };
  const hashAt = new Map<bigint, string>();
  for (const s of rememberAt) {
    if (s === 0n) hashAt.set(s, GENESIS_HASH);
    else if (s > 0n && s <= BigInt(size)) hashAt.set(s, hashOf.get(Number(s)) as string);
  }
  return { ok: true, size: BigInt(size), headHash, hashAt };
}

/** Size and the highest position ever handed out, read in the caller's transaction. */
export function logBounds(db: Database.Database): { size: number; lastAssigned: number } {
  return {
    size: (db.prepare('SELECT MAX(position) FROM events').pluck().get() as number | null) ?? 0,
    lastAssigned:
      (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck().get() as number | undefined) ?? 0,
  };
}

/** Walks a whole SQLite log in this thread, inside one read transaction (a consistent snapshot
 *  under WAL). Works on the store's own connection as well as on a file opened for the walk. */
export function verifyDb(db: Database.Database, rememberAt: readonly bigint[]): VerifyOutcome {
  return db.transaction((): VerifyOutcome => {
    const { size, lastAssigned } = logBounds(db);
    const { bad } = walkRange(db, WALK_SELECT, 1, size, sha256Hex, chainHeader, false);
    if (bad) return walkFailure(db, bad);
    return finishWalk(db, size, lastAssigned, rememberAt);
  })();
}
