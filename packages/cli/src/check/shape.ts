// What check-report accepts before any identity is checked: a report object (as `report --format json`
// prints it, or just its figures), or a list of such reports. Anything else, and any key that is not a
// figure of Form 06 or a key of the printed report, is refused by name: a typo such as "recieved" would
// otherwise leave its figures unchecked and the file would "pass".
import { CELLS, REPORT_KEYS } from '@motcua/projections';
import { quoteValue } from '../excerpt.js';
import { type Lang, say } from '../i18n.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys of a set of counts and, for a group key, the keys inside it: derived from the cells of the form. */
const COUNT_KEYS = new Map<string, Set<string>>();
for (const cell of CELLS) {
  const [head, sub] = cell.split('.') as [string, string | undefined];
  const subs = COUNT_KEYS.get(head) ?? new Set<string>();
  if (sub !== undefined) subs.add(sub);
  COUNT_KEYS.set(head, subs);
}
const ROW_KEYS = new Set<string>(['field']);
const META_KEYS = new Set<string>(REPORT_KEYS);
const WRAPPED_KEYS = new Set<string>(['total', 'rows']);

export interface ShapeProblem {
  /** Where in the file: `total.recieved`, `rows[2].foo`, `reports[1]`. */
  readonly where: string;
  readonly text: string;
}

function checkCounts(counts: unknown, where: string, extra: ReadonlySet<string>, lang: Lang, out: ShapeProblem[]) {
  if (!isObj(counts)) {
    out.push({
      where,
      text: say(lang, `${where}: cần một đối tượng các số liệu`, `${where}: expected an object of figures`),
    });
    return;
  }
  for (const [key, value] of Object.entries(counts)) {
    const at = where === '' ? key : `${where}.${key}`;
    const subs = COUNT_KEYS.get(key);
    if (subs === undefined) {
      if (!extra.has(key)) out.push({ where: at, text: unknownKey(at, lang) });
      continue;
    }
    if (subs.size === 0 || value === null || value === undefined) continue; // a single figure: bounds checks it
    if (!isObj(value)) {
      out.push({
        where: at,
        text: say(
          lang,
          `${at}: cần một đối tượng gồm ${[...subs].join(', ')}, không phải ${quoteValue(JSON.stringify(value), lang)}`,
          `${at}: expected an object of ${[...subs].join(', ')}, not ${quoteValue(JSON.stringify(value), lang)}`,
        ),
      });
      continue;
    }
    for (const sub of Object.keys(value)) {
      if (!subs.has(sub)) out.push({ where: `${at}.${sub}`, text: unknownKey(`${at}.${sub}`, lang, [...subs]) });
    }
  }
}

function unknownKey(at: string, lang: Lang, known?: readonly string[]): string {
  const hint = known
    ? say(lang, ` (các khóa được dùng: ${known.join(', ')})`, ` (known keys: ${known.join(', ')})`)
    : '';
  return say(lang, `${at}: khóa không có trong Biểu 06${hint}`, `${at}: not a key of Form 06${hint}`);
}

function checkReport(report: unknown, where: string, lang: Lang, out: ShapeProblem[]): void {
  if (!isObj(report)) {
    out.push({ where, text: expected(where, lang) });
    return;
  }
  const wrapped = Object.keys(report).some((k) => WRAPPED_KEYS.has(k));
  const prefix = where === '' ? '' : `${where}.`;
  if (!wrapped) {
    // Bare figures, read as the total row; a value with none of them is not a report at all.
    if (!Object.keys(report).some((k) => COUNT_KEYS.has(k))) out.push({ where, text: expected(where, lang) });
    checkCounts(report, where, new Set(), lang, out);
    return;
  }
  for (const key of Object.keys(report)) {
    if (!META_KEYS.has(key)) out.push({ where: `${prefix}${key}`, text: unknownKey(`${prefix}${key}`, lang) });
  }
  if (report.total !== undefined) checkCounts(report.total, `${prefix}total`, new Set(), lang, out);
  if (report.rows !== undefined) {
    if (!Array.isArray(report.rows)) {
      out.push({
        where: `${prefix}rows`,
        text: say(lang, `${prefix}rows: cần một danh sách các dòng`, `${prefix}rows: expected a list of rows`),
      });
    } else {
      report.rows.forEach((row, i) => {
        checkCounts(row, `${prefix}rows[${i}]`, ROW_KEYS, lang, out);
      });
    }
  }
}

function expected(where: string, lang: Lang): string {
  const at = where === '' ? '' : `${where}: `;
  return say(
    lang,
    `${at}cần một báo cáo Biểu 06 dạng JSON: một đối tượng có "total" và/hoặc "rows" (như lệnh report --format json in ra), hoặc các số liệu received/resolved/pending, hoặc một danh sách các báo cáo như vậy`,
    `${at}expected a Form 06 report in JSON: an object with "total" and/or "rows" (as report --format json prints it), or the figures received/resolved/pending, or a list of such reports`,
  );
}

/** Problems with the file's shape; [] when it is a report (or list of reports) made only of known keys. */
export function reportShapeProblems(input: unknown, lang: Lang): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  if (Array.isArray(input)) {
    if (input.length === 0) out.push({ where: '', text: expected('', lang) });
    input.forEach((r, k) => {
      checkReport(r, `reports[${k}]`, lang, out);
    });
  } else {
    checkReport(input, '', lang, out);
  }
  return out;
}

/** Said when the file is well formed but no identity has all its terms: nothing could be checked. */
export function nothingToCheck(file: string, lang: Lang): string {
  return say(
    lang,
    `${file}: không có số liệu nào đủ để kiểm tra một đẳng thức của Biểu 06 (ví dụ received.total cùng online, directOrPostal và carriedOver; hoặc resolved.total cùng early, onTime và late)`,
    `${file}: no figures an identity of Form 06 can use (for example received.total with online, directOrPostal and carriedOver; or resolved.total with early, onTime and late)`,
  );
}
