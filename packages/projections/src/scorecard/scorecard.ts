// The 766 scorecard of an office or a unit for a period, as known at a moment. Every figure read from the
// ledger is Form 06's own (the report's indicators, the cells behind them): there is no second counting
// rule here. Score of a sub-indicator = points × min(1, rate ÷ threshold).
import { ProjectionError } from '../errors.js';
import { ratio } from '../form06.js';
import type { Ledger } from '../ledger.js';
import type { Form06Report, Ratio } from '../report.js';
import { type LedgerMeasure, type ScorecardVersion, type SubIndicatorSpec, scorecardVersionOn } from './index-766.js';
import type { ScorecardInputs } from './inputs.js';

export interface ScorecardQuery {
  readonly from: string;
  readonly to: string;
  readonly offices: readonly string[];
  /** The office, or the unit the offices roll up to. */
  readonly label: string;
  readonly knownAt?: string;
  readonly inputs: ScorecardInputs;
}

export interface ScoredIndicator {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly source: 'ledger' | 'input';
  readonly points: number;
  readonly threshold: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly rate: number | null;
  readonly score: number;
  /** An input sub-indicator nobody gave: scored 0 and said so. */
  readonly missing: boolean;
  readonly confirmed: boolean;
  readonly note: string | null;
}

export interface ScoredGroup {
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly points: number;
  readonly score: number;
  readonly indicators: readonly ScoredIndicator[];
}

export interface Scorecard {
  readonly office: string;
  readonly offices: readonly string[];
  readonly period: { readonly from: string; readonly to: string };
  readonly knownAt: string | null;
  readonly version: string;
  readonly basis: string;
  readonly sources: readonly string[];
  readonly maxTotal: number;
  readonly total: number;
  readonly groups: readonly ScoredGroup[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** points × min(1, rate ÷ threshold); nothing to count scores by the version's rule. */
export function subIndicatorScore(
  spec: Pick<SubIndicatorSpec, 'points' | 'threshold'>,
  rate: number | null,
  empty: 'full' | 'zero',
): number {
  if (rate === null) return empty === 'full' ? spec.points : 0;
  return spec.points * Math.min(1, rate / spec.threshold);
}

/**
 * Satisfaction in receiving and resolving dossiers: handled dossiers less those counted late (resolved
 * late or pending overdue) or rated with a complaint by the end of the period, over the handled ones.
 * The late and handled dossiers are Form 06's own cells (drillDown); only the complaint is read here.
 */
function satisfactionOf(ledger: Ledger, q: ScorecardQuery, report: Form06Report): Ratio {
  const scope = {
    from: q.from,
    to: q.to,
    offices: [...q.offices],
    unit: q.label,
    ...(q.knownAt ? { knownAt: q.knownAt } : {}),
  };
  const handled = ledger.drillDown({ ...scope, cell: 'received.total' });
  const late = new Set([
    ...ledger.drillDown({ ...scope, cell: 'resolved.late' }),
    ...ledger.drillDown({ ...scope, cell: 'pending.overdue' }),
  ]);
  const several = q.offices.length > 1;
  let unhappy = late.size;
  for (const key of handled) {
    if (late.has(key)) continue;
    const [office, code] = several
      ? [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)]
      : [q.offices[0]!, key];
    const view = ledger.dossier(office, code, { asOf: q.to, ...(q.knownAt ? { knownAt: q.knownAt } : {}) });
    if (view?.satisfaction?.complaint) unhappy++;
  }
  const total = report.total.received.total;
  return ratio(total - unhappy, total);
}

export function computeScorecard(ledger: Ledger, q: ScorecardQuery, version?: ScorecardVersion): Scorecard {
  const v = version ?? scorecardVersionOn(q.to);
  if (!v) {
    throw new ProjectionError('INVALID_PERIOD', `to: the 766 index applies from 2022-06-23, not to ${q.to}`, {
      field: 'to',
    });
  }
  const report = ledger.form06({
    from: q.from,
    to: q.to,
    offices: [...q.offices],
    unit: q.label,
    ...(q.knownAt ? { knownAt: q.knownAt } : {}),
  });
  let satisfaction: Ratio | undefined;
  const measured = (m: LedgerMeasure): Ratio => {
    if (m === 'satisfaction') {
      satisfaction ??= satisfactionOf(ledger, q, report);
      return satisfaction;
    }
    return report.indicators[m];
  };
  const groups = v.groups.map((g): ScoredGroup => {
    const indicators = g.indicators.map((spec): ScoredIndicator => {
      const base = {
        id: spec.id,
        name: spec.name,
        source: spec.source,
        points: spec.points,
        threshold: spec.threshold,
        confirmed: spec.confirmed,
        note: spec.note ?? null,
      };
      // A ledger figure, or the input given for it (none given: scored 0 and marked missing).
      const measure = spec.source === 'ledger' ? measured(spec.measure!) : undefined;
      const figure = measure
        ? { numerator: measure.numerator, denominator: measure.denominator, rate: measure.value }
        : q.inputs[spec.id];
      if (!figure) return { ...base, numerator: null, denominator: null, rate: null, score: 0, missing: true };
      return {
        ...base,
        numerator: figure.numerator,
        denominator: figure.denominator,
        rate: figure.rate,
        score: round2(subIndicatorScore(spec, figure.rate, v.emptyScores)),
        missing: false,
      };
    });
    return {
      id: g.id,
      name: g.name,
      points: g.points,
      score: round2(indicators.reduce((s, i) => s + i.score, 0)),
      indicators,
    };
  });
  return {
    office: q.label,
    offices: [...q.offices],
    period: { from: q.from, to: q.to },
    knownAt: report.knownAt,
    version: v.version,
    basis: v.basis,
    sources: v.sources,
    maxTotal: v.groups.reduce((s, g) => s + g.points, 0),
    total: round2(groups.reduce((s, g) => s + g.score, 0)),
    groups,
  };
}
