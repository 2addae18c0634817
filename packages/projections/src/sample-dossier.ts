// Turns one planned dossier (sample-plan.ts) into timed commands, using the working-time calendar the
// decider uses: the due date comes from the procedure's time limit, a supplement moves it by the working
// time waited, and the finish time is chosen against that due day so the outcome is what was planned.
// Returns null when the draw cannot meet the plan (e.g. a same-day procedure cannot finish early); the
// caller draws again.
import {
  addDays,
  type DossierCommand,
  type Procedure,
  type ProcedureCatalogue,
  type WorkingCalendar,
} from '@motcua/domain';
import type { DossierSpec, PlannedOutcome } from './sample-plan.js';
import { PROCEDURE_WEIGHTS } from './sample-plan.js';
import type { Rng } from './sample-random.js';
import { afterHoursInstantOn, type DayIndex, dayOfMs, iso, ms, officeInstantOn } from './sample-time.js';

const MIN = 60_000;
const SEC = 1000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command without the parts the generator fills in when it runs (dossier and meta). */
export type CommandBody = DistributiveOmit<DossierCommand, 'office' | 'dossierCode' | 'meta'>;

export type PlannedCommand =
  | { readonly kind: 'command'; readonly key?: string; readonly body: CommandBody }
  | {
      readonly kind: 'correct';
      /** Key of the earlier command whose (first) event is corrected. */
      readonly targetKey: string;
      readonly reason: string;
      readonly at: number;
      /** null retracts the event; otherwise the event as it should read (time and/or data changed). */
      readonly replacement: null | { readonly occurredAt?: number; readonly patch?: Record<string, unknown> };
    };

export interface PlannedStep {
  /** When the step is typed into the ledger (the store's recordedAt), epoch ms. */
  recordedMs: number;
  readonly actor: string;
  readonly commands: readonly PlannedCommand[];
}

export interface DossierPlan {
  readonly spec: DossierSpec;
  readonly procedure: Procedure;
  readonly receivedMs: number;
  readonly outcome: PlannedOutcome;
  /** How the fee is paid (null: no fee). Chosen by the payment policy; commit it when the plan is kept. */
  readonly payBy: 'online' | 'counter' | null;
  readonly steps: PlannedStep[];
}

export interface PaymentPolicy {
  /** The method the next dossier with a fee pays by; commit() once the dossier is kept. */
  next(cohort: string): 'online' | 'counter';
  commit(cohort: string, method: 'online' | 'counter'): void;
}

export interface RealiseContext {
  readonly calendar: WorkingCalendar;
  /** The same calendar's days, indexed over the history's span. */
  readonly days: DayIndex;
  readonly catalogue: ProcedureCatalogue;
  /** Nothing happens or is recorded after this instant. */
  readonly endMs: number;
  readonly payments: PaymentPolicy;
}

/** The official who handles a field at the counter (5 officials, the Tư pháp post shared, as in the seed). */
function officialFor(field: string, rng: Rng): string {
  if (field === 'Hộ tịch' || field === 'Chứng thực' || field === 'Nuôi con nuôi') {
    return rng.pick(['cc.tuphap', 'cc.vanphong2']);
  }
  if (field === 'Bảo trợ xã hội' || field === 'Người có công') return 'cc.ldtbxh';
  if (field === 'Đất đai') return 'cc.diachinh';
  return 'cc.vanphong1';
}
const PORTAL = 'dvcqg';

const SUPPLEMENT_REASONS = [
  'Thiếu bản sao giấy tờ tùy thân của người yêu cầu',
  'Tờ khai chưa ghi đủ thông tin, đề nghị bổ sung',
  'Thiếu giấy tờ chứng minh nơi cư trú',
  'Bản chụp giấy tờ không rõ, đề nghị nộp lại',
];
const LATE_REASONS = [
  'Phần mềm liên thông khai sinh, khai tử bị lỗi, chưa kết nối được với cơ sở dữ liệu hộ tịch',
  'Mất điện kéo dài, không xử lý được hồ sơ trên hệ thống',
  'Cần xác minh thêm thông tin tại thôn, chưa kịp hoàn thành',
];

/** Earliest office instant at least a minute after `t`. */
const afterOffice = (cal: WorkingCalendar, t: number): number => ms(cal.nextOfficeTime(iso(t + MIN)));

function pickProcedure(rng: Rng, spec: DossierSpec, catalogue: ProcedureCatalogue): Procedure | null {
  const candidates = catalogue.procedures.filter(
    (p) =>
      p.field === spec.field &&
      (spec.channel !== 'online' || p.onlineLevel !== 'none') &&
      (!spec.needsFee || p.feeVnd > 0),
  );
  if (candidates.length === 0) return null;
  return rng.weighted(candidates.map((p) => [p, PROCEDURE_WEIGHTS[p.code] ?? 1] as const));
}

function pickReceipt(rng: Rng, spec: DossierSpec, days: DayIndex): number | null {
  // Online dossiers also come in the evening and at weekends; the clock starts the next working morning.
  const afterHours = spec.channel === 'online' && spec.opening === 'receive' && rng.chance(0.15);
  const window = afterHours
    ? days.days(spec.receive.from, spec.receive.to)
    : days.workingDays(spec.receive.from, spec.receive.to);
  if (window.length === 0) return null;
  const day = rng.pick(window);
  return afterHours ? afterHoursInstantOn(rng, days, day) : officeInstantOn(rng, day);
}

/** A day from a sorted list, biased towards the first ones (results mostly come back soon). */
const pickEarly = (rng: Rng, days: readonly string[]): string => days[Math.floor(days.length * rng.next() ** 1.6)]!;

/** One attempt at realising a spec; null when this draw cannot meet it. */
export function realiseDossier(rng: Rng, spec: DossierSpec, ctx: RealiseContext): DossierPlan | null {
  const cal = ctx.calendar;
  const days = ctx.days;
  const procedure = pickProcedure(rng, spec, ctx.catalogue);
  if (!procedure) throw new Error(`sample plan: no procedure of field ${spec.field} fits a ${spec.channel} dossier`);
  const receivedMs = pickReceipt(rng, spec, days);
  if (receivedMs === null || receivedMs > ctx.endMs) return null;
  const receivedDay = dayOfMs(receivedMs);
  const official = officialFor(spec.field, rng);
  let dueIso = cal.dueAt(iso(receivedMs), procedure.timeLimit);
  const steps: PlannedStep[] = [];
  const online = spec.channel === 'online';
  const fee = procedure.feeVnd > 0 ? procedure.feeVnd * (procedure.field === 'Chứng thực' ? rng.int(1, 4) : 1) : 0;
  const payBy = fee > 0 ? ctx.payments.next(spec.cohort) : null;

  // ---- receipt: the opening, the papers scanned, an online payment ----
  const receipt: PlannedCommand[] = [];
  const opening = {
    procedureCode: procedure.code,
    channel: spec.correction === 'channel' ? ('direct' as const) : spec.channel,
    receivedAt: iso(receivedMs),
    applicantRef: `cd-${(rng.next() * 2 ** 32).toString(36).padStart(7, '0').slice(0, 7)}`,
  };
  receipt.push({
    kind: 'command',
    key: 'opening',
    body:
      spec.opening === 'transfer'
        ? {
            type: 'TransferIn',
            ...opening,
            source: 'legacy-system',
            note: 'Hồ sơ chuyển từ phần mềm một cửa cũ khi bắt đầu dùng sổ cái',
          }
        : { type: 'ReceiveDossier', ...opening },
  });
  let last = receivedMs;
  if (spec.opening === 'transfer') {
    // Imported on the first working morning of 2023, when the ledger started.
    last = ms('2023-01-03T08:00:00+07:00') + rng.int(0, 90) * MIN;
  } else if (!online) {
    last = receivedMs + rng.int(2, 10) * MIN;
  } else {
    last = receivedMs + rng.int(10, 90) * SEC;
  }
  receipt.push({ kind: 'command', body: { type: 'DigitiseDossier', what: 'papers', at: iso(last) } });
  if (payBy === 'online' && spec.opening === 'receive') {
    last += rng.int(30, 300) * SEC;
    receipt.push({
      kind: 'command',
      key: 'pay',
      body: { type: 'PayFee', method: 'online', amountVnd: fee, at: iso(last) },
    });
    if (spec.correction === 'duplicatePayment') {
      receipt.push({
        kind: 'command',
        key: 'payDup',
        body: { type: 'PayFee', method: 'online', amountVnd: fee, at: iso(last) },
      });
    }
  }
  let receiptRecorded = online ? last + rng.int(5, 120) * SEC : last + rng.int(1, 15) * MIN;
  if (spec.lateEntry === 'receipt') {
    const day = days.addWorkingDays(receivedDay, rng.int(1, 2));
    receiptRecorded = officeInstantOn(rng, day) ?? receiptRecorded;
  }
  steps.push({
    recordedMs: receiptRecorded,
    actor: online && spec.opening === 'receive' ? PORTAL : official,
    commands: receipt,
  });
  if (spec.correction === 'channel') {
    const at = receiptRecorded + rng.int(20, 180) * MIN;
    steps.push({
      recordedMs: at + rng.int(5, 60) * SEC,
      actor: official,
      commands: [
        {
          kind: 'correct',
          targetKey: 'opening',
          reason: 'Nhập nhầm hình thức tiếp nhận: hồ sơ nộp trực tuyến, không phải trực tiếp',
          at,
          replacement: { patch: { channel: 'online' } },
        },
      ],
    });
    last = Math.max(last, at);
  }
  if (spec.correction === 'duplicatePayment') {
    const at = afterOffice(cal, receiptRecorded + rng.int(60, 1440) * MIN);
    steps.push({
      recordedMs: at + rng.int(1, 5) * MIN,
      actor: official,
      commands: [
        { kind: 'correct', targetKey: 'payDup', reason: 'Khoản thanh toán bị ghi trùng', at, replacement: null },
      ],
    });
  }

  // ---- supplement: the clock stops while the office waits for papers ----
  const openAt = spec.openAt;
  if (spec.supplement !== 'none') {
    const dueDay = dayOfMs(ms(dueIso));
    const firstDay = dayOfMs(afterOffice(cal, last));
    const lastDay = openAt && openAt < dueDay ? openAt : dueDay;
    const reqDays = days.workingDays(firstDay, lastDay);
    if (reqDays.length === 0) return null;
    const reqDay = rng.pick(reqDays);
    const reqMs = officeInstantOn(rng, reqDay, last + MIN, ms(dueIso));
    if (reqMs === null) return null;
    const provDay =
      spec.supplement === 'awaitingAtOpenAt'
        ? days.addWorkingDays(openAt!, rng.int(1, 3))
        : days.addWorkingDays(reqDay, rng.int(1, 4));
    const provMs = officeInstantOn(rng, provDay);
    if (provMs === null || provMs > ctx.endMs) return null;
    steps.push({
      recordedMs: reqMs + rng.int(1, 20) * MIN,
      actor: official,
      commands: [
        { kind: 'command', body: { type: 'RequestSupplement', reason: rng.pick(SUPPLEMENT_REASONS), at: iso(reqMs) } },
      ],
    });
    steps.push({
      recordedMs: provMs + rng.int(1, 20) * MIN,
      actor: official,
      commands: [{ kind: 'command', body: { type: 'ProvideSupplement', at: iso(provMs) } }],
    });
    dueIso = cal.shiftForSupplement(dueIso, iso(reqMs), iso(provMs));
    last = provMs;
  }
  const dueMs = ms(dueIso);
  const dueDay = dayOfMs(dueMs);

  // ---- still open at the end of openAt, within its deadline ----
  if (openAt) {
    if (receivedDay > openAt) return null;
    const awaiting = spec.supplement === 'awaitingAtOpenAt';
    if (!awaiting && dueDay < openAt) return null;
  }

  // ---- the finish day, chosen against the due day ----
  let outcome: PlannedOutcome = spec.outcome;
  let lo = dayOfMs(afterOffice(cal, last));
  if (spec.finish.from > lo) lo = days.nextWorkingDay(spec.finish.from);
  // No planned finish lies months after the last step; a short window keeps the search cheap.
  let hi = spec.finish.to < addDays(lo, 120) ? spec.finish.to : addDays(lo, 120);
  if (spec.lateEntry === 'finishAfterQuarter') {
    if (lo < '2024-03-25') lo = '2024-03-25' as typeof lo;
    if (hi > '2024-03-29') hi = '2024-03-29';
  }
  if (openAt && lo <= openAt) lo = days.addWorkingDays(openAt, 1);
  const window = lo <= hi ? days.workingDays(lo, hi).filter((d) => !openAt || d > openAt) : [];
  let reschedule: { atMs: number; newDueIso: string } | null = null;
  let finishDays: string[];
  switch (outcome) {
    case 'early':
      finishDays = window.filter((d) => d < dueDay);
      break;
    case 'onTime':
      finishDays = window.filter((d) => d === dueDay);
      break;
    case 'late': {
      if (spec.reschedule) {
        const from = dayOfMs(afterOffice(cal, last));
        const apologyDays = days.workingDays(from, dueDay).filter((d) => d < dueDay);
        if (apologyDays.length === 0) return null;
        const day = rng.pick(apologyDays);
        const atMs = officeInstantOn(rng, day, last + MIN);
        if (atMs === null) return null;
        const newDueIso = cal.addWorkingMs(dueIso, rng.int(2, 5) * cal.workingMsPerDay);
        reschedule = { atMs, newDueIso };
        const newDueDay = dayOfMs(ms(newDueIso));
        finishDays = window.filter((d) => d > dueDay && d <= newDueDay);
      } else {
        const limit = days.addWorkingDays(dueDay, 4);
        finishDays = window.filter((d) => d > dueDay && d <= limit);
      }
      break;
    }
    case 'withdrawn':
    case 'refused':
    case 'returnedUnprocessed':
      finishDays = window.filter((d) => d <= dueDay);
      break;
    case 'open':
      finishDays = [];
      break;
  }
  if (finishDays.length === 0 && outcome !== 'open') {
    if (!spec.mayStayOpen) return null;
    outcome = 'open';
  }
  if (outcome === 'open') return done({ spec, procedure, receivedMs, outcome, payBy, steps }, ctx);
  const finishDay = outcome === 'early' ? pickEarly(rng, finishDays) : rng.pick(finishDays);
  const notAfter = outcome === 'onTime' && dueMs > last ? dueMs : Infinity;
  const finishMs =
    officeInstantOn(rng, finishDay, last + 3 * MIN, notAfter) ?? officeInstantOn(rng, finishDay, last + 3 * MIN);
  if (finishMs === null || finishMs > ctx.endMs) return null;

  if (reschedule) {
    steps.push({
      recordedMs: reschedule.atMs + rng.int(1, 30) * MIN,
      actor: official,
      commands: [
        {
          kind: 'command',
          body: {
            type: 'RescheduleDueDate',
            reason: rng.pick(LATE_REASONS),
            newDueAt: reschedule.newDueIso,
            at: iso(reschedule.atMs),
          },
        },
      ],
    });
  }

  // ---- the finish ----
  const finish: PlannedCommand[] = [];
  let finishRecorded = finishMs + rng.int(1, 20) * MIN;
  if (spec.lateEntry === 'finish') {
    finishRecorded = officeInstantOn(rng, days.addWorkingDays(finishDay, rng.int(1, 3))) ?? finishRecorded;
  } else if (spec.lateEntry === 'finishAfterQuarter') {
    finishRecorded = officeInstantOn(rng, rng.pick(['2024-04-01', '2024-04-02'])) ?? finishRecorded;
  }
  let returnAt = finishMs;
  let correction: PlannedStep | null = null;
  if (spec.correction === 'returnDate') {
    // Typed in on a day after the due day with "now" as the return time, which reads as late; corrected
    // the next working day to the day the result was really handed over.
    const typedDay = days.addWorkingDays(dueDay, rng.int(1, 2));
    const typedMs = officeInstantOn(rng, typedDay);
    const fixDay = days.addWorkingDays(typedDay, 1);
    const fixMs = officeInstantOn(rng, fixDay);
    if (typedMs === null || fixMs === null || fixDay > spec.finish.to) return null;
    finishRecorded = typedMs + rng.int(1, 5) * MIN;
    returnAt = typedMs;
    correction = {
      recordedMs: fixMs + rng.int(1, 10) * MIN,
      actor: official,
      commands: [
        {
          kind: 'correct',
          targetKey: 'return',
          reason: `Nhập sai ngày trả kết quả; kết quả đã trả ngày ${finishDay}`,
          at: fixMs,
          replacement: { occurredAt: finishMs },
        },
      ],
    };
  }
  if (finishRecorded > ctx.endMs) return null;
  if (outcome === 'early' || outcome === 'onTime' || outcome === 'late') {
    const span = Math.max(0, finishMs - last - 2 * MIN);
    const resolveMs = finishMs - Math.min(span, rng.int(5, 240) * MIN);
    const scanMs = resolveMs + Math.floor(((finishMs - resolveMs) * rng.next()) / SEC) * SEC;
    finish.push({
      kind: 'command',
      body: { type: 'ResolveDossier', decision: 'approved', at: iso(resolveMs) },
    });
    if (spec.resultScanned)
      finish.push({ kind: 'command', body: { type: 'DigitiseDossier', what: 'result', at: iso(scanMs) } });
    finish.push({ kind: 'command', key: 'return', body: { type: 'ReturnResult', at: iso(returnAt) } });
    if (payBy === 'counter') {
      finish.push({ kind: 'command', body: { type: 'PayFee', method: 'counter', amountVnd: fee, at: iso(finishMs) } });
    }
  } else if (outcome === 'refused') {
    finish.push({
      kind: 'command',
      body: {
        type: 'ResolveDossier',
        decision: 'refused',
        note: 'Không đủ điều kiện giải quyết theo quy định',
        at: iso(finishMs),
      },
    });
  } else if (outcome === 'withdrawn') {
    finish.push({
      kind: 'command',
      body: { type: 'WithdrawDossier', reason: 'Công dân có đơn xin rút hồ sơ', at: iso(finishMs) },
    });
  } else {
    finish.push({
      kind: 'command',
      body: {
        type: 'ReturnUnprocessed',
        reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã',
        at: iso(finishMs),
      },
    });
  }
  steps.push({ recordedMs: finishRecorded, actor: official, commands: finish });
  if (correction) steps.push(correction);

  // ---- a rating from the applicant, for about a third of the results ----
  if ((outcome === 'early' || outcome === 'onTime' || outcome === 'late') && rng.chance(0.35)) {
    const at = Math.max(finishMs, finishRecorded) + rng.int(10, 1440) * MIN;
    const score =
      outcome === 'late'
        ? rng.weighted([
            [2, 2],
            [3, 3],
            [4, 1],
          ] as const)
        : rng.weighted([
            [5, 70],
            [4, 22],
            [3, 6],
            [2, 1.5],
            [1, 0.5],
          ] as const);
    const complaint = score <= 2 && rng.chance(0.5);
    if (at + MIN <= ctx.endMs) {
      steps.push({
        recordedMs: at + rng.int(5, 60) * SEC,
        actor: PORTAL,
        commands: [
          {
            kind: 'command',
            body: {
              type: 'RateSatisfaction',
              score,
              complaint,
              ...(complaint ? { comment: 'Trả kết quả chậm so với giấy hẹn' } : {}),
              at: iso(at),
            },
          },
        ],
      });
    }
  }
  return done({ spec, procedure, receivedMs, outcome, payBy, steps }, ctx);
}

/** A dossier's steps are typed in order, each no earlier than the one before, and all before the end. */
function done(plan: DossierPlan, ctx: RealiseContext): DossierPlan | null {
  const steps = plan.steps;
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!;
    if (steps[i]!.recordedMs < prev.recordedMs) steps[i]!.recordedMs = prev.recordedMs;
  }
  return steps[steps.length - 1]!.recordedMs > ctx.endMs ? null : plan;
}
