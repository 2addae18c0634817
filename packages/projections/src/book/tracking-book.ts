// The tracking book (Sổ theo dõi hồ sơ, form 07 of Thông tư 03/2025/TT-VPCP) of an office for a year,
// read from the events as known at a moment: one line per dossier received in the year, per field.
// Which dossiers belong to the year is Form 06's own rule (received in the period, any channel), asked
// of the ledger through drillDown, so the book and the report can never disagree on who was received.
import type { Ledger } from '../ledger.js';
import type { DossierView } from '../timeline.js';

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

/** The applicant reference of the opening in effect (a correction may have replaced it). */
function applicantRefOf(view: DossierView): string | null {
  const opening = view.timeline.find(
    (e) => (e.type === 'DossierReceived' || e.type === 'DossierTransferredIn') && e.correctedBy === undefined,
  );
  const ref = (opening?.data as { applicantRef?: unknown } | undefined)?.applicantRef;
  return typeof ref === 'string' && ref !== '' ? ref : null;
}

/** One book line from a dossier's view. */
export function bookLineOf(view: DossierView, no: number): TrackingBookLine {
  const f = view.finished;
  const finish = f ? finishOf(f) : null;
  const paid = view.payments.reduce((sum, p) => sum + p.amountVnd, 0);
  return {
    no,
    dossierCode: view.code,
    procedureCode: view.procedureCode,
    field: view.field,
    applicantRef: applicantRefOf(view),
    channel: view.channel,
    transferredIn: view.transferredIn,
    receivedAt: view.receivedAt,
    dueAt: view.dueAt,
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
