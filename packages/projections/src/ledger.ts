// The ledger: an in-memory bitemporal index of dossiers, fed by the global log in position order.
//
// Recorded time is handled by event ordinals: the ledger numbers the dossier events it holds 0, 1, 2…
// in position order, and since recordedAt never decreases along position, "as known at T" is "every
// ordinal up to c(T)", found by binary search. Each dossier's Form 06 facts are kept in columns, each
// fact with the ordinal it became known at (e.g. finishDay + finishOrd), so one row answers every
// knownAt as long as each fact is set once by one event — which is what a normal history does, late
// entries included. Dossiers whose facts are rewritten (a correction, a second supplement wait or
// apology) leave the columns for a short list of versions of their full facts, one per event.
import { dossierStreamId, parseDossierStreamId } from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import { CHUNK_BITS, CHUNK_MASK, grow, hash53, nextCapacity } from './columns.js';
import { dayNumOfMs, NEVER, parseCutoff, parseQueryDay } from './days.js';
import { type Compact, type Decoded, decode, isFinishing, isOpening, T, type Where } from './decode.js';
import { ProjectionError } from './errors.js';
import {
  B,
  BIT,
  CHANNEL_BITS,
  classify,
  computeFacts,
  end766,
  type Facts,
  FINISH,
  finishKindOf,
  NBITS,
  onTime766,
  ruleSetBit,
} from './facts.js';
import { buildReport } from './form06.js';
import { parseInstant } from './instant.js';
import { createEventColumns, eventColumnsImage } from './ledger/event-columns.js';
import type { LedgerImage } from './ledger-image.js';
import { internalsOf, LEDGER_INTERNALS, type LedgerInternals } from './ledger-internals.js';
import { CELLS, type Cell, type Form06Report } from './report.js';
import { ruleSetIndexOfDay } from './rule-set-days.js';
import { scanSqlite, sqliteHandleOf, storeEventSource } from './sqlite-scan.js';
import { buildDossierView, buildTimeline, type DossierView, type TimelineEntry } from './timeline.js';

export interface Form06Query {
  from: string;
  to: string;
  /** Office codes to count; default every office in the ledger. */
  offices?: string[];
  /** The report's office label (a roll-up's unit code); default the office, or "all". */
  unit?: string;
  /** Recorded-time cut-off, ISO with offset (or a day: the end of that day in office time). */
  knownAt?: string;
}

export interface DrillDownQuery extends Form06Query {
  cell: Cell;
  /** A row's field; omitted for the total row. */
  field?: string;
}

export interface Ledger {
  /** Idempotent: positions at or below lastPosition are ignored. Bad input throws and changes nothing. */
  apply(e: RecordedEvent): void;
  readonly lastPosition: bigint;
  /** Number of dossiers known (any office, everything recorded). */
  readonly dossierCount: number;
  /** Number of dossier events held. */
  readonly eventCount: number;
  offices(): string[];
  /** Whether the ledger holds any dossier of the office. */
  hasOffice(office: string): boolean;
  /** The fields (lĩnh vực) that occur in the ledger, any office, sorted; for naming an unknown one. */
  fields(): string[];
  form06(q: Form06Query): Form06Report;
  /** The dossiers behind one cell, sorted; `office/code` when the query spans several offices. */
  drillDown(q: DrillDownQuery): string[];
  /**
   * Every dossier that counts in some cell of the report for q, with its row's field and its cells as a
   * bit mask (bit i = CELLS[i]): the drill-down of every cell at once, for comparing two cut-offs.
   */
  dossierCells(q: Form06Query): DossierCells[];
  dossier(office: string, code: string, opts?: { asOf?: string; knownAt?: string }): DossierView | null;
  timeline(office: string, code: string, opts?: { knownAt?: string }): TimelineEntry[];
}

export interface DossierCells {
  readonly office: string;
  readonly code: string;
  readonly field: string;
  /** Bit i set: the dossier counts in CELLS[i]. */
  readonly mask: number;
}

export interface LedgerOptions {
  /** Keep the raw events for timelines and dossier views (default true). Off, only counting works. */
  keepEvents?: boolean;
  /** Fee of a procedure in VND, for the online payment rate's denominator. */
  procedureFee?: (procedureCode: string) => number | undefined;
  /** Send every dossier through the general (versioned) path; for testing the columnar fast path. */
  generalOnly?: boolean;
  /** log2 of the dossiers per block the province scan skips by (default 10); small, for testing it. */
  blockBits?: number;
  /**
   * Where timelines and dossier views read a dossier's events, synchronously, instead of the ledger
   * holding every raw event (a province-year of them does not fit in 1 GiB). loadLedger sets it for
   * SQLite stores (storeEventSource). The ledger still decides which of them it has applied.
   */
  eventSource?: (streamId: string) => readonly RecordedEvent[];
}

const RETURNED = FINISH.returned;

/** A settled class index fits in the low CLASS_BITS of a key; the field index sits above. */
const CLASS_BITS = 8;
const CLASS_MASK = (1 << CLASS_BITS) - 1;

/**
 * dPack layout: channel (2 bits) | outcome (2 bits: early, onTime, late, withdrawnOrReturned; read
 * only when finished) | fee due | paid online | papers digitised | result digitised | general path |
 * 766 on time (read only when finished) | office index (from bit 10). early/onTime/late are consecutive like their counters.
 */
const PK = {
  early: 0,
  onTime: 1,
  late: 2,
  withdrawnOrReturned: 3,
  outcomeShift: 2,
  feeDue: 1 << 4,
  paidOnline: 1 << 5,
  papers: 1 << 6,
  result: 1 << 7,
  general: 1 << 8,
  /** Finished on time by the 766 national formula (facts.ts onTime766); read only when finished. */
  onTime766: 1 << 9,
  officeShift: 10,
} as const;

/**
 * A new ledger, or, given `from` (an image of a ledger made with the same options: ledgerImage), one that
 * holds exactly that ledger's state and goes on from its last position.
 */
export function createLedger(options: LedgerOptions = {}, from?: LedgerImage): Ledger {
  const keepEvents = options.keepEvents ?? true;
  const eventSource = keepEvents ? options.eventSource : undefined;
  const keepRaw = keepEvents && eventSource === undefined;
  const procedureFee = options.procedureFee;
  const generalOnly = options.generalOnly ?? false;
  const blockBits = options.blockBits ?? 10;

  // Positions as numbers (far below 2^53); the bigint is made only when asked for.
  let lastPos = -1;
  // Names the event being applied in error messages; one closure for all events, built only on error.
  let curPos = 0;
  let curStream = '';
  let curType = '';
  let curEventId = '';
  const whereCurrent: Where = () => {
    const id = curEventId !== '' ? `, ${curEventId}` : '';
    return `event at position ${curPos} (${curStream}, ${curType}${id})`;
  };
  const scratchDecoded: Decoded = { t: 0, occ: 0, a: 0, b: 0, s: 0 };
  const scratchCompact: Compact = { t: 0, occ: 0, a: 0, b: 0, s: 0 };
  let lastRecordedAt = '';
  let lastRecordedMs = Number.NaN;

  // ---- events, by ordinal (ledger/event-columns.ts); the columns are read directly in the loops ----
  const events = createEventColumns(eventSource !== undefined, from?.events);
  const { t: evT, occ: evOcc, x: evX, s: evS, id: evId, corrections: corrOf } = events;
  const { occAt, prevOf } = events;
  const raw: RecordedEvent[] = [];

  // ---- interned strings ----
  const fieldNames: string[] = [];
  const fieldIndex = new Map<string, number>();
  const officeNames: string[] = [];
  const officeIndex = new Map<string, number>();

  // ---- dossiers ----
  let nd = 0;
  let dcap = 0;
  const byStream = new Map<string, number>();
  const codes: string[] = [];
  let dLast = new Int32Array(0);
  let dOffice = new Int32Array(0);
  let dField = new Int32Array(0);
  let dChan = new Uint8Array(0);
  let dKind = new Uint8Array(0);
  // The dossier's current facts packed for the fast path (see PK below): valid for any cut-off at or
  // after dLast, when every one of its events is known.
  let dPack = new Int32Array(0);
  let dCx = new Int32Array(0);
  let openOrd = new Int32Array(0);
  let recvDay = new Int32Array(0);
  let due0 = new Int32Array(0);
  let finOrd = new Int32Array(0);
  let finDay = new Int32Array(0);
  // The first resolution (approved or refused): the end of processing for the 766 progress figure.
  let resOrd = new Int32Array(0);
  let resDay = new Int32Array(0);
  let reqOrd = new Int32Array(0);
  let reqDay = new Int32Array(0);
  let provOrd = new Int32Array(0);
  let provDay = new Int32Array(0);
  let supDue = new Int32Array(0);
  let reschOrd = new Int32Array(0);
  let reschDay = new Int32Array(0);
  let feeOrd = new Int32Array(0);
  let paidOrd = new Int32Array(0);
  let papersOrd = new Int32Array(0);
  let resultOrd = new Int32Array(0);
  // A finished dossier's cells once its finish day is in the period are fixed: received in the period
  // (keyA) or carried over (keyB), each field << CLASS_BITS | an interned class whose cell bits are
  // classMask[class]. −1 when the cells still depend on the period (late with an apology).
  let keyA = new Int32Array(0);
  let keyB = new Int32Array(0);
  const classMask: number[] = [];
  const classOf = new Map<number, number>();
  // Blocks of 2^blockBits dossiers in opening order (≈ received order): the earliest received day,
  // and of the finished columnar ones when (latest ordinal) and by which day, and how many are still
  // open — so a short period skips the blocks received after it and those finished before it.
  let blockMinRd = new Int32Array(0);
  let blockOpen = new Int32Array(0);
  let blockMaxFinDay = new Int32Array(0);
  let blockMaxFinOrd = new Int32Array(0);
  // Each block's columnar dossiers not finished yet, ascending: all a block whose finished dossiers
  // ended before the period holds for it (long-pending dossiers would otherwise keep every block in).
  const blockOpenList: Int32Array[] = [];
  // The latest event ordinal of the block's finished columnar dossiers, and their classes counted
  // (key, count pairs; built when first needed, dropped when one of the block's dossiers changes):
  // a block received in the period and finished by its end adds its classes without a scan.
  let blockMaxDLastFin = new Int32Array(0);
  interface BlockHist {
    pairs: Int32Array;
    extra: Int32Array;
  }
  const blockHist: (BlockHist | null | undefined)[] = [];
  // Each office's dossiers, so a query over a few offices does not walk the province.
  const officeList: Int32Array[] = [];
  const officeLen: number[] = [];

  // ---- dossiers on the general path ----
  interface Version {
    from: number;
    facts: Facts | null;
  }
  const cxVersions: Version[][] = [];
  const cxDossier: number[] = [];

  /** The dossier's ordinals, ascending. */
  function ordsOf(d: number): number[] {
    const out: number[] = [];
    for (let o = dLast[d]!; o >= 0; o = prevOf(o)) out.push(o);
    return out.reverse();
  }

  function ensureDossiers(needed: number): void {
    if (needed <= dcap) return;
    dcap = nextCapacity(needed, dcap);
    dLast = grow(dLast, dcap, -1);
    dOffice = grow(dOffice, dcap);
    dField = grow(dField, dcap);
    dChan = grow(dChan, dcap);
    dKind = grow(dKind, dcap);
    dPack = grow(dPack, dcap);
    dCx = grow(dCx, dcap, -1);
    openOrd = grow(openOrd, dcap, NEVER);
    recvDay = grow(recvDay, dcap);
    due0 = grow(due0, dcap);
    finOrd = grow(finOrd, dcap, NEVER);
    finDay = grow(finDay, dcap, NEVER);
    resOrd = grow(resOrd, dcap, NEVER);
    resDay = grow(resDay, dcap, NEVER);
    reqOrd = grow(reqOrd, dcap, NEVER);
    reqDay = grow(reqDay, dcap, NEVER);
    provOrd = grow(provOrd, dcap, NEVER);
    provDay = grow(provDay, dcap, NEVER);
    supDue = grow(supDue, dcap);
    reschOrd = grow(reschOrd, dcap, NEVER);
    reschDay = grow(reschDay, dcap, NEVER);
    feeOrd = grow(feeOrd, dcap, NEVER);
    paidOrd = grow(paidOrd, dcap, NEVER);
    papersOrd = grow(papersOrd, dcap, NEVER);
    resultOrd = grow(resultOrd, dcap, NEVER);
    keyA = grow(keyA, dcap, -1);
    keyB = grow(keyB, dcap, -1);
    const blocks = ((dcap - 1) >>> blockBits) + 1;
    if (blocks > blockMinRd.length) {
      blockMinRd = grow(blockMinRd, blocks, NEVER);
      blockOpen = grow(blockOpen, blocks, 0);
      blockMaxFinDay = grow(blockMaxFinDay, blocks, -NEVER);
      blockMaxFinOrd = grow(blockMaxFinOrd, blocks, -1);
      blockMaxDLastFin = grow(blockMaxDLastFin, blocks, -1);
    }
  }

  function intern(names: string[], index: Map<string, number>, name: string): number {
    let i = index.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      index.set(name, i);
    }
    return i;
  }

  /** The s column of an opening: channel | fee bit | field index (see decode.ts). */
  function openingS(dec: Decoded): number {
    const fee = dec.procedureCode && procedureFee ? (procedureFee(dec.procedureCode) ?? 0) : 0;
    const field = intern(fieldNames, fieldIndex, (dec.field ?? '').normalize('NFC'));
    return dec.s | (fee > 0 ? 4 : 0) | (field << 3);
  }

  function compactAt(o: number): Compact {
    const k = o >>> CHUNK_BITS;
    const j = o & CHUNK_MASK;
    const t = (evT[k] as Uint8Array)[j]!;
    const occ = (evOcc[k] as Float64Array)[j]!;
    const x = (evX[k] as Float64Array)[j]!;
    // An opening's a is its receivedAt, which is also its business time.
    const a = isOpening(t) ? occ : t === T.feePaid ? x : 0;
    return { t, occ, a, b: t === T.feePaid ? 0 : x, s: (evS[k] as Int32Array)[j]!, corr: corrOf.get(o) };
  }

  /** The superseded event's ordinal among the dossier's earlier events. */
  function findTarget(d: number, eventId: string, where: Where): number {
    const h = hash53(eventId);
    for (let o = dLast[d]!; o >= 0; o = prevOf(o)) {
      if (
        (evId[o >>> CHUNK_BITS] as Float64Array)[o & CHUNK_MASK] === h &&
        (!keepRaw || raw[o]?.meta.eventId === eventId)
      )
        return o;
    }
    const w = where();
    throw new ProjectionError(
      'CORRECTION_TARGET_UNKNOWN',
      `${w}: data.supersedes names event ${eventId}, which is not an earlier event of this dossier`,
      { where: w, field: 'data.supersedes' },
    );
  }

  /** out: a scratch object for the event being applied (nothing keeps it); fresh for replacements. */
  function toCompact(dec: Decoded, d: number | undefined, where: Where, out?: Compact): Compact {
    const c: Compact = out ?? { t: 0, occ: 0, a: 0, b: 0, s: 0 };
    c.t = dec.t;
    c.occ = dec.occ;
    c.a = dec.a;
    c.b = dec.b;
    c.s = isOpening(dec.t) ? openingS(dec) : dec.s;
    c.corr = undefined;
    if (dec.t === T.corrected) {
      if (d === undefined) {
        throw new ProjectionError('DOSSIER_NOT_OPENED', `${where()}: corrects a dossier that was never received`, {
          where: where(),
        });
      }
      const target = findTarget(d, dec.supersedes!, where);
      let replacement: Compact | null = null;
      const r = dec.replacementRaw;
      if (r) {
        const rw = () => `${where()} replacement`;
        replacement = toCompact(decode(r.type, 0, r.data, r.occurredAt, rw), d, rw);
      }
      c.corr = { target, replacement };
    }
    return c;
  }

  /** The dossier's events as read at cut-off c: corrections applied, retracted ones dropped. */
  function effective(list: readonly number[], c: number): Compact[] {
    const replaced = new Map<number, Compact | null>();
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i]!;
      if (o > c) continue;
      const cur = replaced.has(o) ? replaced.get(o)! : compactAt(o);
      // Corrections come later than what they supersede, so walking backwards the latest one in
      // effect speaks first; a retracted correction (read as null) no longer acts.
      if (cur !== null && cur.t === T.corrected && cur.corr && !replaced.has(cur.corr.target)) {
        replaced.set(cur.corr.target, cur.corr.replacement);
      }
    }
    const out: Compact[] = [];
    for (const o of list) {
      if (o > c) break;
      const cur = replaced.has(o) ? replaced.get(o)! : compactAt(o);
      if (cur !== null && cur.t !== T.corrected) out.push(cur);
    }
    return out;
  }

  const subjectOf = (d: number): string => `dossier ${officeNames[dOffice[d]!]}/${codes[d]}`;

  /**
   * Applies a non-opening event to a dossier on the columnar path. Returns false, changing nothing,
   * when the event rewrites a fact (the dossier then moves to the general path). Checks come first.
   */
  /** Recomputes the packed facts from the columns after a change on the columnar path. */
  function refreshPack(d: number): void {
    blockHist[d >>> blockBits] = null;
    let outcome = 0;
    let national = 0;
    const fin = finDay[d]!;
    if (finOrd[d] !== NEVER) {
      if (dKind[d] === RETURNED) {
        const due = provOrd[d] !== NEVER && provDay[d]! <= fin ? supDue[d]! : due0[d]!;
        outcome = fin < due ? PK.early : fin === due ? PK.onTime : PK.late;
      } else outcome = PK.withdrawnOrReturned;
      // A columnar dossier has at most one supplement request (a second one sends it to the general path).
      const end = end766(dKind[d]!, fin, resDay[d]!, fin);
      const dueEnd = provOrd[d] !== NEVER && provDay[d]! <= end ? supDue[d]! : due0[d]!;
      if (onTime766(dKind[d]!, end, dueEnd, NEVER, fin, false)) national = PK.onTime766;
    }
    dPack[d] =
      dChan[d]! |
      (outcome << PK.outcomeShift) |
      (feeOrd[d] !== NEVER ? PK.feeDue : 0) |
      (paidOrd[d] !== NEVER ? PK.paidOnline : 0) |
      (papersOrd[d] !== NEVER ? PK.papers : 0) |
      (resultOrd[d] !== NEVER ? PK.result : 0) |
      (dCx[d]! >= 0 ? PK.general : 0) |
      national |
      (dOffice[d]! << PK.officeShift);
    let a = -1;
    let b = -1;
    if (finOrd[d] !== NEVER && !(outcome === PK.late && reschOrd[d] !== NEVER)) {
      // The cells classifySimple gives when every event is known and the finish day is ≤ to.
      const returned = outcome !== PK.withdrawnOrReturned;
      let m = B.receivedTotal | B.resolvedTotal | ruleSetBit(recvDay[d]!) | (national !== 0 ? B.onTime766 : 0);
      m |= returned
        ? outcome === PK.early
          ? B.early
          : outcome === PK.onTime
            ? B.onTime
            : B.late
        : B.onTime | B.withdrawnOrReturned;
      if (feeOrd[d] !== NEVER) m |= paidOrd[d] !== NEVER ? B.feeDue | B.paidOnline : B.feeDue;
      if (papersOrd[d] !== NEVER && (!returned || resultOrd[d] !== NEVER)) m |= B.digitised;
      const ca = internClass(m | CHANNEL_BITS[dChan[d]! as 0 | 1 | 2]);
      const cb = internClass(m | B.carriedOver);
      if (ca >= 0 && cb >= 0) {
        a = (dField[d]! << CLASS_BITS) | ca;
        b = (dField[d]! << CLASS_BITS) | cb;
      }
    }
    keyA[d] = a;
    keyB[d] = b;
  }

  /**
   * The block's finished columnar dossiers counted by key, and those without a class (late with an
   * apology, whose cells depend on the period) to count one by one.
   */
  function histOf(b: number): BlockHist {
    const cached = blockHist[b];
    if (cached) return cached;
    const counts = new Map<number, number>();
    const extra: number[] = [];
    const end = Math.min(nd, (b + 1) << blockBits);
    for (let d = b << blockBits; d < end; d++) {
      if (finOrd[d] === NEVER || dCx[d]! >= 0) continue;
      const k = keyA[d]!;
      if (k < 0) extra.push(d);
      else counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const h: BlockHist = { pairs: Int32Array.from([...counts].flat()), extra: Int32Array.from(extra) };
    blockHist[b] = h;
    return h;
  }

  function openListRemove(b: number, d: number): void {
    const list = blockOpenList[b]!;
    const len = blockOpen[b]!;
    const at = list.lastIndexOf(d, len - 1);
    if (at < 0) return;
    list.copyWithin(at, at + 1, len);
    blockOpen[b] = len - 1;
  }

  /** The class of a cell mask, −1 if the class table is full (the dossier is then counted cell by cell). */
  function internClass(m: number): number {
    let k = classOf.get(m);
    if (k === undefined) {
      if (classMask.length > CLASS_MASK) return -1;
      k = classMask.length;
      classMask.push(m);
      classOf.set(m, k);
    }
    return k;
  }

  function applySimple(d: number, o: number, c: Compact): boolean {
    const changed = applySimpleColumns(d, o, c);
    if (changed) refreshPack(d);
    return changed;
  }

  function applySimpleColumns(d: number, o: number, c: Compact): boolean {
    const day = dayNumOfMs(c.occ);
    switch (c.t) {
      case T.supplementRequested:
        if (reqOrd[d] !== NEVER) return false;
        reqOrd[d] = o;
        reqDay[d] = day;
        return true;
      case T.supplementProvided:
        {
          const req = reqOrd[d] ?? NEVER;
          if (req === NEVER || provOrd[d] !== NEVER || c.occ < occAt(req)) return false;
        }
        provOrd[d] = o;
        provDay[d] = day;
        supDue[d] = dayNumOfMs(c.b);
        return true;
      case T.dueDateRescheduled:
        if (reschOrd[d] !== NEVER) return false;
        reschOrd[d] = o;
        reschDay[d] = day;
        return true;
      case T.digitised:
        if (c.s === 1) {
          if (resultOrd[d] === NEVER) resultOrd[d] = o;
        } else if (papersOrd[d] === NEVER) papersOrd[d] = o;
        return true;
      case T.feePaid:
        if (c.a > 0 && feeOrd[d] === NEVER) feeOrd[d] = o;
        if (c.s === 1 && paidOrd[d] === NEVER) paidOrd[d] = o;
        return true;
      case T.corrected:
        return false;
      case T.resolved:
        if (resOrd[d] !== NEVER) return false;
        break;
    }
    if (isFinishing(c.t, c.s)) {
      if (finOrd[d] !== NEVER) {
        const subject = subjectOf(d);
        throw new ProjectionError('FINISHED_TWICE', `${subject}: finished twice`, { subject });
      }
      const receivedMs = occAt(openOrd[d]!);
      if (c.occ < receivedMs) {
        const subject = subjectOf(d);
        throw new ProjectionError(
          'FINISHED_BEFORE_RECEIVED',
          `${subject}: finished at ${new Date(c.occ).toISOString()}, before it was received at ${new Date(receivedMs).toISOString()}`,
          { subject },
        );
      }
      finOrd[d] = o;
      {
        const b = d >>> blockBits;
        openListRemove(b, d);
        if (day > blockMaxFinDay[b]!) blockMaxFinDay[b] = day;
        if (o > blockMaxFinOrd[b]!) blockMaxFinOrd[b] = o;
      }
      finDay[d] = day;
      dKind[d] = finishKindOf(c.t);
    }
    // After the finish checks, which may refuse the event: nothing is changed by an event refused.
    if (c.t === T.resolved) {
      resOrd[d] = o;
      resDay[d] = day;
    }
    return true;
  }

  function versionsFromScratch(d: number): Version[] {
    const list = ordsOf(d);
    const subject = subjectOf(d);
    return list.map((o) => ({ from: o, facts: computeFacts(effective(list, o), subject) }));
  }

  function apply(e: RecordedEvent): void {
    const pos = Number(e.position);
    if (pos <= lastPos) return;
    const eventId = typeof e.meta?.eventId === 'string' ? e.meta.eventId : '';
    applyFields(pos, e.streamId, e.type, e.schemaVersion, e.recordedAt, e.meta?.occurredAt, eventId, e.data, e);
  }

  /**
   * One event given by its fields: the generic path passes a RecordedEvent's, the SQLite scan
   * (sqlite-scan.ts) the columns it read, with data parsed only for the types that read it.
   */
  function applyFields(
    pos: number,
    streamId: string,
    type: string,
    schemaVersion: number,
    recordedAt: unknown,
    occurredAt: unknown,
    eventId: string,
    data: unknown,
    e: RecordedEvent | null,
  ): void {
    if (pos <= lastPos) return;
    let d = byStream.get(streamId);
    let id: { office: string; code: string } | null = null;
    if (d === undefined) {
      id = parseDossierStreamId(streamId);
      if (!id) {
        lastPos = pos;
        return;
      }
    }
    curPos = pos;
    curStream = streamId;
    curType = type;
    curEventId = eventId;
    const where = whereCurrent;
    // Events appended together share recordedAt: parse it once.
    if (recordedAt !== lastRecordedAt) {
      lastRecordedAt = typeof recordedAt === 'string' ? recordedAt : '';
      lastRecordedMs = typeof recordedAt === 'string' ? parseInstant(recordedAt) : Number.NaN;
    }
    const recMs = lastRecordedMs;
    if (Number.isNaN(recMs)) {
      throw new ProjectionError('INVALID_EVENT', `${where()}: recordedAt is not an ISO time`, {
        where: where(),
        field: 'recordedAt',
      });
    }
    const dec = decode(type, schemaVersion, data, occurredAt, where, scratchDecoded);
    if (d === undefined && !isOpening(dec.t)) {
      throw new ProjectionError('DOSSIER_NOT_OPENED', `${where()}: the dossier was never received`, { where: where() });
    }
    const c = toCompact(dec, d, where, scratchCompact);
    const o = events.count;
    events.ensure(o);

    if (d === undefined) {
      d = nd;
      ensureDossiers(d + 1);
      const office = intern(officeNames, officeIndex, id!.office);
      dOffice[d] = office;
      if (office === officeList.length) {
        officeList.push(new Int32Array(64));
        officeLen.push(0);
      }
      const len = officeLen[office]!;
      if (len === officeList[office]!.length) officeList[office] = grow(officeList[office]!, len * 2);
      officeList[office]![len] = nd;
      officeLen[office] = len + 1;
      dField[d] = c.s >>> 3;
      dChan[d] = c.s & 3;
      openOrd[d] = o;
      recvDay[d] = dayNumOfMs(c.a);
      due0[d] = dayNumOfMs(c.b);
      feeOrd[d] = c.s & 4 ? o : NEVER;
      codes[d] = id!.code;
      byStream.set(streamId, d);
      nd++;
      {
        const b = d >>> blockBits;
        if (recvDay[d]! < blockMinRd[b]!) blockMinRd[b] = recvDay[d]!;
        if (!generalOnly) {
          while (blockOpenList.length <= b) blockOpenList.push(new Int32Array(16));
          const n0 = blockOpen[b]!;
          if (n0 === blockOpenList[b]!.length) blockOpenList[b] = grow(blockOpenList[b]!, n0 * 2);
          blockOpenList[b]![n0] = d;
          blockOpen[b] = n0 + 1;
        }
      }
      if (generalOnly) {
        cxVersions.push([{ from: o, facts: computeFacts([c], subjectOf(d)) }]);
        cxDossier.push(d);
        dCx[d] = cxVersions.length - 1;
      }
      refreshPack(d);
    } else {
      const cx = dCx[d]!;
      let general = cx >= 0;
      if (!general) {
        if (isOpening(c.t)) {
          const subject = subjectOf(d);
          throw new ProjectionError('DOSSIER_OPENED_TWICE', `${subject}: received twice (${where()})`, { subject });
        }
        general = !applySimple(d, o, c);
      }
      if (general) {
        // Write the event into its (still invisible) slot so effective() can read it, compute and
        // validate the new facts, and only then make anything visible.
        events.write(o, c, recMs, eventId, dLast[d]!);
        let facts: Facts | null;
        let versions: Version[];
        try {
          facts = computeFacts(effective([...ordsOf(d), o], o), subjectOf(d));
          versions = cx >= 0 ? cxVersions[cx]! : versionsFromScratch(d);
        } catch (err) {
          events.unwrite(o);
          throw err;
        }
        versions.push({ from: o, facts });
        if (cx < 0) {
          cxVersions.push(versions);
          cxDossier.push(d);
          dCx[d] = cxVersions.length - 1;
          dPack[d] = dPack[d]! | PK.general;
          if (finOrd[d] === NEVER) openListRemove(d >>> blockBits, d);
          blockHist[d >>> blockBits] = null;
        }
      }
    }
    events.write(o, c, recMs, eventId, dLast[d]!);
    dLast[d] = o;
    if (finOrd[d] !== NEVER && dCx[d]! < 0) blockMaxDLastFin[d >>> blockBits] = o;
    if (!eventSource && keepEvents) raw[o] = e!; // the SQLite scan passes no event only when raw ones are not kept
    events.commit(o, pos);
    lastPos = pos;
  }

  /** Last ordinal known at the cut-off (−1 when nothing was recorded by then). */
  function cutoffOrd(knownAt: string | undefined): number {
    if (knownAt === undefined) return events.count - 1;
    return events.lastKnownAt(parseCutoff(knownAt, 'knownAt'));
  }

  interface Scope {
    from: number;
    to: number;
    c: number;
    offices: string[];
    mask: Uint8Array;
  }

  function scopeOf(q: Form06Query): Scope {
    if (typeof q !== 'object' || q === null) throw new ProjectionError('INVALID_QUERY', 'query: expected an object');
    const from = parseQueryDay(q.from, 'from');
    const to = parseQueryDay(q.to, 'to');
    if (from > to) {
      throw new ProjectionError('INVALID_PERIOD', `period: from ${q.from} is after to ${q.to}`, {
        field: 'from',
        from: q.from,
        to: q.to,
      });
    }
    if (q.knownAt !== undefined && q.knownAt !== null && typeof q.knownAt !== 'string') {
      throw new ProjectionError('INVALID_QUERY', 'knownAt: expected an ISO time', { field: 'knownAt' });
    }
    let offices: string[];
    if (q.offices === undefined || q.offices === null) offices = [...officeNames].sort();
    else {
      if (!Array.isArray(q.offices) || q.offices.some((x) => typeof x !== 'string' || x === '')) {
        throw new ProjectionError('INVALID_QUERY', 'offices: expected a list of office codes', { field: 'offices' });
      }
      offices = [...new Set(q.offices)].sort();
    }
    const mask = new Uint8Array(officeNames.length);
    for (const code of offices) {
      const i = officeIndex.get(code);
      if (i !== undefined) mask[i] = 1;
    }
    return { from, to, c: cutoffOrd(q.knownAt ?? undefined), offices, mask };
  }

  /** Rules 3–6 on the columns; must agree with classify() in facts.ts (a property test checks it). */
  function classifySimple(i: number, c: number, from: number, to: number): number {
    if (openOrd[i]! > c) return 0;
    const rd = recvDay[i]!;
    if (rd > to) return 0;
    const fin = finOrd[i]! <= c ? finDay[i]! : NEVER;
    let m: number;
    if (rd < from) {
      if (fin < from) return 0;
      m = B.receivedTotal | B.carriedOver;
    } else {
      m = B.receivedTotal | CHANNEL_BITS[dChan[i]! as 0 | 1 | 2];
    }
    m |= ruleSetBit(rd);
    let late = false;
    let within = false;
    const returned = fin <= to && dKind[i] === RETURNED;
    if (fin <= to) {
      m |= B.resolvedTotal;
      if (returned) {
        const due = provOrd[i]! <= c && provDay[i]! <= fin ? supDue[i]! : due0[i]!;
        if (fin < due) m |= B.early;
        else if (fin === due) m |= B.onTime;
        else {
          m |= B.late;
          late = true;
        }
      } else {
        m |= B.onTime | B.withdrawnOrReturned;
      }
    } else {
      m |= B.pendingTotal;
      const provided = provOrd[i]! <= c && provDay[i]! <= to;
      within = true;
      if (reqOrd[i]! <= c && reqDay[i]! <= to && !provided) m |= B.withinDeadline | B.awaitingSupplement;
      else if ((provided ? supDue[i]! : due0[i]!) >= to) m |= B.withinDeadline;
      else {
        m |= B.overdue;
        late = true;
        within = false;
      }
    }
    const kind = fin <= to ? dKind[i]! : FINISH.none;
    const end = end766(kind, fin, resOrd[i]! <= c ? resDay[i]! : NEVER, to);
    const dueEnd = end === NEVER ? 0 : provOrd[i]! <= c && provDay[i]! <= end ? supDue[i]! : due0[i]!;
    if (onTime766(kind, end, dueEnd, NEVER, to, within)) m |= B.onTime766;
    if (late && reschOrd[i]! <= c && reschDay[i]! <= to) m |= B.lateRescheduled;
    if (feeOrd[i]! <= c) {
      m |= B.feeDue;
      if (paidOrd[i]! <= c) m |= B.paidOnline;
    }
    if (papersOrd[i]! <= c && (!returned || resultOrd[i]! <= c)) m |= B.digitised;
    return m;
  }

  function versionAt(versions: Version[], c: number): Facts | null {
    for (let k = versions.length - 1; k >= 0; k--) {
      const v = versions[k]!;
      if (v.from <= c) return v.facts;
    }
    return null;
  }

  /** Visits every dossier in scope with its cells and field; the one loop behind reports and drill-downs. */
  function visit(s: Scope, fn: (d: number, mask: number, field: number) => void): void {
    const { from, to, c, mask } = s;
    // Office by office through their lists (the caller sorts what it collects).
    for (let o = 0; o < mask.length; o++) {
      if (mask[o] === 0) continue;
      const list = officeList[o]!;
      for (let j = 0, len = officeLen[o]!; j < len; j++) {
        const i = list[j]!;
        if (openOrd[i]! > c) break;
        if (dCx[i]! >= 0) continue;
        const m = classifySimple(i, c, from, to);
        if (m !== 0) fn(i, m, dField[i]!);
      }
    }
    for (let k = 0; k < cxVersions.length; k++) {
      const d = cxDossier[k]!;
      if (mask[dOffice[d]!] === 0) continue;
      const f = versionAt(cxVersions[k]!, c);
      if (f === null) continue;
      const m = classify(f, from, to);
      if (m !== 0) fn(d, m, f.field);
    }
  }

  /**
   * The hot loop over the columnar dossiers (all of them, or one office's list `idx`). A dossier all of whose events are known at c (dLast ≤ c) is
   * read from its packed current facts with no cut-off checks; the others go through classifySimple.
   */
  function countDossiers(
    idx: Int32Array | null,
    lo: number,
    hi: number,
    s: Scope,
    cnt: Int32Array,
    byClass: Int32Array,
  ): void {
    const { from, to, c } = s;
    // The columns as locals: the closure's `let` bindings are reassigned on growth, which keeps V8
    // from holding them in registers across the loop.
    const dField_ = dField;
    const dLast_ = dLast;
    const dPack_ = dPack;
    const due0_ = due0;
    const finDay_ = finDay;
    const keyA_ = keyA;
    const keyB_ = keyB;
    const openOrd_ = openOrd;
    const provDay_ = provDay;
    const recvDay_ = recvDay;
    const reqDay_ = reqDay;
    const reschDay_ = reschDay;
    const resDay_ = resDay;
    const supDue_ = supDue;
    for (let j = lo; j < hi; j++) {
      const i = idx === null ? j : idx[j]!;
      // Dossiers are numbered in opening order: the rest were not known at c.
      if (openOrd_[i]! > c) return;
      const pk = dPack_[i]!;
      if ((pk & PK.general) !== 0) continue;
      if (dLast_[i]! <= c) {
        const rd = recvDay_[i]!;
        if (rd > to) continue;
        const fin = finDay_[i]!;
        if (fin <= to) {
          // Finished by the period's end: its cells are fixed but for received-in-period vs carried over.
          const key = rd >= from ? keyA_[i]! : fin >= from ? keyB_[i]! : -2;
          if (key >= 0) {
            byClass[key]!++;
            continue;
          }
          if (key === -2) continue;
        } else if (rd < from && fin < from) continue;
        const base = dField_[i]! * NBITS;
        cnt[base + BIT.receivedTotal]!++;
        cnt[base + BIT.ruleSet0 + ruleSetIndexOfDay(rd)]!++;
        if (rd < from) cnt[base + BIT.carriedOver]!++;
        else {
          const ch = pk & 3;
          if (ch === 0) cnt[base + BIT.online]!++;
          else {
            cnt[base + BIT.directOrPostal]!++;
            cnt[base + (ch === 1 ? BIT.direct : BIT.postal)]!++;
          }
        }
        let returned = false;
        if (fin <= to) {
          cnt[base + BIT.resolvedTotal]!++;
          const outcome = (pk >>> PK.outcomeShift) & 3;
          if ((pk & PK.onTime766) !== 0) cnt[base + BIT.onTime766]!++;
          if (outcome === PK.withdrawnOrReturned) {
            cnt[base + BIT.onTime]!++;
            cnt[base + BIT.withdrawnOrReturned]!++;
          } else {
            returned = true;
            cnt[base + BIT.early + outcome]!++;
            if (outcome === PK.late && reschDay_[i]! <= to) cnt[base + BIT.lateRescheduled]!++;
          }
        } else {
          cnt[base + BIT.pendingTotal]!++;
          const provided = provDay_[i]! <= to;
          let within = true;
          if (!provided && reqDay_[i]! <= to) {
            cnt[base + BIT.withinDeadline]!++;
            cnt[base + BIT.awaitingSupplement]!++;
          } else if ((provided ? supDue_[i]! : due0_[i]!) >= to) cnt[base + BIT.withinDeadline]!++;
          else {
            within = false;
            cnt[base + BIT.overdue]!++;
            if (reschDay_[i]! <= to) cnt[base + BIT.lateRescheduled]!++;
          }
          const end = end766(FINISH.none, NEVER, resDay_[i]!, to);
          const dueEnd = end === NEVER ? 0 : provDay_[i]! <= end ? supDue_[i]! : due0_[i]!;
          if (onTime766(FINISH.none, end, dueEnd, NEVER, to, within)) cnt[base + BIT.onTime766]!++;
        }
        if ((pk & PK.feeDue) !== 0) {
          cnt[base + BIT.feeDue]!++;
          if ((pk & PK.paidOnline) !== 0) cnt[base + BIT.paidOnline]!++;
        }
        if ((pk & PK.papers) !== 0 && (!returned || (pk & PK.result) !== 0)) cnt[base + BIT.digitised]!++;
        continue;
      }
      if (openOrd_[i]! > c) continue;
      let m = classifySimple(i, c, from, to);
      const base = dField_[i]! * NBITS;
      while (m !== 0) {
        const low = m & -m;
        cnt[base + 31 - Math.clz32(low)]!++;
        m ^= low;
      }
    }
  }

  function form06(q: Form06Query): Form06Report {
    const s = scopeOf(q);
    const counters = new Int32Array(fieldNames.length * NBITS);
    // Settled dossiers count by class (see keyA): one increment each, spread over the cells at the end.
    const byClass = new Int32Array(fieldNames.length << CLASS_BITS);
    const { mask } = s;
    // Some offices: walk their own lists instead of the province.
    if (mask.every((x) => x === 1)) {
      const { from, to, c } = s;
      for (let b = 0; b << blockBits < nd; b++) {
        const lo = b << blockBits;
        if (openOrd[lo]! > c) break;
        if (blockMinRd[b]! > to) continue;
        if (blockMinRd[b]! >= from && blockMaxFinDay[b]! <= to && blockMaxDLastFin[b]! <= c) {
          // Every finished dossier of the block is settled in the period as known at c: its classes
          // count as they are; the open ones one by one.
          const { pairs, extra } = histOf(b);
          for (let k = 0; k < pairs.length; k += 2) byClass[pairs[k]!]! += pairs[k + 1]!;
          if (extra.length > 0) countDossiers(extra, 0, extra.length, s, counters, byClass);
          if (blockOpen[b]! > 0) countDossiers(blockOpenList[b]!, 0, blockOpen[b]!, s, counters, byClass);
          continue;
        }
        if (blockMaxFinDay[b]! < from && blockMaxFinOrd[b]! <= c) {
          // Every dossier of the block finished by c ended before the period: only the open ones count.
          if (blockOpen[b]! > 0) countDossiers(blockOpenList[b]!, 0, blockOpen[b]!, s, counters, byClass);
          continue;
        }
        countDossiers(null, lo, Math.min(nd, lo + (1 << blockBits)), s, counters, byClass);
      }
    } else {
      for (let o = 0; o < mask.length; o++) {
        if (mask[o] === 1) countDossiers(officeList[o]!, 0, officeLen[o]!, s, counters, byClass);
      }
    }
    for (let k = 0; k < byClass.length; k++) {
      const v = byClass[k]!;
      if (v === 0) continue;
      let m = classMask[k & CLASS_MASK]!;
      const base = (k >>> CLASS_BITS) * NBITS;
      while (m !== 0) {
        const low = m & -m;
        counters[base + 31 - Math.clz32(low)]! += v;
        m ^= low;
      }
    }
    const { from, to, c } = s;
    for (let k = 0; k < cxVersions.length; k++) {
      const d = cxDossier[k]!;
      if (mask[dOffice[d]!] === 0) continue;
      const f = versionAt(cxVersions[k]!, c);
      if (f === null) continue;
      let m = classify(f, from, to);
      const base = f.field * NBITS;
      while (m !== 0) {
        const low = m & -m;
        counters[base + 31 - Math.clz32(low)]!++;
        m ^= low;
      }
    }
    const office = q.unit ?? (s.offices.length === 1 ? s.offices[0]! : 'all');
    return buildReport(counters, fieldNames, {
      from: q.from,
      to: q.to,
      office,
      offices: s.offices,
      knownAt: q.knownAt ?? null,
    });
  }

  function drillDown(q: DrillDownQuery): string[] {
    const bit = CELLS.indexOf(q.cell);
    if (bit < 0) {
      throw new ProjectionError(
        'INVALID_QUERY',
        `cell: expected one of ${CELLS.join(', ')}, got ${JSON.stringify(q.cell)}`,
        {
          field: 'cell',
        },
      );
    }
    if (q.field !== undefined && typeof q.field !== 'string') {
      throw new ProjectionError('INVALID_QUERY', 'field: expected a field name', { field: 'field' });
    }
    const s = scopeOf(q);
    const want = q.field === undefined ? -1 : (fieldIndex.get(q.field.normalize('NFC')) ?? -2);
    if (want === -2) return [];
    const several = s.offices.length > 1;
    const out: string[] = [];
    visit(s, (d, m, field) => {
      if ((m & (1 << bit)) === 0 || (want >= 0 && field !== want)) return;
      out.push(several ? `${officeNames[dOffice[d]!]}/${codes[d]}` : codes[d]!);
    });
    return out.sort();
  }

  function dossierCells(q: Form06Query): DossierCells[] {
    const s = scopeOf(q);
    const all = (1 << CELLS.length) - 1;
    const out: DossierCells[] = [];
    visit(s, (d, m, field) => {
      out.push({
        office: officeNames[dOffice[d] as number]!,
        code: codes[d]!,
        field: fieldNames[field]!,
        mask: m & all,
      });
    });
    return out;
  }

  function rawEvents(office: string, code: string, knownAt: string | undefined): RecordedEvent[] | null {
    if (!keepEvents) {
      throw new ProjectionError('EVENTS_NOT_KEPT', 'this ledger was built without raw events (keepEvents: false)');
    }
    const c = cutoffOrd(knownAt);
    const d = byStream.get(dossierStreamId(office, code));
    if (d === undefined) return null;
    const list = ordsOf(d).filter((o) => o <= c);
    if (list.length === 0) return null;
    if (eventSource) {
      const applied = new Set(list.map((o) => (events.pos[o >>> CHUNK_BITS] as Float64Array)[o & CHUNK_MASK]!));
      return eventSource(dossierStreamId(office, code)).filter((e) => applied.has(Number(e.position)));
    }
    return list.map((o) => raw[o]!);
  }

  function timeline(office: string, code: string, opts: { knownAt?: string } = {}): TimelineEntry[] {
    return buildTimeline(rawEvents(office, code, opts.knownAt) ?? []);
  }

  function dossier(office: string, code: string, opts: { asOf?: string; knownAt?: string } = {}): DossierView | null {
    const asOfMs = opts.asOf === undefined ? undefined : parseCutoff(opts.asOf, 'asOf');
    const events = rawEvents(office, code, opts.knownAt);
    if (events === null) return null;
    return buildDossierView(office, code, events, {
      asOfMs,
      asOf: opts.asOf ?? null,
      knownAt: opts.knownAt ?? null,
    });
  }

  const self: Ledger = {
    apply,
    get lastPosition() {
      return BigInt(lastPos);
    },
    get dossierCount() {
      return nd;
    },
    get eventCount() {
      return events.count;
    },
    offices: () => [...officeNames].sort(),
    hasOffice: (office) => officeIndex.has(office),
    fields: () => fieldNames.filter((f) => f !== '').sort(),
    form06,
    drillDown,
    dossierCells,
    dossier,
    timeline,
  };
  // ---- the seam for snapshots (ledger-image.ts): the whole state as one plain image, and back ----

  /**
   * The state as plain data, consistent as of now: what later events change is copied (the dossier
   * columns up to their count), the event columns below their count are shared (never written again).
   */
  function image(): LedgerImage {
    if (keepRaw) {
      throw new ProjectionError(
        'SNAPSHOT_UNSUPPORTED',
        'a ledger that holds raw events has no image: give it an eventSource',
      );
    }
    const streams = new Array<string>(nd);
    for (const [stream, d] of byStream) streams[d] = stream;
    return {
      lastPosition: lastPos,
      options: { blockBits, generalOnly, keepPositions: eventSource !== undefined },
      events: eventColumnsImage(events),
      dossiers: {
        count: nd,
        columns: upTo(nd, {
          dLast,
          dOffice,
          dField,
          dChan,
          dKind,
          dPack,
          dCx,
          openOrd,
          recvDay,
          due0,
          finOrd,
          finDay,
          resOrd,
          resDay,
          reqOrd,
          reqDay,
          provOrd,
          provDay,
          supDue,
          reschOrd,
          reschDay,
          feeOrd,
          paidOrd,
          papersOrd,
          resultOrd,
          keyA,
          keyB,
        }),
        codes: codes.slice(0, nd),
        streams,
      },
      blocks: {
        columns: upTo(blockMinRd.length, { blockMinRd, blockOpen, blockMaxFinDay, blockMaxFinOrd, blockMaxDLastFin }),
        openLists: blockOpenList.map((l, b) => l.slice(0, blockOpen[b]!)),
      },
      offices: { names: officeNames.slice(), lists: officeList.map((l, o) => l.slice(0, officeLen[o]!)) },
      fieldNames: fieldNames.slice(),
      classMask: classMask.slice(),
      general: { versions: cxVersions.map((v) => v.slice()), dossiers: cxDossier.slice() },
    };
  }

  /** Takes over an image's state and its arrays (createLedger's `from`): it goes on from image.lastPosition. */
  function restore(im: LedgerImage): void {
    const o = im.options;
    if (keepRaw) {
      throw new ProjectionError('SNAPSHOT_UNSUPPORTED', 'a ledger that holds raw events cannot start from an image');
    }
    if (o.blockBits !== blockBits || o.generalOnly !== generalOnly || o.keepPositions !== (eventSource !== undefined)) {
      throw new ProjectionError(
        'SNAPSHOT_MISMATCH',
        `the image was made with other ledger options (${JSON.stringify(o)})`,
      );
    }
    lastPos = im.lastPosition;
    const c = im.dossiers.columns;
    nd = im.dossiers.count;
    for (const k of Object.keys(c) as Array<keyof typeof c>) if (c[k].length !== nd) badImage(k);
    ({ dLast, dOffice, dField, dChan, dKind, dPack, dCx, openOrd, recvDay, due0, finOrd, finDay, resOrd, resDay } = c);
    ({ reqOrd, reqDay, provOrd, provDay, supDue, reschOrd, reschDay, feeOrd, paidOrd, papersOrd, resultOrd } = c);
    ({ keyA, keyB } = c);
    dcap = nd;
    if (im.dossiers.codes.length !== nd || im.dossiers.streams.length !== nd) badImage('dossiers');
    for (let d = 0; d < nd; d++) {
      codes.push(im.dossiers.codes[d]!);
      byStream.set(im.dossiers.streams[d]!, d);
    }
    const b = im.blocks.columns;
    ({ blockMinRd, blockOpen, blockMaxFinDay, blockMaxFinOrd, blockMaxDLastFin } = b);
    // Room to grow in place, as openListRemove and the opening path expect.
    for (const l of im.blocks.openLists) blockOpenList.push(grow(l, Math.max(16, l.length)));
    for (const l of im.offices.lists) {
      officeList.push(grow(l, Math.max(64, l.length)));
      officeLen.push(l.length);
    }
    for (const name of im.offices.names) intern(officeNames, officeIndex, name);
    for (const name of im.fieldNames) intern(fieldNames, fieldIndex, name);
    for (const m of im.classMask) internClass(m);
    for (const v of im.general.versions) cxVersions.push(v.slice());
    for (const d of im.general.dossiers) cxDossier.push(d);
  }

  function upTo<C extends Record<string, Int32Array | Uint8Array>>(n: number, cols: C): C {
    return Object.fromEntries(Object.entries(cols).map(([k, a]) => [k, a.slice(0, n)])) as C;
  }

  function badImage(what: string): never {
    throw new ProjectionError('SNAPSHOT_MISMATCH', `the ledger image is inconsistent (${what})`);
  }

  if (from) restore(from);

  const internals: LedgerInternals = { applyFields, keepsRaw: keepRaw, image };
  Object.defineProperty(self, LEDGER_INTERNALS, { value: internals });
  return self;
}

export interface LoadLedgerOptions extends LedgerOptions {
  batchSize?: number;
  /** Continue an existing ledger from its lastPosition instead of starting a new one. */
  ledger?: Ledger;
  /** Stop at this position (inclusive): the log as it stood then. */
  toPosition?: bigint;
}

/**
 * Reads the whole global log (or what is new since `ledger.lastPosition`). A SQLite store is scanned
 * directly (sqlite-scan.ts: only the columns the ledger reads, no RecordedEvent objects), and a new
 * ledger over it reads timelines from the file instead of holding raw events; other stores go
 * through readAll in batches.
 */
export async function loadLedger(store: EventStore, opts: LoadLedgerOptions = {}): Promise<Ledger> {
  const db = sqliteHandleOf(store);
  const source = db && opts.eventSource === undefined ? storeEventSource(store) : undefined;
  const ledger = opts.ledger ?? createLedger(source ? { ...opts, eventSource: source } : opts);
  const internals = internalsOf(ledger);
  if (db && internals && !internals.keepsRaw) {
    scanSqlite(db, internals.applyFields, {
      fromPosition: Number(ledger.lastPosition) + 1,
      toPosition: opts.toPosition === undefined ? Number.MAX_SAFE_INTEGER : Number(opts.toPosition),
      batchSize: opts.batchSize ?? 5000,
    });
    return ledger;
  }
  const batches = store.readAll({
    fromPosition: ledger.lastPosition + 1n,
    batchSize: opts.batchSize ?? 5000,
    ...(opts.toPosition === undefined ? {} : { toPosition: opts.toPosition }),
  });
  for await (const batch of batches) for (const e of batch) ledger.apply(e);
  return ledger;
}
