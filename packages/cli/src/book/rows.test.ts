import { DossierCodeSchema, FieldSchema, isDossierCode, isFieldText } from '@motcua/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnOf, mapTable } from './columns.js';
import { readCsvTable } from './read-csv.js';
import { readRows } from './rows.js';
import type { Issue } from './types.js';
import { cellText } from './values.js';

const HEADER = 'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at';

/** CSV text → rows and issues, the way the importer reads it. */
function read(text: string) {
  const t = readCsvTable(text);
  if (!t.table) return { rows: [], issues: t.issues, repeats: 0 };
  const m = mapTable(t.table);
  const r = readRows(m.records, m.headers);
  const issues = [...t.issues, ...m.issues, ...r.issues].sort((a, b) => a.line - b.line);
  return { rows: r.rows, issues, repeats: r.repeats };
}
const where = (issues: Issue[]) => issues.map((i) => `${i.line}:${i.column}:${i.code}`);

describe('headers', () => {
  it('recognises English and Vietnamese headers, with or without diacritics, in any case', () => {
    expect(columnOf('dossier_code')).toBe('dossier_code');
    expect(columnOf('Mã hồ sơ')).toBe('dossier_code');
    expect(columnOf('MA HO SO')).toBe('dossier_code');
    expect(columnOf('ma_ho_so')).toBe('dossier_code');
    expect(columnOf('Lĩnh vực')).toBe('field');
    expect(columnOf('Hình thức tiếp nhận')).toBe('channel');
    expect(columnOf('hinh thuc tiep nhan')).toBe('channel');
    expect(columnOf('Ngày tiếp nhận')).toBe('received_at');
    expect(columnOf('Ngày hẹn trả')).toBe('due_at');
    expect(columnOf('Ngày trả kết quả')).toBe('returned_at');
    expect(columnOf('Ngày rút hồ sơ')).toBe('withdrawn_at');
    expect(columnOf('Mã thủ tục')).toBe('procedure_code');
    expect(columnOf('Số hóa')).toBe('digitized');
    expect(columnOf('Thanh toán trực tuyến')).toBe('paid_online');
    expect(columnOf('Lệ phí')).toBe('fee');
    expect(columnOf('Họ tên người nộp')).toBeNull();
  });

  it('names a missing required column on line 1', () => {
    const r = read('dossier_code,field,received_at\nA1,Hộ tịch,2024-01-15\n');
    expect(where(r.issues)).toEqual(['1:channel:MISSING_COLUMN']);
  });

  it('refuses two headers meaning the same column', () => {
    const r = read(`${HEADER},Mã hồ sơ\n`);
    expect(where(r.issues)).toEqual(['1:dossier_code:DUPLICATE_COLUMN']);
  });

  it('ignores columns it does not read (no personal data is kept)', () => {
    const r = read(`STT,Họ tên,${HEADER}\n1,Nguyễn Văn A,A1,Hộ tịch,online,2024-01-15,2024-01-17,,\n`);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(JSON.stringify(r.rows)).not.toContain('Nguyễn');
  });
});

describe('CSV reading', () => {
  it('accepts a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const r = read(
      `\uFEFF${HEADER}\r\n"A1","Hộ tịch, khai sinh",online,2024-01-15,2024-01-17,,\r\n"A""2",Chứng thực,direct,2024-01-15,2024-01-16,,\r\n`,
    );
    expect(r.rows.map((x) => x.field)).toEqual(['Hộ tịch, khai sinh']);
    // A"2 is not a valid dossier code: refused on line 3
    expect(where(r.issues)).toEqual(['3:dossier_code:BAD_CODE']);
  });

  it('numbers lines as the file does, counting line breaks inside quoted cells and blank lines', () => {
    const r = read(
      `${HEADER}\nA1,"Hộ\ntịch",online,2024-01-15,2024-01-17,,\n\nA2,Hộ tịch,fax,2024-01-15,2024-01-17,,\n`,
    );
    expect(where(r.issues)).toEqual(['5:channel:UNKNOWN_CHANNEL']);
  });

  it('reports an unterminated quote with its line', () => {
    const r = read(`${HEADER}\nA1,Hộ tịch,online,2024-01-15,2024-01-17,,\nA2,"Hộ tịch,online\n`);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.code).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(r.issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses an empty file', () => {
    expect(where(read('').issues)).toEqual(['1:*:EMPTY_FILE']);
  });
});

describe('rows', () => {
  it('reads a valid row into office-time instants', () => {
    const r = read(
      `${HEADER},procedure_code,digitized,paid_online,fee\nA1,Hộ tịch,Trực tuyến,2024-01-15 08:30,2024-01-17,2024-01-16 10:00,,1.001193,x,có,8.000\n`,
    );
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toEqual({
      line: 2,
      dossierCode: 'A1',
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-01-15T08:30:00+07:00',
      dueAt: '2024-01-17T23:59:59+07:00',
      returnedAt: '2024-01-16T10:00:00+07:00',
      withdrawnAt: null,
      procedureCode: '1.001193',
      digitised: { papers: true, result: true },
      paidOnline: true,
      feeVnd: 8000,
      handover: null,
      supplements: [],
      reschedule: null,
    });
  });

  it('keeps a same-day receipt and return valid when given as bare dates', () => {
    const r = read(`${HEADER}\nA1,Hộ tịch,direct,2024-01-15,2024-01-15,2024-01-15,\n`);
    expect(r.issues).toEqual([]);
    const row = r.rows[0]!;
    expect(String(row.returnedAt) >= row.receivedAt).toBe(true);
  });

  it('keeps a field outside the catalogue as written', () => {
    const r = read(`${HEADER}\nA1,  Thi đua - Khen thưởng ,online,2024-01-15,2024-01-17,,\n`);
    expect(r.rows[0]!.field).toBe('Thi đua - Khen thưởng');
  });

  it('names every problem by line and column, all of them', () => {
    const r = read(
      [
        HEADER,
        'B1,Hộ tịch,fax,2024-01-15,2024-01-17,,', // 2 unknown channel
        'B2,Hộ tịch,online,yesterday,2024-01-17,,', // 3 unparsable time
        'B3,Hộ tịch,online,2024-02-01,2024-02-05,2024-01-20,', // 4 returned before receipt
        'B4,Hộ tịch,online,2024-02-01,2024-02-05,2024-02-03,2024-02-02', // 5 returned and withdrawn
        'B5,Hộ tịch,online,2024-02-01,2024-02-05,,2024-01-31', // 6 withdrawn before receipt
        'B6,Hộ tịch,online,2024-02-01,2024-01-05,,', // 7 due before receipt
        ',Hộ tịch,online,2024-02-01,2024-02-05,,', // 8 code missing
        'B8,,online,2024-02-01,2024-02-05,,', // 9 field missing (no procedure)
        'B9,Hộ tịch,online,2024-02-01,,,', // 10 due missing (no procedure)
        'B10,Hộ tịch,online,2024-02-01,2024-02-31,,', // 11 impossible date
        'B11,Hộ tịch,online,2024-02-01,2024-02-05,,,extra', // 12 more cells than headers
      ].join('\n'),
    );
    expect(where(r.issues)).toEqual([
      '2:channel:UNKNOWN_CHANNEL',
      '3:received_at:BAD_TIME',
      '4:returned_at:RETURNED_BEFORE_RECEIPT',
      '5:withdrawn_at:RETURNED_AND_WITHDRAWN',
      '6:withdrawn_at:WITHDRAWN_BEFORE_RECEIPT',
      '7:due_at:DUE_BEFORE_RECEIPT',
      '8:dossier_code:REQUIRED',
      '9:field:REQUIRED',
      '10:due_at:REQUIRED',
      '11:due_at:BAD_TIME',
      '12:*:EXTRA_CELLS',
    ]);
    expect(r.rows).toEqual([]);
  });

  it('lets the catalogue supply field and due date when a procedure code is given', () => {
    const r = read('dossier_code,channel,received_at,procedure_code,field\nA1,online,2024-01-15,1.001193,\n');
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toMatchObject({ field: null, dueAt: null, procedureCode: '1.001193' });
  });

  it('drops a line repeating the same facts and refuses the same code with different facts', () => {
    const same = read(
      `${HEADER}\nA1,Hộ tịch,online,2024-01-15,2024-01-17,,\nA1,Hộ tịch,online,2024-01-15 00:00,2024-01-17,,\n`,
    );
    expect(same.issues).toEqual([]);
    expect(same.rows).toHaveLength(1);
    expect(same.repeats).toBe(1);
    const diff = read(
      `${HEADER}\nA1,Hộ tịch,online,2024-01-15,2024-01-17,,\nA1,Hộ tịch,direct,2024-01-15,2024-01-17,,\n`,
    );
    expect(diff.issues).toEqual([
      { line: 3, column: 'channel', code: 'DUPLICATE_DIFFERENT', value: 'A1', detail: '2' },
    ]);
  });

  it('carries the Vietnamese header into the issue, for messages', () => {
    const r = read(
      'Mã hồ sơ,Lĩnh vực,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày hẹn trả\nA1,Hộ tịch,Fax,2024-01-15,2024-01-17\n',
    );
    expect(r.issues).toEqual([
      { line: 2, column: 'channel', header: 'Hình thức tiếp nhận', code: 'UNKNOWN_CHANNEL', value: 'Fax' },
    ]);
  });
});

describe('separators', () => {
  it('reads the semicolon CSV that Excel writes on a Vietnamese machine, and tab-separated text', () => {
    const semi = read(
      'Mã hồ sơ;Lĩnh vực;Hình thức tiếp nhận;Ngày tiếp nhận;Ngày hẹn trả\nA1;Hộ tịch, khai sinh;Trực tuyến;2024-01-15;2024-01-17\n',
    );
    expect(semi.issues).toEqual([]);
    expect(semi.rows[0]!.field).toBe('Hộ tịch, khai sinh');
    const tabs = read(`${HEADER.replaceAll(',', '\t')}\nA1\tHộ tịch\tonline\t2024-01-15\t2024-01-17\t\t\n`);
    expect(tabs.issues).toEqual([]);
    expect(tabs.rows).toHaveLength(1);
  });
});

describe('checks without zod', () => {
  // readRow checks codes and fields by hand, on the cell's trimmed text; zod's schemas are the rule.
  const unit = fc.constantFrom('a', 'Z', '7', '.', '_', '/', '-', ' ', 'ệ', '\t', '\u00a0', '\ufeff', '\u2028', ',');
  const cell = fc.oneof(
    fc.string({ unit, maxLength: 12 }),
    fc
      .tuple(fc.integer({ min: 120, max: 205 }), fc.constantFrom('A', 'ệ', ' '))
      .map(([n, c]) => ` ${'x'.repeat(n)}${c}`),
  );

  it('accepts a dossier code exactly when DossierCodeSchema does (property)', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const text = cellText(raw);
        expect(isDossierCode(text)).toBe(DossierCodeSchema.safeParse(text).success);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts a field exactly when FieldSchema does (property)', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const text = cellText(raw);
        expect(isFieldText(text)).toBe(FieldSchema.safeParse(text).success);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('blank cells', () => {
  it('skips a row of empty cells, and blank cells past the last header are not extra', () => {
    const r = read(`${HEADER}\n,,,,,,\n  , ,\t,,,,,,,\nA1,Hộ tịch,online,2024-01-15,2024-01-17,,, ,\n`);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.line)).toEqual([4]);
  });

  it('reads a sparse row (a spreadsheet with holes) as if its holes were empty', () => {
    const cells: Array<string | null> = ['A1', 'Hộ tịch', 'online', '2024-01-15', '2024-01-17'];
    cells[9] = null;
    const m = mapTable({ headerLine: 1, header: HEADER.split(','), rows: [{ line: 2, cells }] });
    expect(m.issues).toEqual([]);
    expect(m.records).toEqual([
      {
        line: 2,
        cells: {
          dossier_code: 'A1',
          field: 'Hộ tịch',
          channel: 'online',
          received_at: '2024-01-15',
          due_at: '2024-01-17',
        },
      },
    ]);
    expect(Object.keys(m.records[0]?.cells ?? {})).toHaveLength(5);
  });
});
