// Times as Vietnamese papers print them, in office time (Asia/Ho_Chi_Minh, UTC+7, whatever offset the
// event was written in): "08 giờ 30 phút, ngày 15/01/2024".
import { toVnIso } from '@motcua/domain';

const parts = (instant: string) => {
  const iso = toVnIso(Date.parse(instant));
  return { y: iso.slice(0, 4), m: iso.slice(5, 7), d: iso.slice(8, 10), hh: iso.slice(11, 13), mm: iso.slice(14, 16) };
};

export function vnDate(instant: string): string {
  const p = parts(instant);
  return `${p.d}/${p.m}/${p.y}`;
}

export function vnClock(instant: string): string {
  const p = parts(instant);
  return `${p.hh} giờ ${p.mm} phút, ngày ${p.d}/${p.m}/${p.y}`;
}

/** The same on two lines, for a narrow table cell. */
export const vnClockCell = (instant: string): string => vnClock(instant).replace(', ', ',\n');

/** The office-time day, YYYY-MM-DD. */
export const vnDay = (instant: string): string => toVnIso(Date.parse(instant)).slice(0, 10);
