// The server's Idempotency-Key records, kept in the log's own database so that every instance on the
// log answers a retry with the first response, byte for byte, whichever instance took the first one.
// The first record written for a scope wins (primary key, ON CONFLICT DO NOTHING): two instances that
// raced on one key both learn which response was kept and send that one.
import type pg from 'pg';

export interface KeptResponse {
  /** Digest of the request (method, path, If-Match, body) the response answered. */
  readonly requestHash: string;
  readonly status: number;
  /** The response headers that are replayed, in the order they were sent. */
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface KeptResponses {
  get(scope: string): Promise<KeptResponse | undefined>;
  /** Keeps `response` unless one is kept for `scope` already; answers the one kept (this or the first). */
  keep(scope: string, response: KeptResponse): Promise<KeptResponse>;
}

type Row = { request_hash: string; status: number; headers: string; body: string };

const fromRow = (r: Row): KeptResponse => ({
  requestHash: r.request_hash,
  status: r.status,
  headers: JSON.parse(r.headers) as Record<string, string>,
  body: r.body,
});

/** `S` is the quoted schema; `run` a query on any pooled connection (connection failures translated). */
export function keptResponses(
  S: string,
  run: (text: string, values: unknown[]) => Promise<pg.QueryResult<Row>>,
): KeptResponses {
  const select = `SELECT request_hash, status, headers, body FROM ${S}.server_idempotency WHERE scope = $1`;
  return {
    async get(scope) {
      const r = await run(select, [scope]);
      return r.rows[0] ? fromRow(r.rows[0]) : undefined;
    },
    async keep(scope, k) {
      const inserted = await run(
        `INSERT INTO ${S}.server_idempotency (scope, request_hash, status, headers, body)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (scope) DO NOTHING RETURNING scope`,
        [scope, k.requestHash, k.status, JSON.stringify(k.headers), k.body],
      );
      if (inserted.rowCount === 1) return k;
      // Another instance kept one first. Read it in a statement of its own: the insert waited for that
      // instance's commit, but a statement sees only what was committed when it began.
      const r = await run(select, [scope]);
      return r.rows[0] ? fromRow(r.rows[0]) : k;
    },
  };
}
