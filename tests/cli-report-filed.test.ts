// Form 06 as filed (issue 15, item 4): `motcua report --format xlsx|pdf` carry the office's name from
// the units catalogue, the place and date line, the period and its convention, the ratios and the
// signature block, and every number is the JSON report's: the xlsx is read back, the PDF through pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-filed-');
let db: string;
let hierarchy: string;
const OFFICE_NAME = 'Bộ phận tiếp nhận và trả kết quả xã Đông Sơn';

beforeAll(() => {
  ensureBuilt();
  db = join(tmp.dir, 'ledger.db');
  const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]);
  if (r.status !== 0) throw new Error(r.stderr);
  hierarchy = tmp.file(
    'units.json',
    JSON.stringify({
      units: [{ code: 'XADS', name: 'UBND xã Đông Sơn', level: 'commune' }],
      offices: [{ code: 'dongson', name: OFFICE_NAME, unit: 'XADS' }],
    }),
  );
});
afterAll(() => tmp.cleanup());

const base = (convention: string) => ['--db', db, '--year', '2024', '--quarter', '1', '--convention', convention];
const COLS = [
  (c: Counts) => c.received.total,
  (c: Counts) => c.received.online,
  (c: Counts) => c.received.directOrPostal,
  (c: Counts) => c.received.carriedOver,
  (c: Counts) => c.resolved.total,
  (c: Counts) => c.resolved.early,
  (c: Counts) => c.resolved.onTime,
  (c: Counts) => c.resolved.late,
  (c: Counts) => c.pending.total,
  (c: Counts) => c.pending.withinDeadline,
  (c: Counts) => c.pending.overdue,
];
interface Counts {
  received: { total: number; online: number; directOrPostal: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  pending: { total: number; withinDeadline: number; overdue: number };
}
interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}
interface Report {
  total: Counts;
  rows: Array<Counts & { field: string }>;
  indicators: Record<string, Ratio>;
}

function jsonReport(convention: string): Report {
  const r = motcua(['report', ...base(convention), '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('Form 06 as filed', () => {
  for (const convention of ['calendar', 'cutoff'] as const) {
    it(`xlsx (${convention}): the office's name, period and convention, the JSON's numbers, ratios, date line and signatures`, async () => {
      const report = jsonReport(convention);
      const out = join(tmp.dir, `f06-${convention}.xlsx`);
      const r = motcua(['report', ...base(convention), '--format', 'xlsx', '--hierarchy', hierarchy, '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets[0]!;
      const text = (row: number, col = 1) => String(ws.getCell(row, col).value ?? '');
      expect(text(3)).toBe(`Đơn vị: UBND xã Đông Sơn – ${OFFICE_NAME} (dongson)`);
      expect(text(2)).toContain(convention === 'cutoff' ? 'kỳ chốt số liệu' : 'kỳ theo lịch');
      // Rows 9…: one per field, then the total; every number the JSON's.
      report.rows.forEach((row, i) => {
        expect(text(9 + i, 2)).toBe(row.field);
        expect(COLS.map((_, c) => ws.getCell(9 + i, c + 3).value)).toEqual(COLS.map((get) => get(row)));
      });
      const totalRow = 9 + report.rows.length;
      expect(text(totalRow, 2)).toBe('Tổng cộng');
      expect(COLS.map((_, c) => ws.getCell(totalRow, c + 3).value)).toEqual(COLS.map((get) => get(report.total)));
      // The ratios: label, numerator, denominator and rate as the JSON has them.
      let row = totalRow + 1;
      while (text(row, 2) !== 'Các tỷ lệ') row++;
      const ratios: Array<[number, number, unknown]> = [];
      for (let n = row + 1; text(n, 2) !== ''; n++) {
        ratios.push([ws.getCell(n, 3).value as number, ws.getCell(n, 4).value as number, ws.getCell(n, 5).value]);
      }
      const json = report.indicators;
      for (const k of ['earlyOrOnTimeOverHandled', 'progress', 'onlineRate', 'onlinePaymentRate', 'digitisation']) {
        expect(ratios).toContainEqual([json[k]!.numerator, json[k]!.denominator, json[k]!.value]);
      }
      const all = Array.from({ length: ws.rowCount }, (_, i) =>
        (ws.getRow(i + 1).values as unknown[]).map((v) => String(v ?? '')).join(' '),
      ).join('\n');
      expect(all).toMatch(/Đông Sơn, ngày \d{2} tháng \d{2} năm \d{4}/);
      for (const w of ['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)']) {
        expect(all).toContain(w);
      }
    });
  }

  it('pdf: the same words, and every number of the JSON, read back with pdftotext', () => {
    const report = jsonReport('calendar');
    const out = join(tmp.dir, 'f06.pdf');
    const r = motcua(['report', ...base('calendar'), '--format', 'pdf', '--hierarchy', hierarchy, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    for (const w of [
      'UBND XÃ ĐÔNG SƠN',
      OFFICE_NAME.toUpperCase(),
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kỳ báo cáo: từ 01/01/2024 đến 31/03/2024',
      'kỳ theo lịch',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]) {
      expect(text).toContain(w);
    }
    expect(text).toMatch(/Đông Sơn, ngày \d{2} tháng \d{2} năm \d{4}/);
    const lines = text.split('\n');
    const numbersAfter = (label: string): number[] => {
      const line = lines.find((l) => l.includes(` ${label} `) || l.trimStart().startsWith(label));
      expect(line, label).toBeDefined();
      return (line!.slice(line!.indexOf(label) + label.length).match(/\d+/g) ?? []).map(Number);
    };
    for (const row of report.rows) expect(numbersAfter(row.field)).toEqual(COLS.map((get) => get(row)));
    expect(numbersAfter('Tổng cộng')).toEqual(COLS.map((get) => get(report.total)));
    for (const k of ['earlyOrOnTimeOverHandled', 'progress', 'onlineRate', 'digitisation']) {
      const { numerator, denominator } = report.indicators[k]!;
      expect(text).toContain(`(${numerator}/${denominator})`);
    }
  });

  it('a hierarchy file that cannot be read is refused by name, and no file is left', () => {
    const out = join(tmp.dir, 'none.pdf');
    const r = motcua([
      'report',
      ...base('calendar'),
      '--format',
      'pdf',
      '--hierarchy',
      join(tmp.dir, 'missing.json'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--hierarchy');
    expect(existsSync(out)).toBe(false);
  });
});
