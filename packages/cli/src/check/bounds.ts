// What the identities alone cannot see in a partial report: a figure that is not a count (negative,
// fractional, text), and parts that already exceed their total while another part is missing (counts are
// never negative, so "total 2159, online 2194" is wrong whatever the missing parts say).

import { quoteValue } from '../excerpt.js';
import { type Lang, say } from '../i18n.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  received: ['total', 'online', 'directOrPostal', 'direct', 'postal', 'carriedOver'],
  resolved: ['total', 'early', 'onTime', 'late'],
  pending: ['total', 'withinDeadline', 'overdue'],
};
const SINGLE = ['withdrawnOrReturned', 'awaitingSupplement', 'lateRescheduled'];

/** [total, ...parts] whose parts can only add up to at most the total. */
const PARTS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['received.total', 'received.online', 'received.directOrPostal', 'received.carriedOver'],
  ['received.total', 'received.online', 'received.direct', 'received.postal', 'received.carriedOver'],
  ['received.directOrPostal', 'received.direct', 'received.postal'],
  ['resolved.total', 'resolved.early', 'resolved.onTime', 'resolved.late'],
  ['pending.total', 'pending.withinDeadline', 'pending.overdue'],
  ['received.total', 'resolved.total', 'pending.total'],
  // Withdrawn / refused / returned unprocessed count as on time; a dossier awaiting a supplement is
  // pending within deadline (DOMAIN.md rules 5 and 6).
  ['resolved.onTime', 'withdrawnOrReturned'],
  ['pending.withinDeadline', 'awaitingSupplement'],
];

const count = (v: unknown): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
};

function get(row: unknown, path: string): unknown {
  let cur: unknown = row;
  for (const k of path.split('.')) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

export interface BoundProblem {
  readonly where: string;
  readonly text: string;
}

function checkCounts(row: unknown, where: string, lang: Lang, out: BoundProblem[]): void {
  if (!isObj(row)) return;
  const paths = [...Object.entries(GROUPS).flatMap(([g, ks]) => ks.map((k) => `${g}.${k}`)), ...SINGLE];
  for (const p of paths) {
    const v = get(row, p);
    if (v === undefined || v === null) continue;
    const n = count(v);
    if (n === undefined || !Number.isInteger(n) || n < 0) {
      const shown = quoteValue(JSON.stringify(v), lang);
      out.push({
        where,
        text: say(
          lang,
          `${where}: ${p} ${shown} không phải là một số hồ sơ (0, 1, 2…)`,
          `${where}: ${p} ${shown} is not a count of dossiers (0, 1, 2…)`,
        ),
      });
    }
  }
  for (const [lhs, ...parts] of PARTS) {
    const left = count(get(row, lhs));
    const values = parts.map((p) => count(get(row, p)));
    const known = values.filter((v): v is number => v !== undefined);
    // Complete identities are the projections' job; this is only for the ones with a part missing.
    const complete = known.length === values.length && values.length > 1;
    if (left === undefined || known.length === 0 || complete) continue;
    const sum = known.reduce((a, b) => a + b, 0);
    const text = `${where}: ${lhs} ${left} < ${parts.filter((_, i) => values[i] !== undefined).join(' + ')} = ${sum}`;
    // The two splits of received.total name the same parts when direct/postal are missing.
    if (sum > left && !out.some((p) => p.text.startsWith(text))) {
      const named = parts.filter((_, i) => values[i] !== undefined);
      out.push({
        where,
        text: say(
          lang,
          `${where}: ${lhs} ${left} < ${named.join(' + ')} = ${sum} (${known.join(' + ')}), nhiều hơn tổng có thể chứa`,
          `${where}: ${lhs} ${left} < ${named.join(' + ')} = ${sum} (${known.join(' + ')}), more than the total can hold`,
        ),
      });
    }
  }
}

function checkReport(report: unknown, prefix: string, lang: Lang, out: BoundProblem[]): void {
  if (!isObj(report)) return;
  if (!('total' in report) && !('rows' in report)) {
    checkCounts(report, `${prefix}total`, lang, out);
    return;
  }
  checkCounts(report.total, `${prefix}total`, lang, out);
  if (Array.isArray(report.rows)) {
    report.rows.forEach((r, i) => {
      const field = isObj(r) && typeof r.field === 'string' ? r.field : '?';
      checkCounts(r, `${prefix}rows[${i}] (${field})`, lang, out);
    });
  }
}

/** Figures that are not counts, and parts above their total; one line each. */
export function checkBounds(input: unknown, lang: Lang): BoundProblem[] {
  const out: BoundProblem[] = [];
  if (Array.isArray(input)) {
    input.forEach((r, k) => {
      checkReport(r, `reports[${k}] `, lang, out);
    });
  } else checkReport(input, '', lang, out);
  return out;
}
