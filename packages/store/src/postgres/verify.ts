// verify for a PostgreSQL log: the shared chain walk (verify-core) over the stored JSON texts, in one
// REPEATABLE READ snapshot so appends running meanwhile neither hide rows nor move the head under it.
// Beyond the chain it checks what the hash does not cover but the store relies on: the event_id /
// command_id columns equal the hashed meta's, every command is indexed at its last event (else a
// retry would write again), and log_head agrees with the last row (else the next append would
// chain off a forged hash).
import type { PoolClient } from 'pg';
import { createChainWalker, type VerifyOutcome, type VerifyResult, withHashes } from '../verify-core.js';

const PAGE = 2000;
type Row = [string, string, string, string, number, string, string, string, string, string, string, string];

export async function verifyPostgres(
  client: PoolClient,
  S: string,
  rememberAt: readonly bigint[],
): Promise<VerifyOutcome> {
  const q = async <R extends unknown[]>(text: string, values: unknown[] = []) =>
    (await client.query<R>({ text, values, rowMode: 'array' })).rows;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const [head] = await q<[string, string]>(`SELECT last_position, hash FROM ${S}.log_head`);
    const lastAssigned = BigInt(head![0]);
    const w = createChainWalker(rememberAt);
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
        const copies = derivedMismatch(r[8], r[10], r[11]);
        if (copies) return bad(BigInt(r[0]), `position ${r[0]}: ${copies} (edited outside the store)`);
      }
      if (rows.length < PAGE) break;
      from = BigInt(rows[rows.length - 1]![0]) + 1n;
    }
    const result = w.finish(lastAssigned);
    if (!result.ok) return result;
    if (result.headHash !== head![1]) {
      return bad(result.size, `log_head holds hash ${head![1].slice(0, 16)}…, not the last event's`);
    }
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
      unindexed && bad(BigInt(unindexed[0]), `position ${unindexed[0]}: its command id is missing from commands`),
      forged &&
        bad(
          BigInt(forged[0]),
          `commands row "${forged[1]}" points at position ${forged[0]}, an event of another command`,
        ),
    ].filter((f): f is VerifyResult & { ok: false } => Boolean(f));
    failures.sort((a, b) => (a.firstBadPosition < b.firstBadPosition ? -1 : 1));
    if (failures[0]) return failures[0];
    return withHashes(w, result, rememberAt);
  } finally {
    await client.query('ROLLBACK');
  }
}

const bad = (position: bigint, reason: string): VerifyResult => ({ ok: false, firstBadPosition: position, reason });

/** Which copied column differs from the hashed meta, or null when both match. */
function derivedMismatch(metaJson: string, eventId: string, commandId: string): string | null {
  const meta = JSON.parse(metaJson) as { eventId?: unknown; commandId?: unknown };
  if (meta.eventId !== eventId) return `column event_id "${eventId}" differs from the hashed metadata's`;
  if (meta.commandId !== commandId) return `column command_id "${commandId}" differs from the hashed metadata's`;
  return null;
}
