// Audit trail of one dossier: every event as recorded (with position, recordedAt, actor and chain
// hash), which correction superseded it, and the dossier's state read from the effective events.
import { type Channel, dayOf, dossierStreamId, type EventType } from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import { match, P } from 'ts-pattern';
import { dayNumOfMs, parseCutoff } from './days.js';

export interface TimelineEntry {
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  /** Global position, as a decimal string (JSON has no bigint). */
  position: string;
  revision: string;
  hash: string;
  eventId: string;
  data: unknown;
  /** The EventCorrected that supersedes this event (as known at the query's cut-off). */
  correctedBy?: string;
  /** True when that correction retracted the event rather than replacing it. */
  retracted?: boolean;
}

export type Outcome = 'early' | 'onTime' | 'late';

/** One processing step handed on (TT 03/2025 form 06), with the giver's step measured against its deadline. */
export interface HandoverView {
  at: string;
  day: string;
  fromUnit: string;
  giver: string;
  toUnit: string;
  receiver: string;
  /** When the receiver's step is due, where the procedure sets one. */
  stepDueAt: string | null;
  /** The giver's step against its deadline (the previous hand-over's stepDueAt), by office day as for the
   *  dossier itself: early before the due day, on time on it, late after. Null when no deadline was set. */
  outcome: Outcome | null;
  note: string | null;
}

export interface DossierView {
  office: string;
  code: string;
  streamId: string;
  procedureCode: string | null;
  field: string;
  channel: Channel;
  transferredIn: boolean;
  receivedAt: string;
  receivedDay: string;
  /** The due date in effect: the receipt slip's, moved by supplement waits (never by an apology). */
  dueAt: string;
  dueDay: string;
  /** The apology's new date, when there was one. */
  rescheduledDueAt: string | null;
  status: 'processing' | 'awaitingSupplement' | 'approved' | 'finished';
  awaitingSupplement: boolean;
  finished: {
    type: string;
    kind: 'returned' | 'withdrawnOrReturned';
    at: string;
    day: string;
    outcome: Outcome;
  } | null;
  digitised: { papers: boolean; result: boolean };
  payments: { method: 'online' | 'counter'; amountVnd: number; at: string }[];
  satisfaction: { score: number; complaint: boolean } | null;
  asOf: string | null;
  knownAt: string | null;
  timeline: TimelineEntry[];
  /** The processing steps, in business-time order. */
  handovers: HandoverView[];
}

interface Content {
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

interface Superseded {
  content: Content | null;
  by: string;
}

const asObj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

const contentOf = (e: RecordedEvent): Content => ({ type: e.type, occurredAt: e.meta.occurredAt, data: asObj(e.data) });

/** Which correction in effect supersedes each event; the latest one wins, a retracted one does not act. */
function supersessions(events: readonly RecordedEvent[]): Map<string, Superseded> {
  const out = new Map<string, Superseded>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    const s = out.get(e.meta.eventId);
    const cur = s ? s.content : contentOf(e);
    if (cur === null || cur.type !== 'EventCorrected') continue;
    const target = cur.data.supersedes;
    if (typeof target !== 'string' || out.has(target)) continue;
    const r = cur.data.replacement;
    const content = r === null || r === undefined ? null : (r as Content);
    out.set(target, { content: content && { ...content, data: asObj(content.data) }, by: e.meta.eventId });
  }
  return out;
}

export function buildTimeline(events: readonly RecordedEvent[]): TimelineEntry[] {
  const sup = supersessions(events);
  return events.map((e) => {
    const entry: TimelineEntry = {
      type: e.type,
      schemaVersion: e.schemaVersion,
      occurredAt: e.meta.occurredAt,
      recordedAt: e.recordedAt,
      actor: e.meta.actor,
      position: e.position.toString(),
      revision: e.revision.toString(),
      hash: e.hash,
      eventId: e.meta.eventId,
      data: e.data,
    };
    const s = sup.get(e.meta.eventId);
    if (s) {
      entry.correctedBy = s.by;
      if (s.content === null) entry.retracted = true;
    }
    return entry;
  });
}

const isOpening = (type: string): boolean => type === 'DossierReceived' || type === 'DossierTransferredIn';
/** Business time of an event: an opening happened when the dossier was received. */
const businessMs = (c: Content): number =>
  Date.parse(isOpening(c.type) && typeof c.data.receivedAt === 'string' ? c.data.receivedAt : c.occurredAt);

export function buildDossierView(
  office: string,
  code: string,
  events: readonly RecordedEvent[],
  opts: { asOfMs: number | undefined; asOf: string | null; knownAt: string | null },
): DossierView | null {
  const sup = supersessions(events);
  const asOf = opts.asOfMs ?? Number.POSITIVE_INFINITY;
  const effective: Content[] = [];
  for (const e of events) {
    const s = sup.get(e.meta.eventId);
    const c = s ? s.content : contentOf(e);
    if (c === null || c.type === 'EventCorrected' || !(businessMs(c) <= asOf)) continue;
    effective.push(c);
  }
  const opening = effective.find((c) => isOpening(c.type));
  if (!opening) return null;
  const d = opening.data;
  const rest = effective.filter((c) => !isOpening(c.type)).sort((x, y) => businessMs(x) - businessMs(y));
  let dueAt = String(d.dueAt);
  let rescheduledDueAt: string | null = null;
  let awaiting = false;
  let approved = false;
  let finished: DossierView['finished'] = null;
  const digitised = { papers: false, result: false };
  const payments: DossierView['payments'] = [];
  let satisfaction: DossierView['satisfaction'] = null;
  const handovers: HandoverView[] = [];
  for (const c of rest) {
    const x = c.data;
    // Exhaustive over the event types: a new one does not compile until the dossier view says what it
    // means here. A type this build does not know (a newer writer's) changes nothing, as before.
    match(c.type as EventType)
      .with('SupplementRequested', () => {
        awaiting = true;
      })
      .with('SupplementProvided', () => {
        awaiting = false;
        dueAt = String(x.dueAt);
      })
      .with('DueDateRescheduled', () => {
        rescheduledDueAt ??= String(x.newDueAt);
      })
      .with('DossierDigitised', () => {
        if (x.what === 'result') digitised.result = true;
        else digitised.papers = true;
      })
      .with('FeePaid', () => {
        payments.push({
          method: x.method === 'online' ? 'online' : 'counter',
          amountVnd:
            typeof x.amountVnd === 'number' ? x.amountVnd : Number(String(x.amount ?? '').replace(/[^0-9]/g, '') || 0),
          at: c.occurredAt,
        });
      })
      .with('SatisfactionRated', () => {
        satisfaction = { score: Number(x.score), complaint: x.complaint === true };
      })
      .with('DossierResolved', () => {
        if (x.decision === 'approved') approved = true;
        else finished ??= finish(c, 'withdrawnOrReturned', dueAt);
      })
      .with('ResultReturned', () => {
        finished ??= finish(c, 'returned', dueAt);
      })
      .with(P.union('DossierWithdrawn', 'DossierReturnedUnprocessed', 'ProcessingStopped'), () => {
        finished ??= finish(c, 'withdrawnOrReturned', dueAt);
      })
      .with('DossierHandedOver', () => {
        handovers.push(handover(c, handovers.at(-1)?.stepDueAt ?? null));
      })
      // Openings and corrections were taken out of `rest` above.
      .with(P.union('DossierReceived', 'DossierTransferredIn', 'EventCorrected'), () => {})
      .exhaustive(() => {});
  }
  const timeline = buildTimeline(events).filter((_, i) => businessMs(contentOf(events[i]!)) <= asOf);
  return {
    office,
    code,
    streamId: dossierStreamId(office, code),
    procedureCode: typeof d.procedureCode === 'string' ? d.procedureCode : null,
    field: String(d.field ?? ''),
    channel: d.channel as Channel,
    transferredIn: opening.type === 'DossierTransferredIn',
    receivedAt: String(d.receivedAt),
    receivedDay: dayOf(String(d.receivedAt)),
    dueAt,
    dueDay: dayOf(dueAt),
    rescheduledDueAt,
    status: finished ? 'finished' : awaiting ? 'awaitingSupplement' : approved ? 'approved' : 'processing',
    awaitingSupplement: finished === null && awaiting,
    finished,
    digitised,
    payments,
    satisfaction,
    asOf: opts.asOf,
    knownAt: opts.knownAt,
    timeline,
    handovers,
  };
}

/** Early / on time / late of something done at `at` against `due`, by office day (counting rule 5). */
const outcomeOf = (at: string, due: string): Outcome => {
  const day = dayNumOfMs(Date.parse(at));
  const dueDay = dayNumOfMs(Date.parse(due));
  return day < dueDay ? 'early' : day === dueDay ? 'onTime' : 'late';
};

function handover(c: Content, giverDueAt: string | null): HandoverView {
  const x = c.data;
  const stepDueAt = typeof x.stepDueAt === 'string' ? x.stepDueAt : null;
  return {
    at: c.occurredAt,
    day: dayOf(c.occurredAt),
    fromUnit: String(x.fromUnit ?? ''),
    giver: String(x.giver ?? ''),
    toUnit: String(x.toUnit ?? ''),
    receiver: String(x.receiver ?? ''),
    stepDueAt,
    outcome: giverDueAt === null ? null : outcomeOf(c.occurredAt, giverDueAt),
    note: typeof x.note === 'string' ? x.note : null,
  };
}

function finish(
  c: Content,
  kind: 'returned' | 'withdrawnOrReturned',
  dueAt: string,
): NonNullable<DossierView['finished']> {
  const outcome: Outcome = kind !== 'returned' ? 'onTime' : outcomeOf(c.occurredAt, dueAt);
  return { type: c.type, kind, at: c.occurredAt, day: dayOf(c.occurredAt), outcome };
}

/**
 * A dossier's view read straight from the store's stream: for ledgers built with keepEvents: false
 * (a province-year does not fit in memory as raw events). Same cut-offs as Ledger.dossier().
 */
export async function readDossier(
  store: Pick<EventStore, 'readStream'>,
  office: string,
  code: string,
  opts: { asOf?: string; knownAt?: string } = {},
): Promise<DossierView | null> {
  const asOfMs = opts.asOf === undefined ? undefined : parseCutoff(opts.asOf, 'asOf');
  const events = await streamAsKnown(store, office, code, opts.knownAt);
  if (events.length === 0) return null;
  return buildDossierView(office, code, events, { asOfMs, asOf: opts.asOf ?? null, knownAt: opts.knownAt ?? null });
}

/** A dossier's timeline read straight from the store's stream, as known at `knownAt`. */
export async function readTimeline(
  store: Pick<EventStore, 'readStream'>,
  office: string,
  code: string,
  opts: { knownAt?: string } = {},
): Promise<TimelineEntry[]> {
  return buildTimeline(await streamAsKnown(store, office, code, opts.knownAt));
}

export async function streamAsKnown(
  store: Pick<EventStore, 'readStream'>,
  office: string,
  code: string,
  knownAt: string | undefined,
): Promise<RecordedEvent[]> {
  const cut = knownAt === undefined ? Number.POSITIVE_INFINITY : parseCutoff(knownAt, 'knownAt');
  const events = await store.readStream(dossierStreamId(office, code));
  return events.filter((e) => Date.parse(e.recordedAt) <= cut);
}
