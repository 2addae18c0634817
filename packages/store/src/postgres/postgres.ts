// PostgreSQL adapter through node-postgres (`pg`): one log shared by any number of processes.
//
// Commit order = position order. Every write transaction first locks the one-row `log_head`
// (SELECT … FOR UPDATE) and holds that lock until COMMIT; positions are last_position + 1 … taken
// inside it. So a transaction that takes positions commits before the next one can take any, and
// PostgreSQL makes a committed transaction visible to new snapshots before it releases its locks: a
// reader that has seen position n has already been able to see every position below n. A catch-up
// reader polling `position > last` therefore never passes over an event committed later.
// We chose this lock over commit-order visibility (a sequence plus xid8 / pg_snapshot_xmin filtering)
// because the hash chain needs the previous event's hash anyway: appends to one chain are serial by
// nature, and the lock makes readers plain `ORDER BY position` queries with no snapshot bookkeeping.
// The lock is held across three round trips per transaction (write-tx.ts); many concurrent requests
// should share a transaction (appendBatchSettled) rather than queue on it.
//
// Writes reuse write-core: the rows a batch needs (command ids, stream revisions, colliding event ids)
// are read inside the locked transaction, applyRequest decides on that snapshot plus what the batch
// itself wrote, and the rows go in with one statement (INSERT … SELECT FROM unnest(…)).
import pg from 'pg';
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
import type { SnapshotShelf } from '../snapshot-shelf.js';
import { ChangeSignal, createSubscription } from '../subscription.js';
import { checkStreamName, type PreparedRequest, prepareRequest, prepareSettled } from '../validate.js';
import type { VerifyOutcome } from '../verify-core.js';
import { applyRequest, applySettled, type ChainHead, stampRecordedAt } from '../write-core.js';
import { type KeptResponses, keptResponses } from './kept-responses.js';
import { createListener } from './listen.js';
import { migrate } from './migrations.js';
import { connectionError, isConnectionFailure, type PgPlace, placeOf, quoteIdent } from './place.js';
import { pgSnapshotShelf } from './snapshot-shelf.js';
import { createSyncStreamReader } from './sync-reader.js';
import { type PgVerifyOptions, verifyPostgres } from './verify.js';
import { beginLocked, loadTx, queryOn, writeRows } from './write-tx.js';

export interface PostgresStoreOptions {
  /** postgres://user[:password]@host[:port]/database[?…] (node-postgres connection string). */
  readonly connectionString: string;
  /** Schema holding the log's tables (default "public"); created when missing. */
  readonly schema?: string;
  /** Open for reading only: nothing is created or migrated (the log must be current) and appends fail
   *  with UNSUPPORTED. */
  readonly readonly?: boolean;
  /** Source of recordedAt (default: real time). The store never lets recordedAt go backwards. */
  readonly clock?: () => Date;
  /** How often a live subscription looks for events written by other processes (ms), in case a
   *  notification was missed: they are announced by LISTEN/NOTIFY. Default 250. */
  readonly pollMs?: number;
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /** Give up connecting after this long (ms, default 10000). */
  readonly connectTimeoutMs?: number;
}

export interface PostgresExtras {
  /** Random id given to the log when its schema was created; the default log name in checkpoints. */
  readonly logId: string;
  /** The connection string without its password, and the schema. */
  readonly place: PgPlace;
  /**
   * Group commit: independent requests in ONE transaction; one request's conflict or bad input refuses
   * only that request. Returns, in request order, each AppendResult or the StoreError it failed with.
   * Errors that are not StoreErrors (the server gone) abort the whole batch and reject.
   */
  appendBatchSettled(requests: readonly AppendRequest[]): Promise<Array<AppendResult | StoreError>>;
  /**
   * One write transaction held open across many calls (an import streaming a large file): its rows are
   * invisible to others until `commit` makes all of them durable at once; `rollback` (or a crash, or
   * close) leaves nothing. It holds the head lock throughout, so other instances' appends wait for it,
   * and this store's own writes are refused (UNSUPPORTED) until it ends.
   */
  beginBulk(): Promise<PgBulkWrite>;
  /** Recomputes the hash chain over the whole log in one snapshot, by worker threads for long logs;
   *  see verifyChain. */
  verify(options?: PgVerifyOptions): Promise<VerifyOutcome>;
  /**
   * Calls `onChange` when the log may have moved: on the NOTIFY every commit sends, this store's own
   * included (LISTEN on one connection, made again at the next read after it was lost). A writer already
   * knows of its own commits, so they do not call it sooner. Notifications can be missed while that
   * connection is down: poll as well. Returns the function that stops the calls.
   */
  watch(onChange: () => void): () => void;
  /** The stored events of each of these streams, in revision order, in one query. */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** The server's Idempotency-Key responses, kept in this log's database for every instance. */
  readonly responses: KeptResponses;
  /** Snapshots of in-memory projections, in tables of this log's database (snapshot-shelf.ts). */
  readonly snapshots: SnapshotShelf;
  /** readStream without the promise, blocking for one round trip (sync-reader.ts): the projections'
   *  timelines read a dossier's events while they build a response, as they do from a SQLite file. */
  readStreamSync(streamId: string): RecordedEvent[];
}

export type PostgresStore = EventStore & PostgresExtras;

/** SQLite's BulkWrite, with PostgreSQL's round trips made explicit (every call answers a promise). */
export interface PgBulkWrite {
  /** Appends in order inside the open transaction, exactly as appendMany would. A refused request
   *  throws its StoreError having written none of its own rows; earlier rows stay, so roll back. */
  append(requests: readonly AppendRequest[]): Promise<AppendResult[]>;
  /** The same for requests already checked and serialised by `prepareRequest`. */
  appendPrepared(requests: readonly PreparedRequest[]): Promise<AppendResult[]>;
  /** Events written so far (a retried command answered from the log writes none). */
  readonly written: number;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

const COLS = RECORDED_COLUMNS;
type RawRow = StoredRow;

export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const place = placeOf(options.connectionString, options.schema);
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? 250;
  const readonly = options.readonly === true;
  const S = quoteIdent(place.schema);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'motcua',
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});

  let logId: string;
  try {
    logId = await withClient(pool, place, async (client) => {
      await migrate(client, place, readonly);
      const r = await client.query<{ value: string }>(`SELECT value FROM ${S}.store_info WHERE key = 'log_id'`);
      return r.rows[0]!.value;
    });
  } catch (e) {
    await pool.end().catch(() => {});
    throw connectionError(place, e);
  }

  const signal = new ChangeSignal();
  const watchers = new Set<() => void>();
  /** Another process (or this one) committed: wake subscriptions and watchers. */
  const changed = () => {
    signal.notify();
    for (const w of watchers) {
      try {
        w();
      } catch {
        // One watcher's failure must not keep the others (or the writer) from hearing of the change.
      }
    }
  };
  const listener = createListener(options.connectionString, place.schema, changed);
  const subscriptions = new Set<Subscription>();
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new StoreError('STORE_CLOSED', `the store ${place.label} is closed`, { database: place.label });
  };

  /** A query on any pooled connection; connection failures become STORE_UNAVAILABLE. */
  const query = async <R extends unknown[]>(text: string, values: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>({ text, values, rowMode: 'array' })).rows;
    } catch (e) {
      throw isConnectionFailure(e) ? connectionError(place, e) : e;
    }
  };

  /** One write transaction under the head lock: reads what the batch needs, lets write-core decide,
   *  writes the rows. `settle` turns a request's StoreError into its result instead of aborting. */
  async function writeTx(
    items: ReadonlyArray<PreparedRequest | StoreError>,
    settle: boolean,
  ): Promise<Array<AppendResult | StoreError>> {
    const requests = items.filter((i): i is PreparedRequest => !(i instanceof StoreError));
    return withClient(pool, place, async (client) => {
      const q = queryOn(client);
      const head = await beginLocked(q, S);
      try {
        const tx = await loadTx(q, S, requests);
        const recordedAt = stampRecordedAt(clock, head);
        const results = settle
          ? applySettled(tx, head, items, recordedAt)
          : requests.map((p) => applyRequest(tx, head, p, recordedAt));
        if (tx.rows.length > 0) await writeRows(q, S, tx.rows, { schema: place.schema, head });
        await client.query('COMMIT');
        if (tx.rows.length > 0) signal.notify();
        return results;
      } catch (e) {
        // On a dead connection there is nothing to roll back (the server already did); withClient drops it.
        if (!isConnectionFailure(e)) await client.query('ROLLBACK');
        throw e;
      }
    });
  }

  let bulk: PgBulkWrite | undefined;
  const ensureWritable = () => {
    ensureOpen();
    if (readonly) {
      throw new StoreError('UNSUPPORTED', `the store ${place.label} was opened read-only`, { database: place.label });
    }
    // This store's own writes would queue behind the bulk's head lock, which a caller awaiting them
    // before committing the bulk would never release.
    if (bulk) {
      throw new StoreError(
        'UNSUPPORTED',
        `the store ${place.label} has a bulk write open; commit or roll it back first`,
        { database: place.label },
      );
    }
  };

  async function beginBulk(): Promise<PgBulkWrite> {
    ensureWritable();
    const c = await checkout(pool, place);
    const q = queryOn(c.client);
    let head: ChainHead;
    try {
      head = await c.guard(beginLocked(q, S));
    } catch (e) {
      await c.client.query('ROLLBACK').catch(() => {});
      c.release();
      throw e;
    }
    const recordedAt = stampRecordedAt(clock, head);
    const start = head.lastPosition;
    let done = false;
    // One statement at a time on the connection, and the head moves in call order.
    let tail: Promise<unknown> = Promise.resolve();
    const serial = <T>(f: () => Promise<T>): Promise<T> => {
      const p = tail.then(f, f);
      tail = p.catch(() => {});
      return p;
    };
    const live = () => {
      ensureOpen();
      if (done) throw new StoreError('UNSUPPORTED', `the bulk write to ${place.label} is already finished`);
    };
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      done = true;
      bulk = undefined;
      try {
        if (sql === 'COMMIT') await c.guard(q('COMMIT'));
        else await c.client.query('ROLLBACK').catch(() => {}); // a dead connection rolled back already
      } finally {
        c.release();
      }
    };
    const apply = async (prepared: readonly PreparedRequest[]) => {
      live();
      const tx = await c.guard(loadTx(q, S, prepared));
      const results: AppendResult[] = [];
      try {
        for (const p of prepared) results.push(applyRequest(tx, head, p, recordedAt));
      } finally {
        // The requests before a refused one keep their rows, as the head already counts them.
        await c.guard(writeRows(q, S, tx.rows));
      }
      return results;
    };
    const handle: PgBulkWrite = {
      append: (requests) =>
        serial(() => apply(requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined)))),
      appendPrepared: (prepared) => serial(() => apply(prepared)),
      get written() {
        return Number(head.lastPosition - start);
      },
      commit: () =>
        serial(async () => {
          live();
          if (head.lastPosition > start) await c.guard(writeRows(q, S, [], { schema: place.schema, head }));
          await end('COMMIT');
          if (head.lastPosition > start) signal.notify();
        }),
      rollback: () =>
        serial(async () => {
          if (!done) await end('ROLLBACK');
        }),
    };
    bulk = handle;
    return handle;
  }

  async function write(requests: readonly AppendRequest[]): Promise<AppendResult[]> {
    ensureWritable();
    const prepared = requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined));
    return (await writeTx(prepared, false)) as AppendResult[];
  }

  async function* readAll(opts: ReadAllOptions = {}): AsyncGenerator<RecordedEvent[]> {
    ensureOpen();
    // A watcher's listener lost with its connection is made again here: watchers poll through readAll.
    if (watchers.size > 0) listener.ensure();
    const batchSize = Math.max(1, Math.min(opts.batchSize ?? 1000, 100_000));
    const to = opts.toPosition ?? BigInt(Number.MAX_SAFE_INTEGER);
    let from = opts.fromPosition ?? 0n;
    while (from <= to) {
      if (closed) return;
      const rows = await query<RawRow>(
        `SELECT ${COLS} FROM ${S}.events WHERE position >= $1 AND position <= $2 ORDER BY position LIMIT $3`,
        [String(from), String(to), batchSize],
      );
      if (rows.length === 0) return;
      const batch = rows.map(toRecorded);
      yield batch;
      if (rows.length < batchSize) return;
      from = batch[batch.length - 1]!.position + 1n;
    }
  }

  const syncReader = createSyncStreamReader(options.connectionString, S, place.label);
  const store: PostgresStore = {
    logId,
    place,
    snapshots: pgSnapshotShelf(pool, S, place.label),
    readStreamSync(streamId) {
      ensureOpen();
      checkStreamName(streamId);
      return syncReader.read(streamId);
    },
    append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision) {
      return write([{ streamId, events, expectedRevision }]).then((r) => r[0]!);
    },
    async appendMany(requests) {
      if (requests.length === 0) return [];
      return write(requests);
    },
    async appendBatchSettled(requests) {
      ensureWritable();
      if (requests.length === 0) return [];
      return writeTx(prepareSettled(requests), true);
    },
    async readStream(streamId) {
      ensureOpen();
      checkStreamName(streamId);
      const rows = await query<RawRow>(`SELECT ${COLS} FROM ${S}.events WHERE stream_id = $1 ORDER BY revision`, [
        streamId,
      ]);
      return rows.map(toRecorded);
    },
    readAll,
    subscribe(fromPosition = 0n) {
      ensureOpen();
      listener.ensure();
      // Each read of a subscription makes sure the listener is there (again, after a lost connection).
      const read = (o: ReadAllOptions) => {
        listener.ensure();
        return readAll(o);
      };
      const sub = createSubscription(read, signal, fromPosition, pollMs, () => subscriptions.delete(sub));
      subscriptions.add(sub);
      return sub;
    },
    async streamExists(streamId) {
      ensureOpen();
      checkStreamName(streamId);
      return (await query(`SELECT 1 FROM ${S}.events WHERE stream_id = $1 LIMIT 1`, [streamId])).length > 0;
    },
    async headPosition() {
      ensureOpen();
      const [r] = await query<[string | null]>(`SELECT max(position) FROM ${S}.events`);
      return r?.[0] == null ? -1n : BigInt(r[0]);
    },
    beginBulk,
    watch(onChange) {
      ensureOpen();
      watchers.add(onChange);
      listener.ensure();
      return () => {
        watchers.delete(onChange);
      };
    },
    async readStreams(streamIds) {
      ensureOpen();
      for (const id of streamIds) checkStreamName(id);
      const out = new Map<string, RecordedEvent[]>();
      if (streamIds.length === 0) return out;
      const rows = await query<RawRow>(
        `SELECT ${COLS} FROM ${S}.events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, revision`,
        [[...new Set(streamIds)]],
      );
      for (const row of rows) {
        const e = toRecorded(row);
        const list = out.get(e.streamId);
        if (list) list.push(e);
        else out.set(e.streamId, [e]);
      }
      return out;
    },
    responses: keptResponses(S, async (text, values) => {
      ensureOpen();
      try {
        return await pool.query(text, values);
      } catch (e) {
        throw isConnectionFailure(e) ? connectionError(place, e) : e;
      }
    }),
    async close() {
      if (closed) return;
      // A bulk write left open is abandoned: rolled back, its connection returned before the pool ends.
      await bulk?.rollback();
      closed = true;
      watchers.clear();
      await Promise.all([...subscriptions].map((s) => s.close()));
      await listener.close();
      await syncReader.close();
      await pool.end();
    },
    async verify(opts = {}) {
      ensureOpen();
      return withClient(pool, place, (client) => verifyPostgres(client, options.connectionString, S, opts));
    },
  };
  return store;
}

/** A connection checked out of the pool. While checked out, its own failures (the server gone) are
 *  caught here, not left to crash the process as an unhandled 'error' event; a connection that
 *  failed is dropped at release, not handed to the next caller. */
interface Checkout {
  readonly client: pg.PoolClient;
  /** Awaits `p`, turning a connection failure into STORE_UNAVAILABLE naming the server. */
  guard<T>(p: Promise<T>): Promise<T>;
  release(): void;
}

async function checkout(pool: pg.Pool, place: PgPlace): Promise<Checkout> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    throw connectionError(place, e);
  }
  let broken: Error | undefined;
  const onError = (e: Error) => {
    broken = e;
  };
  client.on('error', onError);
  return {
    client,
    async guard(p) {
      try {
        return await p;
      } catch (e) {
        if (!isConnectionFailure(e)) throw e;
        broken ??= e as Error;
        throw connectionError(place, e);
      }
    },
    release() {
      client.off('error', onError);
      client.release(broken);
    },
  };
}

async function withClient<T>(pool: pg.Pool, place: PgPlace, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await checkout(pool, place);
  try {
    return await c.guard(work(c.client));
  } finally {
    c.release();
  }
}
