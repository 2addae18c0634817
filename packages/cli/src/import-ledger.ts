// The ledger an import writes into, as one small state: no ledger yet, open (one bulk transaction), then
// committed or refused. `finish` is the only way out of `open`: it commits or rolls back, closes the
// store, and names a ledger built under a temporary name in place, or removes it, so no path through
// an import leaves a transaction open or a temporary file behind.
import { existsSync } from 'node:fs';
import type { BulkWrite, PgBulkWrite, PostgresStore, PreparedRequest, SqliteStore } from '@motcua/store';
import { openLedger } from './context.js';
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';
import { publishLedger, removeLedgerFiles, tempLedgerPath } from './new-ledger.js';

type ImportLedgerState =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'open';
      readonly store: SqliteStore | PostgresStore;
      readonly bulk: BulkWrite | PgBulkWrite;
      /** The temporary ledger this run is building, when the ledger did not exist: only this run's to remove. */
      readonly temp: string | null;
    }
  | { readonly kind: 'committed' }
  | { readonly kind: 'refused' };

export interface ImportLedger {
  /** Opens the one transaction on an existing ledger, locking it before the import reads it. */
  begin(): Promise<void>;
  /** Appends to the one transaction, opening the ledger (or building it aside) on the first call. */
  write(requests: readonly PreparedRequest[]): Promise<void>;
  /** Commits or rolls back and closes; once finished, a further call does nothing. */
  finish(outcome: 'commit' | 'rollback'): Promise<void>;
}

/**
 * `existing` is the ledger at `path` opened for writing, when there is one (a PostgreSQL one is there once
 * opened): `begin` locks it, so what the import plans against is what its writes apply to. A missing one is
 * built under a temporary name from the first write and named only once committed (new-ledger.ts): a
 * refusal or a kill leaves no ledger behind.
 */
export function importLedger(path: string, existing: SqliteStore | PostgresStore | null, lang: Lang): ImportLedger {
  let state: ImportLedgerState = { kind: 'none' };
  const open = async (store: SqliteStore | PostgresStore, temp: string | null): Promise<void> => {
    state = { kind: 'open', store, bulk: await store.beginBulk(), temp };
  };
  return {
    async begin() {
      if (existing && state.kind === 'none') await open(existing, null);
    },
    async write(requests) {
      if (state.kind === 'none') {
        // Another process may have made it since: then it is theirs, written into as any existing ledger
        // (a dossier they recorded meanwhile makes our append a conflict, refused, not a duplicate).
        const temp = existsSync(path) ? null : tempLedgerPath(path);
        const store = await openLedger(temp ?? path, lang, 'write');
        try {
          await open(store, temp);
        } catch (e) {
          await store.close();
          if (temp) removeLedgerFiles(temp);
          throw e;
        }
      }
      if (state.kind !== 'open') throw new Error(`import ledger: write after it was ${state.kind}`);
      await state.bulk.appendPrepared(requests);
    },
    async finish(outcome) {
      const s = state;
      if (s.kind === 'committed' || s.kind === 'refused') return;
      state = { kind: outcome === 'commit' ? 'committed' : 'refused' };
      if (s.kind === 'none') return existing?.close(); // begin failed, or never ran
      let named = s.temp === null;
      try {
        try {
          if (outcome === 'commit') await s.bulk.commit();
        } finally {
          await s.bulk.rollback(); // nothing once committed
          await s.store.close(); // checkpoints and removes its -wal and -shm: the file alone is the ledger
        }
        if (outcome === 'commit' && s.temp) {
          named = publishLedger(s.temp, path);
          if (!named) {
            throw new CliFailure(
              say(
                lang,
                `một tiến trình khác đã tạo sổ cái ${path} trong lúc nhập; không ghi gì, hãy nhập lại`,
                `another process created the ledger ${path} during the import; nothing was written, import again`,
              ),
            );
          }
        }
      } catch (e) {
        state = { kind: 'refused' };
        throw e;
      } finally {
        if (!named) removeLedgerFiles(s.temp!);
      }
    },
  };
}
