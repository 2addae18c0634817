// event_id and command_id are copies of meta.eventId / meta.commandId kept in their own columns for
// the unique index and idempotent retries. The hash covers meta, not the copies, so verify checks
// that every copy still equals what the hashed meta says: a row whose copy was edited by raw SQL
// would otherwise pass verify while deduplication reads the forged id.
import type Database from 'better-sqlite3';
import type { ChainBreak } from '../chain-breaks.js';

/** Per row, in the chain walk's own query (a second pass over the log cost ~2 µs an event): 1 when
 *  both copies match the meta, 0 when one differs, NULL when meta is not JSON. SQLite caches the
 *  parsed meta between the three calls, so the check adds well under a microsecond. */
export const DERIVED_COLUMNS_OK = `CASE WHEN json_valid(meta) THEN event_id IS json_extract(meta, '$.eventId') AND command_id IS json_extract(meta, '$.commandId') END`;

/** Why the row at `position` failed DERIVED_COLUMNS_OK, naming the column. */
export function describeDerivedMismatch(db: Database.Database, position: number): ChainBreak {
  const row = db
    .prepare(
      `SELECT json_valid(meta), event_id, command_id,
              CASE WHEN json_valid(meta) THEN json_extract(meta, '$.eventId') END,
              CASE WHEN json_valid(meta) THEN json_extract(meta, '$.commandId') END
         FROM events WHERE position = ?`,
    )
    .raw()
    .get(position) as [number, unknown, unknown, unknown, unknown] | undefined;
  if (!row) return { code: 'POSITION_MISSING', position };
  const [valid, eventId, commandId, metaEventId, metaCommandId] = row;
  if (!valid) return { code: 'META_UNREADABLE', position };
  const column = eventId !== metaEventId ? 'event_id' : 'command_id';
  const stored = column === 'event_id' ? eventId : commandId;
  const hashed = column === 'event_id' ? metaEventId : metaCommandId;
  return { code: 'ID_COLUMN_EDITED', position, column, stored: String(stored), hashed: String(hashed) };
}
