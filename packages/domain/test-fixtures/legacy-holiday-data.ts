// A frozen copy of src/holiday-data.ts as it was before the calendar became data (issue 14, item 5), kept
// so a test holds the built-in calendar file to the former hard-coded behaviour. Do not edit.

// The days off and swapped working Saturdays actually announced for civil servants (công chức, viên chức)
// each year, on top of the Labour Code rules (holidays.ts). State offices, and so the one-stop office,
// follow these announcements; the rules alone get some years wrong (the 2024 Tết break was 8–14 Feb,
// the rule gives 9–15 Feb).
//
// Only weekdays are listed in daysOff (a weekend is off anyway). `workingDays` are the weekend days worked
// in exchange for a weekday off ("hoán đổi ngày làm việc"). Each year names the decisions it comes from;
// where a document number or a detail could not be checked against a text we could read, the comment says so.

/** Official schedule of one year. When present it replaces the statutory rules for that year entirely. */
export interface YearData {
  year: number;
  /** Weekdays off (holidays, compensation days, swapped days), `YYYY-MM-DD`. */
  daysOff: string[];
  /** Weekend days that are working days (swapped working Saturdays), `YYYY-MM-DD`. */
  workingDays: string[];
  /** Optional Vietnamese label per day off; days without one are named after the nearest holiday. */
  names?: Readonly<Record<string, string>>;
}

type Entry = readonly [day: string, name: string];

const TET_DL = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương';
const VICTORY = 'Ngày Chiến thắng';
const LABOUR = 'Ngày Quốc tế Lao động';
const NATIONAL = 'Quốc khánh';
const swapped = (workedOn: string): string => `Nghỉ hoán đổi (làm bù thứ Bảy ${workedOn})`;

function year(y: number, entries: readonly Entry[], workingDays: readonly string[]): YearData {
  return {
    year: y,
    daysOff: entries.map(([d]) => d),
    workingDays: [...workingDays],
    names: Object.fromEntries(entries),
  };
}

// 2023. Tết: 20–26 Jan (29 Chạp Nhâm Dần – mùng 5 Quý Mão), approved by Deputy PM Vũ Đức Đam on the
// labour ministry's proposal (document number not checked). The rest is the Labour Code's compensation
// rule, as announced at the time (from memory, consistent with the rules): 1 Jan was a Sunday → 2 Jan off;
// Giỗ Tổ (Sat 29 Apr) and 30 Apr (Sun) → 2 and 3 May off; 2 Sep (Sat) + 1 Sep → 4 Sep off. No swapped Saturday.
const y2023 = year(
  2023,
  [
    ['2023-01-02', `Nghỉ bù ${TET_DL}`],
    ['2023-01-20', TET],
    ['2023-01-23', TET],
    ['2023-01-24', TET],
    ['2023-01-25', TET],
    ['2023-01-26', TET],
    ['2023-05-01', LABOUR],
    ['2023-05-02', `Nghỉ bù ${GIO_TO}`],
    ['2023-05-03', `Nghỉ bù ${VICTORY}`],
    ['2023-09-01', NATIONAL],
    ['2023-09-04', `Nghỉ bù ${NATIONAL}`],
  ],
  [],
);

// 2024. Tết: 8–14 Feb (29 Chạp Quý Mão – mùng 5 Giáp Thìn) and Quốc khánh 2–3 Sep, from the labour
// ministry's yearly announcement of Dec 2023 (we believe Thông báo 5670/TB-LĐTBXH; number not checked).
// 30 Apr–1 May: Văn bản 2450/VPCP-KGVX of 12 Apr 2024 swapped Monday 29 Apr with Saturday 4 May
// (27 Apr–1 May off, 4 May worked). Giỗ Tổ fell on Thursday 18 Apr.
const y2024 = year(
  2024,
  [
    ['2024-01-01', TET_DL],
    ['2024-02-08', TET],
    ['2024-02-09', TET],
    ['2024-02-12', TET],
    ['2024-02-13', TET],
    ['2024-02-14', TET],
    ['2024-04-18', GIO_TO],
    ['2024-04-29', swapped('04/05/2024')],
    ['2024-04-30', VICTORY],
    ['2024-05-01', LABOUR],
    ['2024-09-02', NATIONAL],
    ['2024-09-03', NATIONAL],
  ],
  ['2024-05-04'],
);

// 2025. Văn bản 8726/VPCP-KGVX of 26 Nov 2024 (Prime Minister's approval of the 2025 holidays): Tết 9 days,
// 25 Jan–2 Feb (26 Chạp Giáp Thìn – mùng 5 Ất Tỵ), i.e. weekdays 27–31 Jan, no make-up day. 30 Apr–1 May:
// Friday 2 May swapped with Saturday 26 Apr (30 Apr–4 May off) and Quốc khánh Mon 1 + Tue 2 Sep — both
// from memory of the same approval, not checked against its text. Giỗ Tổ fell on Monday 7 Apr.
const y2025 = year(
  2025,
  [
    ['2025-01-01', TET_DL],
    ['2025-01-27', TET],
    ['2025-01-28', TET],
    ['2025-01-29', TET],
    ['2025-01-30', TET],
    ['2025-01-31', TET],
    ['2025-04-07', GIO_TO],
    ['2025-04-30', VICTORY],
    ['2025-05-01', LABOUR],
    ['2025-05-02', swapped('26/04/2025')],
    ['2025-09-01', NATIONAL],
    ['2025-09-02', NATIONAL],
  ],
  ['2025-04-26'],
);

// 2026. New Year: Văn bản 12729/VPCP-KGVX of 25 Dec 2025 swapped Friday 2 Jan with Saturday 10 Jan
// (1–4 Jan off). Tết and Quốc khánh: Thông báo 9441/TB-BNV (2025, Ministry of Home Affairs): Tết 14–22 Feb
// (27 Chạp Ất Tỵ – mùng 6 Bính Ngọ), weekdays 16–20 Feb; Quốc khánh 1–2 Sep plus Monday 31 Aug swapped with
// Saturday 22 Aug. Giỗ Tổ falls on Sunday 26 Apr → Monday 27 Apr off (compensation rule); 30 Apr–1 May are
// Thursday–Friday. As of the press we could read (Feb 2026) no swap was announced around 30 Apr; if one
// is announced later, add it here.
const y2026 = year(
  2026,
  [
    ['2026-01-01', TET_DL],
    ['2026-01-02', swapped('10/01/2026')],
    ['2026-02-16', TET],
    ['2026-02-17', TET],
    ['2026-02-18', TET],
    ['2026-02-19', TET],
    ['2026-02-20', TET],
    ['2026-04-27', `Nghỉ bù ${GIO_TO}`],
    ['2026-04-30', VICTORY],
    ['2026-05-01', LABOUR],
    ['2026-08-31', swapped('22/08/2026')],
    ['2026-09-01', NATIONAL],
    ['2026-09-02', NATIONAL],
  ],
  ['2026-01-10', '2026-08-22'],
);

/** The shipped official schedules, 2023–2026. Years not listed fall back to the statutory rules. */
export const OFFICIAL_YEARS: readonly YearData[] = [y2023, y2024, y2025, y2026];
