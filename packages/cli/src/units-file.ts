// A units file as rows for the catalogue import: CSV with the header code,name,level,parent,valid_from,
// valid_to,successor (and optionally office), or a JSON array of objects with those keys. Faults of the
// file's form are named by line (CSV) or item (JSON) here; the rows' contents are checked by the domain
// (planUnitImport), which names line and field.
import { UNIT_FILE_COLUMNS, UNIT_FILE_OPTIONAL_COLUMNS, type UnitImportIssue, type UnitRowInput } from '@motcua/domain';
import { delimiterOf, splitCsv } from './book/read-csv.js';
import { quoteValue } from './excerpt.js';
import { jsonStop, jsonStopText } from './file-error.js';
import type { Lang } from './i18n.js';

export type UnitsFileResult = { ok: true; rows: UnitRowInput[] } | { ok: false; issues: UnitImportIssue[] };

const fault = (
  where: UnitImportIssue['where'],
  field: string,
  message: string,
  messageVi: string,
): UnitsFileResult => ({
  ok: false,
  issues: [{ where, field, message, messageVi }],
});

/** JSON when the name ends in .json or the text starts with "[", else CSV. */
export function readUnitsText(text: string, name: string, lang: Lang): UnitsFileResult {
  let input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.json$/i.test(name) || input.trimStart().startsWith('[')) return readJson(input, lang);
  if (input.includes('\r')) input = input.replace(/\r\n?/g, '\n');
  const { records, fault: csvFault } = splitCsv(input, delimiterOf(input));
  if (csvFault) {
    return fault(
      { line: csvFault.line },
      `#${csvFault.cell + 1}`,
      'a quote is not closed or stands inside a cell',
      'dấu ngoặc kép không được đóng hoặc nằm giữa một ô',
    );
  }
  const [head, ...body] = records;
  if (!head) return fault({ line: 1 }, 'code', 'the file is empty', 'tệp trống');
  const header = head.cells.map((c) => c.trim());
  const known: readonly string[] = [...UNIT_FILE_COLUMNS, ...UNIT_FILE_OPTIONAL_COLUMNS];
  for (const h of header) {
    if (!known.includes(h)) {
      return fault(
        { line: head.line },
        h,
        `unknown column ${quoteValue(h, lang)}; the header is ${UNIT_FILE_COLUMNS.join(',')} (office optional)`,
        `cột không được biết ${quoteValue(h, lang)}; dòng tiêu đề là ${UNIT_FILE_COLUMNS.join(',')} (office không bắt buộc)`,
      );
    }
  }
  for (const c of UNIT_FILE_COLUMNS) {
    if (!header.includes(c)) {
      return fault(
        { line: head.line },
        c,
        `missing column; the header is ${UNIT_FILE_COLUMNS.join(',')}`,
        `thiếu cột; dòng tiêu đề là ${UNIT_FILE_COLUMNS.join(',')}`,
      );
    }
  }
  const rows: UnitRowInput[] = [];
  for (const r of body) {
    if (r.cells.length !== header.length) {
      return fault(
        { line: r.line },
        '*',
        `${r.cells.length} cells where the header has ${header.length}`,
        `có ${r.cells.length} ô trong khi dòng tiêu đề có ${header.length} cột`,
      );
    }
    rows.push({ where: { line: r.line }, values: Object.fromEntries(header.map((h, i) => [h, r.cells[i]!])) });
  }
  return { ok: true, rows };
}

function readJson(text: string, lang: Lang): UnitsFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const stop = jsonStop(text, e);
    return fault(
      { line: stop.kind === 'at' ? stop.line : 1 },
      '*',
      `not JSON: ${jsonStopText(text, e, 'en')}`,
      `không phải JSON hợp lệ: ${jsonStopText(text, e, 'vi')}`,
    );
  }
  if (!Array.isArray(raw)) {
    return fault({ line: 1 }, '*', 'expected a JSON array of units', 'cần một mảng JSON các đơn vị');
  }
  const rows: UnitRowInput[] = [];
  for (const [index, item] of raw.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const shown = quoteValue(JSON.stringify(item) ?? String(item), lang);
      return fault({ index }, '*', `expected an object, got ${shown}`, `cần một đối tượng, nhận ${shown}`);
    }
    rows.push({ where: { index }, values: item as Record<string, unknown> });
  }
  return { ok: true, rows };
}
