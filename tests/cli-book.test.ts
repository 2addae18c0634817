// `motcua book`: the tracking book (form 07) written from the events, read back as a workbook, and the
// round trip: the sample's books imported into an empty ledger give the same Form 06 for every quarter,
// under both period conventions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Convention, type Form06Report, loadLedger, periodOf } from '@motcua/projections';
import { openSqliteStore } from '@motcua/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-book-');
const seeded = join(tmp.dir, 'seeded.db');
const rebuilt = join(tmp.dir, 'rebuilt.db');
const YEARS = ['2022', '2023', '2024'];
const book = (year: string) => join(tmp.dir, `book-${year}.xlsx`);

beforeAll(() => {
  ensureBuilt();
  const s = motcua(['seed', '--db', seeded]);
  if (s.status !== 0) throw new Error(s.stderr);
  for (const year of YEARS) {
    const r = motcua(['book', '--db', seeded, '--office', 'DONGSON', '--year', year, '--out', book(year)]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
}, 120_000);
afterAll(() => tmp.cleanup());

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
}
const rowText = (ws: ExcelJS.Worksheet, n: number): string[] =>
  (ws.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));

async function reports(db: string, convention: Convention): Promise<Form06Report[]> {
  const store = openSqliteStore({ path: db });
  try {
    const ledger = await loadLedger(store);
    return ['2023', '2024'].flatMap((y) =>
      ([1, 2, 3, 4] as const).map((quarter) =>
        ledger.form06({ ...periodOf({ year: Number(y), quarter, convention }), offices: ['DONGSON'] }),
      ),
    );
  } finally {
    await store.close();
  }
}

describe('motcua book', () => {
  it('writes form 07 under the office name, one line per dossier received in the year, in the importer’s headers', async () => {
    const ws = await sheetOf(book('2024'));
    expect(rowText(ws, 1).join(' ')).toContain('Bộ phận tiếp nhận và trả kết quả xã Đông Sơn');
    expect(rowText(ws, 3).join(' ')).toContain('SỔ THEO DÕI HỒ SƠ NĂM 2024');
    const header = rowText(ws, 6);
    for (const h of [
      'STT',
      'Mã hồ sơ',
      'Lĩnh vực',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày trả kết quả',
      'Ngày rút hồ sơ',
      'Số hóa',
      'Thanh toán trực tuyến',
      'Lệ phí',
      'Cơ quan chủ trì giải quyết',
    ]) {
      expect(header).toContain(h);
    }
    const store = openSqliteStore({ path: seeded });
    const ledger = await loadLedger(store);
    const received = ledger.form06({ from: '2024-01-01', to: '2024-12-31', offices: ['DONGSON'] }).total.received;
    await store.close();
    // Lines: everything below the header, as many as Form 06 says were received in the year.
    expect(ws.rowCount - 6).toBe(received.online + received.directOrPostal);
    const first = rowText(ws, 7);
    expect(first[0]).toBe('1');
    const received0 = ws.getRow(7).getCell(header.indexOf('Ngày tiếp nhận') + 1).value;
    expect(received0).toBeInstanceOf(Date);
  });

  it('round trip: the books imported into an empty ledger give the same Form 06 for every quarter, both conventions', async () => {
    // The whole report object, every row and cell: the supplement rounds and the apology travel through the
    // book's own columns, so awaitingSupplement and lateRescheduled come back too.
    for (const year of YEARS) {
      const r = motcua(['import', '--db', rebuilt, '--office', 'DONGSON', book(year)]);
      expect(r.status, r.stderr).toBe(0);
    }
    for (const convention of ['calendar', 'cutoff'] as const) {
      const [before, after] = await Promise.all([reports(seeded, convention), reports(rebuilt, convention)]);
      expect(before.length).toBe(8);
      // The sample has both, so the comparison below covers them (a quarter with none proves nothing).
      expect(before.some((r) => r.total.awaitingSupplement > 0)).toBe(true);
      expect(before.some((r) => r.total.lateRescheduled > 0)).toBe(true);
      for (let i = 0; i < before.length; i++) {
        expect(before[i]!.total.received.total).toBeGreaterThan(0);
        expect(after[i], `${convention} ${before[i]!.period.from}`).toEqual(before[i]);
      }
    }
  });

  it('in English (--lang en): the supplement and apology columns under English headers, read back the same', async () => {
    const out = join(tmp.dir, 'book-2024-en.xlsx');
    const r = motcua(['book', '--db', seeded, '--office', 'DONGSON', '--year', '2024', '--lang', 'en', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const header = rowText(await sheetOf(out), 6);
    for (const h of [
      'Supplement requested at',
      'Supplement reason',
      'Supplement provided at',
      'Rescheduled at',
      'Rescheduled due at',
      'Reschedule reason',
    ]) {
      expect(header).toContain(h);
    }
    // The earlier years' books in Vietnamese (a dossier received then and still open in 2024 is in its own
    // year's book only), 2024's in English: Form 06 of 2024's quarters as the sample's.
    const db = join(tmp.dir, 'rebuilt-en.db');
    for (const file of [book('2022'), book('2023'), out]) {
      const imported = motcua(['import', '--db', db, '--office', 'DONGSON', '--lang', 'en', file]);
      expect(imported.status, imported.stderr).toBe(0);
    }
    const [before, after] = await Promise.all([reports(seeded, 'calendar'), reports(db, 'calendar')]);
    for (let i = 4; i < 8; i++) expect(after[i], before[i]!.period.from).toEqual(before[i]);
  });

  it('re-importing the books writes nothing; a book whose supplement or apology cells contradict the ledger is refused, nothing written', async () => {
    const head = async () => {
      const store = openSqliteStore({ path: rebuilt });
      try {
        return await store.headPosition();
      } finally {
        await store.close();
      }
    };
    // `rebuilt` holds every book once the round trip above has run; run alone, this test imports them first.
    if ((await head()) <= 0n) {
      for (const year of YEARS)
        expect(motcua(['import', '--db', rebuilt, '--office', 'DONGSON', book(year)]).status).toBe(0);
    }
    const before = await head();
    expect(before).toBeGreaterThan(0n);
    for (const year of YEARS) {
      const again = motcua(['import', '--db', rebuilt, '--office', 'DONGSON', book(year)]);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain(' 0 sự kiện đã ghi');
    }
    expect(await head()).toBe(before);

    // One supplement received a minute later than recorded, then an apology's new date a day later: each is
    // a different fact of a dossier the ledger holds, refused on its line and column.
    const cases = [
      { column: 'Ngày nhận hồ sơ bổ sung', shift: 60_000 },
      { column: 'Ngày hẹn trả mới', shift: 86_400_000 },
    ];
    for (const { column, shift } of cases) {
      const ws = await sheetOf(book('2024'));
      const col = rowText(ws, 6).indexOf(column) + 1;
      expect(col, column).toBeGreaterThan(0);
      let line = 0;
      for (let n = 7; n <= ws.rowCount && line === 0; n++) {
        const cell = ws.getRow(n).getCell(col);
        const v = cell.value;
        if (v instanceof Date) {
          cell.value = new Date(v.getTime() + shift);
          line = n;
        } else if (typeof v === 'string' && v !== '') {
          const [first, ...rest] = v.split('\n');
          cell.value = [new Date(Date.parse(first!) + shift).toISOString(), ...rest].join('\n');
          line = n;
        }
      }
      expect(line, `a line of 2024 with ${column}`).toBeGreaterThan(0);
      const edited = join(tmp.dir, `contradicting-${col}.xlsx`);
      await ws.workbook.xlsx.writeFile(edited);
      const r = motcua(['import', '--db', rebuilt, '--office', 'DONGSON', edited]);
      expect(r.status, r.stdout).toBe(1);
      expect(r.stderr).toContain(`dòng ${line}`);
      expect(r.stderr).toContain(column);
      expect(r.stderr).toContain('đã có trong sổ cái với thông tin khác');
      expect(await head()).toBe(before);
    }
  });

  it('as known at a moment: a book of 2024 as recorded by 15 January holds fewer dossiers', async () => {
    const out = join(tmp.dir, 'early.xlsx');
    const r = motcua([
      'book',
      '--db',
      seeded,
      '--office',
      'DONGSON',
      '--year',
      '2024',
      '--known-at',
      '2024-01-15',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const early = await sheetOf(out);
    const full = await sheetOf(book('2024'));
    expect(early.rowCount).toBeGreaterThan(6);
    expect(early.rowCount).toBeLessThan(full.rowCount);
    expect(rowText(early, 4).join(' ')).toContain('Số liệu ghi nhận đến');
  });

  it('one field only, and an unknown field refused by name with nothing written', async () => {
    const out = join(tmp.dir, 'hotich.xlsx');
    const r = motcua([
      'book',
      '--db',
      seeded,
      '--office',
      'DONGSON',
      '--year',
      '2024',
      '--field',
      'Hộ tịch',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const ws = await sheetOf(out);
    const col = rowText(ws, 6).indexOf('Lĩnh vực') + 1;
    for (let n = 7; n <= ws.rowCount; n++) expect(ws.getRow(n).getCell(col).value).toBe('Hộ tịch');
    const bad = join(tmp.dir, 'none.xlsx');
    const refused = motcua([
      'book',
      '--db',
      seeded,
      '--office',
      'DONGSON',
      '--year',
      '2024',
      '--field',
      'Hàng hải',
      '--out',
      bad,
    ]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--field');
    expect(refused.stderr).toContain('Hàng hải');
    expect(existsSync(bad)).toBe(false);
  });
});
