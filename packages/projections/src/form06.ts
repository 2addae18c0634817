// Turns per-field cell counters into the report object: rows in Vietnamese order, the total row as
// their sum, and the 766 indicators with their numerators and denominators.
import { RULE_SETS } from '@motcua/domain';
import { B, BIT, NBITS } from './facts.js';
import type { Counts, Form06Report, Form06Row, Indicators, Ratio, ReportRuleSet } from './report.js';

const bitIndex = (flag: number): number => 31 - Math.clz32(flag);

export function emptyCounts(): Counts {
  return {
    received: { total: 0, online: 0, directOrPostal: 0, direct: 0, postal: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0 },
    pending: { total: 0, withinDeadline: 0, overdue: 0 },
    withdrawnOrReturned: 0,
    awaitingSupplement: 0,
    lateRescheduled: 0,
  };
}

function countsAt(counters: ArrayLike<number>, base: number): Counts {
  const at = (flag: number): number => counters[base + bitIndex(flag)] ?? 0;
  return {
    received: {
      total: at(B.receivedTotal),
      online: at(B.online),
      directOrPostal: at(B.directOrPostal),
      direct: at(B.direct),
      postal: at(B.postal),
      carriedOver: at(B.carriedOver),
    },
    resolved: { total: at(B.resolvedTotal), early: at(B.early), onTime: at(B.onTime), late: at(B.late) },
    pending: { total: at(B.pendingTotal), withinDeadline: at(B.withinDeadline), overdue: at(B.overdue) },
    withdrawnOrReturned: at(B.withdrawnOrReturned),
    awaitingSupplement: at(B.awaitingSupplement),
    lateRescheduled: at(B.lateRescheduled),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    received: {
      total: a.received.total + b.received.total,
      online: a.received.online + b.received.online,
      directOrPostal: a.received.directOrPostal + b.received.directOrPostal,
      direct: a.received.direct + b.received.direct,
      postal: a.received.postal + b.received.postal,
      carriedOver: a.received.carriedOver + b.received.carriedOver,
    },
    resolved: {
      total: a.resolved.total + b.resolved.total,
      early: a.resolved.early + b.resolved.early,
      onTime: a.resolved.onTime + b.resolved.onTime,
      late: a.resolved.late + b.resolved.late,
    },
    pending: {
      total: a.pending.total + b.pending.total,
      withinDeadline: a.pending.withinDeadline + b.pending.withinDeadline,
      overdue: a.pending.overdue + b.pending.overdue,
    },
    withdrawnOrReturned: a.withdrawnOrReturned + b.withdrawnOrReturned,
    awaitingSupplement: a.awaitingSupplement + b.awaitingSupplement,
    lateRescheduled: a.lateRescheduled + b.lateRescheduled,
  };
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

const compareFields = (a: string, b: string): number => a.localeCompare(b, 'vi');

export interface ReportMeta {
  from: string;
  to: string;
  office: string;
  offices: string[];
  knownAt: string | null;
}

/** counters: NBITS per field index (see facts.ts B); a field gets a row when it counted a dossier. */
export function buildReport(
  counters: ArrayLike<number>,
  fieldNames: readonly string[],
  meta: ReportMeta,
): Form06Report {
  const rows: Form06Row[] = [];
  const extra = [0, 0, 0, 0];
  const byRuleSet = RULE_SETS.map(() => 0);
  for (let f = 0; f < fieldNames.length; f++) {
    const base = f * NBITS;
    if ((counters[base + bitIndex(B.receivedTotal)] ?? 0) === 0) continue;
    rows.push({ field: fieldNames[f]!, ...countsAt(counters, base) });
    extra[0]! += counters[base + bitIndex(B.feeDue)]!;
    extra[1]! += counters[base + bitIndex(B.paidOnline)]!;
    extra[2]! += counters[base + bitIndex(B.digitised)]!;
    extra[3]! += counters[base + BIT.onTime766]!;
    for (let k = 0; k < byRuleSet.length; k++) byRuleSet[k]! += counters[base + BIT.ruleSet0 + k]!;
  }
  rows.sort((x, y) => compareFields(x.field, y.field));
  const total = rows.reduce<Counts>((acc, r) => addCounts(acc, r), emptyCounts());
  return {
    period: { from: meta.from, to: meta.to },
    office: meta.office,
    offices: meta.offices,
    knownAt: meta.knownAt,
    total,
    rows,
    indicators: indicatorsOf(total, {
      feeDue: extra[0]!,
      paidOnline: extra[1]!,
      digitised: extra[2]!,
      onTime766: extra[3]!,
    }),
    ruleSets: ruleSetsOf(byRuleSet),
  };
}

/** The rule sets the counted dossiers were received under (RULE_SETS order), with how many of them. */
function ruleSetsOf(counts: readonly number[]): ReportRuleSet[] {
  const out: ReportRuleSet[] = [];
  counts.forEach((dossiers, k) => {
    if (dossiers === 0) return;
    const r = RULE_SETS[k]!;
    out.push({
      id: r.id,
      name: r.name,
      nameVi: r.nameVi,
      validFrom: r.validFrom,
      validTo: r.validTo,
      legalBasis: r.legalBasis.map((d) => ({ ...d })),
      dossiers,
    });
  });
  return out;
}

export interface IndicatorExtras {
  feeDue: number;
  paidOnline: number;
  digitised: number;
  /**
   * Dossiers on time or still within deadline by the 766 national formula (facts.ts onTime766). When not
   * given, Biểu 06's reading (early + on time + pending within deadline) stands in.
   */
  onTime766?: number;
}

export function indicatorsOf(t: Counts, x: IndicatorExtras): Indicators {
  const earlyOrOnTime = t.resolved.early + t.resolved.onTime;
  return {
    progress: ratio(x.onTime766 ?? earlyOrOnTime + t.pending.withinDeadline, t.received.total),
    onlineRate: ratio(t.received.online, t.received.online + t.received.directOrPostal),
    onlinePaymentRate: ratio(x.paidOnline, x.feeDue),
    digitisation: ratio(x.digitised, t.received.total),
    earlyOrOnTimeOverHandled: ratio(earlyOrOnTime, t.received.total),
    earlyOrOnTimeOverResolved: ratio(earlyOrOnTime, t.resolved.total),
  };
}
