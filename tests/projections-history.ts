// Random histories of several offices for the projection properties, and a reference model of the
// counting rules written the plain way (string days via dayOf, one dossier at a time, no columns), so
// the properties can compare the ledger with the contract and not only with itself.
import { dayOf, ruleSetOfDay, toVnIso } from '@motcua/domain';
import { type Counts, emptyCounts, type Form06Query } from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';
import fc from 'fast-check';

export const OFFICES = ['X1', 'X2', 'Y1'] as const;
export const FIELDS = ['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai'] as const;
/** Histories live in [2023-12-01, 2023-12-01 + WINDOW_DAYS) office time. */
export const T0 = Date.parse('2023-12-01T00:00:00+07:00');
export const WINDOW_DAYS = 250;
const MIN = 60_000;
const DAY = 86_400_000;

const FINISH_KINDS = [
  'ResultReturned',
  'ResultReturned',
  'DossierWithdrawn',
  'DossierReturnedUnprocessed',
  'refused',
  'ProcessingStopped',
] as const;

const delayArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 600 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 * 1440 }) }, // entered days late
);

export const dossierArb = fc.record({
  office: fc.constantFrom(...OFFICES),
  field: fc.constantFrom(...FIELDS),
  channel: fc.constantFrom('online', 'direct', 'postal'),
  transferred: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  // Minutes from T0; bias a few receipts to the last minutes before/after midnight.
  recvMin: fc.oneof(
    fc.integer({ min: 0, max: (WINDOW_DAYS - 60) * 1440 }),
    fc.integer({ min: 1, max: WINDOW_DAYS - 60 }).map((d) => d * 1440 - 30),
  ),
  dueDays: fc.integer({ min: 0, max: 20 }),
  dueMin: fc.integer({ min: 0, max: 1439 }),
  supplements: fc.array(
    fc.record({
      after: fc.integer({ min: 0, max: 8 * 1440 }),
      wait: fc.option(fc.integer({ min: 0, max: 10 * 1440 }), { nil: undefined, freq: 4 }),
      extendDays: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 2 },
  ),
  reschedules: fc.array(fc.integer({ min: 0, max: 20 * 1440 }), { maxLength: 2 }),
  finish: fc.option(
    fc.record({
      kind: fc.constantFrom(...FINISH_KINDS),
      after: fc.oneof(fc.integer({ min: 0, max: 45 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 })),
      approvedFirst: fc.boolean(),
    }),
    { nil: undefined, freq: 5 },
  ),
  papers: fc.boolean(),
  result: fc.boolean(),
  fee: fc.option(fc.record({ online: fc.boolean(), amount: fc.constantFrom(0, 20_000) }), { nil: undefined }),
  delays: fc.array(delayArb, { minLength: 14, maxLength: 14 }),
  shuffle: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  order: fc.array(fc.integer(), { minLength: 14, maxLength: 14 }),
  correction: fc.option(
    fc.record({
      target: fc.constantFrom('finish', 'opening', 'supplement'),
      kind: fc.constantFrom('retract', 'move', 'refield'),
      shiftMin: fc.integer({ min: -6 * 1440, max: 6 * 1440 }),
      delay: fc.integer({ min: 1, max: 30 * 1440 }),
      field: fc.constantFrom(...FIELDS),
      undo: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      undoDelay: fc.integer({ min: 1, max: 10 * 1440 }),
    }),
    { nil: undefined, freq: 4 },
  ),
  zulu: fc.boolean(),
});

export type DossierSpec = typeof dossierArb extends fc.Arbitrary<infer S> ? S : never;

export const historyArb = (maxDossiers = 40, size: fc.SizeForArbitrary = 'small') =>
  fc.array(dossierArb, { minLength: 0, maxLength: maxDossiers, size });

/** Periods whose bounds fall on days something happened (±1): where off-by-one rules differ. */
export function boundaryQueries(events: readonly RecordedEvent[], picks: readonly number[]) {
  const days = [
    ...new Set(
      events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        return [e.meta.occurredAt, d.receivedAt, d.dueAt].filter((x): x is string => typeof x === 'string').map(dayOf);
      }),
    ),
  ].sort();
  if (days.length === 0) return [];
  return picks.map((p) => {
    const a = days[p % days.length]!;
    const b = days[(p >>> 3) % days.length]!;
    const shift = (p >>> 6) % 3; // the day itself, the day after, the day before
    const move = (day: string) =>
      dayOf(Date.parse(`${day}T12:00:00+07:00`) + (shift === 0 ? 0 : shift === 1 ? DAY : -DAY));
    const [from, to] = a <= b ? [move(a), b] : [move(b), a];
    return from <= to ? { from, to } : { from: to, to: from };
  });
}

interface Draft {
  type: string;
  schemaVersion: number;
  occ: number;
  data: Record<string, unknown>;
  eventId: string;
  /** Business-order rank for the stream order; the opening is always first. */
  rank: number;
}

/** The global log: each dossier's stream in order, merged by recordedAt; the window starts at t0. */
export function buildLog(specs: readonly DossierSpec[], t0 = T0): RecordedEvent[] {
  const all: Array<{ rec: number; d: number; i: number; e: Omit<RecordedEvent, 'position'> }> = [];
  specs.forEach((s, d) => {
    const code = `D${d}`;
    const iso = (ms: number) => (s.zulu ? new Date(ms).toISOString() : toVnIso(ms));
    let n = 0;
    const id = () => `${s.office}-${code}-${n++}`;
    const recv = t0 + s.recvMin * MIN;
    let due = recv + s.dueDays * DAY + s.dueMin * MIN;
    const opening: Draft = {
      type: s.transferred ? 'DossierTransferredIn' : 'DossierReceived',
      schemaVersion: 1,
      occ: recv,
      rank: 0,
      eventId: id(),
      data: {
        office: s.office,
        dossierCode: code,
        procedureCode: null,
        field: s.field,
        channel: s.channel,
        receivedAt: iso(recv),
        dueAt: iso(due),
        applicantRef: null,
        ...(s.transferred ? { source: 'prior-period', note: null } : {}),
      },
    };
    const rest: Draft[] = [];
    const push = (type: string, occ: number, data: Record<string, unknown>, schemaVersion = 1) =>
      rest.push({ type, occ, data, schemaVersion, eventId: id(), rank: rest.length + 1 });
    let cursor = recv;
    for (const sup of s.supplements) {
      cursor += sup.after * MIN;
      push('SupplementRequested', cursor, { reason: 'bổ sung giấy tờ' });
      if (sup.wait === undefined) break;
      cursor += sup.wait * MIN;
      due += sup.extendDays * DAY;
      push('SupplementProvided', cursor, { dueAt: iso(due) });
    }
    for (const r of s.reschedules)
      push('DueDateRescheduled', recv + r * MIN, { reason: 'xin lỗi', newDueAt: iso(due + 5 * DAY) });
    if (s.papers) push('DossierDigitised', recv + 10 * MIN, { what: 'papers' });
    if (s.fee)
      push('FeePaid', recv + 20 * MIN, { method: s.fee.online ? 'online' : 'counter', amountVnd: s.fee.amount }, 2);
    let finishDraft: Draft | undefined;
    if (s.finish) {
      const at = cursor + s.finish.after * MIN;
      if (s.finish.approvedFirst && s.finish.kind === 'ResultReturned') {
        push('DossierResolved', Math.max(recv, at - MIN), { decision: 'approved', note: null });
      }
      if (s.finish.kind === 'refused') push('DossierResolved', at, { decision: 'refused', note: null });
      else if (s.finish.kind === 'ResultReturned') push('ResultReturned', at, {});
      else if (s.finish.kind === 'DossierWithdrawn') push('DossierWithdrawn', at, { reason: null });
      else if (s.finish.kind === 'ProcessingStopped') push('ProcessingStopped', at, { reason: 'không bổ sung' });
      else push('DossierReturnedUnprocessed', at, { reason: 'không đủ điều kiện' });
      finishDraft = rest[rest.length - 1];
      if (s.result && s.finish.kind === 'ResultReturned') push('DossierDigitised', at + 10 * MIN, { what: 'result' });
    }
    const ordered = [...rest].sort((a, b) => a.occ - b.occ || a.rank - b.rank);
    if (s.shuffle) ordered.sort((a, b) => (s.order[a.rank % 14] ?? 0) - (s.order[b.rank % 14] ?? 0) || a.rank - b.rank);
    const stream = [opening, ...ordered];
    // Corrections go last in the stream, recorded after everything else of the dossier.
    const c = s.correction;
    const corrections: Array<{ draft: Draft; delay: number }> = [];
    if (c) {
      let target: Draft | undefined;
      let replacement: Record<string, unknown> | null = null;
      if (c.target === 'finish' && finishDraft) {
        target = finishDraft;
        if (c.kind !== 'retract') {
          // Moved, but never before receipt (rule 7 would refuse it).
          const at = Math.max(recv, finishDraft.occ + c.shiftMin * MIN);
          replacement = { type: finishDraft.type, occurredAt: iso(at), data: finishDraft.data };
        }
      } else if (c.target === 'opening') {
        target = opening;
        if (c.kind !== 'retract') {
          // Received earlier (never later: a finish must not precede receipt) or in another field.
          const at = recv + Math.min(0, c.shiftMin) * MIN;
          const { source: _s, note: _n, ...base } = opening.data;
          const data = { ...base, receivedAt: iso(at), field: c.kind === 'refield' ? c.field : s.field };
          replacement = { type: 'DossierReceived', occurredAt: iso(at), data };
        }
      } else if (c.target === 'supplement') {
        target = rest.find((r) => r.type === 'SupplementProvided' || r.type === 'SupplementRequested');
        if (target && c.kind !== 'retract') {
          replacement = {
            type: target.type,
            occurredAt: iso(target.occ + Math.abs(c.shiftMin) * MIN),
            data: target.data,
          };
        }
      }
      if (target) {
        const corr: Draft = {
          type: 'EventCorrected',
          schemaVersion: 1,
          occ: 0,
          rank: 99,
          eventId: id(),
          data: { supersedes: target.eventId, reason: 'nhập sai', replacement },
        };
        corrections.push({ draft: corr, delay: c.delay });
        if (c.undo) {
          corrections.push({
            draft: {
              type: 'EventCorrected',
              schemaVersion: 1,
              occ: 0,
              rank: 100,
              eventId: id(),
              data: { supersedes: corr.eventId, reason: 'hủy đính chính', replacement: null },
            },
            delay: c.undoDelay,
          });
        }
      }
    }
    let rec = 0;
    stream.forEach((dr, i) => {
      rec = Math.max(rec, dr.occ + (s.delays[i % 14] ?? 0) * MIN);
      all.push({ rec, d, i, e: recorded(s.office, code, i, dr, rec, iso(dr.occ)) });
    });
    corrections.forEach((cr, k) => {
      rec += cr.delay * MIN;
      const i = stream.length + k;
      all.push({ rec, d, i, e: recorded(s.office, code, i, cr.draft, rec, iso(rec)) });
    });
  });
  all.sort((a, b) => a.rec - b.rec || a.d - b.d || a.i - b.i);
  return all.map((x, k) => ({ ...x.e, position: BigInt(k + 1) }));
}

function recorded(
  office: string,
  code: string,
  revision: number,
  d: Draft,
  rec: number,
  occurredAt: string,
): Omit<RecordedEvent, 'position'> {
  return {
    streamId: `dossier-${office}-${code}`,
    revision: BigInt(revision),
    recordedAt: new Date(rec).toISOString(),
    type: d.type,
    schemaVersion: d.schemaVersion,
    data: d.data,
    meta: {
      eventId: d.eventId,
      occurredAt,
      actor: 'officer-1',
      office: office as RecordedEvent['meta']['office'],
      correlationId: `${office}/${code}`,
      causationId: null,
      commandId: `cmd-${d.eventId}`,
    },
    hash: '',
  };
}

/** A day in the window, as YYYY-MM-DD. */
export const dayInWindow = (n: number): string => dayOf(T0 + n * DAY + 12 * 3_600_000);

export const periodArb = fc
  .tuple(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), fc.integer({ min: 0, max: 120 }))
  .map(([a, len]) => ({ from: dayInWindow(a), to: dayInWindow(Math.min(WINDOW_DAYS - 1, a + len)) }));

export const knownAtArb = fc.option(
  fc.integer({ min: 0, max: (WINDOW_DAYS + 40) * 1440 }).map((m) => new Date(T0 + m * MIN).toISOString()),
  { nil: undefined, freq: 3 },
);

/** The offices a query counts: all (undefined), some, or one. */
export const officeScopeArb = fc.oneof(
  fc.constant(undefined),
  fc.subarray([...OFFICES], { minLength: 1 }),
  fc.constantFrom(...OFFICES.map((o) => [o])),
);

/** A Form 06 query: a period in the window, perhaps a knownAt, perhaps some offices. */
export const queryArb = fc.record({ period: periodArb, knownAt: knownAtArb, offices: officeScopeArb }).map(
  ({ period, knownAt, offices }): Form06Query => ({
    ...period,
    ...(knownAt === undefined ? {} : { knownAt }),
    ...(offices === undefined ? {} : { offices }),
  }),
);

// ---------------------------------------------------------------------------------------------
// Reference model: DOMAIN.md rules 1–6 read literally, per dossier, with string days.

interface Content {
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

const FINISHERS = new Set(['ResultReturned', 'DossierWithdrawn', 'DossierReturnedUnprocessed', 'ProcessingStopped']);

function effectiveContents(stream: RecordedEvent[]): Content[] {
  // Latest correction in effect wins; a retracted correction does not act (walk backwards).
  const replaced = new Map<string, Content | null>();
  for (let i = stream.length - 1; i >= 0; i--) {
    const e = stream[i]!;
    const cur = replaced.has(e.meta.eventId)
      ? replaced.get(e.meta.eventId)!
      : { type: e.type, occurredAt: e.meta.occurredAt, data: e.data as Record<string, unknown> };
    if (cur && cur.type === 'EventCorrected') {
      const target = cur.data.supersedes as string;
      if (!replaced.has(target)) replaced.set(target, (cur.data.replacement as Content | null) ?? null);
    }
  }
  const out: Content[] = [];
  for (const e of stream) {
    const cur = replaced.has(e.meta.eventId)
      ? replaced.get(e.meta.eventId)!
      : { type: e.type, occurredAt: e.meta.occurredAt, data: e.data as Record<string, unknown> };
    if (cur && cur.type !== 'EventCorrected') out.push(cur);
  }
  return out;
}

export interface ReferenceResult {
  rows: Map<string, Counts>;
  feeDue: number;
  paidOnline: number;
  digitised: number;
  /** The 766 progress numerator, by the national formula note (packages/projections/README.md). */
  onTime766: number;
  /** Counted dossiers by rule set id (the rule set of their receipt day). */
  ruleSets: Map<string, number>;
}

export function reference(
  events: readonly RecordedEvent[],
  q: { from: string; to: string; offices?: string[]; knownAt?: string },
): ReferenceResult {
  const cut = q.knownAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(q.knownAt);
  const streams = new Map<string, RecordedEvent[]>();
  for (const e of events) {
    if (Date.parse(e.recordedAt) > cut) continue;
    if (q.offices && !q.offices.includes(e.meta.office)) continue;
    streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
  }
  const out: ReferenceResult = {
    rows: new Map(),
    feeDue: 0,
    paidOnline: 0,
    digitised: 0,
    onTime766: 0,
    ruleSets: new Map(),
  };
  const { from, to } = q;
  for (const stream of streams.values()) {
    const eff = effectiveContents(stream);
    const opening = eff.find((c) => c.type === 'DossierReceived' || c.type === 'DossierTransferredIn');
    if (!opening) continue;
    const others = eff.filter((c) => c !== opening).sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
    const received = dayOf(opening.data.receivedAt as string);
    const finish = others.find(
      (c) => FINISHERS.has(c.type) || (c.type === 'DossierResolved' && c.data.decision === 'refused'),
    );
    const finishDay = finish ? dayOf(finish.occurredAt) : null;
    const dueOn = (day: string): string => {
      let due = dayOf(opening.data.dueAt as string);
      for (const c of others) {
        if (c.type === 'SupplementProvided' && dayOf(c.occurredAt) <= day) due = dayOf(c.data.dueAt as string);
      }
      return due;
    };
    const awaitingOn = (day: string): boolean => {
      let waiting = false;
      for (const c of others) {
        if (dayOf(c.occurredAt) > day) continue;
        if (c.type === 'SupplementRequested') waiting = true;
        if (c.type === 'SupplementProvided') waiting = false;
      }
      return waiting;
    };
    const rescheduledBy = (day: string) =>
      others.some((c) => c.type === 'DueDateRescheduled' && dayOf(c.occurredAt) <= day);

    if (received > to) continue;
    if (received < from && finishDay !== null && finishDay < from) continue;
    const field = opening.data.field as string;
    const row = out.rows.get(field) ?? emptyCounts();
    out.rows.set(field, row);
    row.received.total++;
    if (received < from) row.received.carriedOver++;
    else if (opening.data.channel === 'online') row.received.online++;
    else {
      row.received.directOrPostal++;
      if (opening.data.channel === 'direct') row.received.direct++;
      else row.received.postal++;
    }
    let late = false;
    const finishedInPeriod = finishDay !== null && finishDay <= to;
    if (finishedInPeriod) {
      row.resolved.total++;
      if (finish!.type === 'ResultReturned') {
        const due = dueOn(finishDay!);
        if (finishDay! < due) row.resolved.early++;
        else if (finishDay === due) row.resolved.onTime++;
        else {
          row.resolved.late++;
          late = true;
        }
      } else {
        row.resolved.onTime++;
        row.withdrawnOrReturned++;
      }
    } else {
      row.pending.total++;
      if (awaitingOn(to)) {
        row.pending.withinDeadline++;
        row.awaitingSupplement++;
      } else if (dueOn(to) >= to) row.pending.withinDeadline++;
      else {
        row.pending.overdue++;
        late = true;
      }
    }
    if (late && rescheduledBy(to)) row.lateRescheduled++;
    const fees = others.filter((c) => c.type === 'FeePaid');
    if (fees.some((c) => Number(c.data.amountVnd) > 0)) {
      out.feeDue++;
      if (fees.some((c) => c.data.method === 'online')) out.paidOnline++;
    }
    const papers = others.some((c) => c.type === 'DossierDigitised' && c.data.what === 'papers');
    const result = others.some((c) => c.type === 'DossierDigitised' && c.data.what === 'result');
    if (papers && (!(finishedInPeriod && finish!.type === 'ResultReturned') || result)) out.digitised++;
    const rules = ruleSetOfDay(received).id;
    out.ruleSets.set(rules, (out.ruleSets.get(rules) ?? 0) + 1);
    // 766: a second supplement request by the end is late; the end of processing is the resolution, else
    // the return, else the stop or refusal; a withdrawal or a return unprocessed is on time; an open,
    // unresolved dossier is measured at the period's end as Biểu 06 does.
    const requests = others.filter((c) => c.type === 'SupplementRequested');
    const resolution = others.find((c) => c.type === 'DossierResolved');
    const resolvedDay = resolution ? dayOf(resolution.occurredAt) : null;
    let onTime: boolean;
    if (requests.length >= 2 && dayOf(requests[1]!.occurredAt) <= to) onTime = false;
    else if (finishedInPeriod && (finish!.type === 'DossierWithdrawn' || finish!.type === 'DossierReturnedUnprocessed'))
      onTime = true;
    else {
      let end: string | null = null;
      if (finishedInPeriod) {
        end =
          finish!.type === 'ResultReturned' && resolvedDay !== null && resolvedDay <= finishDay!
            ? resolvedDay
            : finishDay!;
      } else if (resolvedDay !== null && resolvedDay <= to) end = resolvedDay;
      onTime = end === null ? !late : end <= dueOn(end);
    }
    if (onTime) out.onTime766++;
  }
  return out;
}
