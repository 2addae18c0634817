// The tracking book printed: form 07 on paper. The sheet's print area is the form's own columns (the
// importer's columns lie to their right, on screen only), from the title to the last line, landscape A4
// one page wide, the header row repeated on every page; the workbook read back with exceljs. (What it
// looks like in LibreOffice: tests/papers-libreoffice.test.ts, when soffice is present.)
import { join } from 'node:path';
import { FORM07_COLUMNS } from '@motcua/projections';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, seedLedger, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-book-print-');
let seedDb: string;
beforeAll(() => {
  ensureBuilt();
  seedDb = seedLedger(tmp.dir);
}, 120_000);
afterAll(() => tmp.cleanup());

async function book(lang: 'vi' | 'en', ...extra: string[]) {
  const out = join(tmp.dir, `book-${lang}-${extra.join('')}.xlsx`);
  const r = motcua([
    'book',
    '--db',
    seedDb,
    '--office',
    'DONGSON',
    '--year',
    '2024',
    '--out',
    out,
    '--lang',
    lang,
    ...extra,
  ]);
  expect(r.status, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.worksheets[0]!;
}

describe('the tracking book on paper', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`prints form 07's own columns, every line, the header on each page (${lang})`, async () => {
      const ws = await book(lang);
      const header = ws.getRow(6).values as unknown[];
      // The form's columns come first, in its order.
      const k = FORM07_COLUMNS.length;
      expect(header.slice(1, k + 1)).toEqual(FORM07_COLUMNS.map((c) => c.header[lang]));
      expect(header.length - 1).toBeGreaterThan(k);
      const lastLine = ws.lastRow!.number;
      expect(lastLine).toBeGreaterThan(6 + 100);
      expect(ws.getCell(lastLine, 1).value).toBe(lastLine - 6); // STT of the last line
      const lastColumn = String.fromCharCode(64 + k);
      expect(ws.pageSetup.printArea?.replaceAll('$', '')).toBe(`A1:${lastColumn}${lastLine}`);
      expect(ws.pageSetup.printTitlesRow?.replaceAll('$', '')).toBe('6:6');
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    });
  }

  it("ends at a short book's last line", async () => {
    const ws = await book('vi', '--field', 'Tôn giáo');
    const lastLine = ws.lastRow!.number;
    expect(lastLine).toBeLessThan(6 + 100);
    expect(ws.pageSetup.printArea?.replaceAll('$', '')).toMatch(new RegExp(`^A1:[A-Z]${lastLine}$`));
  });
});
