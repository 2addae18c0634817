import { describe, expect, it } from 'vitest';
import { renderForm06Csv } from './csv.js';
import { testReport } from './test-report.js';

const linesOf = (csv: string): string[] => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
};

describe('Form 06 as CSV', () => {
  it('numbers the columns as on the form, in Vietnamese by default', () => {
    const [header] = linesOf(renderForm06Csv(testReport(['Hộ tịch'])));
    expect(header).toBe(
      'STT (1),Lĩnh vực (2),Số hồ sơ nhận giải quyết – Tổng số (3),Trong đó: Trực tuyến (4),' +
        '"Trong đó: Trực tiếp, dịch vụ bưu chính (5)",Từ kỳ trước (6),Số hồ sơ đã giải quyết – Tổng số (7),' +
        'Trước hạn (8),Đúng hạn (9),Quá hạn (10),Số hồ sơ đang giải quyết – Tổng số (11),Trong hạn (12),' +
        'Quá hạn (13),Trực tiếp,Bưu chính,"Rút, trả lại, từ chối (thuộc cột 9)",Chờ bổ sung (thuộc cột 12),' +
        '"Quá hạn đã xin lỗi, hẹn lại"',
    );
  });

  it('speaks English when asked', () => {
    const lines = linesOf(renderForm06Csv(testReport(['Hộ tịch']), 'en'));
    expect(lines[0]).toBe(
      'No. (1),Field (2),Received: total (3),of which online (4),of which direct or postal (5),carried over (6),' +
        'Resolved: total (7),early (8),on time (9),late (10),Pending: total (11),within deadline (12),overdue (13),' +
        'direct,postal,"Withdrawn, returned or refused (in col. 9)",Awaiting a supplement (in col. 12),' +
        'Late with an apology and new date',
    );
    expect(lines.at(-1)!.split(',')[1]).toBe('Total');
  });

  it('writes one numbered line per field, each count under its column, then the total line', () => {
    const lines = linesOf(renderForm06Csv(testReport(['Hộ tịch', 'Đất đai'])));
    expect(lines).toHaveLength(4);
    const cells = (base: number) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((k) => String(base + k)).join(',');
    expect(lines[1]).toBe(`1,Hộ tịch,${cells(100)}`);
    expect(lines[2]).toBe(`2,Đất đai,${cells(200)}`);
    expect(lines[3]).toBe(`,Tổng cộng,${cells(1000)}`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const lines = linesOf(renderForm06Csv(testReport(['Hộ tịch, khai sinh', 'Đất "đai"', 'Hai\r\ndòng'])));
    expect(lines[1]).toMatch(/^1,"Hộ tịch, khai sinh",101,/);
    expect(lines[2]).toMatch(/^2,"Đất ""đai""",201,/);
    expect(lines[3]).toBe('3,"Hai');
    expect(lines[4]).toMatch(/^dòng",301,/);
  });
});
