// The in-memory ledger's whole state as one plain image: named typed arrays, short lists and scalars, at
// the ledger's last position. createLedger's seam (ledger.ts: image() and createLedger(options, from))
// makes and takes it; ledger-snapshot.ts turns it into bytes and back. Nothing here knows what the columns
// mean; a change to them bumps LEDGER_VERSION (ledger-projection.ts), which refuses older snapshots.

import { ProjectionError } from './errors.js';
import type { BlocksImage } from './ledger/blocks.js';
import type { DossierArrays } from './ledger/dossier-columns.js';
import type { EventColumnsImage } from './ledger/event-columns.js';
import type { Version } from './ledger/general-path.js';
import { createLedger, type Ledger, type LedgerOptions } from './ledger.js';
import { internalsOf } from './ledger-internals.js';

/** Each part's image, as the part itself (ledger/*.ts) makes and takes it. */
export interface LedgerImage {
  /** The last position the ledger folded in (−1 before any). */
  readonly lastPosition: number;
  /** The options that shape the state: a ledger restores only an image made with the same ones. */
  readonly options: {
    readonly blockBits: number;
    readonly generalOnly: boolean;
    readonly keepPositions: boolean;
    /** LedgerOptions.feeTable, '' when none was given. */
    readonly feeTable: string;
  };
  readonly events: EventColumnsImage;
  readonly dossiers: {
    readonly count: number;
    /** Each column up to count. */
    readonly columns: DossierArrays;
    readonly codes: readonly string[];
    readonly streams: readonly string[];
  };
  readonly blocks: BlocksImage;
  readonly offices: { readonly names: readonly string[]; readonly lists: readonly Int32Array[] };
  readonly fieldNames: readonly string[];
  /** The counter's cell classes (counter.ts), in order: keyA/keyB index them. */
  readonly classMask: readonly number[];
  /** Dossiers on the general path: their versions of facts, and which dossier each list is. */
  readonly general: {
    readonly versions: ReadonlyArray<ReadonlyArray<Version>>;
    readonly dossiers: readonly number[];
  };
}

/** The ledger's image (ledger.ts image()): consistent as of the call, safe to encode while it goes on. */
export function ledgerImage(ledger: Ledger): LedgerImage {
  const internals = internalsOf(ledger);
  if (!internals) throw new ProjectionError('SNAPSHOT_UNSUPPORTED', 'not a ledger made by createLedger');
  return internals.image();
}

/** A ledger holding exactly the image's state (made with the same options); it takes over the image's arrays. */
export function ledgerFromImage(image: LedgerImage, options: LedgerOptions = {}): Ledger {
  return createLedger(options, image);
}
