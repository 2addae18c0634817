// A ledger created by an import appears whole or not at all (issue 16, 8f): the import writes a new ledger
// under a temporary name beside it and gives it its name only once committed and closed, with link(2),
// which never replaces a file someone made meanwhile. A run killed before that leaves no ledger (nothing a
// later command would take for an empty or partial one); its temporary file, named for its process, is
// removed by the next import into that path once that process is gone.
import { closeSync, fsyncSync, linkSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeStaleTemps as removeStaleTempFiles, tempNameOf } from '@motcua/store';

const SUFFIXES = ['', '-wal', '-shm', '-journal'];
const INFIX = '.import-';

/** Where this process builds the new ledger `path`. */
export const tempLedgerPath = (path: string): string => tempNameOf(path, INFIX);

/** Removes a temporary ledger and SQLite's side files. */
export function removeLedgerFiles(path: string): void {
  for (const s of SUFFIXES) rmSync(path + s, { force: true });
}

/** Removes the temporary ledgers of imports into `path` whose process has ended (killed, or crashed). */
export const removeStaleTemps = (path: string): void => removeStaleTempFiles(path, INFIX);

/**
 * Gives the committed, closed temporary ledger its name. False when a file of that name appeared
 * meanwhile: it is someone else's and is left as it is (the caller removes the temporary one).
 */
export function publishLedger(temp: string, path: string): boolean {
  try {
    linkSync(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  removeLedgerFiles(temp);
  // The new name is durable once the folder is: a power cut after the import said "written" keeps it.
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
  return true;
}
