// What every command needs: where the ledger is, how to speak, where to write.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqliteStore } from '@motcua/store';
import { writeIfOpen } from './closed-output.js';
import { UsageError } from './exit.js';
import { type Lang, say } from './i18n.js';
import { checkLedgerPath } from './ledger-path.js';

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

export const DEFAULT_DB = './data/motcua.db';

/**
 * What a --db (or MOTCUA_DB) value names. A value of the form `scheme://…` is a server's address, never a
 * file: taken as a path it would silently make a folder named `postgres:` with a ledger inside.
 */
export type DbLocation =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly scheme: string };

export function dbLocation(value: string): DbLocation {
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  return url?.[1] ? { kind: 'url', scheme: url[1].toLowerCase() } : { kind: 'file', path: resolve(value) };
}

/** --db, else MOTCUA_DB, else ./data/motcua.db; relative paths are taken from the working directory. */
export function dbPathOf(option: string | undefined, lang: Lang, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = option === undefined && env.MOTCUA_DB !== undefined && env.MOTCUA_DB.trim() !== '';
  const chosen = option ?? (fromEnv ? (env.MOTCUA_DB as string) : DEFAULT_DB);
  const where = dbLocation(chosen);
  if (where.kind === 'file') return where.path;
  // The address is not echoed: it may carry a password.
  const given = fromEnv ? 'MOTCUA_DB' : '--db';
  // Where a PostgreSQL ledger will be opened once the CLI has an adapter for it.
  const postgres = where.scheme === 'postgres' || where.scheme === 'postgresql';
  throw new UsageError(
    say(
      lang,
      `${given} ${where.scheme}://…: đây là địa chỉ một máy chủ cơ sở dữ liệu, không phải một tệp; ${postgres ? 'bản motcua này chưa hỗ trợ PostgreSQL, chỉ mở' : 'bản motcua này chỉ mở'} sổ cái SQLite trong một tệp (--db ĐƯỜNG_DẪN_TỆP)`,
      `${given} ${where.scheme}://…: this is the address of a database server, not a file; this build of motcua ${postgres ? 'does not support PostgreSQL yet and opens' : 'opens'} only a SQLite ledger in a file (--db FILE_PATH)`,
    ),
  );
}

/**
 * Opens the ledger. Writers create the file and its folder; readers refuse a missing file rather than
 * report on an empty ledger someone did not mean to create.
 */
export async function openLedger(
  path: string,
  lang: Lang,
  mode: 'write' | 'read',
  clock?: () => Date,
): Promise<SqliteStore> {
  checkLedgerPath(path, lang, mode);
  if (mode === 'write') mkdirSync(dirname(path), { recursive: true });
  // Loaded on demand: `--help` and `check-report` should not pay for SQLite.
  const { openSqliteStore } = await import('@motcua/store');
  return openSqliteStore({ path, ...(clock ? { clock } : {}) });
}
