// The tracking book (Sổ theo dõi hồ sơ, form 07 of Thông tư 03/2025/TT-VPCP) of an office for a year,
// read from the events as known at a moment: one line per dossier received in the year, per field.
// Which dossiers belong to the year is Form 06's own rule (received in the period, any channel), asked
// of the ledger through drillDown, so the book and the report can never disagree on who was received.
import type { Ledger } from '../ledger.js';
import type { DossierView, TimelineEntry } from '../timeline.js';

export interface TrackingBookQuery {
  readonly office: string;
  readonly year: number;
  /** One field (lĩnh vực) only; default every field, each line naming its own. */
  readonly field?: string;
  /** Recorded-time cut-off, as Form 06 takes it. */
  readonly knownAt?: string;
}

/** How a finished dossier left the office, in the book's words. */
export type BookFinish = 'returned' | 'withdrawn' | 'returnedUnprocessed' | 'refused';

export interface TrackingBookLine {
  readonly no: number;
  readonly dossierCode: string;
  readonly procedureCode: string | null;
  readonly field: string;
  /** The opaque applicant reference the receipt recorded (never a name), when there is one. */
  readonly applicantRef: string | null;
  readonly channel: DossierView['channel'];
  readonly transferredIn: boolean;
  /** ISO instants with the office offset, as the events hold them. */
  readonly receivedAt: string;
  /** The due date counted against (the receipt slip's, moved by supplement waits). */
  readonly dueAt: string;
  /** The receipt slip's due date, before any supplement wait moved it: what the book's "Ngày hẹn trả"
   *  holds, so that importing the book and its supplement rounds moves it again exactly once. */
  readonly dueAtOnReceipt: string;
  /** Supplement rounds in order: when asked and why, and when the supplement came in (null: waiting). */
  readonly supplements: readonly BookLineSupplement[];
  /** The apology: when it was issued, the new date and why (at most one: the rules allow one). */
  readonly reschedule: { readonly at: string; readonly newDueAt: string; readonly reason: string } | null;
  /** The apology's new date, when one was issued (never the counting due date). */
  readonly rescheduledDueAt: string | null;
  readonly returnedAt: string | null;
  /** Withdrawn, refused after intake or returned unprocessed: finished without a result. */
  readonly withdrawnAt: string | null;
  readonly finish: BookFinish | null;
  readonly outcome: 'early' | 'onTime' | 'late' | null;
  readonly awaitingSupplement: boolean;
  readonly digitised: { readonly papers: boolean; readonly result: boolean };
  readonly paidOnline: boolean;
  /** Fees paid, in đồng; null when nothing was paid. */
  readonly feeVnd: number | null;
  /** The latest processing step (a book line holds one, as the importer reads it), and how many there were. */
  readonly handover: DossierView['handovers'][number] | null;
  readonly handovers: number;
}

export interface BookLineSupplement {
  readonly requestedAt: string;
  readonly reason: string;
  readonly providedAt: string | null;
}

export interface TrackingBook {
  readonly office: string;
  readonly year: number;
  readonly field: string | null;
  readonly knownAt: string | null;
  readonly lines: TrackingBookLine[];
}

const finishOf = (f: NonNullable<DossierView['finished']>): BookFinish => {
  if (f.type === 'ResultReturned') return 'returned';
  if (f.type === 'DossierWithdrawn') return 'withdrawn';
  if (f.type === 'DossierReturnedUnprocessed') return 'returnedUnprocessed';
  return 'refused';
};

interface Effective {
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The events in effect, in recorded order: a corrected event stands as its correction's replacement (or
 *  not at all when retracted); corrections themselves are not facts of the dossier. The timeline has
 *  already settled which correction wins (correctedBy). */
function effectiveEntries(timeline: readonly TimelineEntry[]): Effective[] {
  const byId = new Map(timeline.map((e) => [e.eventId, e]));
  const out: Effective[] = [];
  for (const e of timeline) {
    if (e.type === 'EventCorrected') continue;
    if (e.correctedBy === undefined) {
      out.push({ type: e.type, occurredAt: e.occurredAt, data: asRecord(e.data) });
      continue;
    }
    const r = asRecord(byId.get(e.correctedBy)?.data).replacement;
    if (r === null || r === undefined) continue;
    const c = asRecord(r);
    out.push({ type: String(c.type), occurredAt: String(c.occurredAt), data: asRecord(c.data) });
  }
  return out;
}

const isOpening = (type: string): boolean => type === 'DossierReceived' || type === 'DossierTransferredIn';

/** The supplement rounds and the apology from the events in effect, in business-time order. */
function waitsOf(events: readonly Effective[]): Pick<TrackingBookLine, 'supplements' | 'reschedule'> {
  const supplements: BookLineSupplement[] = [];
  let reschedule: TrackingBookLine['reschedule'] = null;
  const rest = events
    .filter((e) => !isOpening(e.type))
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  for (const e of rest) {
    if (e.type === 'SupplementRequested') {
      supplements.push({ requestedAt: e.occurredAt, reason: String(e.data.reason ?? ''), providedAt: null });
    } else if (e.type === 'SupplementProvided') {
      const last = supplements.at(-1);
      if (last && last.providedAt === null) supplements[supplements.length - 1] = { ...last, providedAt: e.occurredAt };
    } else if (e.type === 'DueDateRescheduled') {
      reschedule ??= { at: e.occurredAt, newDueAt: String(e.data.newDueAt), reason: String(e.data.reason ?? '') };
    }
  }
  return { supplements, reschedule };
}

/** One book line from a dossier's view. */
export function bookLineOf(view: DossierView, no: number): TrackingBookLine {
  const f = view.finished;
  const finish = f ? finishOf(f) : null;
  const events = effectiveEntries(view.timeline);
  const opening = events.find((e) => isOpening(e.type))?.data ?? {};
  const ref = opening.applicantRef;
  const paid = view.payments.reduce((sum, p) => sum + p.amountVnd, 0);
  return {
    no,
    dossierCode: view.code,
    procedureCode: view.procedureCode,
    field: view.field,
    applicantRef: typeof ref === 'string' && ref !== '' ? ref : null,
    channel: view.channel,
    transferredIn: view.transferredIn,
    receivedAt: view.receivedAt,
    dueAt: view.dueAt,
    dueAtOnReceipt: typeof opening.dueAt === 'string' ? opening.dueAt : view.dueAt,
    ...waitsOf(events),
    rescheduledDueAt: view.rescheduledDueAt,
    returnedAt: f && finish === 'returned' ? f.at : null,
    withdrawnAt: f && finish !== 'returned' ? f.at : null,
    finish,
    outcome: f ? f.outcome : null,
    awaitingSupplement: view.awaitingSupplement,
    digitised: view.digitised,
    paidOnline: view.payments.some((p) => p.method === 'online'),
    feeVnd: view.payments.length > 0 ? paid : null,
    handover: view.handovers.at(-1) ?? null,
    handovers: view.handovers.length,
  };
}

/** The office's book for a year (calendar year: a book is opened on 1 January), in order of receipt. */
export function trackingBook(ledger: Ledger, q: TrackingBookQuery): TrackingBook {
  const period = { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
  const scope = {
    ...period,
    offices: [q.office],
    ...(q.field !== undefined ? { field: q.field } : {}),
    ...(q.knownAt !== undefined ? { knownAt: q.knownAt } : {}),
  };
  // Received in the year = col. 4 + col. 5 of Form 06 (col. 6, carried over, belongs to an earlier book).
  const codes = new Set([
    ...ledger.drillDown({ ...scope, cell: 'received.online' }),
    ...ledger.drillDown({ ...scope, cell: 'received.directOrPostal' }),
  ]);
  const views: DossierView[] = [];
  for (const code of codes) {
    const view = ledger.dossier(q.office, code, q.knownAt !== undefined ? { knownAt: q.knownAt } : {});
    if (view) views.push(view);
  }
  views.sort(
    (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return {
    office: q.office,
    year: q.year,
    field: q.field ?? null,
    knownAt: q.knownAt ?? null,
    lines: views.map((v, i) => bookLineOf(v, i + 1)),
  };
}
