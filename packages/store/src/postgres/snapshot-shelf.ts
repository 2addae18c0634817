// Snapshots of in-memory projections in the log's PostgreSQL database (see ../snapshot-shelf.ts): one row
// per snapshot, whose claims are set only once every part is in, and one row per part. Each statement is
// its own short transaction, so writing a province's snapshot never holds a lock the log's appends need;
// a snapshot left half-written by a crash has no claims, is never read, and goes with the next one.
import type pg from 'pg';
import {
  claimsFromJson,
  claimsToJson,
  type SnapshotShelf,
  SnapshotUnreadable,
  type StoredSnapshot,
} from '../snapshot-shelf.js';

/** Parts sent in one INSERT, and read in one SELECT: a few MB each way. */
const PARTS_PER_STATEMENT = 16;

/** Written even through a store opened for reading only: a snapshot is not the log, only a copy of what
 *  a fold of it gives (as SQLite's file beside it), so `motcua snapshot` needs no right to append. */
export function pgSnapshotShelf(pool: pg.Pool, S: string, label: string): SnapshotShelf {
  const T = `${S}.ledger_snapshots`;
  const P = `${S}.ledger_snapshot_parts`;
  let created: Promise<void> | null = null;
  const ensureTables = () => {
    created ??= pool
      .query(
        `CREATE TABLE IF NOT EXISTS ${T} (
           id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, claims TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
         CREATE TABLE IF NOT EXISTS ${P} (
           snapshot_id BIGINT NOT NULL REFERENCES ${T} (id) ON DELETE CASCADE, seq INTEGER NOT NULL,
           bytes BYTEA NOT NULL, PRIMARY KEY (snapshot_id, seq))`,
      )
      .then(() => undefined)
      .catch((e) => {
        created = null;
        throw e;
      });
    return created;
  };
  return {
    where: `${label}, table ${T}`,
    async newest(name) {
      let rows: Array<{ id: string; claims: string; created_at: Date }>;
      try {
        rows = (
          await pool.query(
            `SELECT id, claims, created_at FROM ${T} WHERE name = $1 AND claims IS NOT NULL ORDER BY id DESC LIMIT 1`,
            [name],
          )
        ).rows;
      } catch (e) {
        if ((e as { code?: string }).code === '42P01') return null; // no table yet: no snapshot was ever written
        throw e;
      }
      const row = rows[0];
      if (!row) return null;
      const claims = claimsFromJson(row.claims);
      const id = row.id;
      const stored: StoredSnapshot = {
        ...claims,
        createdAt: row.created_at.toISOString(),
        async *readParts() {
          for (let from = 0; from < claims.parts; from += PARTS_PER_STATEMENT) {
            const page = await pool.query<{ seq: number; bytes: Buffer }>(
              `SELECT seq, bytes FROM ${P} WHERE snapshot_id = $1 AND seq >= $2 AND seq < $3 ORDER BY seq`,
              [id, from, from + PARTS_PER_STATEMENT],
            );
            let seq = from;
            for (const r of page.rows) {
              if (r.seq !== seq) throw new SnapshotUnreadable(`${T} ${id}: part ${seq} is missing`);
              seq++;
              yield r.bytes;
            }
            if (seq !== Math.min(claims.parts, from + PARTS_PER_STATEMENT)) {
              throw new SnapshotUnreadable(`${T} ${id}: part ${seq} is missing`);
            }
          }
        },
      };
      return stored;
    },
    async put(name, parts, claims) {
      await ensureTables();
      const id = (await pool.query<{ id: string }>(`INSERT INTO ${T} (name) VALUES ($1) RETURNING id`, [name])).rows[0]!
        .id;
      try {
        let seq = 0;
        let batch: Uint8Array[] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          const values = batch.map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3})`).join(', ');
          const params: unknown[] = [id];
          batch.forEach((b, i) => {
            params.push(seq - batch.length + i, Buffer.from(b.buffer, b.byteOffset, b.byteLength));
          });
          await pool.query(`INSERT INTO ${P} (snapshot_id, seq, bytes) VALUES ${values}`, params);
          batch = [];
        };
        for await (const p of parts) {
          batch.push(p);
          seq++;
          if (batch.length === PARTS_PER_STATEMENT) await flush();
        }
        await flush();
        await pool.query(`UPDATE ${T} SET claims = $2 WHERE id = $1`, [id, claimsToJson(claims())]);
      } catch (e) {
        await pool.query(`DELETE FROM ${T} WHERE id = $1`, [id]).catch(() => {});
        throw e;
      }
      // Older ones (and ones a crash left without claims); a newer one being written by another instance stays.
      await pool.query(`DELETE FROM ${T} WHERE name = $1 AND id < $2`, [name, id]);
    },
  };
}
