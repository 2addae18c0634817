// Cell values of a tracking book: times, channels, yes/no marks and fees, as officials write them.
// Every day is an office day in Asia/Ho_Chi_Minh (fixed UTC+7), whatever offset a time was written in.
import { toVnIso, VN_OFFSET_MINUTES } from '@motcua/domain';
import type { DateOrder } from '../choices.js';
import { foldText } from './columns.js';
import type { CellValue } from './types.js';

const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };
const fail = { ok: false } as const;
const some = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** Where a bare date lands: a receipt at the start of the office day, an end (due, return, withdrawal) at
 *  its last second, so a dossier received and returned on the same day stays valid. */
export type DayEdge = 'start' | 'end';

const ISO_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const LOCAL_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Whether the parts name a real moment in 1900–2999, by the month's length (no Date made per cell). */
function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= (mo === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[mo - 1] as number));
}

/** Epoch ms of a wall-clock time in office time, or null when the parts are not a real moment. */
function officeMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (!validParts(y, mo, d, h, mi, s)) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) - VN_OFFSET_MS;
}

function localMoment(
  y: number,
  mo: number,
  d: number,
  time: [string?, string?, string?],
  edge: DayEdge,
): number | null {
  const [h, mi, s] = time;
  if (h === undefined) return edge === 'start' ? officeMs(y, mo, d, 0, 0, 0) : officeMs(y, mo, d, 23, 59, 59);
  return officeMs(y, mo, d, Number(h), Number(mi), Number(s ?? 0));
}

/** Excel serial day numbers (days since 1899-12-30) that fall in 1950–2100. */
const EXCEL_SERIAL_MIN = 18_264;
const EXCEL_SERIAL_MAX = 73_051;

/**
 * Reads a time cell: ISO 8601 with an offset, `YYYY-MM-DD HH:mm[:ss]` in office time, a bare date, or a
 * spreadsheet date. Returns epoch ms. Day-first text (15/01/2024) is refused rather than guessed at:
 * 01/02/2024 means a different day to a machine set up in another country.
 */
export function parseTime(value: CellValue, edge: DayEdge, order: DateOrder = 'ymd'): Parsed<number> {
  if (value instanceof Date) {
    // Spreadsheet dates carry no zone; exceljs hands their wall-clock parts over as UTC.
    const ms = value.getTime();
    if (Number.isNaN(ms)) return fail;
    const wallMidnight = ms % 86_400_000 === 0;
    const d = value;
    const r = wallMidnight
      ? localMoment(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), [], edge)
      : officeMs(
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
          d.getUTCSeconds(),
        );
    return r === null ? fail : some(r);
  }
  if (typeof value === 'number') {
    if (!(value >= EXCEL_SERIAL_MIN && value <= EXCEL_SERIAL_MAX)) return fail;
    const wall = Math.round((value - 25_569) * 86_400) * 1000; // 25569 = serial of 1970-01-01
    return parseTime(new Date(wall), edge);
  }
  if (typeof value !== 'string') return fail;
  const s = value.trim();
  return plainTime(s, edge) ?? (order === 'dmy' ? dayFirstTime(s, edge) : undefined) ?? parseTimeText(s, edge);
}

/**
 * Day-first text as Vietnamese-locale exports write it, read only when the import is told the book's date
 * order (--date-order dmy): `D/M/YYYY` or `DD/MM/YYYY` (also with "-" or "."), then an optional
 * `HH:mm[:ss]`, in office time. The year has four digits: 15/01/24 is refused, never guessed at.
 * Undefined for text of any other shape (ISO and year-first text keep their meaning).
 */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
function dayFirstTime(s: string, edge: DayEdge): Parsed<number> | undefined {
  const m = DAY_FIRST.exec(s);
  if (!m) return undefined;
  const r = localMoment(Number(m[4]), Number(m[3]), Number(m[1]), [m[5], m[6], m[7]], edge);
  return r === null ? fail : some(r);
}

/** Text that looks like a day-first (or month-first) date, which the default date order refuses: the
 *  refusal then names --date-order dmy. */
export const DAY_FIRST_HINT = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;
const isDigits = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
const twoDigits = (s: string, i: number): number => digitAt(s, i) * 10 + digitAt(s, i + 1);

/**
 * The shapes a book is written in almost always, `YYYY-MM-DD` and `YYYY-MM-DD HH:mm[:ss]` (or with "T"),
 * read by position instead of by regular expression: this runs four times a row. Undefined for any other
 * text, which parseTimeText reads; for these shapes both give the same answer (values.test.ts).
 */
function plainTime(s: string, edge: DayEdge): Parsed<number> | undefined {
  const n = s.length;
  if (n !== 10 && n !== 16 && n !== 19) return undefined;
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return undefined; // "-"
  if (!isDigits(s, 0, 4) || !isDigits(s, 5, 7) || !isDigits(s, 8, 10)) return undefined;
  const y = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const mo = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  let r: number | null;
  if (n === 10) r = edge === 'start' ? officeMs(y, mo, d, 0, 0, 0) : officeMs(y, mo, d, 23, 59, 59);
  else {
    const t = s.charCodeAt(10);
    if ((t !== 0x54 && t !== 0x20) || s.charCodeAt(13) !== 0x3a) return undefined; // "T" or " ", then ":"
    if (!isDigits(s, 11, 13) || !isDigits(s, 14, 16)) return undefined;
    let sec = 0;
    if (n === 19) {
      if (s.charCodeAt(16) !== 0x3a || !isDigits(s, 17, 19)) return undefined;
      sec = twoDigits(s, 17);
    }
    r = officeMs(y, mo, d, twoDigits(s, 11), twoDigits(s, 14), sec);
  }
  return r === null ? fail : some(r);
}

/** parseTime for trimmed text, by regular expressions: every shape it accepts. */
export function parseTimeText(s: string, edge: DayEdge): Parsed<number> {
  let m = ISO_OFFSET.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, off] = m;
    const base = officeMs(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0));
    if (base === null) return fail;
    const wall = base + VN_OFFSET_MS; // wall-clock parts as if UTC
    const ms = wall + Math.floor(Number(`0.${frac ?? '0'}`) * 1000) - offsetMs(off ?? 'Z');
    return Number.isFinite(ms) ? some(ms) : fail;
  }
  m = LOCAL_YMD.exec(s);
  if (m) {
    const r = localMoment(Number(m[1]), Number(m[2]), Number(m[3]), [m[4], m[5], m[6]], edge);
    return r === null ? fail : some(r);
  }
  return fail;
}

function offsetMs(off: string): number {
  if (off === 'Z' || off === 'z') return 0;
  const sign = off.startsWith('-') ? -1 : 1;
  const digits = off.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const mi = Number(digits.slice(2) || '0');
  return sign * (h * 60 + mi) * 60_000;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
/** Wall-clock seconds of 0000-01-01T00:00:00 and 9999-12-31T23:59:59: the years toISOString writes in 4 digits. */
const MIN_WALL_S = -62_167_219_200;
const MAX_WALL_S = 253_402_300_799;

/** A value kept for its key until the cache is full, then all are dropped: books repeat days and hours. */
function cached<V>(cache: Map<number, V>, key: number, make: (key: number) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    if (cache.size >= 4096) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const dayTexts = new Map<number, string>();
const dayText = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);
const clockTexts = new Map<number, string>();
const clockText = (secs: number): string => {
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  return `T${pad2(h)}:${pad2(mi)}:${pad2(secs % 60)}+07:00`;
};

/**
 * Renders epoch ms as the office-time ISO instant stored in events, as toVnIso does. A book has a few
 * hundred days and times of day, so each is written once and the two are joined: no Date, toISOString and
 * replace for every time of every row. Years outside 0–9999 (and NaN) go to toVnIso itself; values.test.ts
 * holds the two equal.
 */
export function isoOf(ms: number): string {
  // Seconds of wall-clock office time; Date truncates a fractional time value, so the same here.
  const wall = Math.floor(Math.trunc(ms + VN_OFFSET_MS) / 1000);
  if (!(wall >= MIN_WALL_S && wall <= MAX_WALL_S)) return toVnIso(ms);
  const days = Math.floor(wall / 86_400);
  return cached(dayTexts, days, dayText) + cached(clockTexts, wall - days * 86_400, clockText);
}

const CHANNELS: Record<string, 'online' | 'direct' | 'postal'> = {
  online: 'online',
  truc_tuyen: 'online',
  dvc_truc_tuyen: 'online',
  qua_mang: 'online',
  direct: 'direct',
  truc_tiep: 'direct',
  tai_quay: 'direct',
  tai_bo_phan_mot_cua: 'direct',
  postal: 'postal',
  buu_chinh: 'postal',
  buu_dien: 'postal',
  buu_chinh_cong_ich: 'postal',
  qua_buu_chinh: 'postal',
  qua_buu_chinh_cong_ich: 'postal',
  dich_vu_buu_chinh: 'postal',
  dich_vu_buu_chinh_cong_ich: 'postal',
  bcci: 'postal',
  qua_bcci: 'postal',
};

/**
 * Remembers a reading of text cells (the reading must be pure). A book writes the same few channels, marks
 * and fees on every line, and folding them (Unicode normalisation and four regular expressions) would cost
 * more than the rest of the row. The answers are shared, so they are read-only.
 */
function remembered<T>(read: (value: CellValue) => Parsed<T>): (value: CellValue) => Parsed<T> {
  const seen = new Map<string, Parsed<T>>();
  return (value) => {
    if (typeof value !== 'string') return read(value);
    let r = seen.get(value);
    if (r === undefined) {
      r = read(value);
      if (seen.size >= 1024) seen.clear(); // a book of free text must not grow it without end
      seen.set(value, r);
    }
    return r;
  };
}

/** online | direct | postal, or the Vietnamese Trực tuyến / Trực tiếp / Bưu chính (công ích). */
export const parseChannel = remembered((value): Parsed<'online' | 'direct' | 'postal'> => {
  if (typeof value !== 'string') return fail;
  const c = CHANNELS[foldText(value)];
  return c ? some(c) : fail;
});

const YES = new Set(['x', 'v', 'yes', 'y', 'true', '1', 'co', 'da', 'roi', 'dat', 'ok']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'khong', 'chua', 'k']);

/** A yes/no mark: x, yes/no, true/false, 1/0, có/không, đã/chưa; a blank cell is no. */
export const parseFlag = remembered(readFlag);
function readFlag(value: CellValue): Parsed<boolean> {
  if (value === null) return some(false);
  if (typeof value === 'boolean') return some(value);
  if (typeof value === 'number') return value === 1 ? some(true) : value === 0 ? some(false) : fail;
  if (typeof value !== 'string') return fail;
  const trimmed = value.trim();
  if (trimmed === '✓' || trimmed === '✔') return some(true);
  if (trimmed === '-' || trimmed === '–') return some(false);
  const f = foldText(trimmed);
  if (YES.has(f)) return some(true);
  if (NO.has(f)) return some(false);
  return fail;
}

/** digitized: a yes/no mark (papers, and the result once returned), or which part: papers / result / both. */
export const parseDigitised = remembered(readDigitised);
function readDigitised(value: CellValue): Parsed<{ readonly papers: boolean; readonly result: boolean }> {
  if (typeof value === 'string') {
    const f = foldText(value);
    if (f === 'papers' || f === 'ho_so' || f === 'giay_to') return some({ papers: true, result: false });
    if (f === 'result' || f === 'ket_qua') return some({ papers: false, result: true });
    if (f === 'both' || f === 'ca_hai' || f === 'ho_so_va_ket_qua') return some({ papers: true, result: true });
  }
  const flag = readFlag(value);
  if (!flag.ok) return fail;
  return some({ papers: flag.value, result: flag.value });
}

/**
 * A fee in whole đồng: 50000, "50.000", "50,000", "50 000 đ", "50.000 VNĐ"; blank means none.
 * Fractions of a đồng do not exist, so "50.000,00" reads as 50000 and "12,5" is refused.
 */
export const parseFee = remembered(readFee);
function readFee(value: CellValue): Parsed<number | null> {
  if (value === null) return some(null);
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? some(value) : fail;
  if (typeof value !== 'string') return fail;
  const s = value
    .normalize('NFC')
    .trim()
    .replace(/\s*(₫|đồng|đ|vnđ|vnd|d)\.?$/i, '')
    .trim();
  if (s === '') return value.trim() === '' ? some(null) : fail;
  const grouped = /^(\d{1,3}(?:([.,\s\u00a0])\d{3})(?:\2\d{3})*)(?:[.,]0{1,2})?$/.exec(s);
  const plain = /^(\d+)(?:[.,]0{1,2})?$/.exec(s);
  const digits = grouped?.[1]?.replace(/[.,\s\u00a0]/g, '') ?? plain?.[1];
  if (digits === undefined) return fail;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? some(n) : fail;
}

/** A cell as text for messages and for text columns (codes, fields). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}
