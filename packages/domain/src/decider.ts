// The dossier decider: decide(command, state) → events or a typed rejection; evolve(state, event) → state.
// Each rule lives once, in checkEvent, and is applied both to new events and, when a correction rewrites
// history, to the corrected history as a whole: a correction cannot smuggle in what a command could not.
import { Immer } from 'immer';
import { match } from 'ts-pattern';
import type { WorkingCalendar } from './calendar.js';
import { defaultCalendar } from './calendar.js';
import { eventIdFor, issuesOf, markValidated } from './codec.js';
import { type CommandOf, type DossierCommand, parseCommand } from './commands.js';
import {
  type DomainError,
  type DomainErrorCode,
  DomainRejection,
  domainError,
  err,
  ok,
  type Result,
} from './errors.js';
import {
  type Channel,
  CURRENT_SCHEMA_VERSION,
  type DossierEvent,
  EventDataSchemas,
  type EventMeta,
  type EventOf,
  type EventType,
} from './events.js';
import type { OfficeCode } from './ids.js';
import { type ProcedureCatalogue, sampleCatalogue } from './procedures.js';
import { dayOf, toMs } from './time.js';

export type FinishKind = 'returned' | 'withdrawn' | 'returnedUnprocessed' | 'refused';

interface Bookkeeping {
  /** Ids of every event applied to this dossier, corrections included, in order. */
  readonly eventIds: readonly string[];
  /** Number of events applied (= eventIds.length). A store's expected revision is revision - 1. */
  readonly revision: number;
  /** Every event applied, in order; a correction re-reads the dossier from it. */
  readonly history: readonly DossierEvent[];
}

export interface DossierFacts {
  readonly office: string;
  readonly code: string;
  readonly procedureCode: string | null;
  readonly field: string;
  readonly channel: Channel;
  readonly openedBy: 'DossierReceived' | 'DossierTransferredIn';
  readonly applicantRef: string | null;
  readonly receivedAt: string;
  /** Due date on the receipt slip. */
  readonly dueAtOnReceipt: string;
  /** Due date for counting: the receipt's, moved by supplement waiting. Never the apology's new date. */
  readonly dueAt: string;
  /** The apology's new date, if one was given (at most once). */
  readonly rescheduledTo: string | null;
  /** When the open supplement request was made; null when not waiting. */
  readonly awaitingSupplementSince: string | null;
  readonly supplementRequests: number;
  readonly resolution: {
    readonly decision: 'approved' | 'refused';
    readonly at: string;
    readonly note: string | null;
  } | null;
  readonly digitised: { readonly papers: boolean; readonly result: boolean };
  readonly payments: readonly {
    readonly method: 'online' | 'counter';
    readonly amountVnd: number;
    readonly at: string;
  }[];
  readonly rating: {
    readonly score: number;
    readonly complaint: boolean;
    readonly comment: string | null;
    readonly at: string;
  } | null;
}

export type NoDossier = { readonly status: 'none' } & Bookkeeping;
export type OpenDossier = {
  readonly status: 'open';
  readonly finishedAt: null;
  readonly finishKind: null;
} & DossierFacts &
  Bookkeeping;
export type FinishedDossier = {
  readonly status: 'finished';
  /** The finish day for counting is dayOf(finishedAt). */
  readonly finishedAt: string;
  readonly finishKind: FinishKind;
} & DossierFacts &
  Bookkeeping;
export type DossierState = NoDossier | OpenDossier | FinishedDossier;

export const initialState: DossierState = Object.freeze({
  status: 'none',
  eventIds: [],
  revision: 0,
  history: [],
}) as NoDossier;

// Our own Immer without auto-freeze: freezing would reach into the caller's event objects held in history.
const { produce } = new Immer({ autoFreeze: false });

const OPENING_TYPES: readonly EventType[] = ['DossierReceived', 'DossierTransferredIn'];
/** What a finished dossier still accepts. */
const AFTER_FINISH: readonly EventType[] = ['DossierDigitised', 'FeePaid', 'SatisfactionRated', 'EventCorrected'];

// ---------------------------------------------------------------------------------------------------------
// evolve

const finish = (s: OpenDossier, at: string, kind: FinishKind): FinishedDossier => ({
  ...s,
  status: 'finished',
  finishedAt: at,
  finishKind: kind,
  awaitingSupplementSince: null,
});

const open = (s: DossierState, e: EventOf<'DossierReceived'> | EventOf<'DossierTransferredIn'>): OpenDossier => ({
  status: 'open',
  finishedAt: null,
  finishKind: null,
  office: e.data.office,
  code: e.data.dossierCode,
  procedureCode: e.data.procedureCode,
  field: e.data.field,
  channel: e.data.channel,
  openedBy: e.type,
  applicantRef: e.data.applicantRef,
  receivedAt: e.data.receivedAt,
  dueAtOnReceipt: e.data.dueAt,
  dueAt: e.data.dueAt,
  rescheduledTo: null,
  awaitingSupplementSince: null,
  supplementRequests: 0,
  resolution: null,
  digitised: { papers: false, result: false },
  payments: [],
  rating: null,
  eventIds: s.eventIds,
  revision: s.revision,
  history: s.history,
});

/** The effect of one fact on the dossier, ignoring corrections and bookkeeping. Total: never throws. */
function applyFact(s: DossierState, e: DossierEvent): DossierState {
  if (e.type === 'DossierReceived' || e.type === 'DossierTransferredIn') return s.status === 'none' ? open(s, e) : s;
  if (s.status === 'none') return s;
  const at = e.meta.occurredAt;
  return match<typeof e, DossierState>(e)
    .with({ type: 'EventCorrected' }, () => s)
    .with({ type: 'SupplementRequested' }, () =>
      produce(s, (d) => {
        d.awaitingSupplementSince = at;
        d.supplementRequests += 1;
      }),
    )
    .with({ type: 'SupplementProvided' }, (ev) =>
      produce(s, (d) => {
        d.awaitingSupplementSince = null;
        d.dueAt = ev.data.dueAt;
      }),
    )
    .with({ type: 'DueDateRescheduled' }, (ev) => ({ ...s, rescheduledTo: ev.data.newDueAt }))
    .with({ type: 'DossierResolved' }, (ev) => {
      const resolved = { ...s, resolution: { decision: ev.data.decision, at, note: ev.data.note } };
      return resolved.status === 'open' && ev.data.decision === 'refused' ? finish(resolved, at, 'refused') : resolved;
    })
    .with({ type: 'ResultReturned' }, () => (s.status === 'open' ? finish(s, at, 'returned') : s))
    .with({ type: 'DossierWithdrawn' }, () => (s.status === 'open' ? finish(s, at, 'withdrawn') : s))
    .with({ type: 'DossierReturnedUnprocessed' }, () =>
      s.status === 'open' ? finish(s, at, 'returnedUnprocessed') : s,
    )
    .with({ type: 'DossierDigitised' }, (ev) => ({ ...s, digitised: { ...s.digitised, [ev.data.what]: true } }))
    .with({ type: 'FeePaid' }, (ev) => ({
      ...s,
      payments: [...s.payments, { method: ev.data.method, amountVnd: ev.data.amountVnd, at }],
    }))
    .with({ type: 'SatisfactionRated' }, (ev) => ({
      ...s,
      rating: { score: ev.data.score, complaint: ev.data.complaint, comment: ev.data.comment, at },
    }))
    .exhaustive();
}

/**
 * The events as currently read: each superseded event replaced by its latest correction's replacement
 * (keeping its place, id and metadata other than occurredAt), or dropped when retracted. Corrections
 * themselves are not part of the result.
 */
export function effectiveEvents(events: readonly DossierEvent[]): DossierEvent[] {
  const latest = new Map<string, EventOf<'EventCorrected'>['data']['replacement']>();
  for (const e of events) if (e.type === 'EventCorrected') latest.set(e.data.supersedes, e.data.replacement);
  const out: DossierEvent[] = [];
  for (const e of events) {
    if (e.type === 'EventCorrected') continue;
    if (!latest.has(e.meta.eventId)) {
      out.push(e);
      continue;
    }
    const r = latest.get(e.meta.eventId);
    if (!r) continue;
    const replaced = replacementEvent(e, r);
    // A replacement that does not validate (only possible in data written by other software) leaves the original.
    out.push(replaced ?? e);
  }
  return out;
}

function replacementEvent(
  original: DossierEvent,
  r: NonNullable<EventOf<'EventCorrected'>['data']['replacement']>,
): DossierEvent | null {
  if (!Object.hasOwn(EventDataSchemas, r.type)) return null;
  const type = r.type as EventType;
  const data = EventDataSchemas[type].safeParse(r.data);
  if (!data.success) return null;
  return {
    type,
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
    data: data.data,
    meta: { ...original.meta, occurredAt: r.occurredAt },
  } as DossierEvent;
}

const book = (s: DossierState, history: readonly DossierEvent[]): DossierState => ({
  ...s,
  history,
  eventIds: history.map((e) => e.meta.eventId),
  revision: history.length,
});

/** Applies one recorded event. A correction re-reads the dossier's whole history with the correction applied. */
export function evolve(state: DossierState, event: DossierEvent): DossierState {
  const history = [...state.history, event];
  if (event.type === 'EventCorrected') {
    const replayed = effectiveEvents(history).reduce(applyFact, initialState);
    return book(replayed, history);
  }
  return book(applyFact(state, event), history);
}

/** The state of one dossier from its events, in stream order. */
export const foldEvents = (events: readonly DossierEvent[]): DossierState => events.reduce(evolve, initialState);

// ---------------------------------------------------------------------------------------------------------
// rules

const subjectOf = (s: DossierState, fallback: string): string =>
  s.status === 'none' ? fallback : `${s.office}/${s.code}`;

const reject = (code: DomainErrorCode, subject: string, rule: string): DomainError =>
  domainError(code, `${subject}: ${rule}`, { subject });

const before = (a: string, b: string): boolean => toMs(a) < toMs(b);

/**
 * Whether `event` may follow `state`. `now` is when the command was issued (a receipt may not lie after it);
 * `subject` names the dossier in messages when the state does not know it yet.
 */
export function checkEvent(state: DossierState, event: DossierEvent, now: string, subject: string): DomainError | null {
  const who = subjectOf(state, subject);
  const at = event.meta.occurredAt;
  if (OPENING_TYPES.includes(event.type)) {
    if (state.status !== 'none') {
      return reject('DOSSIER_ALREADY_EXISTS', who, `the dossier was already received on ${state.receivedAt}`);
    }
  } else {
    if (state.status === 'none') return reject('DOSSIER_NOT_FOUND', who, 'no such dossier has been received');
    if (state.status === 'finished' && !AFTER_FINISH.includes(event.type)) {
      if (event.type === 'ResultReturned' && state.finishKind === 'returned') {
        return reject('ALREADY_RETURNED', who, `the result was already returned on ${state.finishedAt}`);
      }
      return reject(
        'DOSSIER_FINISHED',
        who,
        `the dossier was finished (${state.finishKind}) on ${state.finishedAt}; only digitisation, payment, rating and corrections are accepted`,
      );
    }
    if (before(at, state.receivedAt)) {
      return reject(
        'BEFORE_RECEIPT',
        who,
        `${event.type} at ${at} is before the dossier was received (${state.receivedAt})`,
      );
    }
  }
  if (state.status === 'none') {
    // Only opening events reach here.
    const e = event as EventOf<'DossierReceived'> | EventOf<'DossierTransferredIn'>;
    if (before(now, e.data.receivedAt)) {
      return reject(
        'RECEIVED_IN_FUTURE',
        who,
        `received at ${e.data.receivedAt}, which is after now (${now}): nothing can be received in the future`,
      );
    }
    if (toMs(at) !== toMs(e.data.receivedAt)) {
      // Receipts happen when they are received; a corrected receipt must move both together.
      return reject('INVALID_COMMAND', who, `${e.type} must occur at its receivedAt (${e.data.receivedAt}), not ${at}`);
    }
    if (before(e.data.dueAt, e.data.receivedAt)) {
      return reject('INVALID_COMMAND', who, `due date ${e.data.dueAt} is before the receipt (${e.data.receivedAt})`);
    }
    return null;
  }
  const s = state;
  return match(event)
    .with({ type: 'DossierReceived' }, { type: 'DossierTransferredIn' }, () => null)
    .with({ type: 'SupplementRequested' }, () => {
      if (s.resolution) return reject('ALREADY_RESOLVED', who, 'a resolved dossier cannot be asked for a supplement');
      if (s.awaitingSupplementSince) {
        return reject(
          'SUPPLEMENT_PENDING',
          who,
          `already waiting for a supplement requested on ${s.awaitingSupplementSince}`,
        );
      }
      return null;
    })
    .with({ type: 'SupplementProvided' }, (e) => {
      if (!s.awaitingSupplementSince) {
        return reject('NO_SUPPLEMENT_PENDING', who, 'no supplement was requested, so none can be provided');
      }
      if (before(at, s.awaitingSupplementSince)) {
        return reject(
          'INVALID_COMMAND',
          who,
          `supplement provided at ${at}, before it was requested (${s.awaitingSupplementSince})`,
        );
      }
      if (before(e.data.dueAt, s.dueAt)) {
        return reject('INVALID_COMMAND', who, `a supplement cannot move the due date earlier than ${s.dueAt}`);
      }
      return null;
    })
    .with({ type: 'DueDateRescheduled' }, (e) => {
      if (s.rescheduledTo) {
        return reject(
          'ALREADY_RESCHEDULED',
          who,
          `the due date was already rescheduled to ${s.rescheduledTo}; it may be rescheduled only once`,
        );
      }
      if (dayOf(at) >= dayOf(s.dueAt)) {
        return reject(
          'RESCHEDULE_TOO_LATE',
          who,
          `the apology must come on a day before the due day ${dayOf(s.dueAt)}, not on ${dayOf(at)}`,
        );
      }
      if (!before(s.dueAt, e.data.newDueAt)) {
        return reject(
          'RESCHEDULE_NOT_LATER',
          who,
          `the new date ${e.data.newDueAt} must be later than the due date ${s.dueAt}`,
        );
      }
      return null;
    })
    .with({ type: 'DossierResolved' }, (e) => {
      if (s.resolution) {
        return reject(
          'ALREADY_RESOLVED',
          who,
          `the dossier was already resolved (${s.resolution.decision}) on ${s.resolution.at}`,
        );
      }
      if (e.data.decision === 'approved' && s.awaitingSupplementSince) {
        return reject(
          'SUPPLEMENT_PENDING',
          who,
          `cannot approve while waiting for a supplement requested on ${s.awaitingSupplementSince}`,
        );
      }
      return null;
    })
    .with({ type: 'ResultReturned' }, () => {
      if (!s.resolution)
        return reject('NOT_RESOLVED', who, 'no result can be returned before the dossier is resolved (approved)');
      if (before(at, s.resolution.at)) {
        return reject('NOT_RESOLVED', who, `result returned at ${at}, before the resolution (${s.resolution.at})`);
      }
      return null;
    })
    .with({ type: 'DossierWithdrawn' }, { type: 'DossierReturnedUnprocessed' }, () =>
      s.resolution
        ? reject('ALREADY_RESOLVED', who, 'an approved dossier can only be finished by returning its result')
        : null,
    )
    .with({ type: 'DossierDigitised' }, { type: 'FeePaid' }, { type: 'SatisfactionRated' }, () => null)
    .with({ type: 'EventCorrected' }, (e) => checkCorrection(s, e, now, who))
    .exhaustive();
}

/** A correction must name an event of this dossier, keep its type, and leave a history the rules accept. */
function checkCorrection(
  s: OpenDossier | FinishedDossier,
  e: EventOf<'EventCorrected'>,
  now: string,
  who: string,
): DomainError | null {
  const target = s.history.find((h) => h.meta.eventId === e.data.supersedes);
  if (!target) {
    return reject('CORRECTION_TARGET_UNKNOWN', who, `no event ${e.data.supersedes} in this dossier to correct`);
  }
  if (target.type === 'EventCorrected') {
    return reject('CORRECTION_INVALID', who, 'a correction cannot be corrected; correct the original event again');
  }
  const r = e.data.replacement;
  if (r) {
    if (r.type !== target.type) {
      return reject('CORRECTION_INVALID', who, `the replacement must be a ${target.type}, not ${r.type}`);
    }
    const data = EventDataSchemas[target.type].safeParse(r.data);
    if (!data.success) {
      const issues = issuesOf('replacement.data', data.error);
      return domainError(
        'CORRECTION_INVALID',
        `${who}: the replacement is not a valid ${target.type}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        { subject: who, issues },
      );
    }
    if (target.type === 'DossierReceived' || target.type === 'DossierTransferredIn') {
      const d = data.data as unknown as { office: string; dossierCode: string };
      if (d.office !== s.office || d.dossierCode !== s.code) {
        return reject('CORRECTION_INVALID', who, 'a correction cannot move the receipt to another dossier');
      }
    }
  }
  // Re-run every rule over the history as it would read after the correction.
  const corrected = effectiveEvents([...s.history, e]);
  let replay: DossierState = initialState;
  for (const h of corrected) {
    const problem = checkEvent(replay, h, now, who);
    if (problem) {
      return domainError(
        'CORRECTION_INVALID',
        `${who}: after this correction, ${problem.message.slice(who.length + 2)}`,
        {
          subject: who,
          issues: [{ path: h.meta.eventId, message: `${problem.code}: ${problem.message}` }],
        },
      );
    }
    replay = applyFact(replay, h);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// decide

export interface DeciderDeps {
  readonly calendar: WorkingCalendar;
  readonly catalogue: ProcedureCatalogue;
}

export interface Decider {
  readonly initialState: DossierState;
  decide(command: DossierCommand, state: DossierState): Result<DossierEvent[], DomainError>;
  evolve(state: DossierState, event: DossierEvent): DossierState;
}

type Draft = { type: EventType; data: Record<string, unknown> };

export function createDecider({ calendar, catalogue }: DeciderDeps): Decider {
  const openingData = (
    c: CommandOf<'ReceiveDossier'> | CommandOf<'TransferIn'>,
    who: string,
  ): Result<Record<string, unknown>, DomainError> => {
    const procedure = c.procedureCode ? catalogue.byCode(c.procedureCode) : undefined;
    const field = c.field ?? procedure?.field;
    if (!procedure && (c.field == null || c.dueAt == null)) {
      if (c.procedureCode) {
        return err(
          reject(
            'UNKNOWN_PROCEDURE',
            who,
            `procedure ${c.procedureCode} is not in the catalogue; give field and dueAt explicitly to record it anyway`,
          ),
        );
      }
      return err(
        domainError('INVALID_COMMAND', `${who}: give a procedureCode from the catalogue, or both field and dueAt`, {
          subject: who,
          issues: [
            ...(c.field == null ? [{ path: 'field', message: 'required without a procedureCode' }] : []),
            ...(c.dueAt == null ? [{ path: 'dueAt', message: 'required without a procedureCode' }] : []),
          ],
        }),
      );
    }
    const dueAt = c.dueAt ?? (procedure ? calendar.dueAt(c.receivedAt, procedure.timeLimit) : null);
    return ok({
      office: c.office,
      dossierCode: c.dossierCode,
      procedureCode: c.procedureCode ?? null,
      field,
      channel: c.channel,
      receivedAt: c.receivedAt,
      dueAt,
      applicantRef: c.applicantRef ?? null,
    });
  };

  /** The events a command asks for, before the rules are checked. */
  const drafts = (c: DossierCommand, state: DossierState, at: string, who: string): Result<Draft[], DomainError> =>
    match<DossierCommand, Result<Draft[], DomainError>>(c)
      .with({ type: 'ReceiveDossier' }, (c) => {
        const data = openingData(c, who);
        return data.ok ? ok([{ type: 'DossierReceived', data: data.value }]) : data;
      })
      .with({ type: 'TransferIn' }, (c) => {
        const data = openingData(c, who);
        return data.ok
          ? ok([{ type: 'DossierTransferredIn', data: { ...data.value, source: c.source, note: c.note ?? null } }])
          : data;
      })
      .with({ type: 'RequestSupplement' }, (c) => ok([{ type: 'SupplementRequested', data: { reason: c.reason } }]))
      .with({ type: 'ProvideSupplement' }, () => {
        // When not waiting the rule check rejects the event; the due date is then only a placeholder.
        const waiting = state.status === 'open' ? state.awaitingSupplementSince : null;
        const current = state.status === 'none' ? at : state.dueAt;
        const dueAt = waiting && !before(at, waiting) ? calendar.shiftForSupplement(current, waiting, at) : current;
        return ok([{ type: 'SupplementProvided', data: { dueAt } }]);
      })
      .with({ type: 'RescheduleDueDate' }, (c) =>
        ok([{ type: 'DueDateRescheduled', data: { reason: c.reason, newDueAt: c.newDueAt } }]),
      )
      .with({ type: 'ResolveDossier' }, (c) =>
        ok([{ type: 'DossierResolved', data: { decision: c.decision, note: c.note ?? null } }]),
      )
      .with({ type: 'ReturnResult' }, () => ok([{ type: 'ResultReturned', data: {} }]))
      .with({ type: 'WithdrawDossier' }, (c) => ok([{ type: 'DossierWithdrawn', data: { reason: c.reason ?? null } }]))
      .with({ type: 'ReturnUnprocessed' }, (c) =>
        ok([{ type: 'DossierReturnedUnprocessed', data: { reason: c.reason } }]),
      )
      .with({ type: 'DigitiseDossier' }, (c) => ok([{ type: 'DossierDigitised', data: { what: c.what } }]))
      .with({ type: 'PayFee' }, (c) => ok([{ type: 'FeePaid', data: { method: c.method, amountVnd: c.amountVnd } }]))
      .with({ type: 'RateSatisfaction' }, (c) =>
        ok([
          {
            type: 'SatisfactionRated',
            data: { score: c.score, complaint: c.complaint, comment: c.comment ?? null },
          },
        ]),
      )
      .with({ type: 'CorrectEvent' }, (c) =>
        ok([
          {
            type: 'EventCorrected',
            data: { supersedes: c.supersedes, reason: c.reason, replacement: c.replacement },
          },
        ]),
      )
      .exhaustive();

  function decide(command: DossierCommand, state: DossierState): Result<DossierEvent[], DomainError> {
    const parsed = parseCommand(command);
    if (!parsed.ok) return parsed;
    const c = parsed.value;
    const who = `${c.office}/${c.dossierCode}`;
    if (state.status !== 'none' && (state.office !== c.office || state.code !== c.dossierCode)) {
      return err(
        domainError(
          'INVALID_COMMAND',
          `${who}: the command was given the state of another dossier (${state.office}/${state.code})`,
          {
            subject: who,
          },
        ),
      );
    }
    const now = c.meta.issuedAt;
    const at = c.type === 'ReceiveDossier' || c.type === 'TransferIn' ? c.receivedAt : (c.at ?? now);
    // State rules first (not found, finished, already received) so they win over data problems.
    if (c.type !== 'ReceiveDossier' && c.type !== 'TransferIn' && state.status === 'none') {
      return err(reject('DOSSIER_NOT_FOUND', who, 'no such dossier has been received'));
    }
    if ((c.type === 'ReceiveDossier' || c.type === 'TransferIn') && state.status !== 'none') {
      return err(reject('DOSSIER_ALREADY_EXISTS', who, `the dossier was already received on ${state.receivedAt}`));
    }
    let planned: Result<Draft[], DomainError>;
    try {
      planned = drafts(c, state, at, who);
    } catch (e) {
      // The calendar rejects what it cannot compute (e.g. no working day within years) by throwing.
      if (e instanceof DomainRejection) return err(e.error);
      throw e;
    }
    if (!planned.ok) return planned;
    const events: DossierEvent[] = [];
    let next = state;
    for (const [i, d] of planned.value.entries()) {
      const data = EventDataSchemas[d.type].safeParse(d.data);
      if (!data.success) {
        const issues = issuesOf('', data.error);
        return err(
          domainError('INVALID_COMMAND', `${who}: ${issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`, {
            subject: who,
            issues,
          }),
        );
      }
      const meta: EventMeta = {
        eventId: eventIdFor(c.meta.commandId, i),
        occurredAt: at,
        actor: c.meta.actor,
        office: c.office as OfficeCode,
        correlationId: c.meta.correlationId ?? c.meta.commandId,
        causationId: c.meta.causationId ?? null,
        commandId: c.meta.commandId,
      };
      const event = {
        type: d.type,
        schemaVersion: CURRENT_SCHEMA_VERSION[d.type],
        data: data.data,
        meta,
      } as DossierEvent;
      const problem = checkEvent(next, event, now, who);
      if (problem) return err(problem);
      // data passed its schema just above; meta is built from command fields that CommandMetaSchema and
      // the command schemas checked with EventMetaSchema's rules (decider.test.ts checks every decided
      // event against parseEvent), so the store need not validate these events again.
      events.push(markValidated(event));
      next = evolve(next, event);
    }
    return ok(events);
  }

  return { initialState, decide, evolve };
}

/** The decider with the default working calendar and the sample catalogue. */
export const defaultDecider: Decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });

/** decide with the default calendar and the sample catalogue; use createDecider for an office's own. */
export const decide = (command: DossierCommand, state: DossierState): Result<DossierEvent[], DomainError> =>
  defaultDecider.decide(command, state);

/**
 * The events a command id already produced in this dossier. A caller retrying a command whose events
 * were stored can append these again (the store recognises the command id) instead of deciding anew.
 */
export const eventsOfCommand = (state: DossierState, commandId: string): DossierEvent[] =>
  state.history.filter((e) => e.meta.commandId === commandId);
