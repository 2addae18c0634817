// What Form 06 needs to know about one dossier, derived from its effective events (after corrections,
// as known at some recorded-time cut-off), and how those facts fall into the cells of a period.
// This is the general, readable form of the counting rules; the ledger keeps most dossiers in a
// compact columnar form and classifies them inline with the same rules (ledger.ts, classifySimple).
import { dayNumOfMs, NEVER } from './days.js';
import { type Compact, isFinishing, isOpening, T } from './decode.js';
import { ProjectionError } from './errors.js';

/** Bits of a dossier's classification in one period: CELLS order, then what the indicators need. */
export const B = {
  receivedTotal: 1 << 0,
  online: 1 << 1,
  directOrPostal: 1 << 2,
  direct: 1 << 3,
  postal: 1 << 4,
  carriedOver: 1 << 5,
  resolvedTotal: 1 << 6,
  early: 1 << 7,
  onTime: 1 << 8,
  late: 1 << 9,
  pendingTotal: 1 << 10,
  withinDeadline: 1 << 11,
  overdue: 1 << 12,
  withdrawnOrReturned: 1 << 13,
  awaitingSupplement: 1 << 14,
  lateRescheduled: 1 << 15,
  feeDue: 1 << 16,
  paidOnline: 1 << 17,
  digitised: 1 << 18,
} as const;
export const NBITS = 19;

/** Bit positions of B, for counters indexed field * NBITS + position. */
export const BIT = {
  receivedTotal: 0,
  online: 1,
  directOrPostal: 2,
  direct: 3,
  postal: 4,
  carriedOver: 5,
  resolvedTotal: 6,
  early: 7,
  onTime: 8,
  late: 9,
  pendingTotal: 10,
  withinDeadline: 11,
  overdue: 12,
  withdrawnOrReturned: 13,
  awaitingSupplement: 14,
  lateRescheduled: 15,
  feeDue: 16,
  paidOnline: 17,
  digitised: 18,
} as const;

/** Channel bits for a dossier received in the period, by channel code (online, direct, postal). */
export const CHANNEL_BITS = [B.online, B.directOrPostal | B.direct, B.directOrPostal | B.postal] as const;

export const FINISH = { none: 0, returned: 1, withdrawnOrReturned: 2 } as const;

export interface Facts {
  field: number;
  channel: number;
  receivedDay: number;
  /** Due day from the opening event. */
  due0: number;
  /** SupplementProvided in business order, flat pairs [day provided, due day after it, ...]. */
  dueSteps: number[];
  /** Supplement waits in business order, flat pairs [day requested, day provided or NEVER, ...]. */
  waits: number[];
  /** Earliest day an apology and new date was issued, or NEVER. */
  rescheduled: number;
  finishDay: number;
  finishKind: number;
  feeDue: boolean;
  paidOnline: boolean;
  papersDigitised: boolean;
  resultDigitised: boolean;
}

/**
 * Facts from a dossier's effective events (any order). Null when no opening is in effect (not yet
 * known, or retracted by a correction). Throws on rule 7's bad input: finished twice, finished
 * before it was received; and on a second opening.
 */
export function computeFacts(events: readonly Compact[], subject: string): Facts | null {
  const openings = events.filter((e) => isOpening(e.t));
  if (openings.length === 0) return null;
  if (openings.length > 1) {
    throw new ProjectionError('DOSSIER_OPENED_TWICE', `${subject}: received twice`, { subject });
  }
  const o = openings[0]!;
  const rest = events.filter((e) => !isOpening(e.t)).sort((x, y) => x.occ - y.occ);
  const f: Facts = {
    field: o.s >>> 3,
    channel: o.s & 3,
    receivedDay: dayNumOfMs(o.a),
    due0: dayNumOfMs(o.b),
    dueSteps: [],
    waits: [],
    rescheduled: NEVER,
    finishDay: NEVER,
    finishKind: FINISH.none,
    feeDue: (o.s & 4) !== 0,
    paidOnline: false,
    papersDigitised: false,
    resultDigitised: false,
  };
  let openWait = NEVER;
  let finishes = 0;
  for (const e of rest) {
    const day = dayNumOfMs(e.occ);
    switch (e.t) {
      case T.supplementRequested:
        if (openWait === NEVER) openWait = day;
        break;
      case T.supplementProvided:
        f.dueSteps.push(day, dayNumOfMs(e.b));
        if (openWait !== NEVER) f.waits.push(openWait, day);
        openWait = NEVER;
        break;
      case T.dueDateRescheduled:
        if (day < f.rescheduled) f.rescheduled = day;
        break;
      case T.digitised:
        if (e.s === 1) f.resultDigitised = true;
        else f.papersDigitised = true;
        break;
      case T.feePaid:
        if (e.a > 0) f.feeDue = true;
        if (e.s === 1) f.paidOnline = true;
        break;
    }
    if (isFinishing(e.t, e.s)) {
      finishes++;
      if (finishes > 1) {
        throw new ProjectionError('FINISHED_TWICE', `${subject}: finished twice (a second ${typeName(e.t)})`, {
          subject,
        });
      }
      if (e.occ < o.a) {
        throw new ProjectionError(
          'FINISHED_BEFORE_RECEIVED',
          `${subject}: finished at ${new Date(e.occ).toISOString()}, before it was received at ${new Date(o.a).toISOString()}`,
          { subject },
        );
      }
      f.finishDay = day;
      f.finishKind = e.t === T.resultReturned ? FINISH.returned : FINISH.withdrawnOrReturned;
    }
  }
  if (openWait !== NEVER) f.waits.push(openWait, NEVER);
  return f;
}

function typeName(t: number): string {
  return (
    [
      'event',
      '',
      '',
      '',
      '',
      '',
      'DossierResolved',
      'ResultReturned',
      'DossierWithdrawn',
      'DossierReturnedUnprocessed',
    ][t] ?? 'event'
  );
}

/** The due day in effect at the end of `day`: the latest from the opening or a supplement by then. */
export function dueAsOf(f: Facts, day: number): number {
  let due = f.due0;
  for (let i = 0; i < f.dueSteps.length; i += 2) {
    if (f.dueSteps[i]! <= day) due = f.dueSteps[i + 1]!;
  }
  return due;
}

export function awaitingAt(f: Facts, day: number): boolean {
  for (let i = 0; i < f.waits.length; i += 2) {
    if (f.waits[i]! <= day && day < f.waits[i + 1]!) return true;
  }
  return false;
}

/** Rules 3–6 for the period [from, to] (day numbers): the cells this dossier counts in, 0 if none. */
export function classify(f: Facts, from: number, to: number): number {
  const rd = f.receivedDay;
  if (rd > to) return 0;
  const fin = f.finishDay;
  let m: number;
  if (rd < from) {
    if (fin < from) return 0;
    m = B.receivedTotal | B.carriedOver;
  } else {
    m = B.receivedTotal | CHANNEL_BITS[f.channel as 0 | 1 | 2];
  }
  let late = false;
  if (fin <= to) {
    m |= B.resolvedTotal;
    if (f.finishKind === FINISH.returned) {
      const due = dueAsOf(f, fin);
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
    if (awaitingAt(f, to)) m |= B.withinDeadline | B.awaitingSupplement;
    else if (dueAsOf(f, to) >= to) m |= B.withinDeadline;
    else {
      m |= B.overdue;
      late = true;
    }
  }
  if (late && f.rescheduled <= to) m |= B.lateRescheduled;
  if (f.feeDue) {
    m |= B.feeDue;
    if (f.paidOnline) m |= B.paidOnline;
  }
  if (f.papersDigitised && (!(fin <= to && f.finishKind === FINISH.returned) || f.resultDigitised)) m |= B.digitised;
  return m;
}
