// A units file (CSV lines or JSON objects with the keys code,name,level,parent,valid_from,valid_to,successor
// and an optional office) checked against the catalogue already recorded, and turned into the events that
// record it: UnitRecorded for a new code, UnitRevised for a changed one, nothing for a row the catalogue
// already holds as written (so importing the same file twice writes nothing). Every fault is named by line
// (or item) and field; one fault refuses the whole file.

import { OFFICE_CODE_RULE_VI, UNIT_CODE_RULE_VI } from './office-code.js';
import { addDays, DaySchema, viDay } from './time.js';
import { inForce, LEVEL_RANK, LEVEL_VI, officeOfUnit, type UnitCatalogue } from './unit-catalogue.js';
import { UnitCodeSchema, type UnitData, UnitDataSchema, type UnitEventType, UnitLevelSchema } from './unit-events.js';

/** The columns of a units file, in order; `office` may be left out. */
export const UNIT_FILE_COLUMNS = ['code', 'name', 'level', 'parent', 'valid_from', 'valid_to', 'successor'] as const;
export const UNIT_FILE_OPTIONAL_COLUMNS = ['office'] as const;
type Column = (typeof UNIT_FILE_COLUMNS)[number] | (typeof UNIT_FILE_OPTIONAL_COLUMNS)[number];

/** Where a row sits: a CSV line (1 = the header) or a JSON array index. */
export type RowWhere = { readonly line: number } | { readonly index: number };

export interface UnitRowInput {
  readonly where: RowWhere;
  /** Cell text (CSV) or JSON values by column name; empty text and null mean "none". */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface UnitImportIssue {
  readonly where: RowWhere;
  readonly field: string;
  readonly message: string;
  readonly messageVi: string;
}

export interface UnitDraft {
  readonly type: UnitEventType;
  readonly data: UnitData;
}

export const whereText = (w: RowWhere, lang: 'vi' | 'en'): string =>
  'line' in w
    ? lang === 'vi'
      ? `dòng ${w.line}`
      : `line ${w.line}`
    : lang === 'vi'
      ? `phần tử [${w.index}]`
      : `item [${w.index}]`;

/** "dòng 3, cột parent: …" / "line 3, field parent: …". */
export const issueText = (i: UnitImportIssue, lang: 'vi' | 'en'): string =>
  lang === 'vi'
    ? `${whereText(i.where, 'vi')}, ${'line' in i.where ? 'cột' : 'trường'} ${i.field}: ${i.messageVi}`
    : `${whereText(i.where, 'en')}, field ${i.field}: ${i.message}`;

const ALL_COLUMNS: readonly string[] = [...UNIT_FILE_COLUMNS, ...UNIT_FILE_OPTIONAL_COLUMNS];

/** A short, marked excerpt of what the file says (never the whole of a long value). */
const quoted = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}»`;
};

const empty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** One row's own fields, or the faults in them. */
function readRow(row: UnitRowInput, issues: UnitImportIssue[]): UnitData | null {
  const { where, values } = row;
  const before = issues.length;
  const add = (field: string, message: string, messageVi: string) => issues.push({ where, field, message, messageVi });
  for (const k of Object.keys(values)) {
    if (!ALL_COLUMNS.includes(k)) {
      add(
        k,
        `unknown field; expected ${ALL_COLUMNS.join(', ')}`,
        `trường không được biết; các trường là ${ALL_COLUMNS.join(', ')}`,
      );
    }
  }
  const text = (k: Column): string | null => {
    const v = values[k];
    if (empty(v)) return null;
    if (typeof v !== 'string') {
      add(k, `expected text, got ${quoted(v)}`, `cần một chuỗi ký tự, nhận ${quoted(v)}`);
      return null;
    }
    return v.trim();
  };
  const code = (k: Column, required: boolean): string | null => {
    const v = text(k);
    if (v === null) {
      if (required) add(k, 'missing unit code', 'thiếu mã đơn vị');
      return null;
    }
    if (!UnitCodeSchema.safeParse(v).success) {
      add(
        k,
        `${quoted(v)} is not a unit code (1-64 letters, digits, "-", "_" or ".")`,
        `${quoted(v)} không phải mã đơn vị (${k === 'office' ? OFFICE_CODE_RULE_VI : UNIT_CODE_RULE_VI})`,
      );
      return null;
    }
    return v;
  };
  const day = (k: Column): string | null => {
    const v = text(k);
    if (v === null) return null;
    if (!DaySchema.safeParse(v).success) {
      add(k, `${quoted(v)} is not a day YYYY-MM-DD`, `${quoted(v)} không phải ngày dạng YYYY-MM-DD`);
      return null;
    }
    return v;
  };
  const c = code('code', true);
  const name = text('name');
  if (name === null) add('name', 'missing name', 'thiếu tên đơn vị');
  else if (name.length > 300) add('name', 'longer than 300 characters', 'dài quá 300 ký tự');
  const levelText = text('level');
  let level: UnitData['level'] | null = null;
  if (levelText === null)
    add('level', 'missing level (province, district or commune)', 'thiếu cấp (province, district hoặc commune)');
  else {
    const l = UnitLevelSchema.safeParse(levelText);
    if (l.success) level = l.data;
    else
      add(
        'level',
        `${quoted(levelText)}: expected province, district or commune`,
        `${quoted(levelText)}: cấp phải là province (tỉnh), district (huyện) hoặc commune (xã)`,
      );
  }
  const parent = code('parent', false);
  const validFrom = day('valid_from');
  const validTo = day('valid_to');
  const successor = code('successor', false);
  const office = code('office', false);
  if (issues.length > before || c === null || name === null || level === null) return null;
  const data = UnitDataSchema.parse({
    code: c,
    name,
    level,
    parent,
    validFrom,
    validTo,
    successor,
    office: office === c ? null : office,
  });
  return data;
}

const rank = (w: RowWhere): number => ('line' in w ? w.line : w.index);

const sameUnit = (a: UnitData, b: UnitData): boolean =>
  (Object.keys(a) as Array<keyof UnitData>).every((k) => a[k] === b[k]);

/**
 * The events that record `rows` on top of `existing`, or every fault found. Checked: each field; a code
 * listed twice (two successors claiming the same dossiers when they differ); an unknown parent or
 * successor; a parent that is not a higher level; a unit valid from after it ends; a successor without an
 * end day, or not in force the day after it; a cycle of parents or of successors; two units in force at
 * once claiming the same office's dossiers.
 */
export function planUnitImport(
  existing: UnitCatalogue,
  rows: readonly UnitRowInput[],
): { ok: true; drafts: UnitDraft[] } | { ok: false; issues: UnitImportIssue[] } {
  const issues: UnitImportIssue[] = [];
  const read: Array<{ row: UnitRowInput; data: UnitData }> = [];
  const firstAt = new Map<string, { row: UnitRowInput; data: UnitData }>();
  for (const row of rows) {
    const data = readRow(row, issues);
    if (!data) continue;
    const first = firstAt.get(data.code);
    if (first) {
      const w = whereText(first.row.where, 'en');
      const wv = whereText(first.row.where, 'vi');
      if (first.data.successor !== data.successor) {
        issues.push({
          where: row.where,
          field: 'successor',
          message: `${data.code} is listed twice (also at ${w}) with two successors, ${first.data.successor ?? 'none'} and ${data.successor ?? 'none'}, claiming the same dossiers`,
          messageVi: `${data.code} có hai dòng (cùng ${wv}) với hai đơn vị kế tiếp ${first.data.successor ?? 'không có'} và ${data.successor ?? 'không có'} cùng nhận hồ sơ của nó`,
        });
      } else {
        issues.push({
          where: row.where,
          field: 'code',
          message: `${data.code} is listed twice (also at ${w})`,
          messageVi: `mã ${data.code} xuất hiện hai lần (cùng ${wv})`,
        });
      }
      continue;
    }
    firstAt.set(data.code, { row, data });
    read.push({ row, data });
  }
  if (rows.length === 0) {
    issues.push({
      where: { line: 1 },
      field: 'code',
      message: 'the file lists no unit',
      messageVi: 'tệp không có đơn vị nào',
    });
  }
  // Codes of rows that could not be read: a reference to one is not also called unknown.
  const listed = new Set(rows.map((r) => (typeof r.values.code === 'string' ? r.values.code.trim() : '')));

  const merged = new Map(existing);
  for (const { data } of read) merged.set(data.code, data);
  for (const { row, data } of read) {
    const add = (field: string, message: string, messageVi: string) =>
      issues.push({ where: row.where, field, message, messageVi });
    if (data.validFrom !== null && data.validTo !== null && data.validFrom > data.validTo) {
      add(
        'valid_from',
        `${data.code} would be valid from ${data.validFrom}, after it ends on ${data.validTo}`,
        `${data.code} có hiệu lực từ ${viDay(data.validFrom)}, sau ngày kết thúc ${viDay(data.validTo)}`,
      );
    }
    if (data.parent !== null) {
      const p = merged.get(data.parent);
      if (!p && listed.has(data.parent)) {
        // its own row is faulty, and named
      } else if (!p) {
        add(
          'parent',
          `unknown parent ${data.parent}: neither in the file nor in the catalogue`,
          `đơn vị cha ${data.parent} không có trong tệp và trong danh mục`,
        );
      } else if (p.code === data.code) {
        add('parent', `${data.code} cannot be its own parent`, `${data.code} không thể là đơn vị cha của chính nó`);
      } else if (LEVEL_RANK[p.level] <= LEVEL_RANK[data.level]) {
        add(
          'parent',
          `a ${data.level} cannot belong to a ${p.level} (${p.code})`,
          `đơn vị cấp ${LEVEL_VI[data.level]} không thể thuộc đơn vị cấp ${LEVEL_VI[p.level]} (${p.code})`,
        );
      }
    }
    if (data.successor !== null) {
      const s = merged.get(data.successor);
      if (data.successor === data.code) {
        add('successor', `${data.code} cannot succeed itself`, `${data.code} không thể là đơn vị kế tiếp của chính nó`);
      } else if (!s && listed.has(data.successor)) {
        // its own row is faulty, and named
      } else if (!s) {
        add(
          'successor',
          `unknown successor ${data.successor}: neither in the file nor in the catalogue`,
          `đơn vị kế tiếp ${data.successor} không có trong tệp và trong danh mục`,
        );
      } else if (data.validTo === null) {
        add(
          'valid_to',
          `${data.code} names a successor (${s.code}) but no last day (valid_to)`,
          `${data.code} có đơn vị kế tiếp (${s.code}) nhưng không có ngày kết thúc (valid_to)`,
        );
      } else if (!inForce(s, addDays(data.validTo, 1))) {
        const next = addDays(data.validTo, 1);
        add(
          'successor',
          `the successor ${s.code} is not in force on ${next}, the day after ${data.code} ends`,
          `đơn vị kế tiếp ${s.code} không có hiệu lực ngày ${viDay(next)}, ngày sau khi ${data.code} kết thúc`,
        );
      }
    }
  }
  // Cycles, through parents or through successors; named once, at the first row on the cycle.
  for (const [link, field, en, vi] of [
    ['parent', 'parent', 'units form a cycle of parents', 'các đơn vị cha tạo thành vòng lặp'],
    ['successor', 'successor', 'units form a cycle of successors', 'các đơn vị kế tiếp tạo thành vòng lặp'],
  ] as const) {
    const reported = new Set<string>();
    for (const { row, data } of read) {
      const path: string[] = [];
      const seen = new Set<string>();
      for (let c: string | null | undefined = data.code; c; c = merged.get(c)?.[link]) {
        if (seen.has(c)) {
          const cycle = path.slice(path.indexOf(c));
          if (cycle.includes(data.code) && !cycle.some((x) => reported.has(x))) {
            for (const x of cycle) reported.add(x);
            const shown = [...cycle, c].join(' → ');
            issues.push({ where: row.where, field, message: `${en}: ${shown}`, messageVi: `${vi}: ${shown}` });
          }
          break;
        }
        seen.add(c);
        path.push(c);
      }
    }
  }
  // One office's dossiers belong to one unit at a time.
  for (const { row, data } of read) {
    const office = officeOfUnit(data);
    for (const other of merged.values()) {
      if (other.code === data.code || officeOfUnit(other) !== office) continue;
      const overlap =
        (data.validFrom === null || other.validTo === null || data.validFrom <= other.validTo) &&
        (other.validFrom === null || data.validTo === null || other.validFrom <= data.validTo);
      if (overlap) {
        issues.push({
          where: row.where,
          field: row.values.office === undefined || empty(row.values.office) ? 'code' : 'office',
          message: `${data.code} and ${other.code} both claim the dossiers of office ${office} at the same time`,
          messageVi: `${data.code} và ${other.code} cùng lúc nhận hồ sơ của cơ quan ${office}`,
        });
        break;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues: [...issues].sort((a, b) => rank(a.where) - rank(b.where)) };
  const drafts: UnitDraft[] = [];
  for (const { data } of read) {
    const before = existing.get(data.code);
    if (!before) drafts.push({ type: 'UnitRecorded', data });
    else if (!sameUnit(before, data)) drafts.push({ type: 'UnitRevised', data });
  }
  return { ok: true, drafts };
}
