// The plan of the sample commune (Đông Sơn): which dossiers it holds and how each is meant to end.
// This is the generator's input. Counts of planned outcomes mirror the seed report, but no total is
// written anywhere: each dossier gets a receipt, a due date from the working-time calendar and a finish
// time that makes it early, on time or late under DOMAIN.md's rules, and the reports count the events.
import type { Channel } from '@motcua/domain';
import type { Rng } from './sample-random.js';

/** How a dossier ends. `open`: still open when the history stops. */
export type PlannedOutcome = 'early' | 'onTime' | 'late' | 'withdrawn' | 'refused' | 'returnedUnprocessed' | 'open';

export type LateEntry =
  /** Recorded as it happens (minutes later). */
  | 'none'
  /** The receipt is typed in on a later working day (a paper dossier entered late). */
  | 'receipt'
  /** The finish is typed in 1–3 working days later. */
  | 'finish'
  /** Finished in the last week of March 2024, typed in after the quarter closed. */
  | 'finishAfterQuarter';

export type PlannedCorrection =
  | 'none'
  /** The return is first entered with the day it was typed in, then corrected to the day it happened. */
  | 'returnDate'
  /** An online dossier first entered as received at the counter, then corrected. */
  | 'channel'
  /** A payment entered twice; the duplicate is retracted. */
  | 'duplicatePayment';

export interface DossierSpec {
  readonly cohort: string;
  readonly outcome: PlannedOutcome;
  readonly field: string;
  readonly channel: Channel;
  readonly opening: 'receive' | 'transfer';
  /** Receipt day window, inclusive. */
  readonly receive: { readonly from: string; readonly to: string };
  /** Finish day window, inclusive. */
  readonly finish: { readonly from: string; readonly to: string };
  /** When set: still open, and within its deadline, at the end of this day. */
  readonly openAt?: string;
  readonly supplement: 'none' | 'provided' | 'awaitingAtOpenAt';
  readonly reschedule: boolean;
  readonly lateEntry: LateEntry;
  readonly correction: PlannedCorrection;
  /** Whether the result is scanned when returned (the seed's 2023 digitisation was not complete). */
  readonly resultScanned: boolean;
  /** Only for the continuation: if the planned finish cannot happen before the history stops, stay open. */
  readonly mayStayOpen: boolean;
  /** Needs a procedure with a fee (for the duplicate-payment correction). */
  readonly needsFee: boolean;
}

export const HO_TICH = 'Hộ tịch';
export const CHUNG_THUC = 'Chứng thực';
export const BTXH = 'Bảo trợ xã hội';
export const DAT_DAI = 'Đất đai';

/** Share of dossiers by field in a commune office (most are civil registration and certification). */
const FIELD_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  [HO_TICH, 48],
  [CHUNG_THUC, 36],
  [BTXH, 7],
  [DAT_DAI, 3],
  ['Người có công', 3],
  ['Văn hóa', 1],
  ['Thi đua, khen thưởng', 0.8],
  ['Hòa giải ở cơ sở', 0.4],
  ['Tôn giáo', 0.4],
  ['Nuôi con nuôi', 0.2],
];

/** Relative frequency of procedures within their field; unlisted procedures weigh 1. */
export const PROCEDURE_WEIGHTS: Readonly<Record<string, number>> = {
  '1.001193': 30, // khai sinh
  '1.000656': 10, // khai tử
  '1.000894': 8, // kết hôn
  '1.004873': 25, // xác nhận tình trạng hôn nhân
  '2.000635': 15, // trích lục hộ tịch
  '1.004859': 4, // thay đổi, cải chính hộ tịch
  '2.000815': 60, // chứng thực bản sao
  '2.000884': 25, // chứng thực chữ ký
  '1.001776': 10, // trợ cấp xã hội hàng tháng
  '2.000744': 3, // mai táng phí BTXH
  '1.001653': 3, // xác định mức độ khuyết tật
};

/** The day the history stops: the seed report's appendix is dated 19 April 2024. */
export const HISTORY_END_DAY = '2024-04-19';

interface Quota {
  outcome: PlannedOutcome;
  count: number;
  field?: string;
  patch?: Partial<DossierSpec>;
}

function cohort(
  rng: Rng,
  base: Omit<DossierSpec, 'outcome' | 'field'>,
  quotas: readonly Quota[],
  extras: { direct?: number; supplementRate?: number; lateFinishRate?: number; unscannedResults?: number } = {},
): DossierSpec[] {
  const specs: DossierSpec[] = [];
  for (const q of quotas) {
    for (let i = 0; i < q.count; i++) {
      specs.push({ ...base, outcome: q.outcome, field: q.field ?? rng.weighted(FIELD_WEIGHTS), ...q.patch });
    }
  }
  // Spread the counter (direct) receipts, supplements, late typing and unscanned results over ordinary
  // dossiers: those with no special part to play.
  const ordinary = (s: DossierSpec) =>
    s.channel === 'online' &&
    s.lateEntry === 'none' &&
    s.correction === 'none' &&
    s.supplement === 'none' &&
    !s.reschedule &&
    s.openAt === undefined;
  const pool = rng.shuffle(specs.map((s, i) => (ordinary(s) ? i : -1)).filter((i) => i >= 0));
  let k = 0;
  const take = (n: number, change: (s: DossierSpec) => Partial<DossierSpec>, when: (s: DossierSpec) => boolean) => {
    let done = 0;
    for (; k < pool.length && done < n; k++) {
      const i = pool[k]!;
      if (!when(specs[i]!)) continue;
      specs[i] = { ...specs[i]!, ...change(specs[i]!) };
      done++;
    }
  };
  const finishing = (s: DossierSpec) => s.outcome !== 'open';
  take(
    extras.direct ?? 0,
    (s) => ({ channel: 'direct', lateEntry: rng.chance(0.3) ? 'receipt' : s.lateEntry }),
    () => true,
  );
  const n = specs.length;
  take(
    Math.round(n * (extras.supplementRate ?? 0)),
    () => ({ supplement: 'provided' }),
    (s) => ['early', 'onTime'].includes(s.outcome),
  );
  take(Math.round(n * (extras.lateFinishRate ?? 0)), () => ({ lateEntry: 'finish' }), finishing);
  take(
    extras.unscannedResults ?? 0,
    () => ({ resultScanned: false }),
    (s) => s.outcome === 'early',
  );
  return rng.shuffle(specs);
}

const plain = {
  channel: 'online' as Channel,
  opening: 'receive' as const,
  supplement: 'none' as const,
  reschedule: false,
  lateEntry: 'none' as LateEntry,
  correction: 'none' as PlannedCorrection,
  resultScanned: true,
  mayStayOpen: false,
  needsFee: false,
};

/** Every dossier of the sample commune with its planned outcome, in a seeded order. */
export function sampleSpecs(rng: Rng): DossierSpec[] {
  // Two dossiers still open at the end of 2022, imported from the old software when the ledger started.
  const from2022 = cohort(
    rng.fork('2022'),
    {
      ...plain,
      cohort: '2022',
      opening: 'transfer',
      receive: { from: '2022-12-12', to: '2022-12-30' },
      finish: { from: '2023-01-03', to: '2023-02-28' },
      openAt: '2022-12-31',
    },
    [
      { outcome: 'early', count: 1, field: BTXH },
      { outcome: 'early', count: 1, field: DAT_DAI, patch: { channel: 'direct' } },
    ],
  );

  // 2023: 2223 received (29 at the counter), all but one finished within the year.
  const y2023 = cohort(
    rng.fork('2023'),
    {
      ...plain,
      cohort: '2023',
      receive: { from: '2023-01-01', to: '2023-12-31' },
      finish: { from: '2023-01-01', to: '2023-12-31' },
    },
    [
      { outcome: 'early', count: 2086 },
      { outcome: 'early', count: 1, patch: { correction: 'channel' } },
      { outcome: 'early', count: 1, field: CHUNG_THUC, patch: { correction: 'duplicatePayment', needsFee: true } },
      { outcome: 'early', count: 1, field: HO_TICH, patch: { lateEntry: 'finish' } },
      { outcome: 'onTime', count: 122 },
      { outcome: 'withdrawn', count: 5 },
      { outcome: 'refused', count: 2 },
      { outcome: 'returnedUnprocessed', count: 2 },
      // "2 dossiers late because of power cuts and software errors": one with an apology, one typed in late.
      { outcome: 'late', count: 1, field: HO_TICH, patch: { reschedule: true } },
      { outcome: 'late', count: 1, field: HO_TICH, patch: { lateEntry: 'finish' } },
    ],
    { direct: 29, supplementRate: 0.03, lateFinishRate: 0.015, unscannedResults: 20 },
  );

  // The one dossier received at the end of 2023 and still open (within its deadline) on 31 December.
  const into2024 = cohort(
    rng.fork('2023-open'),
    {
      ...plain,
      cohort: '2023-open',
      receive: { from: '2023-12-18', to: '2023-12-29' },
      finish: { from: '2024-01-02', to: '2024-03-31' },
      openAt: '2023-12-31',
    },
    [{ outcome: 'early', count: 1, field: BTXH }],
  );

  // Q1 2024: 495 received (2 at the counter); 468 finished in the quarter, 27 still open on 31 March.
  const q1 = {
    ...plain,
    cohort: '2024-Q1',
    receive: { from: '2024-01-01', to: '2024-03-31' },
    finish: { from: '2024-01-01', to: '2024-03-31' },
  };
  const stillOpen = {
    receive: { from: '2024-03-18', to: '2024-03-31' },
    finish: { from: '2024-04-01', to: HISTORY_END_DAY },
    openAt: '2024-03-31',
    mayStayOpen: true,
  };
  const quarter1 = cohort(
    rng.fork('2024-Q1'),
    q1,
    [
      { outcome: 'early', count: 400 },
      { outcome: 'early', count: 1, patch: { correction: 'returnDate' } },
      {
        outcome: 'early',
        count: 7,
        patch: { lateEntry: 'finishAfterQuarter', receive: { from: '2024-03-11', to: '2024-03-29' } },
      },
      { outcome: 'onTime', count: 52 },
      { outcome: 'withdrawn', count: 2 },
      { outcome: 'refused', count: 1 },
      { outcome: 'returnedUnprocessed', count: 1 },
      { outcome: 'late', count: 2, field: HO_TICH },
      { outcome: 'late', count: 1, field: HO_TICH, patch: { reschedule: true } },
      { outcome: 'late', count: 1, field: BTXH, patch: { reschedule: true } },
      { outcome: 'early', count: 22, patch: stillOpen },
      { outcome: 'onTime', count: 2, patch: stillOpen },
      { outcome: 'early', count: 2, patch: { ...stillOpen, supplement: 'awaitingAtOpenAt' } },
      // A paper dossier received on Friday 29 March and typed in on Monday 1 April.
      {
        outcome: 'early',
        count: 1,
        patch: {
          ...stillOpen,
          channel: 'direct',
          lateEntry: 'receipt',
          receive: { from: '2024-03-29', to: '2024-03-29' },
        },
      },
    ],
    { direct: 1, supplementRate: 0.03, lateFinishRate: 0.015 },
  );

  // A plausible start of Q2 2024, up to the day the history stops.
  const q2 = cohort(
    rng.fork('2024-Q2'),
    {
      ...plain,
      cohort: '2024-Q2',
      receive: { from: '2024-04-01', to: HISTORY_END_DAY },
      finish: { from: '2024-04-01', to: HISTORY_END_DAY },
      mayStayOpen: true,
    },
    [
      { outcome: 'early', count: 108 },
      { outcome: 'onTime', count: 16 },
      { outcome: 'late', count: 1 },
      { outcome: 'withdrawn', count: 2 },
    ],
    { direct: 2, supplementRate: 0.03 },
  );

  return [...from2022, ...y2023, ...into2024, ...quarter1, ...q2];
}
