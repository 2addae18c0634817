// Figures typed from a paper report often leave out what the paper did not print: the direct/postal
// split without column 5, parts without their total. Before the identities are checked we fill in what
// follows from the figures given (and say so), so that e.g. the seed's 2023 report, which gives direct
// but not direct-or-postal, and resolved parts without a total, is checked on every identity it can be.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A figure as typed: a number, or a numeric string (as checkIdentities reads it too). */
const num = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
};

export interface Derivation {
  /** Where in the report, e.g. `total` or `rows[0] (Hộ tịch)`. */
  readonly where: string;
  /** The key filled in, e.g. `received.directOrPostal`. */
  readonly key: string;
  /** How: `direct + postal`. */
  readonly from: string;
  readonly value: number;
}

/** key ← sum of parts; a missing part counts as 0 only where `zeroIfMissing` allows (postal without direct…). */
const RULES: ReadonlyArray<{ group: string; key: string; parts: readonly string[]; anyPart: boolean }> = [
  // The older layout splits column 5; a paper report giving "trực tiếp 29" and no postal figure means 0 postal.
  { group: 'received', key: 'directOrPostal', parts: ['direct', 'postal'], anyPart: true },
  { group: 'received', key: 'total', parts: ['online', 'directOrPostal', 'carriedOver'], anyPart: false },
  { group: 'resolved', key: 'total', parts: ['early', 'onTime', 'late'], anyPart: false },
  { group: 'pending', key: 'total', parts: ['withinDeadline', 'overdue'], anyPart: false },
];

function deriveCounts(counts: Obj, where: string, out: Derivation[]): Obj {
  const copy: Obj = { ...counts };
  for (const rule of RULES) {
    const g = isObj(copy[rule.group]) ? { ...(copy[rule.group] as Obj) } : undefined;
    if (!g || num(g[rule.key]) !== undefined) continue;
    const values = rule.parts.map((p) => num(g[p]));
    const given = values.filter((v) => v !== undefined).length;
    if (given === 0 || (!rule.anyPart && given < values.length)) continue;
    const value = values.reduce<number>((a, v) => a + (v ?? 0), 0);
    g[rule.key] = value;
    copy[rule.group] = g;
    out.push({ where, key: `${rule.group}.${rule.key}`, from: rule.parts.join(' + '), value });
  }
  return copy;
}

function deriveReport(report: unknown, prefix: string, out: Derivation[]): unknown {
  if (!isObj(report)) return report;
  const isWrapped = 'total' in report || 'rows' in report;
  if (!isWrapped) return deriveCounts(report, `${prefix}total`, out);
  const copy: Obj = { ...report };
  if (isObj(report.total)) copy.total = deriveCounts(report.total, `${prefix}total`, out);
  if (Array.isArray(report.rows)) {
    copy.rows = report.rows.map((r, i) => {
      if (!isObj(r)) return r;
      const field = typeof r.field === 'string' ? r.field : '?';
      return deriveCounts(r, `${prefix}rows[${i}] (${field})`, out);
    });
  }
  return copy;
}

/** The report with every figure that follows from the given ones filled in, and a list of what was filled. */
export function deriveMissing(input: unknown): { report: unknown; derived: Derivation[] } {
  const derived: Derivation[] = [];
  const report = Array.isArray(input)
    ? input.map((r, k) => deriveReport(r, `reports[${k}] `, derived))
    : deriveReport(input, '', derived);
  return { report, derived };
}

/** A count by dotted key in the counts at `where` (total / rows[i] / reports[k] …), for printing the parts. */
export function countAt(report: unknown, where: string, key: string): number | undefined {
  let target: unknown = report;
  const m = /^(?:reports\[(\d+)\] )?(total|rows\[(\d+)\])/.exec(where);
  if (!m) return undefined;
  if (m[1] !== undefined) target = Array.isArray(target) ? target[Number(m[1])] : undefined;
  if (!isObj(target)) return undefined;
  const wrapped = 'total' in target || 'rows' in target;
  if (m[2] === 'total') target = wrapped ? target.total : target;
  else target = Array.isArray(target.rows) ? target.rows[Number(m[3])] : undefined;
  for (const k of key.split('.')) {
    if (!isObj(target)) return undefined;
    target = target[k];
  }
  return num(target);
}
