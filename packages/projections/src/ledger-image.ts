// The in-memory ledger's whole state as one plain image: named typed arrays, short lists and scalars, at
// the ledger's last position. createLedger's seam (ledger.ts: image() and createLedger(options, from))
// makes and takes it; ledger-snapshot.ts turns it into bytes and back. Nothing here knows what the columns
// mean; a change to them bumps LEDGER_VERSION (ledger-projection.ts), which refuses older snapshots.

import { ProjectionError } from './errors.js';
import type { Facts } from './facts.js';
import type { EventColumnsImage } from './ledger/event-columns.js';
import { createLedger, type Ledger, type LedgerOptions } from './ledger.js';
import { internalsOf } from './ledger-internals.js';

type DossierColumn =
  | 'dLast'
  | 'dOffice'
  | 'dField'
  | 'dPack'
  | 'dCx'
  | 'openOrd'
  | 'recvDay'
  | 'due0'
  | 'finOrd'
  | 'finDay'
  | 'resOrd'
  | 'resDay'
  | 'reqOrd'
  | 'reqDay'
  | 'provOrd'
  | 'provDay'
  | 'supDue'
  | 'reschOrd'
  | 'reschDay'
  | 'feeOrd'
  | 'paidOrd'
  | 'papersOrd'
  | 'resultOrd'
  | 'keyA'
  | 'keyB';
type BlockColumn = 'blockMinRd' | 'blockOpen' | 'blockMaxFinDay' | 'blockMaxFinOrd' | 'blockMaxDLastFin';

export interface LedgerImage {
  /** The last position the ledger folded in (−1 before any). */
  readonly lastPosition: number;
  /** The options that shape the state: a ledger restores only an image made with the same ones. */
  readonly options: { readonly blockBits: number; readonly generalOnly: boolean; readonly keepPositions: boolean };
  readonly events: EventColumnsImage;
  readonly dossiers: {
    readonly count: number;
    /** Each column up to count. */
    readonly columns: { [K in DossierColumn]: Int32Array<ArrayBuffer> } & {
      dChan: Uint8Array<ArrayBuffer>;
      dKind: Uint8Array<ArrayBuffer>;
    };
    readonly codes: readonly string[];
    readonly streams: readonly string[];
  };
  readonly blocks: {
    readonly columns: { [K in BlockColumn]: Int32Array<ArrayBuffer> };
    readonly openLists: readonly Int32Array[];
  };
  readonly offices: { readonly names: readonly string[]; readonly lists: readonly Int32Array[] };
  readonly fieldNames: readonly string[];
  readonly classMask: readonly number[];
  /** Dossiers on the general path: their versions of facts, and which dossier each list is. */
  readonly general: {
    readonly versions: ReadonlyArray<ReadonlyArray<{ readonly from: number; readonly facts: Facts | null }>>;
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
