// The dossiers' facts in columns: one row per dossier, numbered in opening order (≈ received order). Each
// fact is set once, by one event, and kept with the event ordinal it became known at (…Ord) beside its day,
// so one row answers every knownAt (ledger.ts). A dossier whose facts are rewritten leaves the columns for
// the general path (general-path.ts) and keeps here only what does not change: its office, field, channel.
//
// This module owns the columns' names, their empty values, their growth and their image. The ledger's
// loops read the arrays directly; growth replaces them, so a loop takes the ones it reads into locals
// after any growth (V8 then keeps them in registers).
import { grow, nextCapacity } from '../columns.js';
import { NEVER } from '../days.js';

const i32 = (empty: number) => ({ type: Int32Array, empty }) as const;
const u8 = { type: Uint8Array, empty: 0 } as const;

/** Every column, with the value of a row no event has set. A NEVER ordinal or day: not (yet) so. */
export const DOSSIER_COLUMNS = {
  /** The dossier's latest event ordinal (event-columns.ts links back from it). */
  dLast: i32(-1),
  dOffice: i32(0),
  dField: i32(0),
  /** Channel code of the opening: 0 online, 1 direct, 2 postal. */
  dChan: u8,
  /** How it finished (facts.ts FINISH), read only when finOrd is set. */
  dKind: u8,
  /** Its index in the general path's lists, −1 while it is on the columns. */
  dCx: i32(-1),
  openOrd: i32(NEVER),
  recvDay: i32(0),
  /** Due day from the opening. */
  due0: i32(0),
  finOrd: i32(NEVER),
  finDay: i32(NEVER),
  /** The first resolution (approved or refused): the end of processing for the 766 progress figure. */
  resOrd: i32(NEVER),
  resDay: i32(NEVER),
  /** The supplement request (a columnar dossier has at most one), and its provision with the due day after it. */
  reqOrd: i32(NEVER),
  reqDay: i32(NEVER),
  provOrd: i32(NEVER),
  provDay: i32(NEVER),
  supDue: i32(0),
  /** The apology with a new date. */
  reschOrd: i32(NEVER),
  reschDay: i32(NEVER),
  feeOrd: i32(NEVER),
  paidOrd: i32(NEVER),
  papersOrd: i32(NEVER),
  resultOrd: i32(NEVER),
  /**
   * A finished dossier's cells once its finish day is in the period are fixed: received in the period
   * (keyA) or carried over (keyB), each field << CLASS_BITS | a cell class (counter.ts). −1 while they
   * still depend on the period (open, or late with an apology).
   */
  keyA: i32(-1),
  keyB: i32(-1),
} as const;

type Spec = typeof DOSSIER_COLUMNS;
export type DossierColumnName = keyof Spec;
const NAMES = Object.keys(DOSSIER_COLUMNS) as DossierColumnName[];

export type DossierArrays = {
  -readonly [K in DossierColumnName]: Spec[K]['type'] extends Uint8ArrayConstructor
    ? Uint8Array<ArrayBuffer>
    : Int32Array<ArrayBuffer>;
};

export interface DossierColumns extends DossierArrays {
  /** Rows in use: dossiers 0 … count − 1. */
  count: number;
  /** Rows allocated. */
  capacity: number;
}

/** Empty columns, or those of an image (taken over, not copied: the image's arrays become the ledger's). */
export function createDossierColumns(from?: { count: number; columns: DossierArrays }): DossierColumns {
  const cols = { count: 0, capacity: 0 } as DossierColumns;
  for (const name of NAMES) (cols as unknown as Record<string, unknown>)[name] = new DOSSIER_COLUMNS[name].type(0);
  if (from) {
    for (const name of NAMES) {
      const a = from.columns[name];
      if (a?.length !== from.count || a.constructor !== DOSSIER_COLUMNS[name].type) {
        throw new RangeError(`dossier column ${name}`);
      }
      (cols as unknown as Record<string, unknown>)[name] = a;
    }
    cols.count = from.count;
    cols.capacity = from.count;
  }
  // One object laid out at once: built a property at a time it keeps most of them out of line, and the
  // counting loops, which read the columns through it, were 1.5× slower (measured; the spread fixes it).
  return { ...cols };
}

/** Room for `needed` rows; grows every column (new rows empty). True when the arrays were replaced. */
export function ensureDossierRows(cols: DossierColumns, needed: number): boolean {
  if (needed <= cols.capacity) return false;
  const capacity = nextCapacity(needed, cols.capacity);
  for (const name of NAMES) {
    const a = cols[name] as Int32Array<ArrayBuffer>;
    (cols as unknown as Record<string, unknown>)[name] = grow(a, capacity, DOSSIER_COLUMNS[name].empty);
  }
  cols.capacity = capacity;
  return true;
}

/** The rows in use, copied (later events write into the ledger's own arrays). */
export function dossierColumnsImage(cols: DossierColumns): DossierArrays {
  const out = {} as Record<string, unknown>;
  for (const name of NAMES) out[name] = cols[name].slice(0, cols.count);
  return out as DossierArrays;
}
