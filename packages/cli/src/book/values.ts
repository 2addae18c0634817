// Cell values of a tracking book: times, channels, yes/no marks and fees, as officials write them.
// Every day is an office day in Asia/Ho_Chi_Minh (fixed UTC+7), whatever offset a time was written in.
import { toVnIso, VN_OFFSET_MINUTES } from '@motcua/domain';
import { foldText } from './columns.js';
import type { CellValue } from './types.js';

const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false };
const fail = { ok: false } as const;
const some = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** Where a bare date lands: a receipt at the start of the office day, an end (due, return, withdrawal) at
 *  its last second, so a dossier received and returned on the same day stays valid. */
export type DayEdge = 'start' | 'end';

const ISO_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const LOCAL_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
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
export function parseTime(value: CellValue, edge: DayEdge): Parsed<number> {
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

/** Renders epoch ms as the office-time ISO instant stored in events. */
export const isoOf = (ms: number): string => toVnIso(ms);

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

/** online | direct | postal, or the Vietnamese Trực tuyến / Trực tiếp / Bưu chính (công ích). */
export function parseChannel(value: CellValue): Parsed<'online' | 'direct' | 'postal'> {
  if (typeof value !== 'string') return fail;
  const c = CHANNELS[foldText(value)];
  return c ? some(c) : fail;
}

const YES = new Set(['x', 'v', 'yes', 'y', 'true', '1', 'co', 'da', 'roi', 'dat', 'ok']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'khong', 'chua', 'k']);

/** A yes/no mark: x, yes/no, true/false, 1/0, có/không, đã/chưa; a blank cell is no. */
export function parseFlag(value: CellValue): Parsed<boolean> {
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
export function parseDigitised(value: CellValue): Parsed<{ papers: boolean; result: boolean }> {
  if (typeof value === 'string') {
    const f = foldText(value);
    if (f === 'papers' || f === 'ho_so' || f === 'giay_to') return some({ papers: true, result: false });
    if (f === 'result' || f === 'ket_qua') return some({ papers: false, result: true });
    if (f === 'both' || f === 'ca_hai' || f === 'ho_so_va_ket_qua') return some({ papers: true, result: true });
  }
  const flag = parseFlag(value);
  if (!flag.ok) return fail;
  return some({ papers: flag.value, result: flag.value });
}

/**
 * A fee in whole đồng: 50000, "50.000", "50,000", "50 000 đ", "50.000 VNĐ"; blank means none.
 * Fractions of a đồng do not exist, so "50.000,00" reads as 50000 and "12,5" is refused.
 */
export function parseFee(value: CellValue): Parsed<number | null> {
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
