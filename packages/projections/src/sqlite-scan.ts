// A rebuild straight from a SQLite store's file. The store's readAll builds a RecordedEvent per row
// (BigInts, both JSON columns parsed, the hash string): most of a province rebuild went there. The
// ledger reads only position, stream, type, schema version, recordedAt, occurredAt, eventId and, for
// the types whose payload it reads, data — occurred_at and event_id are the store's own copies of
// meta.occurredAt and meta.eventId (see the store's write path), so meta is never parsed.
import type { EventStore, RecordedEvent } from '@motcua/store';
import type Database from 'better-sqlite3';
import type { ApplyFields } from './ledger-internals.js';

/** The better-sqlite3 handle of a SQLite store whose events table the scan can read, else undefined. */
export function sqliteHandleOf(store: EventStore): Database.Database | undefined {
  const db = (store as { db?: unknown }).db as Database.Database | undefined;
  if (!db || typeof db !== 'object' || typeof db.prepare !== 'function' || !db.open) return undefined;
  try {
    const cols = new Set((db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name));
    const needed = [
      'position',
      'stream_id',
      'type',
      'schema_version',
      'recorded_at',
      'occurred_at',
      'event_id',
      'data',
    ];
    return needed.every((c) => cols.has(c)) ? db : undefined;
  } catch {
    return undefined;
  }
}

// Types whose payload Form 06 does not read: only the first character comes back, to check it is an
// object as decode() would.
const NO_PAYLOAD = [
  'SupplementRequested',
  'ResultReturned',
  'DossierWithdrawn',
  'DossierReturnedUnprocessed',
  'SatisfactionRated',
  'ProcessingStopped',
];
const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

const SHORT = 48;
const SHORT_ENTRIES = 4096;

type Row = [number, string, string, number, string, string, string, string];

export function scanSqlite(
  db: Database.Database,
  apply: ApplyFields,
  opts: { fromPosition: number; toPosition: number; batchSize: number },
): void {
  const page = db
    .prepare(
      `SELECT position, stream_id, type, schema_version, recorded_at, occurred_at, event_id,
         CASE WHEN type IN (${NO_PAYLOAD.map((t) => `'${t}'`).join(', ')}) THEN substr(data, 1, 1) ELSE data END
       FROM events WHERE position >= ? AND position <= ? ORDER BY position LIMIT ?`,
    )
    .raw();
  const batch = Math.max(1, Math.min(opts.batchSize, 100_000));
  const short = new Map<string, unknown>();
  let from = opts.fromPosition;
  const to = opts.toPosition;
  while (from <= to) {
    const rows = page.all(from, to, batch) as Row[];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const text = r[7];
      // A one-character payload is the substr above (or a broken row, which decode() refuses by name).
      // Short payloads repeat ({"what":"papers"}, {"decision":"approved","note":null}, fee amounts):
      // parsed once and shared — decode() only reads them, and nothing keeps them.
      let data: unknown;
      if (text.length === 1) data = text === '{' ? EMPTY : text;
      else if (text.length <= SHORT) {
        data = short.get(text);
        if (data === undefined) {
          data = Object.freeze(JSON.parse(text));
          if (short.size < SHORT_ENTRIES) short.set(text, data);
        }
      } else data = JSON.parse(text);
      apply(r[0], r[1], r[2], r[3], r[4], r[5], r[6], data, null);
    }
    if (rows.length < batch) return;
    from = rows[rows.length - 1]![0] + 1;
  }
}

/**
 * For a ledger fed event by event (the server's): timelines read from the store (its readStreamSync: a
 * SQLite file, or PostgreSQL in one blocking round trip) instead of raw events held in memory; undefined
 * for other stores (in memory, EventStoreDB), whose ledgers keep raw events.
 */
export function storeEventSource(store: EventStore): ((streamId: string) => RecordedEvent[]) | undefined {
  const sync = store as EventStore & { readStreamSync?: unknown };
  if (typeof sync.readStreamSync !== 'function') return undefined;
  const read = sync.readStreamSync as (streamId: string) => RecordedEvent[];
  return (streamId) => read.call(store, streamId);
}
