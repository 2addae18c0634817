// Routine checkpoints: `motcua serve` and `motcua import` sign one on a schedule and after a bulk write when a
// signing key is configured, into a folder beside the ledger (never inside the ledger file, which is what
// they vouch for). `verify` checks the newest. One file a checkpoint, written whole (temporary file, then
// rename), named so that a listing sorts by size: `<size, 12 digits>-<signed at, UTC>.checkpoint`.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Checkpoint, type KeyInput, parseCheckpoint, signCheckpoint } from './checkpoint.js';

const SUFFIX = '.checkpoint';

/** The folder routine checkpoints of a ledger file go to: `<ledger>.checkpoints`, beside it. */
export const checkpointFolderOf = (ledgerPath: string): string => `${ledgerPath}.checkpoints`;

export interface StoredCheckpoint {
  readonly path: string;
  readonly checkpoint: Checkpoint;
}

/** Signs the ledger as it stands now into `folder` (default beside the ledger). */
export async function writeRoutineCheckpoint(options: {
  readonly ledgerPath: string;
  readonly privateKey: KeyInput;
  readonly folder?: string;
  readonly at?: Date;
}): Promise<StoredCheckpoint> {
  const folder = options.folder ?? checkpointFolderOf(options.ledgerPath);
  const at = options.at ?? new Date();
  const { checkpoint, text } = await signCheckpoint({ log: options.ledgerPath, privateKey: options.privateKey, at });
  mkdirSync(folder, { recursive: true });
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const path = join(folder, `${checkpoint.size.toString().padStart(12, '0')}-${stamp}${SUFFIX}`);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text, { flag: 'wx' });
  renameSync(temp, path);
  return { path, checkpoint };
}

export interface CheckpointListing {
  /** The one vouching for the most events (the latest signed among equals), or null when none is found. */
  readonly newest: StoredCheckpoint | null;
  /** Files named like checkpoints that could not be read as one: said, never silently skipped. */
  readonly unreadable: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

export function listCheckpoints(folder: string): CheckpointListing {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(SUFFIX));
  } catch {
    return { newest: null, unreadable: [] };
  }
  let newest: StoredCheckpoint | null = null;
  const unreadable: Array<{ path: string; reason: string }> = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      const checkpoint = parseCheckpoint(readFileSync(path, 'utf8'));
      const later =
        newest === null ||
        checkpoint.size > newest.checkpoint.size ||
        (checkpoint.size === newest.checkpoint.size &&
          Date.parse(checkpoint.signedAt ?? '') > Date.parse(newest.checkpoint.signedAt ?? ''));
      if (later) newest = { path, checkpoint };
    } catch (e) {
      unreadable.push({ path, reason: (e as Error).message });
    }
  }
  return { newest, unreadable };
}
