// SQLite adapter (the embedded default) through better-sqlite3.
// Durability: WAL with synchronous = FULL, so a commit is on disk when append resolves.
// Writes go through one writer (writer.ts): BEGIN IMMEDIATE transactions that read the chain head inside,
// so even a second process writing the same file extends the chain correctly.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type RecordedEvent,
  StoreError,
  type Subscription,
} from '../port.js';
import { RECORDED_COLUMNS, type StoredRow, toRecorded } from '../recorded-row.js';
import { fileSnapshotShelf, type SnapshotShelf } from '../snapshot-shelf.js';
import { ChangeSignal, createSubscription } from '../subscription.js';
import { checkStreamName, type PreparedRequest, prepareRequest, prepareSettled } from '../validate.js';
import type { VerifyOutcome } from '../verify-core.js';
import { applyRequest, applySettled } from '../write-core.js';
import { checkApplicationId, currentVersion, migrate, SCHEMA_VERSION } from './migrations.js';
import { verifyFileParallel, workersFor } from './verify-parallel.js';
import { verifyDb } from './verify-walk.js';
import { createSqliteWriter } from './writer.js';

export interface SqliteStoreOptions {
  /** Database file; created (with its folder) when missing unless readonly. */
  readonly path: string;
  /** Source of recordedAt (default: real time). The store never lets recordedAt go backwards. */
  readonly clock?: () => Date;
  /** Open for reading only: appends fail with UNSUPPORTED; the schema must already be current. */
  readonly readonly?: boolean;
  /** How often a live subscription looks for events written by other connections (ms). Default 250. */
  readonly pollMs?: number;
}

export interface SqliteExtras {
  /** The better-sqlite3 handle: projections may keep their tables and checkpoints in the same file and
   *  commit them in one transaction. Do not write to `events` or `store_info` through it. */
  readonly db: Database.Database;
  /** Absolute path of the database file. */
  readonly path: string;
  /** Random id given to the log when the file was created; the default log name in checkpoints. */
  readonly logId: string;
  /**
   * Group commit: runs independent append requests in ONE transaction (one fsync); one request's
   * conflict or bad input refuses only that request (nothing of it is written). Returns, in
   * request order, each request's AppendResult or the StoreError it failed with. Errors that are not
   * StoreErrors (I/O, disk full) abort the whole batch and reject. Requests to the same stream see
   * each other in order, exactly as if appended one after another.
   */
  appendBatchSettled(requests: readonly AppendRequest[]): Promise<Array<AppendResult | StoreError>>;
  /** appendBatchSettled for requests prepared elsewhere (the server's main thread, across prepared-wire.ts);
   *  a StoreError in place of a request is that request's answer. */
  appendPreparedSettled(items: ReadonlyArray<PreparedRequest | StoreError>): Array<AppendResult | StoreError>;
  /** readStream without the promise, for readers that must answer synchronously (the projections'
   *  timelines read a dossier's events from the file while they build a response). */
  readStreamSync(streamId: string): RecordedEvent[];
  /** Several streams in one query (events in revision order; streams that do not exist are absent): one
   *  statement per dossier cost ~15 µs here, mostly the call itself, against ~5.5 µs a stream batched. */
  readStreamsSync(streamIds: readonly string[]): Map<string, RecordedEvent[]>;
  /**
   * One write transaction held open across many calls, for an import that streams a large file through
   * the store: each `append` writes inside it (invisible to other connections), `commit` makes all of
   * it durable at once with one fsync, `rollback` (or a crash) leaves nothing. While it is open the
   * store's other writes are refused (UNSUPPORTED) so nothing slips into the middle of it. A refused
   * request throws its StoreError before writing any of its own rows; earlier calls' rows stay in the
   * transaction, so the caller rolls back.
   */
  beginBulk(): BulkWrite;
  /** Recomputes the hash chain over the whole file; see verifyChain (and its `workers` option). */
  verify(options?: { rememberAt?: readonly bigint[]; workers?: number }): Promise<VerifyOutcome>;
  /** Snapshots of in-memory projections, in files beside this one (snapshot-shelf.ts says why). */
  readonly snapshots: SnapshotShelf;
}

export type SqliteStore = EventStore & SqliteExtras;

export interface BulkWrite {
  /** Appends in order inside the open transaction, exactly as appendMany would. */
  append(requests: readonly AppendRequest[]): AppendResult[];
  /** The same for requests already checked and serialised by `prepareRequest` (another thread's work). */
  appendPrepared(requests: readonly PreparedRequest[]): AppendResult[];
  /** Events written so far (a retried command answered from the log writes none). */
  readonly written: number;
  commit(): void;
  rollback(): void;
}

/** Page size given to files this store creates. */
export const NEW_FILE_PAGE_SIZE = 16_384;

const COLS = RECORDED_COLUMNS;
type RawRow = StoredRow;

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const path = resolve(options.path);
  const clock = options.clock ?? (() => new Date());
  const readonly = options.readonly === true;
  const pollMs = options.pollMs ?? 250;
  if (!readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (cause) {
    throw new StoreError('STORE_CORRUPT', `cannot open ${path}: ${(cause as Error).message}`, { path });
  }
  try {
    db.pragma('busy_timeout = 10000');
    checkApplicationId(db, path);
    if (readonly) {
      const v = currentVersion(db);
      if (v !== SCHEMA_VERSION) {
        throw new StoreError(
          'UNSUPPORTED',
          `${path} has store schema version ${v}, expected ${SCHEMA_VERSION}; open it writable once to migrate`,
          { path },
        );
      }
    } else {
      // 16 KiB pages for a new file (an existing one keeps its size: WAL cannot change it). Rows of
      // ~600 bytes filled a 4 KiB page every half dozen events; bigger pages halved the commit's time
      // in batched appends and lifted SQLite's own insert rate by a fifth.
      if ((db.pragma('page_count', { simple: true }) as number) === 0) db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
      // FULL: the WAL is fsynced at every commit, so an acknowledged append survives power loss.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db, path);
    }
    // 32 MiB page cache (default 2 MiB): appends touch the (stream_id, revision) index all over, and so
    // do readers looking dossiers up one by one (an import comparing a book with the ledger spent a third
    // of its time in page misses with the default).
    db.pragma('cache_size = -32768');
  } catch (e) {
    db.close();
    // "file is not a database" and its kin surface at the first statement, not at open.
    if (e instanceof StoreError) throw e;
    throw new StoreError('STORE_CORRUPT', `cannot open ${path}: ${(e as Error).message}`, { path });
  }

  const q = {
    stream: db.prepare(`SELECT ${COLS} FROM events WHERE stream_id = ? ORDER BY revision`).raw(),
    streams: db
      .prepare(
        `SELECT ${COLS} FROM events WHERE stream_id IN (SELECT value FROM json_each(?)) ORDER BY stream_id, revision`,
      )
      .raw(),
    range: db
      .prepare(`SELECT ${COLS} FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?`)
      .raw(),
    exists: db.prepare('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1').pluck(),
    last: db.prepare('SELECT MAX(position) FROM events').pluck(),
    logId: db.prepare("SELECT value FROM store_info WHERE key = 'log_id'").pluck(),
  };
  const writer = readonly ? undefined : createSqliteWriter(db, clock);
  /** An open bulk write may hold rows not yet inserted: readers flush them first. */
  const flush = () => writer?.flush();

  const signal = new ChangeSignal();
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new StoreError('STORE_CLOSED', `the store ${path} is closed`, { path });
  };
  let bulkOpen = false;
  const ensureWritable = () => {
    ensureOpen();
    if (readonly) throw new StoreError('UNSUPPORTED', `the store ${path} was opened read-only`, { path });
    if (bulkOpen) {
      throw new StoreError('UNSUPPORTED', `the store ${path} has a bulk write open; commit or roll it back first`, {
        path,
      });
    }
  };

  function beginBulk(): BulkWrite {
    ensureWritable();
    const w = writer!.begin(false);
    bulkOpen = true;
    const start = w.head.lastPosition;
    let done = false;
    const live = () => {
      ensureOpen();
      if (done) throw new StoreError('UNSUPPORTED', `the bulk write to ${path} is already finished`, { path });
    };
    const finish = (end: () => void) => {
      done = true;
      bulkOpen = false;
      end();
    };
    const apply = (prepared: readonly PreparedRequest[]) => {
      live();
      return prepared.map((p) => applyRequest(w.tx, w.head, p, w.recordedAt));
    };
    return {
      append: (requests) => apply(requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined))),
      appendPrepared: apply,
      get written() {
        return Number(w.head.lastPosition - start);
      },
      commit() {
        live();
        finish(w.commit);
        if (w.head.lastPosition > start) signal.notify();
      },
      rollback() {
        if (done || closed) return;
        finish(w.rollback);
      },
    };
  }

  function write(requests: readonly AppendRequest[]): AppendResult[] {
    ensureWritable();
    const prepared = requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined));
    const results = writer!.transact((w) => prepared.map((p) => applyRequest(w.tx, w.head, p, w.recordedAt)));
    if (results.some((r) => !r.deduplicated)) signal.notify();
    return results;
  }

  async function* readAll(opts: ReadAllOptions = {}): AsyncGenerator<RecordedEvent[]> {
    ensureOpen();
    const batchSize = Math.max(1, Math.min(opts.batchSize ?? 1000, 100_000));
    const to = opts.toPosition ?? BigInt(Number.MAX_SAFE_INTEGER);
    let from = opts.fromPosition ?? 0n;
    while (from <= to) {
      if (closed) return;
      flush(); // an open bulk write may hold rows not yet inserted
      const rows = q.range.all(from, to, batchSize) as RawRow[];
      if (rows.length === 0) return;
      const batch = new Array<RecordedEvent>(rows.length);
      for (let i = 0; i < rows.length; i++) batch[i] = toRecorded(rows[i]!);
      yield batch;
      if (rows.length < batchSize) return;
      from = batch[batch.length - 1]!.position + 1n;
    }
  }

  const store: SqliteStore = {
    db,
    path,
    logId: q.logId.get() as string,
    snapshots: fileSnapshotShelf(path),
    async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision) {
      return write([{ streamId, events, expectedRevision }])[0]!;
    },
    async appendMany(requests) {
      if (requests.length === 0) return [];
      return write(requests);
    },
    async appendBatchSettled(requests) {
      return store.appendPreparedSettled(prepareSettled(requests));
    },
    appendPreparedSettled(items) {
      ensureWritable();
      if (items.length === 0) return [];
      // No savepoint per request: applyRequest refuses a request (StoreError) before it buffers any row of
      // it (write-core.ts keeps every check ahead of the writes), so a refused request leaves nothing to
      // undo and its neighbours' rows keep filling the same multi-row INSERTs. A savepoint each cost a
      // statement-journal copy of every page the request touched, and a flush of one-row INSERTs.
      const results = writer!.transact((w) => applySettled(w.tx, w.head, items, w.recordedAt));
      if (results.some((r) => !(r instanceof StoreError) && !r.deduplicated)) signal.notify();
      return results;
    },
    beginBulk,
    readStreamSync(streamId) {
      ensureOpen();
      checkStreamName(streamId);
      flush(); // an open bulk write may hold rows not yet inserted
      return (q.stream.all(streamId) as RawRow[]).map(toRecorded);
    },
    readStreamsSync(streamIds) {
      ensureOpen();
      for (const id of streamIds) checkStreamName(id);
      flush();
      const out = new Map<string, RecordedEvent[]>();
      for (const row of q.streams.iterate(JSON.stringify(streamIds)) as IterableIterator<RawRow>) {
        const e = toRecorded(row);
        const list = out.get(e.streamId);
        if (list) list.push(e);
        else out.set(e.streamId, [e]);
      }
      return out;
    },
    async readStream(streamId) {
      return store.readStreamSync(streamId);
    },
    readAll,
    subscribe(fromPosition = 0n) {
      ensureOpen();
      const sub = createSubscription(readAll, signal, fromPosition, pollMs, () => subscriptions.delete(sub));
      subscriptions.add(sub);
      return sub;
    },
    async streamExists(streamId) {
      ensureOpen();
      checkStreamName(streamId);
      flush();
      return q.exists.get(streamId) !== undefined;
    },
    async headPosition() {
      ensureOpen();
      flush();
      const p = q.last.get() as number | null;
      return p === null ? -1n : BigInt(p);
    },
    async close() {
      if (closed) return;
      // A bulk write left open is abandoned: closing the connection rolls it back.
      if (bulkOpen && db.inTransaction) db.exec('ROLLBACK');
      bulkOpen = false;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      db.close();
    },
    async verify(opts = {}) {
      ensureOpen();
      const workers = workersFor(Number((q.last.get() as number | null) ?? 0), opts.workers);
      // Workers read committed rows through their own connections (WAL lets them, even mid-write).
      if (workers > 1) return verifyFileParallel(path, { workers, rememberAt: opts.rememberAt ?? [] });
      return verifyDb(db, opts.rememberAt ?? []);
    },
  };
  return store;
}
