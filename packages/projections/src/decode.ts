// Reads the few numbers Form 06 needs out of an event (or a correction's replacement) without zod:
// a rebuild parses millions of events, and the store has validated them on the way in. What is read
// is still checked, and a bad value is refused naming the event and the field.
import { ProjectionError } from './errors.js';
import { parseInstant } from './instant.js';

export const T = {
  other: 0,
  received: 1,
  transferredIn: 2,
  supplementRequested: 3,
  supplementProvided: 4,
  dueDateRescheduled: 5,
  resolved: 6,
  resultReturned: 7,
  withdrawn: 8,
  returnedUnprocessed: 9,
  digitised: 10,
  feePaid: 11,
  satisfactionRated: 12,
  corrected: 13,
  stopped: 14,
} as const;

const TYPE_CODES: Record<string, number> = {
  DossierReceived: T.received,
  DossierTransferredIn: T.transferredIn,
  SupplementRequested: T.supplementRequested,
  SupplementProvided: T.supplementProvided,
  DueDateRescheduled: T.dueDateRescheduled,
  DossierResolved: T.resolved,
  ResultReturned: T.resultReturned,
  DossierWithdrawn: T.withdrawn,
  DossierReturnedUnprocessed: T.returnedUnprocessed,
  DossierDigitised: T.digitised,
  FeePaid: T.feePaid,
  SatisfactionRated: T.satisfactionRated,
  EventCorrected: T.corrected,
  ProcessingStopped: T.stopped,
};

const typeCode = (type: string): number => TYPE_CODES[type] ?? T.other;

export const CHANNELS = ['online', 'direct', 'postal'] as const;
export const CH = { online: 0, direct: 1, postal: 2 } as const;

/** A correction as the ledger keeps it: the superseded event's ordinal and what it is read as now. */
export interface Correction {
  target: number;
  replacement: Compact | null;
}

/**
 * The compact form of an event. occ: business time in epoch ms (receivedAt for an opening);
 * a/b/s by type: opening a = receivedAt, b = dueAt, s = channel | feeBit << 2 | fieldIndex << 3;
 * SupplementProvided b = dueAt; DueDateRescheduled b = newDueAt; DossierResolved s = 1 when refused;
 * DossierDigitised s = 1 for the result; FeePaid s = 1 online, a = amount in VND.
 */
export interface Compact {
  t: number;
  occ: number;
  a: number;
  b: number;
  s: number;
  corr?: Correction | undefined;
}

/** What decoding hands back beside the compact numbers: strings the ledger interns. */
export interface Decoded extends Compact {
  field?: string;
  procedureCode?: string | null;
  /** For EventCorrected: the superseded eventId and its replacement, still raw. */
  supersedes?: string;
  replacementRaw?: { type: string; occurredAt: unknown; data: unknown } | null;
}

export const isOpening = (t: number): boolean => t === T.received || t === T.transferredIn;

/** Finishing per rule 1 (the stop notice of 2025 with them); DossierResolved finishes only when refused. */
export const isFinishing = (t: number, s: number): boolean =>
  t === T.resultReturned ||
  t === T.withdrawn ||
  t === T.returnedUnprocessed ||
  (t === T.resolved && s === 1) ||
  t === T.stopped;

type Obj = Record<string, unknown>;

/** Names the record in an error; a function so the common, valid case builds no string. */
export type Where = () => string;

function fail(where: Where, field: string, message: string): never {
  const w = where();
  throw new ProjectionError('INVALID_EVENT', `${w}: ${field} ${message}`, { where: w, field });
}

function instant(v: unknown, where: Where, field: string): number {
  const ms = typeof v === 'string' ? parseInstant(v) : Number.NaN;
  if (Number.isNaN(ms)) fail(where, field, `must be an ISO 8601 time with an offset, got ${JSON.stringify(v)}`);
  return ms;
}

function str(v: unknown, where: Where, field: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    fail(where, field, `must be a non-empty string, got ${JSON.stringify(v)}`);
  return v.trim();
}

/** FeePaid v1 held the counter's printed string ("50.000 đ"); v2 holds integer VND. */
function amountVnd(d: Obj, schemaVersion: number, where: Where): number {
  if (schemaVersion >= 2 || d.amountVnd !== undefined) {
    const n = d.amountVnd;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
      fail(where, 'data.amountVnd', 'must be a non-negative number');
    return n;
  }
  const s = d.amount;
  if (typeof s === 'number' && Number.isFinite(s) && s >= 0) return s;
  if (typeof s !== 'string') fail(where, 'data.amount', 'must be the printed amount');
  const digits = s.replace(/[^0-9]/g, '');
  return digits === '' ? 0 : Number(digits);
}

/**
 * Decodes type + data + business time. `where` names the record in error messages.
 * Unknown event types decode to T.other: kept on the timeline, no effect on counts.
 */
export function decode(
  type: string,
  schemaVersion: number,
  data: unknown,
  occurredAt: unknown,
  where: Where,
  out: Decoded = { t: 0, occ: 0, a: 0, b: 0, s: 0 },
): Decoded {
  const t = typeCode(type);
  if (t === T.other) return put(out, t, instant(occurredAt, where, 'meta.occurredAt'), 0, 0, 0);
  if (typeof data !== 'object' || data === null) fail(where, 'data', 'must be an object');
  const d = data as Obj;
  if (isOpening(t)) {
    const receivedAt = instant(d.receivedAt, where, 'data.receivedAt');
    const dueAt = instant(d.dueAt, where, 'data.dueAt');
    const channel = CH[d.channel as keyof typeof CH];
    if (channel === undefined)
      fail(where, 'data.channel', `must be online, direct or postal, got ${JSON.stringify(d.channel)}`);
    const field = str(d.field, where, 'data.field');
    const pc = d.procedureCode;
    const procedureCode = typeof pc === 'string' ? pc : null;
    put(out, t, receivedAt, receivedAt, dueAt, channel);
    out.field = field;
    out.procedureCode = procedureCode;
    return out;
  }
  const occ = instant(occurredAt, where, 'meta.occurredAt');
  switch (t) {
    case T.supplementProvided:
      return put(out, t, occ, 0, instant(d.dueAt, where, 'data.dueAt'), 0);
    case T.dueDateRescheduled:
      return put(out, t, occ, 0, instant(d.newDueAt, where, 'data.newDueAt'), 0);
    case T.resolved: {
      if (d.decision !== 'approved' && d.decision !== 'refused') {
        fail(where, 'data.decision', `must be approved or refused, got ${JSON.stringify(d.decision)}`);
      }
      return put(out, t, occ, 0, 0, d.decision === 'refused' ? 1 : 0);
    }
    case T.digitised: {
      if (d.what !== 'papers' && d.what !== 'result') fail(where, 'data.what', 'must be papers or result');
      return put(out, t, occ, 0, 0, d.what === 'result' ? 1 : 0);
    }
    case T.feePaid: {
      if (d.method !== 'online' && d.method !== 'counter') fail(where, 'data.method', 'must be online or counter');
      return put(out, t, occ, amountVnd(d, schemaVersion, where), 0, d.method === 'online' ? 1 : 0);
    }
    case T.corrected: {
      const supersedes = str(d.supersedes, where, 'data.supersedes');
      const r = d.replacement;
      put(out, t, occ, 0, 0, 0);
      out.supersedes = supersedes;
      if (r === null) {
        out.replacementRaw = null;
        return out;
      }
      if (typeof r !== 'object' || r === undefined) fail(where, 'data.replacement', 'must be an object or null');
      const ro = r as Obj;
      if (typeof ro.type !== 'string') fail(where, 'data.replacement.type', 'must be an event type');
      out.replacementRaw = { type: ro.type, occurredAt: ro.occurredAt, data: ro.data };
      return out;
    }
    default:
      return put(out, t, occ, 0, 0, 0);
  }
}

/** Fills a (possibly reused) Decoded: the ledger decodes millions of events into one scratch object. */
function put(out: Decoded, t: number, occ: number, a: number, b: number, s: number): Decoded {
  out.t = t;
  out.occ = occ;
  out.a = a;
  out.b = b;
  out.s = s;
  out.corr = undefined;
  out.field = undefined;
  out.procedureCode = undefined;
  out.supersedes = undefined;
  out.replacementRaw = undefined;
  return out;
}
