// ISO 8601 instants parsed by hand: a rebuild reads two to four of them per event, and Date.parse is
// several times slower than these few integer operations. Anything outside the plain form
// YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM) goes to Date.parse, so results are always Date.parse's.

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to year-month-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

export function parseInstant(s: string): number {
  const n = s.length;
  if (
    n < 17 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58
  ) {
    return Date.parse(s);
  }
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hh = two(s, 11);
  const mi = two(s, 14);
  let i = 16;
  let ss = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    ss = two(s, 17);
    i = 19;
    if (s.charCodeAt(i) === 46) {
      i++;
      let digits = 0;
      let frac = 0;
      for (; i < n; i++) {
        const d = digit(s, i);
        if (d < 0) break;
        if (digits < 3) frac = frac * 10 + d;
        digits++;
      }
      if (digits === 0) return Date.parse(s);
      ms = digits === 1 ? frac * 100 : digits === 2 ? frac * 10 : frac;
    }
  }
  let offsetMin: number;
  const c = s.charCodeAt(i);
  if (c === 90 && i === n - 1) offsetMin = 0;
  else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Date.parse(s);
    offsetMin = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Date.parse(s);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hh < 0 || hh > 23 || mi < 0 || mi > 59) {
    return Date.parse(s);
  }
  if (ss < 0 || ss > 59) return Date.parse(s);
  // A day past the month's end rolls over, as Date.parse does ("2024-02-30" is 1 March).
  const days = daysFromCivil(year, month) + day - 1;
  return days * DAY_MS + ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + ms;
}
