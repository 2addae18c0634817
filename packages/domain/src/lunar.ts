// Vietnamese lunisolar calendar after Hồ Ngọc Đức's published astronomical algorithm
// ("Âm lịch Việt Nam", the reference most Vietnamese calendar software follows).
//
// Why our own ~100 lines instead of a package: the npm candidates are either Chinese (UTC+8, which moves
// Tết in 1985, 2007, 2030 and other years) or, for @dqcai/vn-lunar 1.0.1, a single obfuscated release.
// That package was used once as an oracle: for 1968–2099 it agrees with this file on every Tết and every
// Giỗ Tổ day; it differs only before 1968, where its tables follow North Vietnam's historical UTC+8.
// The project's rule is a fixed UTC+7 (time.ts), so the time zone here is 7 by default.
//
// All arithmetic is on Julian day numbers; no Date object and no machine time zone is involved.

import type { Day } from './time.js';

/** Vietnam's offset in hours, the meridian that decides on which day a new moon falls. */
export const VN_LUNAR_TIME_ZONE = 7;

const { floor, sin, PI } = Math;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the epoch of the new-moon index k. */
const K_EPOCH = 2415021.076998695;

/** Julian day number of a proleptic Gregorian (Julian before 1582-10-15) date. */
function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  const jd = dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  return jd < 2299161 ? dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083 : jd;
}

/** Inverse of jdFromDate: [day, month, year]. */
function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = floor((4 * a + 3) / 146097);
    c = a - floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  return [e - floor((153 * m + 2) / 5) + 1, m + 3 - 12 * floor(m / 10), b * 100 + d - 4800 + floor(m / 10)];
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms"). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  c1 = c1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians [0, 2π) at a Julian date (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  dl = dl + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  const l = (L0 + dl) * dr;
  return l - PI * 2 * floor(l / (PI * 2));
}

/** Which of the 12 major solar terms (30° sectors) the sun is in at the start of a local day. */
const solarTermAt = (dayNumber: number, tz: number): number =>
  floor((sunLongitude(dayNumber - 0.5 - tz / 24) / PI) * 6);

/** Local day (Julian day number) on which the k-th new moon falls. */
const newMoonDay = (k: number, tz: number): number => floor(newMoon(k) + 0.5 + tz / 24);

/** Start of the 11th lunar month (the one holding the winter solstice) of a Gregorian year. */
function lunarMonth11(yy: number, tz: number): number {
  const k = floor((jdFromDate(31, 12, yy) - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  return solarTermAt(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** In a 13-month year, the offset after month 11 of the first month without a major solar term (the leap month). */
function leapMonthOffset(a11: number, tz: number): number {
  const k = floor((a11 - K_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermAt(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarTermAt(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const jdToDay = (jd: number): Day => {
  const [d, m, y] = jdToDate(jd);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}` as Day;
};

/**
 * The Gregorian day of a lunar date, or null when it does not exist (a leap month that year lacks).
 * `year` is the lunar year that starts at Tết in that Gregorian year.
 */
export function lunarToSolar(lunar: LunarDate, tz: number = VN_LUNAR_TIME_ZONE): Day | null {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || day < 1 || day > 30 || !Number.isInteger(month) || month < 1 || month > 12) return null;
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, tz), lunarMonth11(year, tz)]
      : [lunarMonth11(year, tz), lunarMonth11(year + 1, tz)];
  const k = floor(0.5 + (a11 - K_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, tz);
  const jd = monthStart + day - 1;
  // Day 30 of a 29-day month does not exist: it would already be the next month's first day.
  if (day === 30 && newMoonDay(k + off + 1, tz) <= jd) return null;
  return jdToDay(jd);
}

/** The lunar date of a Gregorian day `YYYY-MM-DD`. */
export function solarToLunar(dayIso: string, tz: number = VN_LUNAR_TIME_ZONE): LunarDate {
  const [yy, mm, dd] = dayIso.split('-').map(Number) as [number, number, number];
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = floor((dayNumber - K_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month, year: lunarYear, leap };
}

/** Tết Nguyên đán: day 1 of month 1 of the lunar year beginning in Gregorian `year`, on the Vietnamese (UTC+7) calendar. */
export function lunarNewYear(year: number, tz: number = VN_LUNAR_TIME_ZONE): Day {
  const day = lunarToSolar({ day: 1, month: 1, year, leap: false }, tz);
  // Month 1 is never a leap month and day 1 always exists, so null would be a bug in this file.
  if (day === null) throw new Error(`lunar new year of ${year} could not be computed`);
  return day;
}
