// What every command needs: where the ledger is, how to speak, where to write.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PostgresStore, SqliteStore } from '@motcua/store';
import { writeIfOpen } from './closed-output.js';
import { UsageError } from './exit.js';
import { type Lang, say } from './i18n.js';
import { checkLedgerPath } from './ledger-path.js';
import { checkPostgresUrl, isPostgresUrl, openPostgresLedger } from './postgres-ledger.js';

export interface Io {
  /** Data: reports, codes, JSON. */
  out(text: string): void;
  /** Messages: errors, progress, summaries for people. */
  err(text: string): void;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

export const processIo: Io = {
  out: (t) => writeIfOpen(process.stdout, t),
  err: (t) => writeIfOpen(process.stderr, t),
  stdout: process.stdout,
  stderr: process.stderr,
};

const DEFAULT_DB = './data/motcua.db';

/**
 * What a --db (or MOTCUA_DB) value names. A value of the form `scheme://…` is a server's address, never a
 * file: taken as a path it would silently make a folder named `postgres:` with a ledger inside.
 */
export type DbLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'url'; readonly scheme: string };

function dbLocation(value: string): DbLocation {
  if (isPostgresUrl(value)) return { kind: 'postgres', url: value };
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  return url?.[1] ? { kind: 'url', scheme: url[1].toLowerCase() } : { kind: 'file', path: resolve(value) };
}

/**
 * --db, else MOTCUA_DB, else ./data/motcua.db: a file path (relative ones taken from the working
 * directory), or a PostgreSQL connection string (postgres://…), checked and returned as given.
 */
export function dbPathOf(option: string | undefined, lang: Lang, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = option === undefined && env.MOTCUA_DB !== undefined && env.MOTCUA_DB.trim() !== '';
  const chosen = option ?? (fromEnv ? (env.MOTCUA_DB as string) : DEFAULT_DB);
  const where = dbLocation(chosen);
  const given = fromEnv ? 'MOTCUA_DB' : '--db';
  if (where.kind === 'file') return where.path;
  if (where.kind === 'postgres') return checkPostgresUrl(where.url, given, lang);
  // The address is not echoed: it may carry a password.
  throw new UsageError(
    say(
      lang,
      `${given} ${where.scheme}://…: đây là địa chỉ một máy chủ cơ sở dữ liệu mà motcua không mở được; motcua mở sổ cái SQLite trong một tệp (--db ĐƯỜNG_DẪN_TỆP) hoặc trên máy chủ PostgreSQL (--db postgres://…)`,
      `${given} ${where.scheme}://…: this is the address of a database server motcua cannot open; motcua opens a SQLite ledger in a file (--db FILE_PATH) or on a PostgreSQL server (--db postgres://…)`,
    ),
  );
}

/** How a ledger is named in messages: its path, or its connection string without the password. */
export const ledgerLabel = (store: object, path: string): string =>
  'place' in store ? (store as PostgresStore).place.label : path;

/**
 * Opens the ledger. Writers create the file and its folder; readers refuse a missing file rather than
 * report on an empty ledger someone did not mean to create (on PostgreSQL: see openPostgresLedger).
 */
export async function openLedger(
  path: string,
  lang: Lang,
  mode: 'write' | 'read',
  clock?: () => Date,
): Promise<SqliteStore | PostgresStore> {
  if (isPostgresUrl(path)) return openPostgresLedger(path, lang, mode, clock);
  checkLedgerPath(path, lang, mode);
  if (mode === 'write') mkdirSync(dirname(path), { recursive: true });
  // Loaded on demand: `--help` and `check-report` should not pay for SQLite.
  const { openSqliteStore } = await import('@motcua/store');
  return openSqliteStore({ path, ...(clock ? { clock } : {}) });
}
