// Reporting periods from the command line: exactly one of --year/--quarter, --year/--month or
// --from/--to. Anything else is wrong usage (exit 2), said plainly.
import { ISO_DAY_PATTERN, isValidDay, isValidInstant, toVnIso } from '@motcua/domain';
import { type Convention, periodOf } from '@motcua/projections';
import { quoteValue } from './excerpt.js';
import { UsageError } from './exit.js';
import { type Lang, say } from './i18n.js';

export interface PeriodOptions {
  readonly year?: string;
  readonly quarter?: string;
  readonly month?: string;
  readonly from?: string;
  readonly to?: string;
  readonly convention?: string;
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

const int = (s: string, name: string, min: number, max: number, lang: Lang): number => {
  if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) {
    throw new UsageError(
      say(
        lang,
        `--${name} ${quoteValue(s, lang)}: cần số từ ${min} đến ${max}`,
        `--${name} ${quoteValue(s, lang)}: expected ${min}–${max}`,
      ),
    );
  }
  return Number(s);
};

const day = (s: string, name: string, lang: Lang): string => {
  if (!isValidDay(s)) {
    throw new UsageError(
      say(
        lang,
        `--${name} ${quoteValue(s, lang)}: cần ngày YYYY-MM-DD`,
        `--${name} ${quoteValue(s, lang)}: expected a day YYYY-MM-DD`,
      ),
    );
  }
  return s;
};

export function conventionOf(o: PeriodOptions): Convention {
  return o.convention === 'cutoff' ? 'cutoff' : 'calendar';
}

export function periodFromOptions(o: PeriodOptions, lang: Lang): Period {
  const has = (k: keyof PeriodOptions) => o[k] !== undefined;
  const forms = [
    has('year') && has('quarter') && !has('month'),
    has('year') && has('month') && !has('quarter'),
    has('from') && has('to'),
  ];
  const given = (['year', 'quarter', 'month', 'from', 'to'] as const).filter(has);
  const oneForm =
    forms.filter(Boolean).length === 1 &&
    ((forms[2] && given.length === 2) || (!forms[2] && !has('from') && !has('to')));
  if (!oneForm) {
    throw new UsageError(
      say(
        lang,
        `chọn đúng một kỳ báo cáo: --year Y --quarter Q, --year Y --month M, hoặc --from D --to D (đã cho: ${given.map((g) => `--${g}`).join(' ') || 'không có'})`,
        `give exactly one period: --year Y --quarter Q, --year Y --month M, or --from D --to D (given: ${given.map((g) => `--${g}`).join(' ') || 'none'})`,
      ),
    );
  }
  if (forms[2]) {
    const from = day(o.from!, 'from', lang);
    const to = day(o.to!, 'to', lang);
    if (from > to) {
      throw new UsageError(say(lang, `--from ${from} sau --to ${to}`, `--from ${from} is after --to ${to}`));
    }
    return { from, to };
  }
  const year = int(o.year!, 'year', 1900, 2999, lang);
  const convention = conventionOf(o);
  if (forms[0]) return periodOf({ year, quarter: int(o.quarter!, 'quarter', 1, 4, lang) as 1 | 2 | 3 | 4, convention });
  return periodOf({ year, month: int(o.month!, 'month', 1, 12, lang), convention });
}

/**
 * --known-at: an ISO instant with an offset, `YYYY-MM-DD HH:mm` in office time, or a bare day (as known at
 * the end of that office day). Returned as an ISO instant.
 */
export function knownAtOf(value: string | undefined, lang: Lang, name = 'known-at'): string | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  let ms = Number.NaN;
  if (ISO_DAY_PATTERN.test(s) && isValidDay(s)) ms = Date.parse(`${s}T23:59:59.999+07:00`);
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(s) && isValidDay(s.slice(0, 10)))
    ms = Date.parse(`${s.replace(' ', 'T')}+07:00`);
  // Checked on the calendar: Date.parse would read 30 February as 1 March.
  else if (isValidInstant(s)) ms = Date.parse(s);
  if (Number.isNaN(ms)) {
    throw new UsageError(
      say(
        lang,
        `--${name} ${quoteValue(value, lang)}: cần thời điểm ISO 8601 (ví dụ 2024-04-01T08:00:00+07:00) hoặc ngày YYYY-MM-DD`,
        `--${name} ${quoteValue(value, lang)}: expected an ISO 8601 time (e.g. 2024-04-01T08:00:00+07:00) or a day YYYY-MM-DD`,
      ),
    );
  }
  // Keep milliseconds: "as known at the end of the day" must include events recorded at 23:59:59.5.
  const iso = toVnIso(ms);
  const frac = ms % 1000;
  return frac === 0 ? iso : iso.replace('+07:00', `.${String(frac).padStart(3, '0')}+07:00`);
}
