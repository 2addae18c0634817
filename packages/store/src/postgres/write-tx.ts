// The statements of a PostgreSQL write transaction, shared by single appends, group commits and the
// bulk write: take the head lock, read what a batch needs to decide, write its rows and move the head.
// Every round trip after the lock is taken lengthens the time other writers wait for it, so a batch
// holds it across three: one read (loadTx), one write (writeRows, with the head in the same statement)
// and COMMIT.
import type pg from 'pg';
import type { PreparedRequest } from '../validate.js';
import type { ChainHead, RowToWrite, StoredRef, WriteTx } from '../write-core.js';
import { CHANNEL } from './listen.js';

/** A query answering rows as arrays. */
export type Q = <R extends unknown[]>(text: string, values?: unknown[]) => Promise<R[]>;

export const queryOn =
  (client: pg.PoolClient): Q =>
  async <R extends unknown[]>(text: string, values: unknown[] = []) =>
    (await client.query<R>({ text, values, rowMode: 'array' })).rows;

/**
 * BEGIN, then lock the log head until COMMIT/ROLLBACK and read it. The lock is what puts positions
 * in commit order (see postgres.ts). READ COMMITTED whatever the server's default: after waiting for
 * the lock, each statement sees what the previous holder committed.
 */
export async function beginLocked(q: Q, S: string): Promise<ChainHead> {
  await q('BEGIN ISOLATION LEVEL READ COMMITTED');
  const [h] = await q<[string, string, string | null]>(
    `SELECT last_position, hash, recorded_at FROM ${S}.log_head FOR UPDATE`,
  );
  return { lastPosition: BigInt(h![0]), hash: h![1], recordedAt: h![2] };
}

function idsOf(m: Map<string, Set<string>>, streamId: string): Set<string> {
  const s = m.get(streamId) ?? new Set<string>();
  m.set(streamId, s);
  return s;
}

/** The WriteTx for a batch: what the log holds for the batch's commands, streams and event ids (one
 *  query, its rows tagged c / r / e), plus the rows the batch writes (in `rows`), which later requests
 *  of the batch see. */
export async function loadTx(
  q: Q,
  S: string,
  requests: readonly PreparedRequest[],
): Promise<WriteTx & { rows: RowToWrite[] }> {
  const commands = new Map<string, StoredRef>();
  const revisions = new Map<string, bigint>();
  const taken = new Map<string, Set<string>>();
  if (requests.length > 0) {
    const found = await q<[string, string, string, string | null, string | null]>(
      `SELECT 'c', c.command_id, e.stream_id, e.revision::text, e.position::text
         FROM ${S}.commands c JOIN ${S}.events e ON e.position = c.position WHERE c.command_id = ANY($1::text[])
       UNION ALL
       SELECT 'r', stream_id, max(revision)::text, NULL, NULL
         FROM ${S}.events WHERE stream_id = ANY($2::text[]) GROUP BY stream_id
       UNION ALL
       SELECT 'e', stream_id, event_id, NULL, NULL
         FROM ${S}.events WHERE stream_id = ANY($2::text[]) AND event_id = ANY($3::text[])`,
      [
        [...new Set(requests.flatMap((r) => r.commandIds))],
        [...new Set(requests.map((r) => r.streamId))],
        [...new Set(requests.flatMap((r) => r.events.map((e) => e.eventId)))],
      ],
    );
    for (const [tag, a, b, c, d] of found) {
      if (tag === 'c') commands.set(a, { streamId: b, revision: BigInt(c!), position: BigInt(d!) });
      else if (tag === 'r') revisions.set(a, BigInt(b));
      else idsOf(taken, a).add(b);
    }
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

/**
 * One statement: the rows (INSERT … SELECT FROM unnest, whatever their number), one commands row per
 * command (its last event: rows are in position order, so the last one wins), and, when `head` is
 * given, the head moved and announced to other processes' subscriptions (NOTIFY, delivered at COMMIT).
 */
export async function writeRows(
  q: Q,
  S: string,
  rows: readonly RowToWrite[],
  head?: { readonly schema: string; readonly head: ChainHead },
): Promise<void> {
  if (rows.length === 0 && !head) return;
  const col = <T>(f: (r: RowToWrite) => T) => rows.map(f);
  const last = new Map<string, bigint>();
  for (const r of rows) last.set(r.commandId, r.position);
  const values: unknown[] = [
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
    [...last.keys()],
    [...last.values()].map(String),
  ];
  let moveHead = '';
  let tail = 'SELECT 1';
  if (head) {
    values.push(String(head.head.lastPosition), head.head.hash, head.head.recordedAt, CHANNEL, head.schema);
    moveHead = `, hd AS (UPDATE ${S}.log_head SET last_position = $15, hash = $16, recorded_at = $17)`;
    tail = 'SELECT pg_notify($18, $19)';
  }
  // Data-modifying WITH parts run once whether or not the final SELECT reads them; the commands
  // foreign key is checked at the end of the statement, when the events are in.
  await q(
    `WITH ev AS (
       INSERT INTO ${S}.events (position, stream_id, revision, event_id, command_id, type, schema_version,
                                occurred_at, recorded_at, data, meta, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                            $7::integer[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
     ), cm AS (
       INSERT INTO ${S}.commands (command_id, position) SELECT * FROM unnest($13::text[], $14::bigint[])
     )${moveHead}
     ${tail}`,
    values,
  );
}
