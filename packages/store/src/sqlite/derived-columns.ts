// event_id and command_id are copies of meta.eventId / meta.commandId kept in their own columns for
// the unique index and idempotent retries. The hash covers meta, not the copies, so verify checks
// that every copy still equals what the hashed meta says: a row whose copy was edited by raw SQL
// would otherwise pass verify while deduplication reads the forged id.
import type Database from 'better-sqlite3';

export interface DerivedMismatch {
  readonly position: number;
  readonly reason: string;
}

export function firstDerivedMismatch(db: Database.Database, upTo?: number): DerivedMismatch | null {
  const limit = upTo === undefined ? '' : 'AND position <= @upTo';
  let row: unknown[] | undefined;
  try {
    row = db
      .prepare(
        `SELECT position, event_id, command_id, json_extract(meta, '$.eventId'), json_extract(meta, '$.commandId')
           FROM events
          WHERE (event_id IS NOT json_extract(meta, '$.eventId') OR command_id IS NOT json_extract(meta, '$.commandId'))
                ${limit}
          ORDER BY position LIMIT 1`,
      )
      .raw()
      .get(upTo === undefined ? {} : { upTo }) as unknown[] | undefined;
  } catch (e) {
    // Malformed meta JSON: the chain walk names that row; nothing more to say here.
    return { position: 0, reason: `meta is not readable JSON: ${(e as Error).message}` };
  }
  if (!row) return null;
  const [position, eventId, commandId, metaEventId, metaCommandId] = row as [number, string, string, string, string];
  const column = eventId !== metaEventId ? 'event_id' : 'command_id';
  const stored = column === 'event_id' ? eventId : commandId;
  const hashed = column === 'event_id' ? metaEventId : metaCommandId;
  return {
    position,
    reason: `position ${position}: column ${column} "${stored}" differs from the hashed metadata's "${hashed}" (edited outside the store)`,
  };
}
