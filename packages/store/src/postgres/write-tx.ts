// The statements of a PostgreSQL write transaction, shared by single appends, group commits and the
// bulk write: take the head lock, read what a batch needs to decide, insert its rows, move the head.
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

/** Moves the head, and announces it to other processes' subscriptions (delivered at COMMIT). */
export async function saveHead(q: Q, S: string, schema: string, head: ChainHead): Promise<void> {
  await q(`UPDATE ${S}.log_head SET last_position = $1, hash = $2, recorded_at = $3`, [
    String(head.lastPosition),
    head.hash,
    head.recordedAt,
  ]);
  await q('SELECT pg_notify($1, $2)', [CHANNEL, schema]);
}

function idsOf(m: Map<string, Set<string>>, streamId: string): Set<string> {
  const s = m.get(streamId) ?? new Set<string>();
  m.set(streamId, s);
  return s;
}

/** The WriteTx for a batch: what the log holds for the batch's commands, streams and event ids,
 *  plus the rows the batch writes (in `rows`), which later requests of the batch see. */
export async function loadTx(
  q: Q,
  S: string,
  requests: readonly PreparedRequest[],
): Promise<WriteTx & { rows: RowToWrite[] }> {
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

/** The rows in one INSERT … SELECT FROM unnest (one round trip whatever their number), and one
 *  commands row per command: its last event (rows are in position order, so the last one wins). */
export async function insertRows(q: Q, S: string, rows: readonly RowToWrite[]): Promise<void> {
  if (rows.length === 0) return;
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
  const last = new Map<string, bigint>();
  for (const r of rows) last.set(r.commandId, r.position);
  await q(`INSERT INTO ${S}.commands (command_id, position) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
    [...last.keys()],
    [...last.values()].map(String),
  ]);
}
