// The calendar file: the yearly days off and swapped working days as data an administrator can replace or
// extend without a release (`--calendar FILE`). Pure: the caller reads the file and passes its text.
//
// Format (CSV, UTF-8, one day a line; blank lines and lines starting with `#` are ignored; no quoting, so a
// field holds no comma):
//   date,kind,name,basis,status
//   2025-05-02,off,Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025),Văn bản 8726/VPCP-KGVX,announced
//   2025-04-26,working,Làm bù,Văn bản 8726/VPCP-KGVX,announced
// - date: YYYY-MM-DD; each date at most once.
// - kind: `off` (a weekday off: holiday, compensation or swapped day) or `working` (a weekend day worked).
// - name: the label printed for a day off; basis: the legal basis (document number); both non-empty.
// - status: `announced` or `provisional` (computed from the rules, not yet announced); one status per year.
// A year with at least one line replaces the statutory rules for that year entirely; a year without lines
// falls back to the rules and its due dates are provisional, as are those of a `provisional` year.

import type { YearData } from './holiday-data.js';
import { isValidDay, weekday } from './time.js';

export const CALENDAR_FILE_HEADER = 'date,kind,name,basis,status';

export interface CalendarData {
  readonly years: YearData[];
  /** Years whose lines are marked `provisional`. */
  readonly provisionalYears: number[];
}

/** One refused line: its 1-based number, the field at fault, and the reason in both languages. */
export interface CalendarFileError {
  readonly line: number;
  readonly field: string;
  readonly message: string;
  readonly messageVi: string;
}

export type CalendarFileResult =
  | { readonly ok: true; readonly value: CalendarData }
  | { readonly ok: false; readonly errors: CalendarFileError[] };

const FIELDS = CALENDAR_FILE_HEADER.split(',');
/** A user's value is quoted at most this long in a message. */
const EXCERPT = 40;
const quote = (s: string): string => `«${s.length > EXCERPT ? `${s.slice(0, EXCERPT)}…` : s}»`;

/** Parses and validates a calendar file; every bad line is reported, and nothing is returned on error. */
export function parseCalendarCsv(text: string): CalendarFileResult {
  const errors: CalendarFileError[] = [];
  const fail = (line: number, field: string, message: string, messageVi: string) =>
    errors.push({ line, field, message, messageVi });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (headerAt < 0 || lines[headerAt]?.trim() !== CALENDAR_FILE_HEADER) {
    const at = headerAt < 0 ? 1 : headerAt + 1;
    fail(
      at,
      'header',
      `the first line must be the header ${CALENDAR_FILE_HEADER}`,
      `dòng đầu phải là tiêu đề ${CALENDAR_FILE_HEADER}`,
    );
    return { ok: false, errors };
  }
  const byYear = new Map<number, { data: YearData; names: Record<string, string>; status: string; line: number }>();
  const seen = new Map<string, number>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const n = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== FIELDS.length) {
      fail(
        n,
        'line',
        `expected ${FIELDS.length} fields (${CALENDAR_FILE_HEADER}), found ${cells.length}`,
        `cần ${FIELDS.length} trường (${CALENDAR_FILE_HEADER}), có ${cells.length}`,
      );
      continue;
    }
    const [date, kind, name, basis, status] = cells as [string, string, string, string, string];
    const before = errors.length;
    if (!isValidDay(date))
      fail(n, 'date', `${quote(date)} is not a day YYYY-MM-DD`, `${quote(date)} không phải ngày YYYY-MM-DD`);
    else if (seen.has(date))
      fail(
        n,
        'date',
        `${date} is already given on line ${seen.get(date)}`,
        `ngày ${date} đã có ở dòng ${seen.get(date)}`,
      );
    if (kind !== 'off' && kind !== 'working')
      fail(n, 'kind', `${quote(kind)} is not off or working`, `${quote(kind)} không phải off hoặc working`);
    if (name === '') fail(n, 'name', 'the name is empty', 'tên ngày nghỉ đang để trống');
    if (basis === '') fail(n, 'basis', 'the legal basis is empty', 'căn cứ pháp lý đang để trống');
    if (status !== 'announced' && status !== 'provisional')
      fail(
        n,
        'status',
        `${quote(status)} is not announced or provisional`,
        `${quote(status)} không phải announced hoặc provisional`,
      );
    if (errors.length > before) continue;
    const wd = weekday(date);
    const weekend = wd === 0 || wd === 6;
    if (kind === 'off' && weekend)
      fail(
        n,
        'kind',
        `${date} is a weekend day, off anyway: list only weekdays as off`,
        `${date} là ngày cuối tuần, vốn đã nghỉ: chỉ ghi ngày thường là off`,
      );
    if (kind === 'working' && !weekend)
      fail(
        n,
        'kind',
        `${date} is a weekday, a working day anyway: working is for weekend days worked`,
        `${date} là ngày thường, vốn đã làm việc: working chỉ dành cho ngày cuối tuần làm bù`,
      );
    const year = Number(date.slice(0, 4));
    const entry = byYear.get(year);
    if (entry && entry.status !== status)
      fail(
        n,
        'status',
        `${year} is ${entry.status} on line ${entry.line}: one status per year`,
        `năm ${year} đã là ${entry.status} ở dòng ${entry.line}: mỗi năm một trạng thái`,
      );
    if (errors.length > before) continue;
    seen.set(date, n);
    const e = entry ?? { data: { year, daysOff: [], workingDays: [] }, names: {}, status, line: n };
    byYear.set(year, e);
    if (kind === 'off') {
      e.data.daysOff.push(date);
      e.names[date] = name;
    } else e.data.workingDays.push(date);
  }
  if (errors.length > 0) return { ok: false, errors };
  const entries = [...byYear.values()].sort((a, b) => a.data.year - b.data.year);
  return {
    ok: true,
    value: {
      years: entries.map((e) => ({ ...e.data, names: e.names })),
      provisionalYears: entries.filter((e) => e.status === 'provisional').map((e) => e.data.year),
    },
  };
}

/** The errors as lines a clerk reads: `line 3, date: …`, Vietnamese unless `en`. */
export function calendarFileErrorText(errors: readonly CalendarFileError[], lang: 'vi' | 'en' = 'vi'): string {
  return errors
    .map((e) =>
      lang === 'en' ? `line ${e.line}, ${e.field}: ${e.message}` : `dòng ${e.line}, ${e.field}: ${e.messageVi}`,
    )
    .join('\n');
}
