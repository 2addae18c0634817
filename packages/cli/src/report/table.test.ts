import { emptyCounts, type Form06Report, indicatorsOf } from '@motcua/projections';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { renderTable, TABLE_WIDTH, widthOf } from './table.js';

function report(fields: string[], n: number): Form06Report {
  const counts = () => {
    const c = emptyCounts();
    c.received = { total: n, online: n - 2, directOrPostal: 1, direct: 1, postal: 0, carriedOver: 1 };
    c.resolved = { total: n - 1, early: n - 3, onTime: 1, late: 1 };
    c.pending = { total: 1, withinDeadline: 1, overdue: 0 };
    return c;
  };
  const total = counts();
  return {
    period: { from: '2024-01-01', to: '2024-03-31' },
    office: 'dongson',
    offices: ['dongson'],
    knownAt: '2024-04-01T08:00:00+07:00',
    total,
    rows: fields.map((field) => ({ field, ...counts() })),
    indicators: indicatorsOf(total, { feeDue: 0, paidOnline: 0, digitised: n }),
    ruleSets: [],
  };
}

describe('Form 06 table', () => {
  it.each(['vi', 'en'] as const)('fits 100 columns in %s, even with long field names and big numbers', (lang) => {
    const r = report(
      ['Hộ tịch', 'Lao động - Thương binh và Xã hội, người có công với cách mạng', 'Đất đai'],
      1_234_567,
    );
    const text = renderTable(r, lang);
    for (const line of text.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(text).toContain('1234567');
    for (let col = 2; col <= 13; col++) expect(text).toContain(`(${col})`);
    const normal = renderTable(report(['Hộ tịch', 'Lao động - Thương binh và Xã hội'], 2225), lang);
    for (const line of normal.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(normal).toContain(lang === 'vi' ? 'Lĩnh vực' : 'Field');
    expect(normal).toContain(lang === 'vi' ? 'Tổng cộng' : 'Total');
  });

  it('prints Vietnamese column headers by default', () => {
    const text = renderTable(report(['Hộ tịch'], 496), 'vi');
    for (const word of ['Số hồ sơ nhận giải quyết', 'Trực', 'tuyến', 'Từ kỳ', 'Trước', 'Đúng', 'Quá', 'Trong']) {
      expect(text).toContain(word);
    }
  });

  it('writes Markdown with the office, the period and a bold total row', () => {
    const md = renderMarkdown(report(['Hộ tịch | khai sinh'], 10), 'en');
    expect(md).toContain('- Office: dongson\n- Period: 2024-01-01 – 2024-03-31\n');
    expect(md).toContain('| 1 | Hộ tịch \\| khai sinh | 10 |');
    expect(md).toContain('| **Total** | **10** |');
  });

  it('names the rule sets of the counted dossiers with their legal basis, in the table and the Markdown', () => {
    const r = {
      ...report(['Hộ tịch'], 10),
      ruleSets: [
        {
          id: 'nd61-2018',
          name: 'x',
          nameVi: 'x',
          validFrom: null,
          validTo: '2025-06-30',
          legalBasis: [
            { number: '61/2018/NĐ-CP', title: 't', signed: '2018-04-23', inForce: '2018-06-21' },
            { number: '107/2021/NĐ-CP', title: 't', signed: '2021-12-06', inForce: '2022-02-01' },
          ],
          dossiers: 4,
        },
        {
          id: 'nd118-2025',
          name: 'y',
          nameVi: 'y',
          validFrom: '2025-07-01',
          validTo: null,
          legalBasis: [
            { number: '118/2025/NĐ-CP', title: 't', signed: '2025-06-09', inForce: '2025-07-01' },
            { number: '03/2025/TT-VPCP', title: 't', signed: '2025-09-15', inForce: '2025-09-15' },
          ],
          dossiers: 6,
        },
      ],
    };
    const vi = renderTable(r, 'vi');
    expect(vi).toContain('Quy định áp dụng (theo ngày tiếp nhận hồ sơ):\n  Nghị định 61/2018/NĐ-CP');
    expect(vi).toContain('Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP: 6 hồ sơ');
    for (const line of vi.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(renderTable(r, 'en')).toContain('Decree 61/2018/NĐ-CP, Decree 107/2021/NĐ-CP: 4 dossiers');
    expect(renderMarkdown(r, 'vi')).toContain(
      '- Quy định áp dụng (theo ngày tiếp nhận hồ sơ): Nghị định 61/2018/NĐ-CP',
    );
    expect(renderTable(report(['Hộ tịch'], 10), 'vi')).not.toContain('Quy định áp dụng');
  });
});
