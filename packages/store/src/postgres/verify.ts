// verify for a PostgreSQL log, in one REPEATABLE READ snapshot so appends running meanwhile neither
// hide rows nor move the head under it. The chain is walked by the shared walker (verify-core) in this
// thread, or for long logs by worker threads sharing the snapshot (verify-parallel.ts). Beyond the
// chain it checks what the hash does not cover but the store relies on: the event_id / command_id
// columns equal the hashed meta's, every command is indexed at its last event (else a retry would
// write again), and log_head agrees with the last row (else the next append would chain off a forged
// hash) and with the positions handed out (a cut tail).
import type { PoolClient } from 'pg';
import { GENESIS_HASH } from '../chain.js';
import type { ChainBreak } from '../chain-breaks.js';
import { workersFor } from '../sqlite/verify-parallel.js';
import { chainFailure, createChainWalker, type VerifyOutcome, type VerifyResult } from '../verify-core.js';
import { walkParallel } from './verify-parallel.js';

const PAGE = 2000;
type Row = [string, string, string, string, number, string, string, string, string, string, string, string];
type Q = <R extends unknown[]>(text: string, values?: unknown[]) => Promise<R[]>;

export interface PgVerifyOptions {
  readonly rememberAt?: readonly bigint[];
  /** Worker threads (each with its own connection); default: every core for logs of 50,000 events or
   *  more, else 1 (walked in this thread). */
  readonly workers?: number;
}

export async function verifyPostgres(
  client: PoolClient,
  connectionString: string,
  S: string,
  options: PgVerifyOptions = {},
): Promise<VerifyOutcome> {
  const q: Q = async <R extends unknown[]>(text: string, values: unknown[] = []) =>
    (await client.query<R>({ text, values, rowMode: 'array' })).rows;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const [head] = await q<[string, string]>(`SELECT last_position, hash FROM ${S}.log_head`);
    const [max] = await q<[string | null]>(`SELECT max(position) FROM ${S}.events`);
    const size = Number(max?.[0] ?? 0);
    const workers = workersFor(size, options.workers);
    const failure =
      workers > 1
        ? await parallelWalk(q, connectionString, S, size, workers)
        : await sequentialWalk(q, S, BigInt(head![0]));
    if (failure) return failure;
    return await finish(q, S, BigInt(size), BigInt(head![0]), head![1], options.rememberAt ?? []);
  } finally {
    await client.query('ROLLBACK');
  }
}

async function sequentialWalk(q: Q, S: string, lastAssigned: bigint): Promise<VerifyResult | null> {
  const w = createChainWalker();
  let from = 0n;
  for (;;) {
    const rows = await q<Row>(
      `SELECT position, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, meta, hash,
              event_id, command_id
         FROM ${S}.events WHERE position >= $1 ORDER BY position LIMIT ${PAGE}`,
      [String(from)],
    );
    for (const r of rows) {
      const failure = w.step({
        position: BigInt(r[0]),
        streamId: r[1],
        revision: BigInt(r[2]),
        type: r[3],
        schemaVersion: r[4],
        occurredAt: r[5],
        recordedAt: r[6],
        dataJson: r[7],
        metaJson: r[8],
        hash: r[9],
      });
      if (failure) return failure;
      const copies = derivedMismatch(Number(r[0]), r[8], r[10], r[11]);
      if (copies) return chainFailure(copies);
    }
    if (rows.length < PAGE) break;
    from = BigInt(rows[rows.length - 1]![0]) + 1n;
  }
  const end = w.finish(lastAssigned);
  return end.ok ? null : end;
}

async function parallelWalk(
  q: Q,
  connectionString: string,
  S: string,
  size: number,
  workers: number,
): Promise<VerifyResult | null> {
  const [[snapshot]] = (await q<[string]>('SELECT pg_export_snapshot()')) as [[string]];
  const found = await walkParallel(connectionString, snapshot, S, size, workers);
  if (!found) return null;
  if (found.code !== 'ID_COLUMNS_DIFFER') return chainFailure(found);
  // The workers only know that a copied id differs; say which, from the row itself.
  const [r] = await q<[string, string, string]>(
    `SELECT meta, event_id, command_id FROM ${S}.events WHERE position = $1`,
    [found.position],
  );
  return chainFailure((r && derivedMismatch(found.position, r[0], r[1], r[2])) ?? found);
}

/** After a clean walk of positions 1..size: a cut tail, the head row, the command index; then the
 *  head hash and the hashes at the asked sizes (the chain holds, so stored hashes are recomputed ones). */
async function finish(
  q: Q,
  S: string,
  size: bigint,
  lastAssigned: bigint,
  headHash: string,
  rememberAt: readonly bigint[],
): Promise<VerifyOutcome> {
  if (lastAssigned > size) {
    return chainFailure({ code: 'TAIL_MISSING', position: Number(size + 1n), to: Number(lastAssigned) });
  }
  const hashAt = async (n: bigint) =>
    n === 0n
      ? GENESIS_HASH
      : (await q<[string]>(`SELECT hash FROM ${S}.events WHERE position = $1`, [String(n)]))[0]![0];
  const last = await hashAt(size);
  if (last !== headHash) return chainFailure({ code: 'HEAD_MISMATCH', position: Number(size), hash: headHash });
  // Both index checks run; the earlier of their positions is the first bad one.
  const [unindexed] = await q<[string]>(
    `SELECT e.position FROM ${S}.events e
       WHERE NOT EXISTS (SELECT 1 FROM ${S}.commands c WHERE c.command_id = e.command_id AND c.position >= e.position)
       ORDER BY e.position LIMIT 1`,
  );
  const [forged] = await q<[string, string]>(
    `SELECT c.position, c.command_id FROM ${S}.commands c LEFT JOIN ${S}.events e ON e.position = c.position
       WHERE e.command_id IS DISTINCT FROM c.command_id ORDER BY c.position LIMIT 1`,
  );
  const failures = [
    unindexed && chainFailure({ code: 'COMMAND_UNINDEXED', position: Number(unindexed[0]) }),
    forged && chainFailure({ code: 'COMMAND_MISPOINTED', position: Number(forged[0]), commandId: forged[1] }),
  ].filter((f): f is VerifyResult & { ok: false } => Boolean(f));
  failures.sort((a, b) => (a.firstBadPosition < b.firstBadPosition ? -1 : 1));
  if (failures[0]) return failures[0];
  const wanted = rememberAt.filter((s) => s >= 0n && s <= size);
  if (rememberAt.length === 0) return { ok: true, size, headHash: last };
  const hashes = new Map<bigint, string>();
  for (const s of wanted) hashes.set(s, await hashAt(s));
  return { ok: true, size, headHash: last, hashAt: hashes };
}

/** Which copied column differs from the hashed meta, or null when both match. */
function derivedMismatch(position: number, metaJson: string, eventId: string, commandId: string): ChainBreak | null {
  const meta = JSON.parse(metaJson) as { eventId?: unknown; commandId?: unknown };
  const at = (column: 'event_id' | 'command_id', stored: string, hashed: unknown): ChainBreak => ({
    code: 'ID_COLUMN_EDITED',
    position,
    column,
    stored,
    hashed: String(hashed),
  });
  if (meta.eventId !== eventId) return at('event_id', eventId, meta.eventId);
  if (meta.commandId !== commandId) return at('command_id', commandId, meta.commandId);
  return null;
}
