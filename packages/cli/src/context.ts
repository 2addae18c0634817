// What every command needs: where the ledger is, how to speak, where to write.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqliteStore } from '@motcua/store';
import { writeIfOpen } from './closed-output.js';
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';

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

/** --db, else MOTCUA_DB, else ./data/motcua.db; relative paths are taken from the working directory. */
export function dbPathOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? (env.MOTCUA_DB && env.MOTCUA_DB.trim() !== '' ? env.MOTCUA_DB : DEFAULT_DB);
  return resolve(chosen);
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
  if (mode === 'read' && !existsSync(path)) {
    throw new CliFailure(
      say(
        lang,
        `không có sổ cái tại ${path} (chạy "motcua seed" hoặc "motcua import" trước, hoặc chỉ rõ --db)`,
        `no ledger at ${path} (run "motcua seed" or "motcua import" first, or give --db)`,
      ),
    );
  }
  if (mode === 'write') mkdirSync(dirname(path), { recursive: true });
  // Loaded on demand: `--help` and `check-report` should not pay for SQLite.
  const { openSqliteStore } = await import('@motcua/store');
  return openSqliteStore({ path, ...(clock ? { clock } : {}) });
}
