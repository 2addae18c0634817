// The block index, so a province report does not walk every dossier: dossiers in blocks of 2^bits in
// opening order (≈ received order), each block with its earliest received day, and of its finished
// columnar dossiers when (latest ordinal) and by which day, and which of its columnar dossiers are still
// open. A short period then skips the blocks received after it, and of those finished before it counts only
// the open ones (long-pending dossiers would otherwise keep every block in). A block received in the period
// and finished by its end adds its dossiers' cell classes counted once (`hist`), without a scan.
import { grow } from '../columns.js';
import { NEVER } from '../days.js';
import type { DossierColumns } from './dossier-columns.js';

/** A block's finished columnar dossiers counted by key (key, count pairs), and those to count one by one. */
export interface BlockHist {
  readonly pairs: Int32Array;
  /** Finished without a class (late with an apology: their cells depend on the period). */
  readonly extra: Int32Array;
}

export interface Blocks {
  readonly bits: number;
  /** Earliest received day of the block's dossiers. */
  minRd: Int32Array<ArrayBuffer>;
  /** How many of the block's columnar dossiers are open: the first `open[b]` of `openList[b]`. */
  open: Int32Array<ArrayBuffer>;
  /** Of the block's finished columnar dossiers: the latest finish day, the latest finishing ordinal… */
  maxFinDay: Int32Array<ArrayBuffer>;
  maxFinOrd: Int32Array<ArrayBuffer>;
  /** …and the latest ordinal of any of their events. */
  maxLastFin: Int32Array<ArrayBuffer>;
  /** Each block's open columnar dossiers, ascending, with room to grow in place. */
  readonly openList: Int32Array[];
  /** Built when first needed, dropped (null) when one of the block's dossiers changes. */
  readonly hist: (BlockHist | null | undefined)[];
}

export interface BlocksImage {
  readonly columns: {
    minRd: Int32Array<ArrayBuffer>;
    open: Int32Array<ArrayBuffer>;
    maxFinDay: Int32Array<ArrayBuffer>;
    maxFinOrd: Int32Array<ArrayBuffer>;
    maxLastFin: Int32Array<ArrayBuffer>;
  };
  readonly openLists: readonly Int32Array[];
}

export function createBlocks(bits: number, from?: BlocksImage): Blocks {
  const empty = () => new Int32Array(0);
  const bl: Blocks = {
    bits,
    minRd: empty(),
    open: empty(),
    maxFinDay: empty(),
    maxFinOrd: empty(),
    maxLastFin: empty(),
    openList: [],
    hist: [],
  };
  if (from) {
    const c = from.columns;
    const n = c.minRd.length;
    for (const a of Object.values(c)) if (a.length !== n) throw new RangeError('block columns');
    Object.assign(bl, c);
    // Room to grow in place, as blockOpened and openListRemove expect.
    for (const l of from.openLists) bl.openList.push(grow(l, Math.max(16, l.length)));
  }
  return bl;
}

/** Room for the blocks of `dossierCapacity` dossiers. */
export function ensureBlocks(bl: Blocks, dossierCapacity: number): void {
  const blocks = ((dossierCapacity - 1) >>> bl.bits) + 1;
  if (blocks <= bl.minRd.length) return;
  bl.minRd = grow(bl.minRd, blocks, NEVER);
  bl.open = grow(bl.open, blocks, 0);
  bl.maxFinDay = grow(bl.maxFinDay, blocks, -NEVER);
  bl.maxFinOrd = grow(bl.maxFinOrd, blocks, -1);
  bl.maxLastFin = grow(bl.maxLastFin, blocks, -1);
}

/** A new dossier d, received on `receivedDay`; `columnar` when it starts on the columns (then it is open). */
export function blockOpened(bl: Blocks, d: number, receivedDay: number, columnar: boolean): void {
  const b = d >>> bl.bits;
  if (receivedDay < bl.minRd[b]!) bl.minRd[b] = receivedDay;
  if (!columnar) return;
  while (bl.openList.length <= b) bl.openList.push(new Int32Array(16));
  const n = bl.open[b]!;
  if (n === bl.openList[b]!.length) bl.openList[b] = grow(bl.openList[b]!, n * 2);
  bl.openList[b]![n] = d;
  bl.open[b] = n + 1;
}

/** Columnar dossier d finished on `day` by the event at ordinal o. */
export function blockFinished(bl: Blocks, d: number, day: number, o: number): void {
  const b = d >>> bl.bits;
  openListRemove(bl, b, d);
  if (day > bl.maxFinDay[b]!) bl.maxFinDay[b] = day;
  if (o > bl.maxFinOrd[b]!) bl.maxFinOrd[b] = o;
}

/** Dossier d left the columns for the general path: the block no longer counts it. */
export function blockLeftColumns(bl: Blocks, d: number, finished: boolean): void {
  if (!finished) openListRemove(bl, d >>> bl.bits, d);
  bl.hist[d >>> bl.bits] = null;
}

/** A columnar dossier's facts changed: the block's counted classes are stale. */
export function blockChanged(bl: Blocks, d: number): void {
  bl.hist[d >>> bl.bits] = null;
}

/** A finished columnar dossier's latest event is ordinal o. */
export function blockFinishedEvent(bl: Blocks, d: number, o: number): void {
  bl.maxLastFin[d >>> bl.bits] = o;
}

function openListRemove(bl: Blocks, b: number, d: number): void {
  const list = bl.openList[b]!;
  const len = bl.open[b]!;
  const at = list.lastIndexOf(d, len - 1);
  if (at < 0) return;
  list.copyWithin(at, at + 1, len);
  bl.open[b] = len - 1;
}

/** Block b's finished columnar dossiers counted by class key (keyA), built once until the block changes. */
export function blockHist(bl: Blocks, b: number, cols: DossierColumns): BlockHist {
  const cached = bl.hist[b];
  if (cached) return cached;
  const counts = new Map<number, number>();
  const extra: number[] = [];
  const { finOrd, dCx, keyA } = cols;
  const end = Math.min(cols.count, (b + 1) << bl.bits);
  for (let d = b << bl.bits; d < end; d++) {
    if (finOrd[d] === NEVER || dCx[d]! >= 0) continue;
    const k = keyA[d]!;
    if (k < 0) extra.push(d);
    else counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const h: BlockHist = { pairs: Int32Array.from([...counts].flat()), extra: Int32Array.from(extra) };
  bl.hist[b] = h;
  return h;
}

export function blocksImage(bl: Blocks): BlocksImage {
  const n = bl.minRd.length;
  const copy = (a: Int32Array<ArrayBuffer>) => a.slice(0, n);
  return {
    columns: {
      minRd: copy(bl.minRd),
      open: copy(bl.open),
      maxFinDay: copy(bl.maxFinDay),
      maxFinOrd: copy(bl.maxFinOrd),
      maxLastFin: copy(bl.maxLastFin),
    },
    openLists: bl.openList.map((l, b) => l.slice(0, bl.open[b]!)),
  };
}
