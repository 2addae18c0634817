// The dossier decider: decide(command, state) → events or a typed rejection; evolve(state, event) → state.
// Each rule lives once, in checkEvent, and is applied both to new events and, when a correction rewrites
// history, to the corrected history as a whole: a correction cannot smuggle in what a command could not.
import type { WorkingCalendar } from './calendar.js';
import { defaultCalendar } from './calendar.js';
import { eventIdFor, issuesOf, isValidEventDataFast } from './codec.js';
import { type CommandOf, type DossierCommand, isValidCommandFast, parseCommand } from './commands.js';
import {
  type DomainError,
  type DomainErrorCode,
  DomainRejection,
  domainError,
  err,
  ok,
  type Result,
} from './errors.js';
import { EVENT_NAMES_VI } from './event-names.js';
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
import { RULE_SETS, ruleSetOf } from './rule-sets.js';
import { dayOf, toMs, viClock, viDay } from './time.js';

export type FinishKind = 'returned' | 'withdrawn' | 'returnedUnprocessed' | 'refused' | 'stopped';

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
  /** When the latest processing step was handed over; the next may not come before it. */
  readonly lastHandoverAt: string | null;
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
  lastHandoverAt: null,
  eventIds: s.eventIds,
  revision: s.revision,
  history: s.history,
});

/** The effect of one fact on the dossier, ignoring corrections and bookkeeping. Total: never throws. */
function applyFact(s: DossierState, e: DossierEvent): DossierState {
  if (e.type === 'DossierReceived' || e.type === 'DossierTransferredIn') return s.status === 'none' ? open(s, e) : s;
  if (s.status === 'none') return s;
  const at = e.meta.occurredAt;
  // A switch, not ts-pattern, and plain spreads, not immer: this runs for every event of every dossier.
  switch (e.type) {
    case 'EventCorrected':
      return s;
    case 'SupplementRequested':
      return { ...s, awaitingSupplementSince: at, supplementRequests: s.supplementRequests + 1 };
    case 'SupplementProvided':
      return { ...s, awaitingSupplementSince: null, dueAt: e.data.dueAt };
    case 'DueDateRescheduled':
      return { ...s, rescheduledTo: e.data.newDueAt };
    case 'DossierResolved': {
      const resolved = { ...s, resolution: { decision: e.data.decision, at, note: e.data.note } };
      return resolved.status === 'open' && e.data.decision === 'refused' ? finish(resolved, at, 'refused') : resolved;
    }
    case 'ResultReturned':
      return s.status === 'open' ? finish(s, at, 'returned') : s;
    case 'DossierWithdrawn':
      return s.status === 'open' ? finish(s, at, 'withdrawn') : s;
    case 'DossierReturnedUnprocessed':
      return s.status === 'open' ? finish(s, at, 'returnedUnprocessed') : s;
    case 'DossierDigitised':
      return { ...s, digitised: { ...s.digitised, [e.data.what]: true } };
    case 'FeePaid':
      return { ...s, payments: [...s.payments, { method: e.data.method, amountVnd: e.data.amountVnd, at }] };
    case 'SatisfactionRated':
      return { ...s, rating: { score: e.data.score, complaint: e.data.complaint, comment: e.data.comment, at } };
    case 'DossierHandedOver':
      return { ...s, lastHandoverAt: at };
    case 'ProcessingStopped':
      return s.status === 'open' ? finish(s, at, 'stopped') : s;
    default:
      return unreachable(e);
  }
}

const unreachable = (x: never): never => {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
};

/**
 * The events as currently read: each superseded event replaced by its latest correction's replacement
 * (keeping its place, id and metadata other than occurredAt), or dropped when retracted. Corrections
 * themselves are not part of the result.
 */
export function effectiveEvents(events: readonly DossierEvent[]): DossierEvent[] {
  if (!events.some((e) => e.type === 'EventCorrected')) return [...events];
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
  const next = applyFact(state, event);
  // Every state this module makes keeps eventIds in step with history; extend it rather than re-map.
  const eventIds =
    state.eventIds.length === state.history.length
      ? [...state.eventIds, event.meta.eventId]
      : history.map((e) => e.meta.eventId);
  if (next === state) return { ...state, history, eventIds, revision: history.length };
  // applyFact returned a new object no one else holds yet: fill in its bookkeeping instead of copying it again.
  const fresh = next as { -readonly [K in keyof Bookkeeping]: Bookkeeping[K] };
  fresh.history = history;
  fresh.eventIds = eventIds;
  fresh.revision = history.length;
  return next;
}

/** The state of one dossier from its events, in stream order. */
export const foldEvents = (events: readonly DossierEvent[]): DossierState => events.reduce(evolve, initialState);

// ---------------------------------------------------------------------------------------------------------
// rules

const subjectOf = (s: DossierState, fallback: string): string =>
  s.status === 'none' ? fallback : `${s.office}/${s.code}`;

const REQUIRED_WITHOUT_PROCEDURE = {
  message: 'required without a procedureCode',
  messageVi: 'bắt buộc khi không có procedureCode',
};

const FINISH_VI: Record<FinishKind, string> = {
  returned: 'đã trả kết quả',
  withdrawn: 'đã rút',
  returnedUnprocessed: 'đã trả lại không giải quyết',
  refused: 'từ chối',
  stopped: 'đã dừng giải quyết',
};

/**
 * An instant as a clerk reads it, in office time: "09:00 ngày 04/06/2024" (seconds when not 0), for
 * Vietnamese messages; the English keep the ISO time that was given.
 */
const vt = (instant: string): string => `${viClock(instant)} ngày ${viDay(dayOf(instant))}`;

/** A broken rule, said in English and in Vietnamese (what a clerk reads). */
const reject = (code: DomainErrorCode, subject: string, rule: string, ruleVi: string): DomainError =>
  domainError(code, `${subject}: ${rule}`, { subject, messageVi: `${subject}: ${ruleVi}` });

// The same instants (receipt, resolution, the import's "now") are compared again for every event of a
// dossier; Date.parse once per string. Bounded: cleared when full.
const msOf = new Map<string, number>();
const ms = (instant: string): number => {
  let v = msOf.get(instant);
  if (v === undefined) {
    v = toMs(instant);
    if (msOf.size >= 4096) msOf.clear();
    msOf.set(instant, v);
  }
  return v;
};

const before = (a: string, b: string): boolean => ms(a) < ms(b);

/** Nothing can be received after the command was issued: the one rule, for the event and for the command. */
function receivedInFuture(receivedAt: string, now: string, subject: string): DomainError | null {
  if (!before(now, receivedAt)) return null;
  return reject(
    'RECEIVED_IN_FUTURE',
    subject,
    `received at ${receivedAt}, which is after now (${now}): nothing can be received in the future`,
    `tiếp nhận lúc ${vt(receivedAt)}, sau thời điểm hiện tại (${vt(now)}): không thể tiếp nhận ở tương lai`,
  );
}

/**
 * Whether `event` may follow `state`. `now` is when the command was issued (a receipt may not lie after it);
 * `subject` names the dossier in messages when the state does not know it yet.
 */
export function checkEvent(state: DossierState, event: DossierEvent, now: string, subject: string): DomainError | null {
  // The subject is only for messages: made when a rule is broken, not for every event checked.
  const at = event.meta.occurredAt;
  if (OPENING_TYPES.includes(event.type)) {
    if (state.status !== 'none') {
      return reject(
        'DOSSIER_ALREADY_EXISTS',
        subjectOf(state, subject),
        `the dossier was already received on ${state.receivedAt}`,
        `hồ sơ đã được tiếp nhận lúc ${vt(state.receivedAt)}`,
      );
    }
  } else {
    if (state.status === 'none')
      return reject(
        'DOSSIER_NOT_FOUND',
        subjectOf(state, subject),
        'no such dossier has been received',
        'chưa tiếp nhận hồ sơ nào như vậy',
      );
    if (state.status === 'finished' && !AFTER_FINISH.includes(event.type)) {
      if (event.type === 'ResultReturned' && state.finishKind === 'returned') {
        return reject(
          'ALREADY_RETURNED',
          subjectOf(state, subject),
          `the result was already returned on ${state.finishedAt}`,
          `kết quả đã được trả lúc ${vt(state.finishedAt)}`,
        );
      }
      return reject(
        'DOSSIER_FINISHED',
        subjectOf(state, subject),
        `the dossier was finished (${state.finishKind}) on ${state.finishedAt}; only digitisation, payment, rating and corrections are accepted`,
        `hồ sơ đã kết thúc (${FINISH_VI[state.finishKind]}) lúc ${vt(state.finishedAt)}; chỉ còn nhận số hóa, thanh toán, đánh giá và đính chính`,
      );
    }
    if (before(at, state.receivedAt)) {
      return reject(
        'BEFORE_RECEIPT',
        subjectOf(state, subject),
        `${event.type} at ${at} is before the dossier was received (${state.receivedAt})`,
        `${EVENT_NAMES_VI[event.type]} lúc ${vt(at)} trước thời điểm tiếp nhận hồ sơ (${vt(state.receivedAt)})`,
      );
    }
  }
  if (state.status === 'none') {
    // Only opening events reach here.
    const e = event as EventOf<'DossierReceived'> | EventOf<'DossierTransferredIn'>;
    const future = receivedInFuture(e.data.receivedAt, now, subjectOf(state, subject));
    if (future) return future;
    if (ms(at) !== ms(e.data.receivedAt)) {
      // Receipts happen when they are received; a corrected receipt must move both together.
      return reject(
        'INVALID_COMMAND',
        subjectOf(state, subject),
        `${e.type} must occur at its receivedAt (${e.data.receivedAt}), not ${at}`,
        `${EVENT_NAMES_VI[e.type]} phải xảy ra đúng lúc receivedAt (${vt(e.data.receivedAt)}), không phải ${vt(at)}`,
      );
    }
    if (before(e.data.dueAt, e.data.receivedAt)) {
      return reject(
        'INVALID_COMMAND',
        subjectOf(state, subject),
        `due date ${e.data.dueAt} is before the receipt (${e.data.receivedAt})`,
        `hạn xử lý ${vt(e.data.dueAt)} trước thời điểm tiếp nhận (${vt(e.data.receivedAt)})`,
      );
    }
    return null;
  }
  const s = state;
  const e = event;
  switch (e.type) {
    case 'DossierReceived':
    case 'DossierTransferredIn':
      return null;
    case 'SupplementRequested': {
      if (s.resolution)
        return reject(
          'ALREADY_RESOLVED',
          subjectOf(state, subject),
          'a resolved dossier cannot be asked for a supplement',
          'hồ sơ đã giải quyết thì không thể yêu cầu bổ sung',
        );
      if (s.awaitingSupplementSince) {
        return reject(
          'SUPPLEMENT_PENDING',
          subjectOf(state, subject),
          `already waiting for a supplement requested on ${s.awaitingSupplementSince}`,
          `đang chờ bổ sung theo yêu cầu lúc ${vt(s.awaitingSupplementSince)}`,
        );
      }
      return null;
    }
    case 'SupplementProvided': {
      if (!s.awaitingSupplementSince) {
        return reject(
          'NO_SUPPLEMENT_PENDING',
          subjectOf(state, subject),
          'no supplement was requested, so none can be provided',
          'chưa có yêu cầu bổ sung nên không thể ghi nhận bổ sung',
        );
      }
      if (before(at, s.awaitingSupplementSince)) {
        return reject(
          'INVALID_COMMAND',
          subjectOf(state, subject),
          `supplement provided at ${at}, before it was requested (${s.awaitingSupplementSince})`,
          `bổ sung lúc ${vt(at)}, trước khi được yêu cầu (${vt(s.awaitingSupplementSince)})`,
        );
      }
      if (before(e.data.dueAt, s.dueAt)) {
        return reject(
          'INVALID_COMMAND',
          subjectOf(state, subject),
          `a supplement cannot move the due date earlier than ${s.dueAt}`,
          `bổ sung không thể đưa hạn xử lý về sớm hơn ${vt(s.dueAt)}`,
        );
      }
      return null;
    }
    case 'DueDateRescheduled': {
      if (s.rescheduledTo) {
        return reject(
          'ALREADY_RESCHEDULED',
          subjectOf(state, subject),
          `the due date was already rescheduled to ${s.rescheduledTo}; it may be rescheduled only once`,
          `hạn xử lý đã được gia hạn đến ${vt(s.rescheduledTo)}; chỉ được gia hạn một lần`,
        );
      }
      if (dayOf(at) >= dayOf(s.dueAt)) {
        return reject(
          'RESCHEDULE_TOO_LATE',
          subjectOf(state, subject),
          `the apology must come on a day before the due day ${dayOf(s.dueAt)}, not on ${dayOf(at)}`,
          `văn bản xin lỗi phải có trước ngày hẹn trả ${dayOf(s.dueAt)}, không phải ngày ${dayOf(at)}`,
        );
      }
      if (!before(s.dueAt, e.data.newDueAt)) {
        return reject(
          'RESCHEDULE_NOT_LATER',
          subjectOf(state, subject),
          `the new date ${e.data.newDueAt} must be later than the due date ${s.dueAt}`,
          `hạn mới ${vt(e.data.newDueAt)} phải sau hạn xử lý ${vt(s.dueAt)}`,
        );
      }
      return null;
    }
    case 'DossierResolved': {
      if (s.resolution) {
        return reject(
          'ALREADY_RESOLVED',
          subjectOf(state, subject),
          `the dossier was already resolved (${s.resolution.decision}) on ${s.resolution.at}`,
          `hồ sơ đã được giải quyết (${s.resolution.decision === 'approved' ? 'phê duyệt' : 'từ chối'}) lúc ${vt(s.resolution.at)}`,
        );
      }
      if (e.data.decision === 'approved' && s.awaitingSupplementSince) {
        return reject(
          'SUPPLEMENT_PENDING',
          subjectOf(state, subject),
          `cannot approve while waiting for a supplement requested on ${s.awaitingSupplementSince}`,
          `không thể phê duyệt khi đang chờ bổ sung theo yêu cầu lúc ${vt(s.awaitingSupplementSince)}`,
        );
      }
      return null;
    }
    case 'ResultReturned': {
      if (!s.resolution)
        return reject(
          'NOT_RESOLVED',
          subjectOf(state, subject),
          'no result can be returned before the dossier is resolved (approved)',
          'chưa thể trả kết quả trước khi hồ sơ được giải quyết (phê duyệt)',
        );
      if (before(at, s.resolution.at)) {
        return reject(
          'NOT_RESOLVED',
          subjectOf(state, subject),
          `result returned at ${at}, before the resolution (${s.resolution.at})`,
          `trả kết quả lúc ${vt(at)}, trước khi giải quyết (${vt(s.resolution.at)})`,
        );
      }
      return null;
    }
    case 'DossierWithdrawn':
    case 'DossierReturnedUnprocessed':
      return s.resolution
        ? reject(
            'ALREADY_RESOLVED',
            subjectOf(state, subject),
            'an approved dossier can only be finished by returning its result',
            'hồ sơ đã phê duyệt chỉ kết thúc bằng việc trả kết quả',
          )
        : null;
    case 'DossierDigitised':
    case 'FeePaid':
    case 'SatisfactionRated':
      return null;
    case 'EventCorrected':
      return checkCorrection(s, e, now, subjectOf(state, subject));
    case 'DossierHandedOver': {
      if (s.lastHandoverAt && before(at, s.lastHandoverAt)) {
        return reject(
          'HANDOVER_OUT_OF_ORDER',
          subjectOf(state, subject),
          `handed over at ${at}, before the previous step was handed over (${s.lastHandoverAt})`,
          `chuyển giao lúc ${vt(at)}, trước lần chuyển giao trước đó (${vt(s.lastHandoverAt)})`,
        );
      }
      if (e.data.stepDueAt && before(e.data.stepDueAt, at)) {
        return reject(
          'INVALID_COMMAND',
          subjectOf(state, subject),
          `the step's deadline ${e.data.stepDueAt} is before its hand-over (${at})`,
          `hạn của bước ${vt(e.data.stepDueAt)} trước thời điểm chuyển giao (${vt(at)})`,
        );
      }
      return null;
    }
    case 'ProcessingStopped':
      return checkStop(s, subjectOf(state, subject));
    default:
      return unreachable(e);
  }
}

/**
 * The stop notice exists only under the rule set the dossier was received under (Nghị định 118/2025
 * and Thông tư 03/2025, Mẫu 05; a dossier received earlier stays under Nghị định 61/2018, which has no
 * such notice), and, like a withdrawal, not after an approval: an approved dossier ends by its result.
 */
function checkStop(s: OpenDossier | FinishedDossier, who: string): DomainError | null {
  const rules = ruleSetOf(s.receivedAt);
  if (!rules.stopNotice) {
    return reject(
      'RULE_NOT_IN_FORCE',
      who,
      `a stop notice exists only for dossiers received from ${STOP_NOTICE_FROM} (Decree 118/2025); this one was received on ${dayOf(s.receivedAt)}, under ${rules.id}`,
      `thông báo dừng giải quyết hồ sơ chỉ áp dụng cho hồ sơ tiếp nhận từ ngày ${STOP_NOTICE_FROM} (Nghị định 118/2025/NĐ-CP); hồ sơ này tiếp nhận ngày ${dayOf(s.receivedAt)}, theo ${rules.nameVi}`,
    );
  }
  if (s.resolution) {
    return reject(
      'ALREADY_RESOLVED',
      who,
      'an approved dossier can only be finished by returning its result',
      'hồ sơ đã phê duyệt chỉ kết thúc bằng việc trả kết quả',
    );
  }
  return null;
}

const STOP_NOTICE_FROM = RULE_SETS.find((r) => r.stopNotice)?.validFrom ?? '';

/** A correction must name an event of this dossier, keep its type, and leave a history the rules accept. */
function checkCorrection(
  s: OpenDossier | FinishedDossier,
  e: EventOf<'EventCorrected'>,
  now: string,
  who: string,
): DomainError | null {
  const target = s.history.find((h) => h.meta.eventId === e.data.supersedes);
  if (!target) {
    return reject(
      'CORRECTION_TARGET_UNKNOWN',
      who,
      `no event ${e.data.supersedes} in this dossier to correct`,
      `hồ sơ này không có sự kiện ${e.data.supersedes} để đính chính`,
    );
  }
  if (target.type === 'EventCorrected') {
    return reject(
      'CORRECTION_INVALID',
      who,
      'a correction cannot be corrected; correct the original event again',
      'không thể đính chính một bản đính chính; hãy đính chính lại sự kiện gốc',
    );
  }
  const r = e.data.replacement;
  if (r) {
    if (r.type !== target.type) {
      return reject(
        'CORRECTION_INVALID',
        who,
        `the replacement must be a ${target.type}, not ${r.type}`,
        `sự kiện thay thế phải là ${EVENT_NAMES_VI[target.type]} (${target.type}), không phải ${r.type}`,
      );
    }
    const data = EventDataSchemas[target.type].safeParse(r.data);
    if (!data.success) {
      const issues = issuesOf('replacement.data', data.error);
      return domainError(
        'CORRECTION_INVALID',
        `${who}: the replacement is not a valid ${target.type}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        {
          subject: who,
          issues,
          messageVi: `${who}: sự kiện thay thế không phải ${EVENT_NAMES_VI[target.type]} (${target.type}) hợp lệ: ${issues.map((i) => i.path).join(', ')}`,
        },
      );
    }
    if (target.type === 'DossierReceived' || target.type === 'DossierTransferredIn') {
      const d = data.data as unknown as { office: string; dossierCode: string };
      if (d.office !== s.office || d.dossierCode !== s.code) {
        return reject(
          'CORRECTION_INVALID',
          who,
          'a correction cannot move the receipt to another dossier',
          'đính chính không thể chuyển việc tiếp nhận sang hồ sơ khác',
        );
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
          ...(problem.messageVi
            ? { messageVi: `${who}: sau đính chính này, ${problem.messageVi.slice(who.length + 2)}` }
            : {}),
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
            `thủ tục ${c.procedureCode} không có trong danh mục; hãy ghi rõ field và dueAt để vẫn ghi nhận`,
          ),
        );
      }
      return err(
        domainError('INVALID_COMMAND', `${who}: give a procedureCode from the catalogue, or both field and dueAt`, {
          subject: who,
          messageVi: `${who}: hãy cho procedureCode có trong danh mục, hoặc cả field và dueAt`,
          issues: [
            ...(c.field == null ? [{ path: 'field', ...REQUIRED_WITHOUT_PROCEDURE }] : []),
            ...(c.dueAt == null ? [{ path: 'dueAt', ...REQUIRED_WITHOUT_PROCEDURE }] : []),
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
  const drafts = (c: DossierCommand, state: DossierState, at: string, who: string): Result<Draft[], DomainError> => {
    // A switch over the command union, exhaustive by `unreachable(c)`: ts-pattern built a matcher of
    // thirteen cases (objects and closures) for every command, a tenth of deciding one.
    switch (c.type) {
      case 'ReceiveDossier': {
        const data = openingData(c, who);
        return data.ok ? ok([{ type: 'DossierReceived', data: data.value }]) : data;
      }
      case 'TransferIn': {
        const data = openingData(c, who);
        return data.ok
          ? ok([{ type: 'DossierTransferredIn', data: { ...data.value, source: c.source, note: c.note ?? null } }])
          : data;
      }
      case 'RequestSupplement':
        return ok([{ type: 'SupplementRequested', data: { reason: c.reason } }]);
      case 'ProvideSupplement': {
        // When not waiting the rule check rejects the event; the due date is then only a placeholder.
        const waiting = state.status === 'open' ? state.awaitingSupplementSince : null;
        const current = state.status === 'none' ? at : state.dueAt;
        const dueAt = waiting && !before(at, waiting) ? calendar.shiftForSupplement(current, waiting, at) : current;
        return ok([{ type: 'SupplementProvided', data: { dueAt } }]);
      }
      case 'RescheduleDueDate':
        return ok([{ type: 'DueDateRescheduled', data: { reason: c.reason, newDueAt: c.newDueAt } }]);
      case 'ResolveDossier':
        return ok([{ type: 'DossierResolved', data: { decision: c.decision, note: c.note ?? null } }]);
      case 'ReturnResult':
        return ok([{ type: 'ResultReturned', data: {} }]);
      case 'WithdrawDossier':
        return ok([{ type: 'DossierWithdrawn', data: { reason: c.reason ?? null } }]);
      case 'ReturnUnprocessed':
        return ok([{ type: 'DossierReturnedUnprocessed', data: { reason: c.reason } }]);
      case 'DigitiseDossier':
        return ok([{ type: 'DossierDigitised', data: { what: c.what } }]);
      case 'PayFee':
        return ok([{ type: 'FeePaid', data: { method: c.method, amountVnd: c.amountVnd } }]);
      case 'RateSatisfaction':
        return ok([
          { type: 'SatisfactionRated', data: { score: c.score, complaint: c.complaint, comment: c.comment ?? null } },
        ]);
      case 'CorrectEvent':
        return ok([
          { type: 'EventCorrected', data: { supersedes: c.supersedes, reason: c.reason, replacement: c.replacement } },
        ]);
      case 'HandOverDossier': {
        const { fromUnit, giver, toUnit, receiver } = c;
        const data = { fromUnit, giver, toUnit, receiver, stepDueAt: c.stepDueAt ?? null, note: c.note ?? null };
        return ok([{ type: 'DossierHandedOver', data }]);
      }
      case 'StopProcessing':
        return ok([{ type: 'ProcessingStopped', data: { reason: c.reason } }]);
      default:
        return unreachable(c);
    }
  };

  function decide(command: DossierCommand, state: DossierState): Result<DossierEvent[], DomainError> {
    // A command that certainly passes its schema unchanged is used as it is; anything else goes through
    // zod, which rejects it with messages or returns the normalised copy.
    let c: DossierCommand;
    if (isValidCommandFast(command)) c = command;
    else {
      const parsed = parseCommand(command);
      if (!parsed.ok) return parsed;
      c = parsed.value;
    }
    const who = `${c.office}/${c.dossierCode}`;
    if (state.status !== 'none' && (state.office !== c.office || state.code !== c.dossierCode)) {
      return err(
        domainError(
          'INVALID_COMMAND',
          `${who}: the command was given the state of another dossier (${state.office}/${state.code})`,
          {
            subject: who,
            messageVi: `${who}: lệnh được cho trạng thái của một hồ sơ khác (${state.office}/${state.code})`,
          },
        ),
      );
    }
    const now = c.meta.issuedAt;
    const at = c.type === 'ReceiveDossier' || c.type === 'TransferIn' ? c.receivedAt : (c.at ?? now);
    // State rules first (not found, finished, already received) so they win over data problems.
    if (c.type !== 'ReceiveDossier' && c.type !== 'TransferIn' && state.status === 'none') {
      return err(
        reject('DOSSIER_NOT_FOUND', who, 'no such dossier has been received', 'chưa tiếp nhận hồ sơ nào như vậy'),
      );
    }
    if ((c.type === 'ReceiveDossier' || c.type === 'TransferIn') && state.status !== 'none') {
      return err(
        reject(
          'DOSSIER_ALREADY_EXISTS',
          who,
          `the dossier was already received on ${state.receivedAt}`,
          `hồ sơ đã được tiếp nhận lúc ${vt(state.receivedAt)}`,
        ),
      );
    }
    // Before the due date is counted: a receipt dated far ahead (a typed year 9999) would first fail the
    // calendar, as if the calendar were broken, instead of being refused for what it is.
    if (c.type === 'ReceiveDossier' || c.type === 'TransferIn') {
      const future = receivedInFuture(c.receivedAt, now, who);
      if (future) return err(future);
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
    const drafted = planned.value;
    for (let i = 0; i < drafted.length; i++) {
      const d = drafted[i]!;
      let data = d.data;
      if (!isValidEventDataFast(d.type, data)) {
        const parsed = EventDataSchemas[d.type].safeParse(data);
        if (!parsed.success) {
          const issues = issuesOf('', parsed.error);
          return err(
            domainError('INVALID_COMMAND', `${who}: ${issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`, {
              subject: who,
              issues,
            }),
          );
        }
        data = parsed.data as Record<string, unknown>;
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
        data,
        meta,
      } as DossierEvent;
      const problem = checkEvent(next, event, now, who);
      if (problem) return err(problem);
      // data passed its schema just above; meta is built from command fields that CommandMetaSchema and
      // the command schemas checked with EventMetaSchema's rules (decider.test.ts checks every decided
      // event against parseEvent). The store still checks them on the way in (validated.ts says why).
      events.push(event);
      // The next draft (if any) is checked against the state after this one.
      if (i < drafted.length - 1) next = evolve(next, event);
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
