// Idempotency-Key: the first response to a command is kept (status, the headers that matter, body bytes)
// under key + office + route + caller, and a retry gets it back unchanged without deciding or writing.
//
// Records live in a table of the same SQLite file as the events. They are written in small batches
// after the response (one transaction per tick), and kept in memory until then. The command id of an
// idempotent request is derived from its key, so even if the process dies before the record is saved,
// the store's own command-id deduplication makes the retry write nothing.
import { createHash } from 'node:crypto';

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
  get(scope: string): IdempotencyRecord | undefined;
  put(scope: string, rec: IdempotencyRecord): void;
  /** Resolves when every record handed to put is on disk. */
  flush(): void;
}

export const RESPONSE_HEADERS_KEPT = ['content-type', 'etag', 'location'] as const;

export const sha256hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** The scope a key is unique in: the caller, the office and the route (method + path). */
export const idempotencyScope = (callerId: string, office: string, route: string, key: string): string =>
  sha256hex(`${callerId}\u0000${office}\u0000${route}\u0000${key}`);

export function createSqliteIdempotencyStore(db: SqlDb): IdempotencyStore {
  db.exec(`CREATE TABLE IF NOT EXISTS server_idempotency (
    scope TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID`);
  const select = db.prepare('SELECT request_hash, status, headers, body FROM server_idempotency WHERE scope = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO server_idempotency (scope, request_hash, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const pending = new Map<string, IdempotencyRecord>();
  let scheduled = false;
  const writeAll = db.transaction((entries: Array<[string, IdempotencyRecord]>) => {
    const now = new Date().toISOString();
    for (const [scope, r] of entries)
      insert.run(scope, r.requestHash, r.status, JSON.stringify(r.headers), r.body, now);
  });
  const flush = (): void => {
    scheduled = false;
    if (pending.size === 0) return;
    const entries = [...pending.entries()];
    writeAll(entries as never);
    for (const [scope] of entries) pending.delete(scope);
  };
  return {
    get(scope) {
      const mem = pending.get(scope);
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
      pending.set(scope, rec);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

export function createMemoryIdempotencyStore(): IdempotencyStore {
  const m = new Map<string, IdempotencyRecord>();
  return { get: (s) => m.get(s), put: (s, r) => void m.set(s, r), flush: () => {} };
}
