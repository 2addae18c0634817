// Idempotency-Key: the first response to a command is kept (status, the headers that matter, body bytes)
// under key + office + route + caller, and a retry gets it back unchanged without deciding or writing.
//
// Records live in a table of the same SQLite file as the events. They are written in small batches
// after the response (one transaction per tick, by the writer thread when there is one), and kept in
// memory until written. The command id of an
// idempotent request is derived from its key, so even if the process dies before the record is saved,
// the store's own command-id deduplication makes the retry write nothing.
// On a PostgreSQL log that several instances serve, records live in the log's database and each is
// written before its response leaves: a retry sent to another instance must find it there. When two
// instances answered one key at once, the first record kept wins and both send it.
import { createHash } from 'node:crypto';
import type { KeptResponses } from '@motcua/store';

export interface StoredResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface IdempotencyRecord extends StoredResponse {
  /** Digest of the request (method, path, body): the same key with another request is refused. */
  readonly requestHash: string;
}

/** The small part of better-sqlite3 this module uses. */
export interface SqlDb {
  exec(sql: string): unknown;
  prepare(sql: string): {
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): unknown;
  };
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
}

export interface IdempotencyStore {
  get(scope: string): IdempotencyRecord | undefined | Promise<IdempotencyRecord | undefined>;
  /** Keeps the record; a shared store answers the record that was kept (another instance's, if first). */
  put(scope: string, rec: IdempotencyRecord): Promise<IdempotencyRecord> | undefined;
  /** Hands every record put so far to the database; resolves when they are written. */
  flush(): Promise<void>;
}

/** A record as handed to the writer. */
export interface IdempotencyEntry extends IdempotencyRecord {
  readonly scope: string;
}

// A kept refusal keeps the language it was written in, and says so when it is replayed.
export const RESPONSE_HEADERS_KEPT = ['content-type', 'content-language', 'vary', 'etag', 'location'] as const;

export const sha256hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** The scope a key is unique in: the caller, the office and the route (method + path). */
export const idempotencyScope = (callerId: string, office: string, route: string, key: string): string =>
  sha256hex(`${callerId}\u0000${office}\u0000${route}\u0000${key}`);

export const IDEMPOTENCY_TABLE = `CREATE TABLE IF NOT EXISTS server_idempotency (
    scope TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID`;

/** Writes records through `db` in one transaction (used when there is no writer thread). */
export function idempotencyWriter(db: SqlDb): (entries: IdempotencyEntry[]) => Promise<void> {
  db.exec(IDEMPOTENCY_TABLE);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO server_idempotency (scope, request_hash, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const tx = db.transaction((entries: IdempotencyEntry[]) => {
    const now = new Date().toISOString();
    for (const r of entries) insert.run(r.scope, r.requestHash, r.status, JSON.stringify(r.headers), r.body, now);
  });
  return async (entries) => void tx(entries as never);
}

/**
 * Reads through `db`; writes through `persist` (the writer thread) when given, else through `db`.
 * A record stays in memory until it is written, so a retry arriving meanwhile still finds it.
 */
export function createSqliteIdempotencyStore(
  db: SqlDb,
  persist?: (entries: IdempotencyEntry[]) => Promise<void>,
): IdempotencyStore {
  db.exec(IDEMPOTENCY_TABLE);
  const select = db.prepare('SELECT request_hash, status, headers, body FROM server_idempotency WHERE scope = ?');
  const write = persist ?? idempotencyWriter(db);
  const memory = new Map<string, IdempotencyRecord>();
  let unsent: IdempotencyEntry[] = [];
  let scheduled = false;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    scheduled = false;
    const entries = unsent;
    unsent = [];
    if (entries.length > 0) {
      inFlight = inFlight
        .then(() => write(entries))
        .then(
          () => {
            for (const e of entries) if (memory.get(e.scope) === e) memory.delete(e.scope);
          },
          () => {
            // Kept in memory; the store's command-id deduplication still guards the writes.
          },
        );
    }
    return inFlight;
  };
  return {
    get(scope) {
      const mem = memory.get(scope);
      if (mem) return mem;
      const row = select.get(scope) as
        | { request_hash: string; status: number; headers: string; body: string }
        | undefined;
      if (!row) return undefined;
      return {
        requestHash: row.request_hash,
        status: row.status,
        headers: JSON.parse(row.headers) as Record<string, string>,
        body: row.body,
      };
    },
    put(scope, rec) {
      const entry: IdempotencyEntry = { ...rec, scope };
      memory.set(scope, entry);
      unsent.push(entry);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
      return undefined;
    },
    flush,
  };
}

/** Records in the shared log's database (PostgreSQL), for every instance that serves it. */
export function createSharedIdempotencyStore(responses: KeptResponses): IdempotencyStore {
  return {
    get: (scope) => responses.get(scope),
    put: (scope, rec) => responses.keep(scope, rec),
    flush: async () => {},
  };
}

export function createMemoryIdempotencyStore(): IdempotencyStore {
  const m = new Map<string, IdempotencyRecord>();
  return { get: (s) => m.get(s), put: (s, r) => void m.set(s, r), flush: async () => {} };
}
