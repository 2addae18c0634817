// The counter: Biểu 06's cells for a period as known at a cut-off, from the ledger's parts. The counting
// rule is written once, facts.ts classify(); here a columnar dossier's row is read as the facts it states
// at a cut-off (factsAt) and handed to that rule, and the fast ways of counting are derived from it:
// - a finished dossier's cells, once its finish day is in the period, are fixed up to received-in-period
//   versus carried over, so they are computed once per change (classKeys) as two interned cell classes,
//   and counting it is one increment of its class;
// - a block of dossiers received in the period and finished by its end adds its classes counted once
//   (blocks.ts), without visiting its dossiers.
import { NEVER } from '../days.js';
import { B, CHANNEL_BITS, classify, type Facts, FINISH, NBITS } from '../facts.js';
import { type Blocks, blockHist } from './blocks.js';
import type { DossierColumns } from './dossier-columns.js';
import { type GeneralPath, versionAt } from './general-path.js';

/** A cell class index fits in the low CLASS_BITS of a key; the field index sits above. */
export const CLASS_BITS = 8;
const CLASS_MASK = (1 << CLASS_BITS) - 1;

/** A cut-off past every ordinal: each fact set is known. */
const ALL_KNOWN = NEVER - 1;

/** The period (day numbers, inclusive) and the last ordinal known at the cut-off. */
export interface Period {
  readonly from: number;
  readonly to: number;
  readonly c: number;
}

/** The cell masks of settled dossiers, interned (at most 2^CLASS_BITS of them). */
export interface CellClasses {
  readonly masks: number[];
  readonly index: Map<number, number>;
}

export function createCellClasses(from?: readonly number[]): CellClasses {
  const classes: CellClasses = { masks: [], index: new Map() };
  for (const m of from ?? []) internClass(classes, m);
  return classes;
}

/** The class of a cell mask, −1 when the table is full (the dossier is then counted cell by cell). */
function internClass(classes: CellClasses, m: number): number {
  let k = classes.index.get(m);
  if (k === undefined) {
    if (classes.masks.length > CLASS_MASK) return -1;
    k = classes.masks.length;
    classes.masks.push(m);
    classes.index.set(m, k);
  }
  return k;
}

const STEP: number[] = [0, 0];
const WAIT: number[] = [0, 0];
const NONE: number[] = [];
const scratch: Facts = {
  field: 0,
  channel: 0,
  receivedDay: 0,
  due0: 0,
  dueSteps: NONE,
  waits: NONE,
  rescheduled: NEVER,
  finishDay: NEVER,
  finishKind: FINISH.none,
  resolvedDay: NEVER,
  secondRequestDay: NEVER,
  feeDue: false,
  paidOnline: false,
  papersDigitised: false,
  resultDigitised: false,
};

/**
 * The facts columnar dossier i states as known at ordinal c (it was received by then). The result is a
 * shared scratch object, valid until the next call: read it at once.
 */
export function factsAt(cols: DossierColumns, i: number, c: number): Facts {
  const f = scratch;
  const provided = cols.provOrd[i]! <= c;
  const finished = cols.finOrd[i]! <= c;
  f.field = cols.dField[i]!;
  f.channel = cols.dChan[i]!;
  f.receivedDay = cols.recvDay[i]!;
  f.due0 = cols.due0[i]!;
  if (provided) {
    STEP[0] = cols.provDay[i]!;
    STEP[1] = cols.supDue[i]!;
    f.dueSteps = STEP;
  } else f.dueSteps = NONE;
  if (cols.reqOrd[i]! <= c) {
    WAIT[0] = cols.reqDay[i]!;
    WAIT[1] = provided ? cols.provDay[i]! : NEVER;
    f.waits = WAIT;
  } else f.waits = NONE;
  f.rescheduled = cols.reschOrd[i]! <= c ? cols.reschDay[i]! : NEVER;
  f.finishDay = finished ? cols.finDay[i]! : NEVER;
  f.finishKind = finished ? cols.dKind[i]! : FINISH.none;
  f.resolvedDay = cols.resOrd[i]! <= c ? cols.resDay[i]! : NEVER;
  // A second supplement request sends a dossier to the general path: the columns hold at most one.
  f.secondRequestDay = NEVER;
  f.feeDue = cols.feeOrd[i]! <= c;
  f.paidOnline = cols.paidOrd[i]! <= c;
  f.papersDigitised = cols.papersOrd[i]! <= c;
  f.resultDigitised = cols.resultOrd[i]! <= c;
  return f;
}

/** Dossier i's cells for the period, 0 if none. */
export function cellsAt(cols: DossierColumns, i: number, p: Period): number {
  if (cols.openOrd[i]! > p.c) return 0;
  return classify(factsAt(cols, i, p.c), p.from, p.to);
}

/**
 * Sets keyA/keyB of a columnar dossier after a change: for a finished one, the cells of a period it was
 * received in and finished by (classify with from = its received day, to = its finish day), and the same
 * carried over, which differs only in the channel bits; −1 while the cells depend on the period (open, or
 * late with an apology, which counts as late-rescheduled only in periods ending after the apology).
 */
export function refreshClassKeys(cols: DossierColumns, d: number, classes: CellClasses): void {
  let a = -1;
  let b = -1;
  if (cols.finOrd[d] !== NEVER) {
    const f = factsAt(cols, d, ALL_KNOWN);
    const m = classify(f, f.receivedDay, f.finishDay);
    if ((m & B.late) === 0 || f.rescheduled === NEVER) {
      const ca = internClass(classes, m);
      const cb = internClass(classes, (m & ~CHANNEL_BITS[f.channel as 0 | 1 | 2]) | B.carriedOver);
      if (ca >= 0 && cb >= 0) {
        a = (f.field << CLASS_BITS) | ca;
        b = (f.field << CLASS_BITS) | cb;
      }
    }
  }
  cols.keyA[d] = a;
  cols.keyB[d] = b;
}

/** Adds n to each cell of mask m in a field's counters (the field's base is field × NBITS). */
export function addCells(cnt: Int32Array, base: number, m: number, n: number): void {
  while (m !== 0) {
    const low = m & -m;
    cnt[base + 31 - Math.clz32(low)]! += n;
    m ^= low;
  }
}

/**
 * Counts columnar dossiers: all of them from lo to hi, or those listed in `idx` (an office's, a block's
 * open ones). A dossier whose events are all known at c and whose finish day is in the period counts by its
 * class in byClass; any other through the rule.
 */
export function countDossiers(
  cols: DossierColumns,
  idx: Int32Array | null,
  lo: number,
  hi: number,
  p: Period,
  cnt: Int32Array,
  byClass: Int32Array,
): void {
  const { from, to, c } = p;
  const { openOrd, dCx, dLast, recvDay, finDay, keyA, keyB, dField } = cols;
  for (let j = lo; j < hi; j++) {
    const i = idx === null ? j : idx[j]!;
    // Dossiers are numbered in opening order: the rest were not known at c.
    if (openOrd[i]! > c) return;
    if (dCx[i]! >= 0) continue;
    if (dLast[i]! <= c) {
      const rd = recvDay[i]!;
      if (rd > to) continue;
      const fin = finDay[i]!;
      if (fin <= to) {
        if (rd < from && fin < from) continue;
        const key = rd >= from ? keyA[i]! : keyB[i]!;
        if (key >= 0) {
          byClass[key]!++;
          continue;
        }
      } else if (rd < from && fin < from) continue;
    }
    const m = classify(factsAt(cols, i, c), from, to);
    if (m !== 0) addCells(cnt, dField[i]! * NBITS, m, 1);
  }
}

/** The classes counted in byClass, spread over their cells. */
export function spreadClasses(byClass: Int32Array, classes: CellClasses, cnt: Int32Array): void {
  for (let k = 0; k < byClass.length; k++) {
    const v = byClass[k]!;
    if (v !== 0) addCells(cnt, (k >>> CLASS_BITS) * NBITS, classes.masks[k & CLASS_MASK]!, v);
  }
}

/**
 * Every columnar dossier of the province, block by block: a block received after the period is skipped;
 * one received in it and settled by its end adds its counted classes and its open dossiers; one whose
 * finished dossiers all ended before the period counts only its open ones; any other is walked.
 */
export function countProvince(cols: DossierColumns, bl: Blocks, p: Period, cnt: Int32Array, byClass: Int32Array): void {
  const { from, to, c } = p;
  const nd = cols.count;
  for (let b = 0; b << bl.bits < nd; b++) {
    const lo = b << bl.bits;
    if (cols.openOrd[lo]! > c) break;
    if (bl.minRd[b]! > to) continue;
    const open = bl.open[b]!;
    if (bl.minRd[b]! >= from && bl.maxFinDay[b]! <= to && bl.maxLastFin[b]! <= c) {
      const { pairs, extra } = blockHist(bl, b, cols);
      for (let k = 0; k < pairs.length; k += 2) byClass[pairs[k]!]! += pairs[k + 1]!;
      if (extra.length > 0) countDossiers(cols, extra, 0, extra.length, p, cnt, byClass);
      if (open > 0) countDossiers(cols, bl.openList[b]!, 0, open, p, cnt, byClass);
      continue;
    }
    if (bl.maxFinDay[b]! < from && bl.maxFinOrd[b]! <= c) {
      if (open > 0) countDossiers(cols, bl.openList[b]!, 0, open, p, cnt, byClass);
      continue;
    }
    countDossiers(cols, null, lo, Math.min(nd, lo + (1 << bl.bits)), p, cnt, byClass);
  }
}

/** The general path's dossiers of the offices in `mask`, each by its version known at c. */
export function countGeneral(
  g: GeneralPath,
  cols: DossierColumns,
  officeMask: Uint8Array,
  p: Period,
  cnt: Int32Array,
): void {
  for (let k = 0; k < g.versions.length; k++) {
    const d = g.dossiers[k]!;
    if (officeMask[cols.dOffice[d]!] === 0) continue;
    const f = versionAt(g.versions[k]!, p.c);
    if (f === null) continue;
    const m = classify(f, p.from, p.to);
    if (m !== 0) addCells(cnt, f.field * NBITS, m, 1);
  }
}
