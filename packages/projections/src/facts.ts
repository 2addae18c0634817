// What Form 06 needs to know about one dossier, derived from its effective events (after corrections,
// as known at some recorded-time cut-off), and how those facts fall into the cells of a period.
// classify() is the counting rule, written once: the ledger keeps most dossiers in columns and reads
// each row as these facts at a cut-off to classify it (ledger/counter.ts, which derives its fast ways of
// counting from this function too).
import { dayNumOfMs, NEVER } from './days.js';
import { type Compact, isFinishing, isOpening, T } from './decode.js';
import { ProjectionError } from './errors.js';
import { MAX_RULE_SETS, ruleSetIndexOfDay } from './rule-set-days.js';

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
  /** Counts in the 766 progress numerator (finished on time or still within deadline, national formula). */
  onTime766: 1 << 19,
  /** Received under rule set 0 (RULE_SETS order); rule set k is ruleSet0 << k. */
  ruleSet0: 1 << 20,
} as const;
export const NBITS = 20 + MAX_RULE_SETS;

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
  onTime766: 19,
  ruleSet0: 20,
} as const;

/** Channel bits for a dossier received in the period, by channel code (online, direct, postal). */
export const CHANNEL_BITS = [B.online, B.directOrPostal | B.direct, B.directOrPostal | B.postal] as const;

/**
 * How a dossier finished. Biểu 06 tells only returned from the rest (rule 5: withdrawn, refused, returned
 * unprocessed and stopped all count on time and in withdrawnOrReturned); the 766 progress figure also
 * needs refused and stopped apart, whose end of processing is compared with the due date.
 */
export const FINISH = { none: 0, returned: 1, withdrawnOrReturned: 2, refused: 3, stopped: 4 } as const;

/** The FINISH kind of a finishing event (decode.ts isFinishing). */
export const finishKindOf = (t: number): number =>
  t === T.resultReturned
    ? FINISH.returned
    : t === T.resolved
      ? FINISH.refused
      : t === T.stopped
        ? FINISH.stopped
        : FINISH.withdrawnOrReturned;

/** The cell bit of a dossier's rule set, from its receipt day number. */
const ruleSetBit = (receivedDay: number): number => B.ruleSet0 << ruleSetIndexOfDay(receivedDay);

/**
 * The end of processing under the 766 national formula note, for a dossier counted in a period ending
 * `to`: the resolution, else the return, else the stop or refusal; NEVER while it has not ended (open at
 * the end of `to` and not resolved by then) and for a withdrawal or a return unprocessed (no processing
 * to time). kind: FINISH kind when finished by `to`, else FINISH.none; fin: finish day; res: the first
 * resolution's day or NEVER.
 */
function end766(kind: number, fin: number, res: number, to: number): number {
  if (kind === FINISH.returned) return res <= fin ? res : fin;
  if (kind === FINISH.refused || kind === FINISH.stopped) return fin;
  if (kind === FINISH.none) return res <= to ? res : NEVER;
  return NEVER;
}

/**
 * Whether the dossier counts in the 766 progress numerator. More than one supplement request by `to`
 * counts as late; a withdrawal or a return unprocessed counts on time (as in Biểu 06); an ended dossier is
 * on time when its end is on or before the due day in effect then (supplement time already added);
 * an open one is measured at the period's end as Biểu 06 does (`withinDeadline`).
 */
function onTime766(
  kind: number,
  end: number,
  dueAtEnd: number,
  secondRequest: number,
  to: number,
  withinDeadline: boolean,
): boolean {
  if (secondRequest <= to) return false;
  if (kind === FINISH.withdrawnOrReturned) return true;
  return end === NEVER ? withinDeadline : end <= dueAtEnd;
}

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
  /** Day of the first resolution (approved or refused), or NEVER. */
  resolvedDay: number;
  /** Day of the second supplement request, or NEVER: from then on the 766 figure counts the dossier late. */
  secondRequestDay: number;
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
    resolvedDay: NEVER,
    secondRequestDay: NEVER,
    feeDue: (o.s & 4) !== 0,
    paidOnline: false,
    papersDigitised: false,
    resultDigitised: false,
  };
  let openWait = NEVER;
  let finishes = 0;
  let requests = 0;
  for (const e of rest) {
    const day = dayNumOfMs(e.occ);
    switch (e.t) {
      case T.supplementRequested:
        if (openWait === NEVER) openWait = day;
        if (++requests === 2) f.secondRequestDay = day;
        break;
      case T.resolved:
        if (f.resolvedDay === NEVER) f.resolvedDay = day;
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
      f.finishKind = finishKindOf(e.t);
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
      '',
      '',
      '',
      '',
      'ProcessingStopped',
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
  m |= ruleSetBit(rd);
  let late = false;
  let within = false;
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
    within = true;
    if (awaitingAt(f, to)) m |= B.withinDeadline | B.awaitingSupplement;
    else if (dueAsOf(f, to) >= to) m |= B.withinDeadline;
    else {
      m |= B.overdue;
      late = true;
      within = false;
    }
  }
  const kind = fin <= to ? f.finishKind : FINISH.none;
  const end = end766(kind, fin, f.resolvedDay, to);
  if (onTime766(kind, end, end === NEVER ? 0 : dueAsOf(f, end), f.secondRequestDay, to, within)) m |= B.onTime766;
  if (late && f.rescheduled <= to) m |= B.lateRescheduled;
  if (f.feeDue) {
    m |= B.feeDue;
    if (f.paidOnline) m |= B.paidOnline;
  }
  if (f.papersDigitised && (!(fin <= to && f.finishKind === FINISH.returned) || f.resultDigitised)) m |= B.digitised;
  return m;
}
