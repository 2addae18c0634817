// Test support: recomputes every chain hash of a PostgreSQL log from its stored columns, and the head,
// as someone with write access to the database could after editing rows: the chain verifies again, so
// only what the hash cannot see (a checkpoint, revisions across ranges, recordedAt order) tells.
import pg from 'pg';
import { chainHash, GENESIS_HASH, payloadHash } from '../chain.js';

export async function rehashLog(url: string, schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN');
    const { rows } = await c.query<[string, string, string, string, number, string, string, string, string]>({
      text: `SELECT position, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, meta
               FROM ${schema}.events ORDER BY position`,
      rowMode: 'array',
    });
    let prev = GENESIS_HASH;
    const positions: string[] = [];
    const hashes: string[] = [];
    for (const [position, streamId, revision, type, schemaVersion, occurredAt, recordedAt, data, meta] of rows) {
      prev = chainHash(prev, {
        position: BigInt(position),
        streamId,
        revision: BigInt(revision),
        type,
        schemaVersion,
        occurredAt,
        recordedAt,
        payloadHash: payloadHash(data, meta),
      });
      positions.push(position);
      hashes.push(prev);
    }
    await c.query(
      `UPDATE ${schema}.events e SET hash = u.hash FROM unnest($1::bigint[], $2::text[]) AS u(position, hash)
        WHERE e.position = u.position`,
      [positions, hashes],
    );
    await c.query(`UPDATE ${schema}.log_head SET hash = $1`, [prev]);
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}
