import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { bookText, foreignSheet } from './decode.js';

const TEXT = 'Mã hồ sơ\tLĩnh vực\tHình thức tiếp nhận\r\nA1\tHộ tịch\tTrực tuyến\r\n';
const text = (bytes: Buffer): string | null => bookText(bytes).text;

describe('bookText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(text(Buffer.from(TEXT))).toBe(TEXT);
    expect(text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(TEXT);
  });

  it("reads UTF-16 by its byte-order mark (Excel's Unicode Text is UTF-16LE), and without one by its NUL bytes", () => {
    const le = Buffer.from(TEXT, 'utf16le');
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(TEXT);
    expect(text(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]))).toBe(TEXT);
    expect(text(le)).toBe(TEXT);
    expect(text(Buffer.from(le).swap16())).toBe(TEXT);
    // Decomposed text: U+0300 (a grave tone) has a NUL low byte.
    const nfd = TEXT.normalize('NFD');
    expect(text(Buffer.from(nfd, 'utf16le'))).toBe(nfd);
  });

  it('reads text that is not valid UTF-8 as Windows-1258, composed (NFC)', () => {
    // "Hộ tịch" in Windows-1258: ô (0xF4) + dot below (0xF2); i + dot below.
    const bytes = Buffer.from([0x48, 0xf4, 0xf2, 0x20, 0x74, 0x69, 0xf2, 0x63, 0x68]);
    expect(text(bytes)).toBe('Hộ tịch');
    expect(text(bytes)).toBe('Hộ tịch'.normalize('NFC'));
  });

  it('refuses .xls and .ods by their signatures, and any other file holding NUL bytes', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(foreignSheet(ole)).toBe('xls');
    expect(bookText(ole).issue).toMatchObject({ code: 'FILE_KIND', detail: 'xls' });
    const book = (bookType: 'ods' | 'xlsx'): Buffer => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Mã hồ sơ'], ['A1']]), 'Sổ');
      return XLSX.write(wb, { type: 'buffer', bookType });
    };
    expect(foreignSheet(book('ods'))).toBe('ods');
    expect(bookText(book('ods')).issue).toMatchObject({ code: 'FILE_KIND', detail: 'ods' });
    expect(foreignSheet(book('xlsx'))).toBe(null);
    expect(bookText(Buffer.from([0x41, 0x42, 0x00, 0x00, 0x00, 0x43, 0x44, 0x45])).issue).toMatchObject({
      code: 'FILE_KIND',
      detail: 'binary',
    });
  });
});
