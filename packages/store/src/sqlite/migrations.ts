// The SQLite schema, versioned by PRAGMA user_version: migration n takes the file from version n-1
// to n inside one transaction. Never edit a released migration; append a new one.
import type Database from 'better-sqlite3';
import { StoreError } from '../port.js';

/** 'MOTC': marks a file as a motcua ledger so a stray SQLite file is not mistaken for one. */
const APPLICATION_ID = 0x4d4f5443;

interface Migration {
  readonly version: number;
  readonly why: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'the event log with its hash chain, and the indexes appends and reads need',
    up(db) {
      db.exec(`
        -- AUTOINCREMENT: a position is never handed out twice, even after the last row is deleted;
        -- sqlite_sequence keeps the highest one ever used, which lets verify notice a cut tail.
        CREATE TABLE events (
          position       INTEGER PRIMARY KEY AUTOINCREMENT,
          stream_id      TEXT    NOT NULL,
          revision       INTEGER NOT NULL,
          event_id       TEXT    NOT NULL,
          command_id     TEXT    NOT NULL,
          type           TEXT    NOT NULL,
          schema_version INTEGER NOT NULL,
          occurred_at    TEXT    NOT NULL,
          recorded_at    TEXT    NOT NULL,
          data           TEXT    NOT NULL, -- JSON text as given (the payload hash covers it)
          meta           TEXT    NOT NULL, -- JSON text as given
          hash           TEXT    NOT NULL  -- hex SHA-256 chain hash (see chain.ts)
        );
        CREATE UNIQUE INDEX events_stream_revision ON events (stream_id, revision);
        CREATE UNIQUE INDEX events_event_id ON events (event_id);
        -- Not unique: one command may write several events. Idempotency looks the id up here.
        CREATE INDEX events_command_id ON events (command_id);
        CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO store_info (key, value) VALUES ('log_id', lower(hex(randomblob(16))));
      `);
    },
  },
  {
    version: 2,
    why: `random-key indexes (UUID event and command ids) dirtied a page per insert, so every commit
      wrote megabytes of WAL: batched appends ran at a fraction of the target. Command ids are now
      indexed in memory (rebuilt from the command_id column, caught up at each write transaction);
      event ids are checked within their stream through the (stream_id, revision) index.`,
    up(db) {
      db.exec('DROP INDEX IF EXISTS events_event_id; DROP INDEX IF EXISTS events_command_id;');
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function checkApplicationId(db: Database.Database, path: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id !== 0 && id !== APPLICATION_ID) {
    throw new StoreError('STORE_CORRUPT', `${path} is an SQLite file of another application (application_id ${id})`, {
      path,
    });
  }
}

export function migrate(db: Database.Database, path: string): void {
  const from = currentVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new StoreError(
      'UNSUPPORTED',
      `${path} has store schema version ${from}, newer than this program's ${SCHEMA_VERSION}; upgrade motcua`,
      { path },
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      // Another process may have migrated while we waited for the write lock.
      if (currentVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }).immediate();
  }
}
