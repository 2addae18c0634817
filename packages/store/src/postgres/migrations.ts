// The PostgreSQL schema, versioned in a `schema_version` table: migration n takes a log from version n-1
// to n. All of them run in ONE transaction under an advisory lock, after the ownership and version
// checks, so two instances starting together migrate once, and a refused database is left untouched
// (PostgreSQL DDL is transactional). Never edit a released migration; append a new one.
import type { PoolClient } from 'pg';
import { GENESIS_HASH } from '../chain.js';
import { StoreError } from '../port.js';
import { type PgPlace, quoteIdent } from './place.js';

/** store_info.application of a motcua log: a table set without it is someone else's. */
const APPLICATION = 'motcua-event-log';

interface Migration {
  readonly version: number;
  readonly why: string;
  sql(s: string): string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'the event log with its hash chain, the command index that makes retries idempotent, and the log head',
    sql: (s) => `
      CREATE TABLE ${s}.store_info (key text PRIMARY KEY, value text NOT NULL);
      INSERT INTO ${s}.store_info (key, value) VALUES
        ('application', '${APPLICATION}'),
        ('log_id', replace(gen_random_uuid()::text, '-', ''));
      -- data and meta are the JSON texts as given (text, not jsonb: the payload hash covers the text).
      CREATE TABLE ${s}.events (
        position       bigint  PRIMARY KEY,
        stream_id      text    NOT NULL,
        revision       bigint  NOT NULL,
        event_id       text    NOT NULL,
        command_id     text    NOT NULL,
        type           text    NOT NULL,
        schema_version integer NOT NULL,
        occurred_at    text    NOT NULL,
        recorded_at    text    NOT NULL,
        data           text    NOT NULL,
        meta           text    NOT NULL,
        hash           text    NOT NULL,
        CONSTRAINT events_stream_revision UNIQUE (stream_id, revision)
      );
      -- One row per command id (its last event): the primary key is what makes a retry, on any
      -- instance, write nothing: two transactions cannot both store the same command.
      CREATE TABLE ${s}.commands (
        command_id text   PRIMARY KEY,
        position   bigint NOT NULL REFERENCES ${s}.events (position)
      );
      -- The chain's tip in one row. Appends lock it (SELECT … FOR UPDATE) for their whole transaction:
      -- that lock is what makes positions come out in commit order (see postgres.ts). last_position is
      -- the highest position ever handed out, so verify notices a cut tail.
      CREATE TABLE ${s}.log_head (
        id            boolean PRIMARY KEY DEFAULT true CHECK (id),
        last_position bigint  NOT NULL,
        hash          text    NOT NULL,
        recorded_at   text
      );
      INSERT INTO ${s}.log_head (last_position, hash, recorded_at) VALUES (0, '${GENESIS_HASH}', NULL);
    `,
  },
  {
    version: 2,
    why: "the server's Idempotency-Key responses, shared by every instance on the log (kept-responses.ts)",
    sql: (s) => `
      CREATE TABLE ${s}.server_idempotency (
        scope         text        PRIMARY KEY,
        request_hash  text        NOT NULL,
        status        integer     NOT NULL,
        headers       text        NOT NULL,
        body          text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Reads which tables the schema holds and whose they are; null version = an empty schema. */
async function inspect(client: PoolClient, place: PgPlace): Promise<{ version: number | null; foreign: string[] }> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1`,
      [place.schema],
    )
  ).rows.map((r) => r.name);
  if (tables.length === 0) return { version: null, foreign: [] };
  const s = quoteIdent(place.schema);
  if (tables.includes('schema_version') && tables.includes('store_info')) {
    // A foreign store_info may have other columns: a failed query must not abort the transaction.
    await client.query('SAVEPOINT inspect');
    const app = await client
      .query<{ value: unknown }>(`SELECT value FROM ${s}.store_info WHERE key = 'application'`)
      .then(async (r) => {
        await client.query('RELEASE SAVEPOINT inspect');
        return r.rows;
      })
      .catch(async () => {
        await client.query('ROLLBACK TO SAVEPOINT inspect');
        return [];
      });
    if (app[0]?.value === APPLICATION) {
      const v = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${s}.schema_version`);
      return { version: v.rows[0]?.v ?? 0, foreign: [] };
    }
  }
  return { version: null, foreign: tables };
}

/** Refuses a schema that holds someone else's tables, or a log newer than this build. */
function checkOwnership(place: PgPlace, found: { version: number | null; foreign: string[] }): void {
  if (found.foreign.length > 0) {
    const names = found.foreign.slice(0, 5).join(', ') + (found.foreign.length > 5 ? ', …' : '');
    throw new StoreError(
      'STORE_CORRUPT',
      `${place.label}: schema "${place.schema}" holds tables that are not a motcua event log (${names}); ` +
        'point the store at an empty database (or schema) or at one motcua created',
      { database: place.label, schema: place.schema, tables: found.foreign },
    );
  }
  if (found.version !== null && found.version > SCHEMA_VERSION) {
    throw new StoreError(
      'UNSUPPORTED',
      `${place.label} has store schema version ${found.version}, newer than this program's ${SCHEMA_VERSION}; upgrade motcua`,
      { database: place.label, schema: place.schema, version: found.version, supported: SCHEMA_VERSION },
    );
  }
}

/**
 * Checks that the schema is an empty one or a motcua log this build can read, then brings it up to
 * SCHEMA_VERSION. Throws a StoreError naming what to fix, with nothing written, otherwise. A log already
 * current is only read (no lock, no write: instances start without queueing, and a read-only user or
 * a standby can open it); `readonly` refuses to create or migrate anything.
 */
export async function migrate(client: PoolClient, place: PgPlace, readonly = false): Promise<void> {
  const s = quoteIdent(place.schema);
  await client.query('BEGIN READ ONLY');
  let seen: Awaited<ReturnType<typeof inspect>>;
  try {
    seen = await inspect(client, place);
  } finally {
    await client.query('ROLLBACK');
  }
  checkOwnership(place, seen);
  if (seen.version === SCHEMA_VERSION) return;
  if (readonly) {
    throw new StoreError(
      'UNSUPPORTED',
      seen.version === null
        ? `${place.label}: schema "${place.schema}" holds no motcua event log, and the store was opened read-only`
        : `${place.label} has store schema version ${seen.version}, expected ${SCHEMA_VERSION}; open it writable once to migrate`,
      { database: place.label, schema: place.schema, version: seen.version, supported: SCHEMA_VERSION },
    );
  }
  await client.query('BEGIN');
  try {
    // Serialises migrations of this schema across instances; released at COMMIT/ROLLBACK. Another
    // instance may have migrated while we waited: look again under the lock.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`motcua-store-migrate:${place.schema}`]);
    const { version, foreign } = await inspect(client, place);
    checkOwnership(place, { version, foreign });
    const from = version ?? 0;
    if (from < SCHEMA_VERSION) {
      if (version === null) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
        await client.query(
          `CREATE TABLE ${s}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(), why text NOT NULL)`,
        );
      }
      for (const m of MIGRATIONS) {
        if (m.version <= from) continue;
        await client.query(m.sql(s));
        await client.query(`INSERT INTO ${s}.schema_version (version, why) VALUES ($1, $2)`, [m.version, m.why]);
      }
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}
