// The report object: the same shape the CLI prints as JSON and the server returns.
// Keys follow ../shared/DOMAIN.md (Form 06 columns) and issue 4.
import type { UnitCoverage } from './unit-report.js';

export interface ReceivedCounts {
  total: number; // col 3 = online + directOrPostal + carriedOver
  online: number; // col 4
  directOrPostal: number; // col 5 = direct + postal
  direct: number;
  postal: number;
  carriedOver: number; // col 6
}
export interface ResolvedCounts {
  total: number; // col 7 = early + onTime + late
  early: number;
  onTime: number; // includes withdrawn / refused / returned unprocessed (rule 5)
  late: number;
}
export interface PendingCounts {
  total: number; // col 11 = withinDeadline + overdue
  withinDeadline: number;
  overdue: number;
}
export interface Counts {
  received: ReceivedCounts;
  resolved: ResolvedCounts;
  pending: PendingCounts;
  /** Finished without a result (withdrawn, refused, returned unprocessed); also inside resolved.onTime. */
  withdrawnOrReturned: number;
  /** Pending at the end of the period and waiting for a supplement (inside pending.withinDeadline). */
  awaitingSupplement: number;
  /** Dossiers counted late (resolved.late or pending.overdue) that had an apology and new date. */
  lateRescheduled: number;
}

export interface Form06Row extends Counts {
  field: string;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
}

export interface Indicators {
  /**
   * The 766 progress figure: dossiers finished on time or still within deadline / handled (received.total),
   * by the national formula note where it differs from Biểu 06: more than one supplement request is late;
   * the end of processing is the resolution, else the return, else the stop or refusal, compared with the
   * due date (so a refusal or a stop after the due date is late here, on time in Biểu 06; an approval on
   * time returned late is on time here). See packages/projections/README.md.
   */
  progress: Ratio;
  /** received online / received in the period (received.online + received.directOrPostal). */
  onlineRate: Ratio;
  /** dossiers paid online / dossiers with a non-zero fee, among those handled. */
  onlinePaymentRate: Ratio;
  /** dossiers with digitised papers and result / handled. */
  digitisation: Ratio;
  /** (early + on time) / handled, as the seed report divides. */
  earlyOrOnTimeOverHandled: Ratio;
  /** (early + on time) / resolved. */
  earlyOrOnTimeOverResolved: Ratio;
}

export type Convention = 'calendar' | 'cutoff';

/** A rule set (see @motcua/domain RULE_SETS) under which some of the counted dossiers were received. */
export interface ReportRuleSet {
  id: string;
  name: string;
  nameVi: string;
  /** First receipt day under it, or null; last receipt day, or null while in force. */
  validFrom: string | null;
  validTo: string | null;
  legalBasis: { number: string; title: string; signed: string; inForce: string }[];
  /** Counted dossiers (received.total) received under it. */
  dossiers: number;
}

export interface Form06Report {
  period: { from: string; to: string };
  /** Office code, or the unit code of a roll-up (district / province). */
  office: string;
  /** Offices included (one for an office report, several for a roll-up). */
  offices: string[];
  /** Recorded-time cut-off (ISO), or null for "everything recorded so far". */
  knownAt: string | null;
  total: Counts;
  rows: Form06Row[];
  indicators: Indicators;
  /** The rule sets of the dossiers counted, oldest first, with their legal basis. */
  ruleSets: ReportRuleSet[];
  /** A unit's report of the units catalogue: what it covered across changes of the map (unit-report.ts). */
  coverage?: UnitCoverage;
}

export const CELLS = [
  'received.total',
  'received.online',
  'received.directOrPostal',
  'received.direct',
  'received.postal',
  'received.carriedOver',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'pending.total',
  'pending.withinDeadline',
  'pending.overdue',
  'withdrawnOrReturned',
  'awaitingSupplement',
  'lateRescheduled',
] as const;
export type Cell = (typeof CELLS)[number];

/** The report object's own keys, as printed: what a reader of a report file may expect beside the figures. */
export const REPORT_KEYS = [
  'period',
  'office',
  'offices',
  'knownAt',
  'total',
  'rows',
  'indicators',
  'ruleSets',
  'coverage',
] as const satisfies ReadonlyArray<keyof Form06Report>;
// Every key of Form06Report is listed (a key added to the interface without this list fails to compile).
const _allReportKeysListed: Record<keyof Form06Report, true> = Object.fromEntries(
  REPORT_KEYS.map((k) => [k, true]),
) as Record<(typeof REPORT_KEYS)[number], true>;
void _allReportKeysListed;
