// `motcua import` driven as a user would: spawned process, real CSV / xlsx / NDJSON files, real SQLite.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eventIdFor } from '@motcua/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, eventCount, HEADER, ledgerDigest, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

let n = 0;
const freshDb = () => join(tmp.dir, `ledger-${++n}.db`);
const q1Json = (db: string, extra: string[] = []) => {
  const r = motcua(['report', '--db', db, '--year', '2024', '--quarter', '1', '--format', 'json', ...extra]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('import a CSV tracking book', () => {
  it('writes the book as events and the report counts it by the rules', () => {
    const db = freshDb();
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/7 dòng, 7 hồ sơ, \d+ sự kiện đã ghi, 0 hồ sơ bỏ qua/);
    const report = q1Json(db);
    expect(report.total.received).toEqual({
      total: 7,
      online: 4,
      directOrPostal: 3,
      direct: 2,
      postal: 1,
      carriedOver: 0,
    });
    expect(report.total.resolved).toEqual({ total: 5, early: 2, onTime: 2, late: 1 });
    expect(report.total.pending).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
    expect(report.total.withdrawnOrReturned).toBe(1);
    expect(report.rows.map((x: { field: string }) => x.field).sort()).toEqual(
      ['Bảo trợ xã hội', 'Chứng thực', 'Đất đai', 'Hộ tịch'].sort(),
    );
  });

  it('writes nothing new when the same file is imported again', () => {
    const db = freshDb();
    const file = tmp.file('again.csv', BOOK_Q1);
    expect(motcua(['import', '--db', db, '--office', 'dongson', file]).status).toBe(0);
    const before = ledgerDigest(db);
    const count = eventCount(db);
    const again = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('7 rows, 7 dossiers, 0 events written, 7 skipped');
    expect(eventCount(db)).toBe(count);
    expect(ledgerDigest(db)).toBe(before);
  });

  it('appends only what is new when the book has moved on, and refuses changed facts', () => {
    const db = freshDb();
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('v1.csv', BOOK_Q1)]).status).toBe(0);
    const count = eventCount(db);
    const moved = BOOK_Q1.replace(
      'A6,Đất đai,online,2024-03-20,2024-04-10,,',
      'A6,Đất đai,online,2024-03-20,2024-04-10,2024-04-02,',
    );
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('v2.csv', moved), '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 events written, 6 skipped');
    expect(eventCount(db)).toBe(count + 2);
    const before = ledgerDigest(db);
    const changed = moved.replace('A3,Chứng thực,direct', 'A3,Chứng thực,online');
    const bad = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('v3.csv', changed), '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 4, column channel: dossier "A3" is already in the ledger with different facts/);
    expect(ledgerDigest(db)).toBe(before);
  });

  it('accepts a BOM, CRLF and quoted cells, and keeps a field outside the catalogue as written', () => {
    const db = freshDb();
    const text = `\uFEFF${HEADER}\r\n"Q1","Thi đua, khen thưởng",online,2024-01-10,2024-01-12,2024-01-11,\r\n`;
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('bom.csv', text)]).status).toBe(0);
    const report = q1Json(db);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0].field).toBe('Thi đua, khen thưởng');
    expect(report.rows[0].resolved.early).toBe(1);
  });

  it("reads a tracking book's Vietnamese headers and values, with or without diacritics", () => {
    const db = freshDb();
    const vi = [
      'STT,Mã hồ sơ,Họ tên người nộp,Lĩnh vực,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Ngày rút hồ sơ,Số hóa,Thanh toán trực tuyến,Lệ phí',
      '1,HS-001,Nguyễn Văn A,Hộ tịch,Trực tuyến,2024-01-15 08:00,2024-01-17,2024-01-16,,x,có,8.000',
      '2,HS-002,Trần Thị B,Chứng thực,Trực tiếp,2024-01-16,2024-01-16,2024-01-16,,x,,',
      '3,HS-003,Lê Văn C,Hộ tịch,Bưu chính,2024-01-17,2024-01-19,,2024-01-18,,,',
    ].join('\n');
    const noMarks =
      'MA HO SO,linh vuc,HINH THUC TIEP NHAN,ngay tiep nhan,ngay hen tra,ngay tra ket qua\nHS-004,Ho tich,truc tuyen,2024-01-20,2024-01-25,2024-01-22\n';
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('so-theo-doi.csv', vi)]).status).toBe(0);
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('khong-dau.csv', noMarks)]);
    expect(r.status, r.stderr).toBe(0);
    const report = q1Json(db);
    expect(report.total.received).toMatchObject({ total: 4, online: 2, direct: 1, postal: 1 });
    expect(report.total.resolved).toMatchObject({ early: 2, onTime: 2, late: 0 });
    expect(report.indicators.onlinePaymentRate.numerator).toBe(1);
    const fields = report.rows.map((x: { field: string }) => x.field);
    expect(fields).toContain('Ho tich'); // kept as written
  });

  it('imports the first sheet of an .xlsx book, title rows and real date cells included', async () => {
    const db = freshDb();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ theo dõi');
    ws.addRow(['SỔ THEO DÕI HỒ SƠ - UBND XÃ ĐÔNG SƠN']);
    ws.addRow([]);
    ws.addRow([
      'Mã hồ sơ',
      'Lĩnh vực',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày trả kết quả',
      'Ngày rút hồ sơ',
    ]);
    ws.addRow([
      'X1',
      'Hộ tịch',
      'Trực tuyến',
      new Date(Date.UTC(2024, 0, 15, 8, 30)),
      new Date(Date.UTC(2024, 0, 17)),
      new Date(Date.UTC(2024, 0, 18)),
      null,
    ]);
    ws.addRow(['X2', 'Chứng thực', 'Trực tiếp', '2024-02-01', '2024-02-01', '2024-02-01', null]);
    ws.addRow(['X3', 'Đất đai', 'Bưu chính', '2024-03-01 09:15', '2024-03-20', null, null]);
    const file = join(tmp.dir, 'so-theo-doi.xlsx');
    await wb.xlsx.writeFile(file);
    const r = motcua(['import', '--db', db, '--office', 'dongson', file]);
    expect(r.status, r.stderr).toBe(0);
    const report = q1Json(db);
    expect(report.total.received).toMatchObject({ total: 3, online: 1, direct: 1, postal: 1 });
    expect(report.total.resolved).toMatchObject({ early: 0, onTime: 1, late: 1 });
    expect(report.total.pending).toMatchObject({ withinDeadline: 0, overdue: 1 }); // due 20/3, still open on 31/3
    // A bad cell in the sheet is named by its sheet row.
    ws.getCell('C6').value = 'Fax';
    const badFile = join(tmp.dir, 'bad.xlsx');
    await wb.xlsx.writeFile(badFile);
    const db2 = freshDb();
    const bad = motcua(['import', '--db', db2, '--office', 'dongson', badFile, '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('line 6, column Hình thức tiếp nhận (channel): unknown channel "Fax"');
    expect(existsSync(db2)).toBe(false);
  });

  it('imports NDJSON of native events, re-import writes nothing, a bad line is named', () => {
    const db = freshDb();
    const meta = (commandId: string, occurredAt: string) => ({
      eventId: eventIdFor(commandId, 0),
      occurredAt,
      actor: 'legacy-system',
      office: 'dongson',
      correlationId: commandId,
      causationId: null,
      commandId,
    });
    const lines = [
      {
        type: 'DossierReceived',
        schemaVersion: 1,
        data: {
          office: 'dongson',
          dossierCode: 'N1',
          procedureCode: null,
          field: 'Hộ tịch',
          channel: 'online',
          receivedAt: '2024-01-15T08:00:00+07:00',
          dueAt: '2024-01-17T17:00:00+07:00',
          applicantRef: null,
        },
        meta: meta('n1-receive', '2024-01-15T08:00:00+07:00'),
      },
      {
        streamId: 'dossier-dongson-N1',
        type: 'DossierResolved',
        schemaVersion: 1,
        data: { decision: 'approved', note: null },
        meta: meta('n1-resolve', '2024-01-18T08:00:00+07:00'),
      },
      {
        streamId: 'dossier-dongson-N1',
        type: 'ResultReturned',
        schemaVersion: 1,
        data: {},
        meta: meta('n1-return', '2024-01-18T09:00:00+07:00'),
      },
    ];
    const file = tmp.file('events.ndjson', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const r = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('3 events written');
    expect(q1Json(db).total.resolved.late).toBe(1);
    const again = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 events written');
    expect(eventCount(db)).toBe(3);
    const bad = [
      JSON.stringify(lines[0]),
      JSON.stringify({ ...lines[1], data: { decision: 'perhaps', note: null } }),
    ].join('\n');
    const db2 = freshDb();
    const refused = motcua(['import', '--db', db2, '--office', 'dongson', tmp.file('bad.ndjson', bad), '--lang', 'en']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/line 2, column data\.decision: invalid event/);
    expect(eventCount(db2)).toBe(0);
  });
});

describe('bad input: exit 1, every error named by line and column, nothing written', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown channel', 'B1,Hộ tịch,fax,2024-01-15,2024-01-17,,', /line 2, column channel: unknown channel "fax"/],
    [
      'unparsable time',
      'B1,Hộ tịch,online,15.13.2024,2024-01-17,,',
      /line 2, column received_at: unparsable time "15.13.2024"/,
    ],
    [
      'result returned before receipt',
      'B1,Hộ tịch,online,2024-01-15,2024-01-17,2024-01-10,',
      /line 2, column returned_at: result returned "2024-01-10", before the receipt/,
    ],
    [
      'returned and withdrawn both',
      'B1,Hộ tịch,online,2024-01-15,2024-01-17,2024-01-16,2024-01-16',
      /line 2, column withdrawn_at: a dossier cannot be both returned and withdrawn/,
    ],
    [
      'duplicate code with different facts',
      'B1,Hộ tịch,online,2024-01-15,2024-01-17,,\nB1,Hộ tịch,online,2024-01-15,2024-01-18,,',
      /line 3, column due_at: duplicate dossier code "B1" \(first on line 2\) with different facts/,
    ],
    [
      'received in the future (a lifecycle rule)',
      'B1,Hộ tịch,online,2999-01-15,2999-01-17,,',
      /line 2, column received_at: refused by the lifecycle rules: RECEIVED_IN_FUTURE/,
    ],
    [
      'invalid dossier code',
      'B 1,Hộ tịch,online,2024-01-15,2024-01-17,,',
      /line 2, column dossier_code: invalid dossier code "B 1"/,
    ],
  ];

  it.each(cases)('%s', (_name, rows, message) => {
    // A ledger that already holds data must stay exactly as it was.
    const db = freshDb();
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file(`base-${n}.csv`, BOOK_Q1)]).status).toBe(0);
    const before = ledgerDigest(db);
    const text = `${HEADER}\nC1,Hộ tịch,online,2024-01-15,2024-01-17,,\n${rows.replace(/^B1/gm, 'B1')}\n`.replace(
      `${HEADER}\nC1,Hộ tịch,online,2024-01-15,2024-01-17,,\n`,
      `${HEADER}\n`,
    );
    const file = tmp.file(`bad-${n}.csv`, `${text}C9,Hộ tịch,online,2024-01-15,2024-01-17,,\n`);
    const r = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing was written');
    expect(ledgerDigest(db)).toBe(before);
  });

  it('lists all errors of the file, in Vietnamese by default, and creates no ledger', () => {
    const db = freshDb();
    const text = [
      HEADER,
      'B1,Hộ tịch,fax,2024-01-15,2024-01-17,,',
      'B2,Hộ tịch,online,hôm qua,2024-01-17,,',
      'B3,Hộ tịch,online,2024-01-15,2024-01-17,2024-01-01,',
      'B4,Hộ tịch,online,2024-01-15,2024-01-17,,',
      'B5,Hộ tịch,online,2999-01-15,2999-01-17,,',
    ].join('\n');
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('many.csv', text)]);
    expect(r.status).toBe(1);
    // A lifecycle rule's refusal in its own Vietnamese words, not the rule's English.
    expect(r.stderr).toContain(
      'dòng 6 (line 6), cột received_at: bị từ chối theo quy tắc nghiệp vụ: dongson/B5: tiếp nhận lúc',
    );
    expect(r.stderr).toContain('không thể tiếp nhận ở tương lai');
    expect(r.stderr).not.toMatch(/nothing can be received|which is after now/);
    expect(r.stderr).toContain('dòng 2 (line 2), cột channel: hình thức tiếp nhận không rõ "fax"');
    expect(r.stderr).toContain('dòng 3 (line 3), cột received_at: thời gian không đọc được "hôm qua"');
    expect(r.stderr).toContain('dòng 4 (line 4), cột returned_at: trả kết quả "2024-01-01" trước ngày tiếp nhận');
    expect(r.stderr).toContain('4 lỗi; không ghi gì vào sổ cái');
    expect(r.stdout).toBe('');
    expect(existsSync(db)).toBe(false);
  });

  it('names a missing required column on the header line', () => {
    const r = motcua([
      'import',
      '--db',
      freshDb(),
      '--office',
      'dongson',
      tmp.file('nocol.csv', 'dossier_code,field,received_at\nA,B,2024-01-01\n'),
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 1, column channel: required column missing from the header');
  });

  it('refuses a missing file with exit 1 and a bad office code as wrong usage (exit 2)', () => {
    const missing = motcua(['import', '--db', freshDb(), '--office', 'dongson', join(tmp.dir, 'nope.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.csv');
    const office = motcua(['import', '--db', freshDb(), '--office', 'dong son', tmp.file('ok.csv', BOOK_Q1)]);
    expect(office.status).toBe(2);
    const noOffice = motcua(['import', '--db', freshDb(), tmp.file('ok2.csv', BOOK_Q1)]);
    expect(noOffice.status).toBe(2);
  });
});

describe('where the ledger is', () => {
  it('uses --db, else MOTCUA_DB, else ./data/motcua.db (creating the folder)', () => {
    const work = tempDir();
    try {
      const file = work.file('book.csv', BOOK_Q1);
      expect(motcua(['import', '--office', 'dongson', file], { cwd: work.dir }).status).toBe(0);
      expect(eventCount(join(work.dir, 'data/motcua.db'))).toBeGreaterThan(0);
      const envDb = join(work.dir, 'elsewhere/ledger.db');
      expect(motcua(['import', '--office', 'dongson', file], { cwd: work.dir, env: { MOTCUA_DB: envDb } }).status).toBe(
        0,
      );
      expect(eventCount(envDb)).toBe(eventCount(join(work.dir, 'data/motcua.db')));
      const flagDb = join(work.dir, 'flag.db');
      expect(
        motcua(['import', '--db', flagDb, '--office', 'dongson', file], { cwd: work.dir, env: { MOTCUA_DB: envDb } })
          .status,
      ).toBe(0);
      expect(eventCount(flagDb)).toBeGreaterThan(0);
      const report = motcua(['report', '--year', '2024', '--quarter', '1', '--format', 'json'], {
        cwd: work.dir,
        env: { MOTCUA_DB: envDb },
      });
      expect(report.status).toBe(0);
      expect(JSON.parse(report.stdout).total.received.total).toBe(7);
    } finally {
      work.cleanup();
    }
  });

  it('writes nothing when a rule refuses a row late in a large file, on a new or an existing ledger', () => {
    // Written as it is read, in chunks of rows, inside one transaction: a refusal after the first chunks
    // must still leave nothing (and no ledger file when there was none).
    const rows = Array.from({ length: 4500 }, (_, i) => `Z${i},Hộ tịch,online,2024-01-15,2024-01-17,2024-01-16,`);
    rows[4321] = 'Z4321,Hộ tịch,online,2099-01-15,2099-01-17,,'; // received in the future: the decider refuses
    const file = tmp.file('late-refusal.csv', [HEADER, ...rows].join('\n'));
    const fresh = freshDb();
    const r = motcua(['import', '--db', fresh, '--office', 'dongson', file, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 4323, column received_at: .*RECEIVED_IN_FUTURE/);
    expect(r.stderr).toContain('1 error(s); nothing was written');
    expect(existsSync(fresh)).toBe(false);
    const db = freshDb();
    expect(motcua(['import', '--db', db, '--office', 'dongson', tmp.file('base.csv', BOOK_Q1)]).status).toBe(0);
    const before = ledgerDigest(db);
    const again = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(again.status).toBe(1);
    expect(ledgerDigest(db)).toBe(before);
    // The same file without the bad row goes in whole.
    rows[4321] = 'Z4321,Hộ tịch,online,2024-01-15,2024-01-17,,';
    const okFile = tmp.file('late-ok.csv', [HEADER, ...rows].join('\n'));
    const good = motcua(['import', '--db', db, '--office', 'dongson', okFile, '--lang', 'en']);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('4500 rows, 4500 dossiers, 13498 events written');
    // And again: every dossier found in the ledger with the same facts, nothing written.
    const written = ledgerDigest(db);
    const twice = motcua(['import', '--db', db, '--office', 'dongson', okFile, '--lang', 'en']);
    expect(twice.status, twice.stderr).toBe(0);
    expect(twice.stdout).toContain('4500 rows, 4500 dossiers, 0 events written, 4500 skipped');
    expect(ledgerDigest(db)).toBe(written);
  });

  it('shows no progress bar when stderr is not a terminal, even for a large file', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `L${i},Hộ tịch,online,2024-01-15,2024-01-17,2024-01-16,`);
    const r = motcua([
      'import',
      '--db',
      freshDb(),
      '--office',
      'dongson',
      tmp.file('large.csv', [HEADER, ...rows].join('\n')),
      '--lang',
      'en',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('3000 rows, 3000 dossiers, 9000 events written, 0 skipped (already recorded)\n');
  });
});
