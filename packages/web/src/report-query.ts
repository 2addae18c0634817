// What the report page shows is its URL: the API's own parameter names (office, from, to, year, quarter,
// month, convention, knownAt), so a link opens the same report and back/forward walk the history.
import type { paths } from './api/schema.js';
import { CELLS, type Cell } from './form06.js';

/** The report route's period parameters, as the API declares them, and the office. */
type PeriodParams = Omit<
  NonNullable<paths['/v1/offices/{office}/reports/form06']['get']['parameters']['query']>,
  'format' | 'lang'
>;
/**
 * `cell` and `field` (the drill-down route's names) open the dossiers behind one number; field '' = total.
 * `unit` (a district, a province) shows the roll-up over every office below it instead of one office.
 */
export type ReportQuery = PeriodParams & { office: string; unit?: string; cell?: Cell; field?: string };

const NUMBERS = ['year', 'quarter', 'month'] as const;
const STRINGS = ['unit', 'from', 'to', 'knownAt'] as const;

export function readQuery(search: string): ReportQuery {
  const p = new URLSearchParams(search);
  const q: ReportQuery = { office: p.get('office') ?? '' };
  for (const k of STRINGS) {
    const v = p.get(k);
    if (v) q[k] = v;
  }
  for (const k of NUMBERS) {
    const v = p.get(k);
    if (v && /^\d+$/.test(v)) q[k] = Number(v);
  }
  const cell = p.get('cell');
  if (cell && (CELLS as readonly string[]).includes(cell)) {
    q.cell = cell as Cell;
    const field = p.get('field');
    if (field) q.field = field;
  }
  const c = p.get('convention');
  if (c === 'calendar' || c === 'cutoff') q.convention = c;
  return q;
}

export function writeQuery(q: ReportQuery): string {
  const p = new URLSearchParams();
  if (q.office) p.set('office', q.office);
  for (const k of ['unit', 'from', 'to', ...NUMBERS, 'convention', 'knownAt', 'cell', 'field'] as const) {
    const v = q[k];
    if (v !== undefined && v !== '') p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The period part of a query, as the API takes it (no office). */
export function periodParams(q: ReportQuery): PeriodParams {
  const { office: _office, unit: _unit, cell: _cell, field: _field, ...rest } = q;
  return rest;
}

/** Office time is UTC+07:00 all year (Asia/Ho_Chi_Minh has no daylight saving). */
const OFFICE_OFFSET = '+07:00';

/** A datetime-local value ("2024-03-01T10:00") read in office time, as the API's moment. */
export function toMoment(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return undefined;
  return `${local.length === 16 ? `${local}:00` : local}${OFFICE_OFFSET}`;
}

/** The API's moment shown in a datetime-local input, in office time. */
export function fromMoment(moment: string | undefined): string {
  if (!moment) return '';
  const t = Date.parse(moment);
  if (Number.isNaN(t)) return '';
  return new Date(t + 7 * 3600_000).toISOString().slice(0, 16);
}
