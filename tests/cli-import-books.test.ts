// `motcua import` of books as offices really save them (issue 16: items 3, 9, 10, 11, 8f): spawned built CLI,
// real files of each kind, a real SQLite ledger.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOK_Q1, ensureBuilt, eventCount, ledgerDigest, MAIN, motcua, tempDir } from './cli-support.js';

const tmp = tempDir();
beforeAll(() => ensureBuilt());
afterAll(() => tmp.cleanup());

let n = 0;
const freshDb = () => join(tmp.dir, `books-${++n}.db`);
const importOk = (file: string, extra: string[] = []) => {
  const db = freshDb();
  const r = motcua(['import', '--db', db, '--office', 'dongson', file, ...extra]);
  return { db, r };
};

/** A book with the Vietnamese headers of a real tracking book. */
const VN_HEADER = 'Mã hồ sơ,Lĩnh vực,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Ngày rút hồ sơ';
const VN_BOOK = [
  VN_HEADER,
  'A1,Hộ tịch,Trực tuyến,2024-01-15 08:00,2024-01-17,2024-01-16 10:00,',
  'A2,Chứng thực,Trực tiếp,2024-02-01,2024-02-01,2024-02-01,',
  'A3,Đất đai,Bưu chính,2024-03-01,2024-03-15,,',
].join('\r\n');

describe('a long value is quoted as a short, marked excerpt (item 3)', () => {
  it('a 5 MB cell is not echoed whole: the message shows its start and its length', () => {
    const huge = 'x'.repeat(5_242_880);
    const book = [VN_HEADER, `A1,Hộ tịch,${huge},2024-01-15,2024-01-17,,`].join('\n');
    const db = freshDb();
    const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('huge.csv', book)]);
    expect(r.status).toBe(1);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(r.stderr).toContain(`"${'x'.repeat(40)}"… (5 242 880 ký tự)`);
    const en = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('huge.csv'), '--lang', 'en']);
    expect(en.stderr).toContain(`"${'x'.repeat(40)}"… (5,242,880 characters)`);
    expect(existsSync(db)).toBe(false);
  });
});

/** Text in Windows-1258, as a Vietnamese Windows without Unicode saves it: each letter by its byte in the
 *  code page, else as a letter of the page followed by the page's combining tone mark (ồ = ô + grave). */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
function toWindows1258(text: string): Buffer {
  const page = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(page.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The one tone mark of a Vietnamese letter (ccc order may put it before the vowel's own mark).
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONES.includes(p));
    const letter = byteOf.get(
      parts
        .filter((p) => p !== tone)
        .join('')
        .normalize('NFC'),
    );
    const mark = tone === undefined ? undefined : byteOf.get(tone);
    if (letter === undefined || mark === undefined) throw new Error(`no Windows-1258 form for ${ch}`);
    out.push(letter, mark);
  }
  return Buffer.from(out);
}

describe('books as offices save them (item 9)', () => {
  const utf8 = importOk(tmp.file('vn.csv', VN_BOOK));
  it('the UTF-8 book imports (the reference)', () => {
    expect(utf8.r.status, utf8.r.stderr).toBe(0);
    expect(utf8.r.stdout).toMatch(/^3 dòng, 3 hồ sơ, \d+ sự kiện đã ghi/);
  });

  const same = (file: string) => {
    const { db, r } = importOk(file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(utf8.r.stdout);
    expect(ledgerDigest(db)).not.toBe('absent');
    expect(eventCount(db)).toBe(eventCount(utf8.db));
    const report = (d: string) =>
      motcua(['report', '--db', d, '--year', '2024', '--quarter', '1', '--format', 'json']).stdout;
    expect(report(db)).toBe(report(utf8.db));
  };

  it('Excel "Unicode Text": UTF-16LE with a BOM, tab-separated', () => {
    const text = `\uFEFF${VN_BOOK.replaceAll(',', '\t')}\r\n`;
    same(tmp.file('unicode.txt', Buffer.from(text, 'utf16le')));
  });

  it('UTF-16BE with a BOM, and UTF-16LE without one', () => {
    const le = Buffer.from(VN_BOOK.replaceAll(',', '\t'), 'utf16le');
    same(tmp.file('nobom.txt', le));
    const be = Buffer.from(`\uFEFF${VN_BOOK}`, 'utf16le').swap16();
    same(tmp.file('be.csv', be));
  });

  it('Windows-1258 CSV (the legacy Vietnamese code page, whose tones are combining marks)', () => {
    same(tmp.file('cp1258.csv', toWindows1258(VN_BOOK)));
  });

  /** The book as an office's spreadsheet: a title above the header, dates as date cells. */
  const sheetBook = (bookType: 'biff8' | 'ods'): Buffer => {
    const rows = VN_BOOK.split('\r\n').map((line, i) =>
      line.split(',').map((cell, c) => {
        // Date columns (3-6) of data rows as real date cells, their wall-clock time as UTC parts.
        const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(cell);
        if (i === 0 || c < 3 || !m) return cell === '' ? null : cell;
        return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0)));
      }),
    );
    const sheet = XLSX.utils.aoa_to_sheet([['SỔ THEO DÕI HỒ SƠ'], ['UBND xã Đông Sơn'], ...rows], {
      cellDates: true,
      UTC: true,
    });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, sheet, 'Sổ');
    return XLSX.write(wb, { type: 'buffer', bookType });
  };

  it('a legacy Excel 97-2003 .xls is read, whatever its name', () => {
    const xls = sheetBook('biff8');
    expect(xls.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    same(tmp.file('book.xls', xls));
    same(tmp.file('xls-named.csv', xls));
  });

  it('an OpenDocument .ods is read, whatever its name', () => {
    const ods = sheetBook('ods');
    same(tmp.file('book.ods', ods));
    same(tmp.file('ods-named.xlsx', ods));
  });

  const refusedWithHowTo = (file: string, kindWords: RegExp) => {
    const db = freshDb();
    const r = motcua(['import', '--db', db, '--office', 'dongson', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(kindWords);
    expect(r.stderr).toMatch(/Lưu thành|Save As/);
    expect(r.stderr).toContain('.xlsx');
    expect(r.stderr).not.toContain('dossier_code');
    expect(r.stderr).not.toContain('\\u0000');
    expect(r.stderr).not.toContain(String.fromCharCode(0));
    expect(r.stderr).not.toMatch(/Quote|quote/);
    expect(existsSync(db)).toBe(false);
    const en = motcua(['import', '--db', db, '--office', 'dongson', file, '--lang', 'en']);
    expect(en.stderr).toMatch(/Save As/);
  };

  it('a damaged .xls or .ods is refused with how to save it, never read as text', () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    refusedWithHowTo(tmp.file('damaged.xls', ole), /Excel 97-2003|\.xls\b/);
    refusedWithHowTo(tmp.file('damaged-xls.csv', ole), /Excel 97-2003|\.xls\b/);
    const cut = sheetBook('ods').subarray(0, 300); // a zip cut short: no content, no directory
    refusedWithHowTo(tmp.file('cut.ods', cut), /xlsx/);
  });

  it('a file of NUL bytes is refused as not text, with how to save a sheet', () => {
    refusedWithHowTo(tmp.file('zeros.csv', Buffer.alloc(1000)), /NUL|byte 0/);
  });
});

describe('day-first dates (item 10)', () => {
  const DMY = [
    VN_HEADER,
    'A1,Hộ tịch,Trực tuyến,15/01/2024 08:00,17/01/2024,16/01/2024 10:00,',
    'A2,Chứng thực,Trực tiếp,01/02/2024,1/2/2024,01/02/2024,',
    'A3,Đất đai,Bưu chính,01/03/2024,15/03/2024,,',
  ].join('\n');

  it('are refused without --date-order, and the message names the option', () => {
    const { db, r } = importOk(tmp.file('dmy.csv', DMY));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--date-order dmy');
    expect(r.stderr).toContain('"15/01/2024 08:00"');
    expect(existsSync(db)).toBe(false);
  });

  it('read with --date-order dmy as the same book in ISO dates', () => {
    const { db, r } = importOk(tmp.file('dmy.csv'), ['--date-order', 'dmy']);
    expect(r.status, r.stderr).toBe(0);
    const iso = importOk(tmp.file('iso.csv', VN_BOOK));
    expect(r.stdout).toBe(iso.r.stdout);
    const report = (d: string) =>
      motcua(['report', '--db', d, '--year', '2024', '--quarter', '1', '--format', 'json']).stdout;
    expect(report(db)).toBe(report(iso.db));
  });

  it('a two-digit year is never guessed, even with --date-order dmy', () => {
    const book = [VN_HEADER, 'A1,Hộ tịch,Trực tuyến,15/01/24,17/01/2024,,'].join('\n');
    const { r } = importOk(tmp.file('yy.csv', book), ['--date-order', 'dmy']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"15/01/24"');
  });

  it('--date-order takes ymd or dmy only', () => {
    const { r } = importOk(tmp.file('dmy.csv'), ['--date-order', 'mdy']);
    expect(r.status).toBe(2);
  });
});

describe("the reader's words are motcua's own (item 11)", () => {
  it('a missing column is named by the Vietnamese header of a Vietnamese book', () => {
    const book = ['Mã hồ sơ,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả', 'A1,Hộ tịch,2024-01-15,2024-01-17'].join('\n');
    const { r } = importOk(tmp.file('nochannel.csv', book));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cột Hình thức tiếp nhận');
    const en = importOk(tmp.file('nochannel.csv'), ['--lang', 'en']);
    expect(en.r.stderr).toContain('column Hình thức tiếp nhận');
  });

  it.each([
    [
      'an unclosed quote',
      `${VN_HEADER}\nA1,"Hộ tịch,Trực tuyến,2024-01-15,2024-01-17,,\n`,
      /dòng 2.*dấu ngoặc kép/,
      /line 2.*quote/,
    ],
    [
      'text after a closing quote',
      `${VN_HEADER}\nA1,"Hộ tịch"x,Trực tuyến,2024-01-15,2024-01-17,,\n`,
      /dòng 2.*cột 2.*ngoặc kép/,
      /line 2.*column 2.*quote/,
    ],
    [
      'a quote inside a cell',
      `${VN_HEADER}\nA1,Hộ "tịch",Trực tuyến,2024-01-15,2024-01-17,,\n`,
      /dòng 2.*cột 2.*ngoặc kép/,
      /line 2.*column 2.*quote/,
    ],
  ])('%s is named in Vietnamese (and English), with its line and column', (_what, book, vi, en) => {
    const file = tmp.file(`fault-${++n}.csv`, book);
    const r = importOk(file).r;
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(vi);
    expect(r.stderr).not.toMatch(/Quote Not Closed|Invalid Closing Quote|Invalid Opening Quote|parsing/);
    const e = importOk(file, ['--lang', 'en']).r;
    expect(e.stderr).toMatch(en);
    expect(e.stderr).not.toMatch(/Quote Not Closed|Invalid Closing Quote|Invalid Opening Quote|parsing/);
  });
});

describe('a killed import into a new path leaves nothing (item 8f)', () => {
  it('kill -9 while it writes: no ledger, -wal, -shm or temporary file; the next import works', async () => {
    const dir = join(tmp.dir, 'killed');
    const db = join(dir, 'ledger.db');
    const rows = ['dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at'];
    for (let i = 0; i < 60_000; i++) rows.push(`K${i},Hộ tịch,online,2024-01-15 08:00,2024-01-17,2024-01-16 10:00,`);
    const book = tmp.file('big.csv', rows.join('\n'));
    const child = spawn(process.execPath, [MAIN, 'import', '--db', db, '--office', 'dongson', book], {
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Wait until it has started writing (a file of its own appears in the folder), then kill it outright.
    const deadline = Date.now() + 60_000;
    let seen: string[] = [];
    while (Date.now() < deadline && child.exitCode === null) {
      seen = existsSync(dir) ? readdirSync(dir) : [];
      if (seen.length > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen.length, 'the import wrote nothing before it ended').toBeGreaterThan(0);
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    for (const suffix of ['', '-wal', '-shm']) expect(existsSync(db + suffix)).toBe(false);
    // What the killed run left can only be its temporary file, never something that looks like a ledger;
    // the next start of any command on that path removes it (a refused report here).
    expect(motcua(['report', '--db', db, '--year', '2024', '--quarter', '1']).status).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    const again = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('q1.csv', BOOK_Q1)]);
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ledger.db']);
    expect(eventCount(db)).toBeGreaterThan(0);
  }, 120_000);
});
