// What the forms need to know of one dossier, folded from its events as known at a moment (corrections
// applied). ts-pattern's exhaustive match makes a new event type a compile error here until a form decides
// what it means for the papers.
import { type Channel, type DossierEvent, effectiveEvents, parseEvent } from '@motcua/domain';
import type { RecordedEvent } from '@motcua/store';
import { match, P } from 'ts-pattern';

export type FinishKind = 'returned' | 'withdrawn' | 'returnedUnprocessed' | 'refused' | 'stopped';

export interface DossierStory {
  readonly office: string;
  readonly code: string;
  readonly procedureCode: string | null;
  readonly field: string;
  readonly channel: Channel;
  readonly applicantRef: string | null;
  readonly receivedAt: string;
  readonly dueAtOnReceipt: string;
  /** The due date in effect (moved by supplement waits, never by the apology). */
  readonly dueAt: string;
  readonly supplements: ReadonlyArray<{
    readonly requestedAt: string;
    readonly reason: string;
    readonly providedAt: string | null;
    /** The due date after the supplement arrived. */
    readonly dueAfter: string | null;
  }>;
  readonly reschedule: {
    readonly at: string;
    readonly reason: string;
    readonly dueBefore: string;
    readonly newDueAt: string;
  } | null;
  readonly resolution: {
    readonly at: string;
    readonly decision: 'approved' | 'refused';
    readonly note: string | null;
  } | null;
  readonly finish: { readonly kind: FinishKind; readonly at: string; readonly reason: string | null } | null;
  /** The unit the last hand-over went to: the lead agency for the tracking book. */
  readonly lastUnit: string | null;
}

type Draft = { -readonly [K in keyof DossierStory]: DossierStory[K] };
type Supplement = {
  -readonly [K in keyof DossierStory['supplements'][number]]: DossierStory['supplements'][number][K];
};

/** The stored events as the domain reads them (upcast), skipping anything it cannot read. */
export function domainEvents(events: readonly RecordedEvent[]): DossierEvent[] {
  const out: DossierEvent[] = [];
  for (const e of events) {
    const r = parseEvent({ type: e.type, schemaVersion: e.schemaVersion, data: e.data, meta: e.meta });
    if (r.ok) out.push(r.value);
  }
  return out;
}

/** The story of the dossier, or null when the events hold no receipt. */
export function dossierStory(events: readonly DossierEvent[]): DossierStory | null {
  let s: Draft | null = null;
  const supplements: Supplement[] = [];
  for (const e of effectiveEvents(events)) {
    const at = e.meta.occurredAt;
    if (s === null) {
      if (e.type !== 'DossierReceived' && e.type !== 'DossierTransferredIn') continue;
    }
    s = match(e)
      .returnType<Draft | null>()
      .with({ type: P.union('DossierReceived', 'DossierTransferredIn') }, (o) =>
        s
          ? s
          : {
              office: o.data.office,
              code: o.data.dossierCode,
              procedureCode: o.data.procedureCode,
              field: o.data.field,
              channel: o.data.channel,
              applicantRef: o.data.applicantRef,
              receivedAt: o.data.receivedAt,
              dueAtOnReceipt: o.data.dueAt,
              dueAt: o.data.dueAt,
              supplements,
              reschedule: null,
              resolution: null,
              finish: null,
              lastUnit: null,
            },
      )
      .with({ type: 'SupplementRequested' }, (x) => {
        supplements.push({ requestedAt: at, reason: x.data.reason, providedAt: null, dueAfter: null });
        return s;
      })
      .with({ type: 'SupplementProvided' }, (x) => {
        const open = supplements.at(-1);
        if (open && open.providedAt === null) {
          open.providedAt = at;
          open.dueAfter = x.data.dueAt;
        }
        return s && { ...s, dueAt: x.data.dueAt };
      })
      .with({ type: 'DueDateRescheduled' }, (x) =>
        s && !s.reschedule
          ? { ...s, reschedule: { at, reason: x.data.reason, dueBefore: s.dueAt, newDueAt: x.data.newDueAt } }
          : s,
      )
      .with({ type: 'DossierResolved' }, (x) => {
        if (!s || s.resolution) return s;
        const resolution = { at, decision: x.data.decision, note: x.data.note };
        const finish =
          x.data.decision === 'refused' && !s.finish ? { kind: 'refused' as const, at, reason: x.data.note } : s.finish;
        return { ...s, resolution, finish };
      })
      .with(
        { type: 'ResultReturned' },
        () => s && (s.finish ? s : { ...s, finish: { kind: 'returned', at, reason: null } }),
      )
      .with(
        { type: 'DossierWithdrawn' },
        (x) => s && (s.finish ? s : { ...s, finish: { kind: 'withdrawn', at, reason: x.data.reason } }),
      )
      .with(
        { type: 'DossierReturnedUnprocessed' },
        (x) => s && (s.finish ? s : { ...s, finish: { kind: 'returnedUnprocessed', at, reason: x.data.reason } }),
      )
      .with(
        { type: 'ProcessingStopped' },
        (x) => s && (s.finish ? s : { ...s, finish: { kind: 'stopped', at, reason: x.data.reason } }),
      )
      .with({ type: 'DossierHandedOver' }, (x) => s && { ...s, lastUnit: x.data.toUnit })
      // Digitisation, payment, rating and corrections (already applied above) print on no form.
      .with({ type: P.union('DossierDigitised', 'FeePaid', 'SatisfactionRated', 'EventCorrected') }, () => s)
      .exhaustive();
  }
  return s;
}
