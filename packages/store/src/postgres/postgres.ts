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
// The lock is held for one round of small statements per transaction; many concurrent requests
// should share a transaction (appendBatchSettled) rather than queue on it.
//
// Writes reuse write-core: the rows a batch needs (command ids, stream revisions, colliding event ids)
// are read inside the locked transaction, applyRequest decides on that snapshot plus what the batch
// itself wrote, and the rows go in with one INSERT … SELECT FROM unnest(…).
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
import { ChangeSignal, createSubscription } from '../subscription.js';
import { checkStreamName, type PreparedRequest, prepareRequest, prepareSettled } from '../validate.js';
import type { VerifyOutcome } from '../verify-core.js';
import {
  applyRequest,
  applySettled,
  type ChainHead,
  type RowToWrite,
  type StoredRef,
  stampRecordedAt,
  type WriteTx,
} from '../write-core.js';
import { migrate } from './migrations.js';
import { connectionError, isConnectionFailure, type PgPlace, placeOf, quoteIdent } from './place.js';
import { verifyPostgres } from './verify.js';

export interface PostgresStoreOptions {
  /** postgres://user[:password]@host[:port]/database[?…] (node-postgres connection string). */
  readonly connectionString: string;
  /** Schema holding the log's tables (default "public"); created when missing. */
  readonly schema?: string;
  /** Source of recordedAt (default: real time). The store never lets recordedAt go backwards. */
  readonly clock?: () => Date;
  /** How often a live subscription looks for events written by other processes (ms). Default 250. */
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
  /** Recomputes the hash chain over the whole log in one snapshot; see verifyChain. */
  verify(options?: { rememberAt?: readonly bigint[] }): Promise<VerifyOutcome>;
}

export type PostgresStore = EventStore & PostgresExtras;

const COLS = RECORDED_COLUMNS;
type RawRow = StoredRow;

export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const place = placeOf(options.connectionString, options.schema);
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? 250;
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
      await migrate(client, place);
      const r = await client.query<{ value: string }>(`SELECT value FROM ${S}.store_info WHERE key = 'log_id'`);
      return r.rows[0]!.value;
    });
  } catch (e) {
    await pool.end().catch(() => {});
    throw connectionError(place, e);
  }

  const signal = new ChangeSignal();
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
      const q = async <R extends unknown[]>(text: string, values: unknown[] = []) =>
        (await client.query<R>({ text, values, rowMode: 'array' })).rows;
      // READ COMMITTED (whatever the server's default): after waiting for the lock, each statement
      // sees what the previous holder committed.
      await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      try {
        const [h] = await q<[string, string, string | null]>(
          `SELECT last_position, hash, recorded_at FROM ${S}.log_head FOR UPDATE`,
        );
        const head: ChainHead = { lastPosition: BigInt(h![0]), hash: h![1], recordedAt: h![2] };
        const tx = await loadTx(q, requests);
        const recordedAt = stampRecordedAt(clock, head);
        const results = settle
          ? applySettled(tx, head, items, recordedAt)
          : requests.map((p) => applyRequest(tx, head, p, recordedAt));
        if (tx.rows.length > 0) {
          await insertRows(q, tx.rows);
          await q(`UPDATE ${S}.log_head SET last_position = $1, hash = $2, recorded_at = $3`, [
            String(head.lastPosition),
            head.hash,
            head.recordedAt,
          ]);
        }
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

  type Q = <R extends unknown[]>(text: string, values?: unknown[]) => Promise<R[]>;

  /** The WriteTx for a batch: what the log holds for the batch's commands, streams and event ids,
   *  plus the rows the batch writes (in `rows`), which later requests of the batch see. */
  async function loadTx(q: Q, requests: readonly PreparedRequest[]): Promise<WriteTx & { rows: RowToWrite[] }> {
    const commandIds = [...new Set(requests.flatMap((r) => r.commandIds))];
    const streamIds = [...new Set(requests.map((r) => r.streamId))];
    const eventIds = [...new Set(requests.flatMap((r) => r.events.map((e) => e.eventId)))];
    const commands = new Map<string, StoredRef>();
    const revisions = new Map<string, bigint>();
    const taken = new Map<string, Set<string>>();
    if (requests.length > 0) {
      const found = await q<[string, string, string, string]>(
        `SELECT c.command_id, e.stream_id, e.revision, e.position FROM ${S}.commands c
           JOIN ${S}.events e ON e.position = c.position WHERE c.command_id = ANY($1::text[])`,
        [commandIds],
      );
      for (const [c, streamId, revision, position] of found) {
        commands.set(c, { streamId, revision: BigInt(revision), position: BigInt(position) });
      }
      const revs = await q<[string, string]>(
        `SELECT stream_id, max(revision) FROM ${S}.events WHERE stream_id = ANY($1::text[]) GROUP BY stream_id`,
        [streamIds],
      );
      for (const [s, r] of revs) revisions.set(s, BigInt(r));
      const clashes = await q<[string, string]>(
        `SELECT stream_id, event_id FROM ${S}.events WHERE stream_id = ANY($1::text[]) AND event_id = ANY($2::text[])`,
        [streamIds, eventIds],
      );
      for (const [s, id] of clashes) idsOf(taken, s).add(id);
    }
    const rows: RowToWrite[] = [];
    return {
      rows,
      streamRevision: (s) => revisions.get(s) ?? -1n,
      findCommand: (c) => commands.get(c),
      // Only the ids of this batch's events that the stream already holds: all applyRequest asks of it.
      streamEventIds: (s) => taken.get(s) ?? new Set(),
      insert(row) {
        rows.push(row);
        commands.set(row.commandId, { streamId: row.streamId, revision: row.revision, position: row.position });
        revisions.set(row.streamId, row.revision);
        idsOf(taken, row.streamId).add(row.eventId);
      },
    };
  }

  async function insertRows(q: Q, rows: readonly RowToWrite[]): Promise<void> {
    const col = <T>(f: (r: RowToWrite) => T) => rows.map(f);
    await q(
      `INSERT INTO ${S}.events (position, stream_id, revision, event_id, command_id, type, schema_version,
                                occurred_at, recorded_at, data, meta, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                            $7::integer[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
      [
        col((r) => String(r.position)),
        col((r) => r.streamId),
        col((r) => String(r.revision)),
        col((r) => r.eventId),
        col((r) => r.commandId),
        col((r) => r.type),
        col((r) => r.schemaVersion),
        col((r) => r.occurredAt),
        col((r) => r.recordedAt),
        col((r) => r.dataJson),
        col((r) => r.metaJson),
        col((r) => r.hash),
      ],
    );
    // One row per command: its last event (rows are in position order, so the last one wins).
    const last = new Map<string, bigint>();
    for (const r of rows) last.set(r.commandId, r.position);
    await q(`INSERT INTO ${S}.commands (command_id, position) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
      [...last.keys()],
      [...last.values()].map(String),
    ]);
  }

  async function write(requests: readonly AppendRequest[]): Promise<AppendResult[]> {
    ensureOpen();
    const prepared = requests.map((r, i) => prepareRequest(r, requests.length > 1 ? i : undefined));
    return (await writeTx(prepared, false)) as AppendResult[];
  }

  async function* readAll(opts: ReadAllOptions = {}): AsyncGenerator<RecordedEvent[]> {
    ensureOpen();
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

  const store: PostgresStore = {
    logId,
    place,
    append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision) {
      return write([{ streamId, events, expectedRevision }]).then((r) => r[0]!);
    },
    async appendMany(requests) {
      if (requests.length === 0) return [];
      return write(requests);
    },
    async appendBatchSettled(requests) {
      ensureOpen();
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
      const sub = createSubscription(readAll, signal, fromPosition, pollMs, () => subscriptions.delete(sub));
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
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      await pool.end();
    },
    async verify(opts = {}) {
      ensureOpen();
      return withClient(pool, place, (client) => verifyPostgres(client, S, opts.rememberAt ?? []));
    },
  };
  return store;
}

/**
 * Runs `work` on a pooled connection. While checked out, a connection's own failures (the server
 * gone) are caught here, not left to crash the process as an unhandled 'error' event; a connection
 * that failed is dropped from the pool, not handed to the next caller. Connection failures come out
 * as STORE_UNAVAILABLE naming the server.
 */
async function withClient<T>(pool: pg.Pool, place: PgPlace, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
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
  try {
    return await work(client);
  } catch (e) {
    if (isConnectionFailure(e)) {
      broken ??= e as Error;
      throw connectionError(place, e);
    }
    throw e;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

function idsOf(m: Map<string, Set<string>>, streamId: string): Set<string> {
  const s = m.get(streamId) ?? new Set<string>();
  m.set(streamId, s);
  return s;
}
