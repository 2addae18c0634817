// The Form 06 identities (DOMAIN.md), checked on any report-shaped value: one computed here, or one
// typed in by hand such as the seed's 2023 figures (total 2159, parts 2225). Keys that are missing
// are not checked; every key present is.
import { CELLS } from './report.js';

export interface IdentityBreak {
  /** 'total', `rows[i] (field)`, or either prefixed by `reports[k] ` for a list of reports. */
  where: string;
  identity: string;
  left: number;
  right: number;
  message: string;
}

export interface CheckOptions {
  lang?: 'en' | 'vi';
}

/** What a check found: the identities that do not hold, and how many could be checked at all. */
export interface IdentityTally {
  breaks: IdentityBreak[];
  /** Identities whose every term was present; 0 means the value gave no figure an identity can use. */
  checked: number;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function get(o: unknown, path: string): number | undefined {
  let cur: unknown = o;
  for (const k of path.split('.')) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  return num(cur);
}

/** Column identities within one row: [left, ...parts]. */
const ROW_IDENTITIES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['received.total', 'received.online', 'received.directOrPostal', 'received.carriedOver'],
  ['received.directOrPostal', 'received.direct', 'received.postal'],
  ['resolved.total', 'resolved.early', 'resolved.onTime', 'resolved.late'],
  ['pending.total', 'pending.withinDeadline', 'pending.overdue'],
  ['received.total', 'resolved.total', 'pending.total'],
];

/**
 * The two identities written partly in words (sum of the rows, the previous report), with those words in
 * Vietnamese: `[left, right]`, e.g. ["total.resolved.late", "tổng resolved.late của các dòng"]. The others
 * are formulas of key names alone and read the same in both languages.
 */
export function identitySidesVi(identity: string): readonly [string, string] | undefined {
  const sum = /^(\S+) = sum of rows' (\S+)$/.exec(identity);
  if (sum?.[1] && sum[2]) return [sum[1], `tổng ${sum[2]} của các dòng`];
  const prev = /^(\S+) = previous (\S+)$/.exec(identity);
  if (prev?.[1] && prev[2]) return [prev[1], `${prev[2]} của báo cáo trước`];
  return undefined;
}

function message(where: string, identity: string, left: number, right: number, lang: 'en' | 'vi'): string {
  const vi = identitySidesVi(identity);
  return lang === 'vi'
    ? `${where}: không thỏa ${vi ? `${vi[0]} = ${vi[1]}` : identity} (${left} ≠ ${right})`
    : `${where}: ${identity} does not hold (${left} ≠ ${right})`;
}

function checkRow(row: unknown, where: string, lang: 'en' | 'vi', out: IdentityTally): void {
  for (const [lhs, ...parts] of ROW_IDENTITIES) {
    const left = get(row, lhs);
    const values = parts.map((p) => get(row, p));
    if (left === undefined || values.some((v) => v === undefined)) continue;
    out.checked++;
    const right = (values as number[]).reduce((a, b) => a + b, 0);
    if (left !== right) {
      const identity = `${lhs} = ${parts.join(' + ')}`;
      out.breaks.push({ where, identity, left, right, message: message(where, identity, left, right, lang) });
    }
  }
}

const rowWhere = (rows: unknown[], i: number): string => {
  const f = isObj(rows[i]) ? rows[i].field : undefined;
  return `rows[${i}] (${typeof f === 'string' ? f : '?'})`;
};

function checkReport(report: unknown, prefix: string, lang: 'en' | 'vi', out: IdentityTally): void {
  if (!isObj(report)) return;
  // A bare set of counts (no total/rows) is read as the total row.
  const total = 'total' in report || 'rows' in report ? report.total : report;
  const rows = Array.isArray(report.rows) ? report.rows : undefined;
  if (isObj(total)) checkRow(total, `${prefix}total`, lang, out);
  if (rows) for (const [i, r] of rows.entries()) checkRow(r, `${prefix}${rowWhere(rows, i)}`, lang, out);
  if (isObj(total) && rows) {
    // Every cell of the form is a count the total row sums from the field rows.
    for (const col of CELLS) {
      const left = get(total, col);
      const values = rows.map((r) => get(r, col));
      if (left === undefined || values.some((v) => v === undefined)) continue;
      out.checked++;
      const right = (values as number[]).reduce((a, b) => a + b, 0);
      if (left !== right) {
        const where = `${prefix}total`;
        const identity = `total.${col} = sum of rows' ${col}`;
        out.breaks.push({ where, identity, left, right, message: message(where, identity, left, right, lang) });
      }
    }
  }
}

function rowByField(report: Obj): Map<string, unknown> | undefined {
  if (!Array.isArray(report.rows)) return undefined;
  const m = new Map<string, unknown>();
  for (const r of report.rows) if (isObj(r) && typeof r.field === 'string') m.set(r.field, r);
  return m;
}

/** Carried over of each report = pending total of the report before it (total, and row by row). */
function checkChain(prev: unknown, cur: unknown, k: number, lang: 'en' | 'vi', out: IdentityTally): void {
  if (!isObj(prev) || !isObj(cur)) return;
  const identity = 'received.carriedOver = previous pending.total';
  const push = (where: string, left: number | undefined, right: number | undefined): void => {
    if (left === undefined || right === undefined) return;
    out.checked++;
    if (left !== right) {
      out.breaks.push({ where, identity, left, right, message: message(where, identity, left, right, lang) });
    }
  };
  const pt = 'total' in prev || 'rows' in prev ? prev.total : prev;
  const ct = 'total' in cur || 'rows' in cur ? cur.total : cur;
  push(`reports[${k}] total`, get(ct, 'received.carriedOver'), get(pt, 'pending.total'));
  const pr = rowByField(prev);
  const cr = rowByField(cur);
  if (!pr || !cr || !Array.isArray(cur.rows)) return;
  const rows = cur.rows;
  rows.forEach((r, i) => {
    if (!isObj(r) || typeof r.field !== 'string') return;
    const p = pr.get(r.field);
    push(
      `reports[${k}] ${rowWhere(rows, i)}`,
      get(r, 'received.carriedOver'),
      p === undefined ? 0 : get(p, 'pending.total'),
    );
  });
  // A field pending at the end of the previous period must be carried into this one.
  for (const [field, p] of pr) {
    if (cr.has(field)) continue;
    const pending = get(p, 'pending.total');
    if (pending !== undefined && pending !== 0) {
      push(`reports[${k}] rows[-] (${field})`, 0, pending);
    }
  }
}

/**
 * Checks 3 = 4+5+6, 5 = direct+postal, 7 = 8+9+10, 11 = 12+13, 3 = 7+11 on the total and every row,
 * total = sum of rows for every column, and, for a list of consecutive reports, carried over =
 * previous pending. Returns the identities that do not hold; [] when all do.
 */
export function checkIdentities(report: unknown, opts: CheckOptions = {}): IdentityBreak[] {
  return tallyIdentities(report, opts).breaks;
}

/** checkIdentities, also counting the identities that could be checked (check-report refuses 0). */
export function tallyIdentities(report: unknown, opts: CheckOptions = {}): IdentityTally {
  const lang = opts.lang ?? 'en';
  const out: IdentityTally = { breaks: [], checked: 0 };
  if (Array.isArray(report)) {
    report.forEach((r, k) => {
      checkReport(r, `reports[${k}] `, lang, out);
      if (k > 0) checkChain(report[k - 1], r, k, lang, out);
    });
  } else {
    checkReport(report, '', lang, out);
  }
  return out;
}
