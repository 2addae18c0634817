import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { filedForm06 } from '../filed/form06-filed.js';
import { testReport } from './test-report.js';
import { renderForm06Xlsx } from './xlsx.js';

async function sheetOf(buf: Buffer): Promise<ExcelJS.Worksheet> {
  expect(buf.subarray(0, 2).toString()).toBe('PK');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}
const valuesOf = (ws: ExcelJS.Worksheet, row: number, from = 1, to = 13): unknown[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ws.getCell(row, from + i).value);

describe('Form 06 as xlsx', () => {
  it('is laid out like the submitted form: title, period, office, unit, headers, numbering, fields, total', async () => {
    const ws = await sheetOf(await renderForm06Xlsx(testReport(['Hộ tịch', 'Đất đai'])));
    expect(ws.name).toBe('Biểu 06');
    expect(ws.getCell(1, 1).value).toBe(
      'BIỂU SỐ 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    );
    expect(ws.getCell(2, 1).value).toBe('Kỳ báo cáo: từ 01/01/2024 đến 31/03/2024');
    expect(ws.getCell(3, 1).value).toBe('Đơn vị: dongson');
    expect(ws.getCell(4, 1).value).toBe('Đơn vị tính: hồ sơ · Số liệu ghi nhận đến: 2024-04-01T08:00:00+07:00');
    // Row 6 holds the merged group titles, row 7 the columns, row 8 the numbering (1)…(13).
    expect(ws.getCell(6, 1).value).toBe('STT');
    expect(ws.getCell(6, 2).value).toBe('Lĩnh vực');
    expect(ws.getCell(6, 3).value).toBe('Số hồ sơ nhận giải quyết');
    expect(ws.getCell(6, 7).value).toBe('Số hồ sơ đã giải quyết');
    expect(ws.getCell(6, 11).value).toBe('Đang giải quyết');
    expect(ws.getCell(6, 4).isMerged).toBe(true);
    expect(valuesOf(ws, 7, 3)).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(valuesOf(ws, 8)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    const counts = (base: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => base + k);
    expect(valuesOf(ws, 9)).toEqual([1, 'Hộ tịch', ...counts(100)]);
    expect(valuesOf(ws, 10)).toEqual([2, 'Đất đai', ...counts(200)]);
    expect(valuesOf(ws, 11)).toEqual([null, 'Tổng cộng', ...counts(1000)]);
    expect(ws.getCell(11, 3).font?.bold).toBe(true);
    expect(ws.getCell(10, 3).font?.bold).toBeFalsy();
    expect(ws.rowCount).toBe(11);
  });

  it('speaks English when asked, names the offices of a roll-up and leaves out an absent known-at', async () => {
    const report = testReport(['Hộ tịch'], { offices: ['A', 'B'], knownAt: null });
    const ws = await sheetOf(await renderForm06Xlsx(report, 'en'));
    expect(ws.name).toBe('Form 06');
    expect(ws.getCell(2, 1).value).toBe('Period: 2024-01-01 to 2024-03-31');
    expect(ws.getCell(3, 1).value).toBe('Office: D1 (A, B)');
    expect(ws.getCell(4, 1).value).toBe('Unit: dossiers');
    expect(valuesOf(ws, 7, 3, 4)).toEqual(['total', 'of which online']);
    expect(ws.getCell(10, 2).value).toBe('Total');
  });

  it('gives each filed ratio row the height its wrapped label needs (LibreOffice never grows a row)', async () => {
    const report = testReport(['Hộ tịch', 'Chứng thực']);
    const identity = {
      code: 'DONGSON',
      name: 'Bộ phận một cửa xã Đông Sơn',
      parentName: 'UBND xã Đông Sơn',
      place: 'Đông Sơn',
    };
    const filed = filedForm06(report, { identity, convention: 'calendar', day: '2024-04-01' }, 'vi');
    const ws = await sheetOf(await renderForm06Xlsx(report, 'vi', filed));
    const width = ws.getColumn(2).width!;
    let checked = 0;
    ws.eachRow((row) => {
      const label = filed.ratios.find((r) => r.label === row.getCell(2).value)?.label;
      if (!label) return;
      checked++;
      // Two lines at least for a label wider than its column, one line (15 pt) each.
      const lines = Math.ceil(label.length / (width - 4));
      expect(row.height, label).toBeGreaterThanOrEqual(15 * lines);
    });
    expect(checked).toBe(filed.ratios.length);
    // One typeface throughout: the title, a header, a count and a ratio label.
    for (const at of ['A1', 'C7', 'C9', `B${ws.rowCount}`])
      expect(ws.getCell(at).font?.name, at).toBe('Times New Roman');
    expect(filed.ratios.some((r) => r.label.length > width)).toBe(true);
  });
});
