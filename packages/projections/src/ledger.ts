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
import { CHUNK_BITS, CHUNK_MASK, hash53 } from './columns.js';
import { dayNumOfMs, NEVER, parseCutoff, parseQueryDay } from './days.js';
import { type Compact, type Decoded, decode, isOpening, T, type Where } from './decode.js';
import { ProjectionError } from './errors.js';
import { classify, computeFacts, type Facts, NBITS } from './facts.js';
import { buildReport } from './form06.js';
import { parseInstant } from './instant.js';
import {
  blockChanged,
  blockFinished,
  blockFinishedEvent,
  blockLeftColumns,
  blockOpened,
  blocksImage,
  createBlocks,
  ensureBlocks,
} from './ledger/blocks.js';
import { SET, setFacts } from './ledger/columnar-facts.js';
import {
  CLASS_BITS,
  cellsAt,
  countDossiers,
  countGeneral,
  countProvince,
  createCellClasses,
  type Period,
  refreshClassKeys,
  spreadClasses,
} from './ledger/counter.js';
import { createDossierColumns, dossierColumnsImage, ensureDossierRows } from './ledger/dossier-columns.js';
import { createEventColumns, eventColumnsImage } from './ledger/event-columns.js';
import {
  createGeneralPath,
  effective,
  enterGeneral,
  generalPathImage,
  type Version,
  versionAt,
  versionsOf,
} from './ledger/general-path.js';
import { addToOffice, createInterned, createOfficeLists, intern, officeListsImage } from './ledger/names.js';
import type { LedgerImage } from './ledger-image.js';
import { internalsOf, LEDGER_INTERNALS, type LedgerInternals } from './ledger-internals.js';
import { CELLS, type Cell, type Form06Report } from './report.js';
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
  /**
   * Names the fees `procedureFee` gives (ledger-snapshot.ts feeTableOf: a digest of the catalogue's). The
   * fee facts are folded in with the events, so a ledger image records it and one made under other fees is
   * refused: restored, it would count fees the catalogue no longer asks.
   */
  feeTable?: string;
}

/**
 * A new ledger, or, given `from` (an image of a ledger made with the same options: ledgerImage), one that
 * holds exactly that ledger's state and goes on from its last position.
 *
 * Its parts, each a module in ledger/ with one job: the events by ordinal and the knownAt search
 * (event-columns.ts); the dossiers' facts in columns (dossier-columns.ts), set by columnar-facts.ts; the
 * general path for dossiers whose facts are rewritten (general-path.ts); the names of fields and offices
 * and each office's dossiers (names.ts); the block index (blocks.ts); and the counter (counter.ts), which
 * applies the one counting rule, facts.ts classify(). What stays here is
 * the order of things: which part an event goes to, and what a query asks of which part.
 */
export function createLedger(options: LedgerOptions = {}, from?: LedgerImage): Ledger {
  const keepEvents = options.keepEvents ?? true;
  const eventSource = keepEvents ? options.eventSource : undefined;
  const keepRaw = keepEvents && eventSource === undefined;
  const procedureFee = options.procedureFee;
  const generalOnly = options.generalOnly ?? false;
  const blockBits = options.blockBits ?? 10;
  if (from && keepRaw) {
    throw new ProjectionError('SNAPSHOT_UNSUPPORTED', 'a ledger that holds raw events cannot start from an image');
  }
  const shape = { blockBits, generalOnly, keepPositions: eventSource !== undefined, feeTable: options.feeTable ?? '' };
  if (from) checkImageOptions(from, shape);

  // Positions as numbers (far below 2^53); the bigint is made only when asked for.
  let lastPos = from ? from.lastPosition : -1;
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

  // ---- the parts ----
  const events = createEventColumns(eventSource !== undefined, from?.events);
  const { prevOf } = events;
  const compactAt = (o: number) => events.compactAt(o);
  const raw: RecordedEvent[] = [];
  const cols = guardImage(() => createDossierColumns(from?.dossiers), 'dossiers');
  const blocks = guardImage(() => createBlocks(blockBits, from?.blocks), 'blocks');
  const general = createGeneralPath(from?.general);
  const classes = createCellClasses(from?.classMask);

  // ---- names (ledger/names.ts): fields and offices interned, each office's dossiers ----
  const fields = createInterned(from?.fieldNames);
  const offices = createInterned(from?.offices.names);
  const officeLists = createOfficeLists(from?.offices.lists);
  const { names: fieldNames, index: fieldIndex } = fields;
  const { names: officeNames, index: officeIndex } = offices;
  const { list: officeList, len: officeLen } = officeLists;
  const byStream = new Map<string, number>();
  const codes: string[] = [];
  if (from) {
    const im = from;
    if (im.dossiers.codes.length !== cols.count || im.dossiers.streams.length !== cols.count) badImage('dossiers');
    for (let d = 0; d < cols.count; d++) {
      codes.push(im.dossiers.codes[d]!);
      byStream.set(im.dossiers.streams[d]!, d);
    }
  }

  /** The dossier's ordinals, ascending. */
  function ordsOf(d: number): number[] {
    const out: number[] = [];
    for (let o = cols.dLast[d]!; o >= 0; o = prevOf(o)) out.push(o);
    return out.reverse();
  }

  /** The s column of an opening: channel | fee bit | field index (see decode.ts). */
  function openingS(dec: Decoded): number {
    const fee = dec.procedureCode && procedureFee ? (procedureFee(dec.procedureCode) ?? 0) : 0;
    const field = intern(fields, (dec.field ?? '').normalize('NFC'));
    return dec.s | (fee > 0 ? 4 : 0) | (field << 3);
  }

  /** The superseded event's ordinal among the dossier's earlier events. */
  function findTarget(d: number, eventId: string, where: Where): number {
    const h = hash53(eventId);
    for (let o = cols.dLast[d]!; o >= 0; o = prevOf(o)) {
      if (
        (events.id[o >>> CHUNK_BITS] as Float64Array)[o & CHUNK_MASK] === h &&
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

  const subjectOf = (d: number): string => `dossier ${officeNames[cols.dOffice[d]!]}/${codes[d]}`;

  function apply(e: RecordedEvent): void {
    const pos = Number(e.position);
    if (pos <= lastPos) return;
    const eventId = typeof e.meta?.eventId === 'string' ? e.meta.eventId : '';
    applyFields(pos, e.streamId, e.type, e.schemaVersion, e.recordedAt, e.meta?.occurredAt, eventId, e.data, e);
  }

  /** A new dossier, opened by the event c at ordinal o. */
  function open(streamId: string, id: { office: string; code: string }, o: number, c: Compact): number {
    const d = cols.count;
    if (ensureDossierRows(cols, d + 1)) ensureBlocks(blocks, cols.capacity);
    const office = intern(offices, id.office);
    addToOffice(officeLists, office, d);
    cols.dOffice[d] = office;
    cols.dField[d] = c.s >>> 3;
    cols.dChan[d] = c.s & 3;
    cols.openOrd[d] = o;
    cols.recvDay[d] = dayNumOfMs(c.a);
    cols.due0[d] = dayNumOfMs(c.b);
    cols.feeOrd[d] = c.s & 4 ? o : NEVER;
    codes[d] = id.code;
    byStream.set(streamId, d);
    cols.count = d + 1;
    blockOpened(blocks, d, cols.recvDay[d]!, !generalOnly);
    if (generalOnly) {
      cols.dCx[d] = enterGeneral(general, d, [{ from: o, facts: computeFacts([c], subjectOf(d)) }]);
    }
    blockChanged(blocks, d);
    refreshClassKeys(cols, d, classes);
    return d;
  }

  /**
   * The general path for event c at ordinal o of dossier d (already there, or leaving the columns now):
   * the event is written into its (still invisible) slot so the dossier's events can be read with it, the
   * new facts computed and checked, and only then is anything made visible.
   */
  function applyGeneral(d: number, o: number, c: Compact, recMs: number, eventId: string): void {
    const cx = cols.dCx[d]!;
    events.write(o, c, recMs, eventId, cols.dLast[d]!);
    let facts: Facts | null;
    let versions: Version[];
    try {
      const list = ordsOf(d);
      facts = computeFacts(effective([...list, o], o, compactAt), subjectOf(d));
      versions = cx >= 0 ? general.versions[cx]! : versionsOf(list, compactAt, subjectOf(d));
    } catch (err) {
      events.unwrite(o);
      throw err;
    }
    versions.push({ from: o, facts });
    if (cx < 0) {
      cols.dCx[d] = enterGeneral(general, d, versions);
      blockLeftColumns(blocks, d, cols.finOrd[d] !== NEVER);
    }
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

    if (d === undefined) d = open(streamId, id!, o, c);
    else if (cols.dCx[d]! >= 0) applyGeneral(d, o, c, recMs, eventId);
    else {
      if (isOpening(c.t)) {
        const subject = subjectOf(d);
        throw new ProjectionError('DOSSIER_OPENED_TWICE', `${subject}: received twice (${where()})`, { subject });
      }
      const set = setFacts(cols, d, o, c, events.occAt, () => subjectOf(d!));
      if (set === SET.rewrites) applyGeneral(d, o, c, recMs, eventId);
      else {
        if (set === SET.finished) blockFinished(blocks, d, cols.finDay[d]!, o);
        blockChanged(blocks, d);
        refreshClassKeys(cols, d, classes);
      }
    }
    events.write(o, c, recMs, eventId, cols.dLast[d]!);
    cols.dLast[d] = o;
    if (cols.finOrd[d] !== NEVER && cols.dCx[d]! < 0) blockFinishedEvent(blocks, d, o);
    if (!eventSource && keepEvents) raw[o] = e!; // the SQLite scan passes no event only when raw ones are not kept
    events.commit(o, pos);
    lastPos = pos;
  }

  /** Last ordinal known at the cut-off (−1 when nothing was recorded by then). */
  function cutoffOrd(knownAt: string | undefined): number {
    if (knownAt === undefined) return events.count - 1;
    return events.lastKnownAt(parseCutoff(knownAt, 'knownAt'));
  }

  interface Scope extends Period {
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

  /** Visits every dossier in scope with its cells and field; the one loop behind drill-downs. */
  function visit(s: Scope, fn: (d: number, mask: number, field: number) => void): void {
    const { c, mask } = s;
    // Office by office through their lists (the caller sorts what it collects).
    for (let o = 0; o < mask.length; o++) {
      if (mask[o] === 0) continue;
      const list = officeList[o]!;
      for (let j = 0, len = officeLen[o]!; j < len; j++) {
        const i = list[j]!;
        if (cols.openOrd[i]! > c) break;
        if (cols.dCx[i]! >= 0) continue;
        const m = cellsAt(cols, i, s);
        if (m !== 0) fn(i, m, cols.dField[i]!);
      }
    }
    for (let k = 0; k < general.versions.length; k++) {
      const d = general.dossiers[k]!;
      if (mask[cols.dOffice[d]!] === 0) continue;
      const f = versionAt(general.versions[k]!, c);
      if (f === null) continue;
      const m = classify(f, s.from, s.to);
      if (m !== 0) fn(d, m, f.field);
    }
  }

  function form06(q: Form06Query): Form06Report {
    const s = scopeOf(q);
    const counters = new Int32Array(fieldNames.length * NBITS);
    // Settled dossiers count by class (counter.ts): one increment each, spread over the cells at the end.
    const byClass = new Int32Array(fieldNames.length << CLASS_BITS);
    const { mask } = s;
    if (mask.every((x) => x === 1)) countProvince(cols, blocks, s, counters, byClass);
    else {
      // Some offices: walk their own lists instead of the province.
      for (let o = 0; o < mask.length; o++) {
        if (mask[o] === 1) countDossiers(cols, officeList[o]!, 0, officeLen[o]!, s, counters, byClass);
      }
    }
    spreadClasses(byClass, classes, counters);
    countGeneral(general, cols, mask, s, counters);
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
      out.push(several ? `${officeNames[cols.dOffice[d]!]}/${codes[d]}` : codes[d]!);
    });
    return out.sort();
  }

  function dossierCells(q: Form06Query): DossierCells[] {
    const s = scopeOf(q);
    const all = (1 << CELLS.length) - 1;
    const out: DossierCells[] = [];
    visit(s, (d, m, field) => {
      out.push({
        office: officeNames[cols.dOffice[d] as number]!,
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

  /**
   * The state as plain data (ledger-image.ts), consistent as of now: the parts' own images side by side.
   * What later events change is copied; the event columns below their count are shared (never written again).
   */
  function image(): LedgerImage {
    if (keepRaw) {
      throw new ProjectionError(
        'SNAPSHOT_UNSUPPORTED',
        'a ledger that holds raw events has no image: give it an eventSource',
      );
    }
    const streams = new Array<string>(cols.count);
    for (const [stream, d] of byStream) streams[d] = stream;
    return {
      lastPosition: lastPos,
      options: shape,
      events: eventColumnsImage(events),
      dossiers: {
        count: cols.count,
        columns: dossierColumnsImage(cols),
        codes: codes.slice(0, cols.count),
        streams,
      },
      blocks: blocksImage(blocks),
      offices: { names: officeNames.slice(), lists: officeListsImage(officeLists) },
      fieldNames: fieldNames.slice(),
      classMask: classes.masks.slice(),
      general: generalPathImage(general),
    };
  }

  const self: Ledger = {
    apply,
    get lastPosition() {
      return BigInt(lastPos);
    },
    get dossierCount() {
      return cols.count;
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
  const internals: LedgerInternals = { applyFields, keepsRaw: keepRaw, image };
  Object.defineProperty(self, LEDGER_INTERNALS, { value: internals });
  return self;
}

function checkImageOptions(im: LedgerImage, want: LedgerImage['options']): void {
  const o = im.options;
  const differ = (Object.keys(want) as Array<keyof typeof want>).filter((k) => o[k] !== want[k]);
  if (differ.length > 0) {
    throw new ProjectionError(
      'SNAPSHOT_OPTIONS',
      `the image was made with other ledger options (${differ.map((k) => `${k}: ${JSON.stringify(o[k])}`).join(', ')})`,
      { options: differ },
    );
  }
}

/** A part built from an image that does not hold together is refused as a mismatch, naming the part. */
function guardImage<T>(build: () => T, part: string): T {
  try {
    return build();
  } catch (err) {
    if (err instanceof RangeError) badImage(`${part}: ${err.message}`);
    throw err;
  }
}

function badImage(what: string): never {
  throw new ProjectionError('SNAPSHOT_MISMATCH', `the ledger image is inconsistent (${what})`);
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
