// The text of a book file, whatever encoding an office saved it in, and the sheets motcua cannot read
// named as what they are. Decided by the bytes (byte-order mark, NUL bytes, signature), never by the
// file's name alone: a clerk renames files. Done once per file, before any row is read.
//
// The rule, in order:
//   1. an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1: Excel 97-2003 .xls) or an OpenDocument zip (with
//      content.xml and META-INF/manifest.xml, and no [Content_Types].xml of an .xlsx: .ods) is a sheet, not text: read as one (load.ts), and
//      refused here (with how to save it as .xlsx or CSV) when it was given as NDJSON;
//   2. a byte-order mark decides: UTF-8 (EF BB BF), UTF-16LE (FF FE: Excel's "Unicode Text"), UTF-16BE (FE FF);
//   3. without one, NUL bytes in every other position of the first bytes mean UTF-16 (LE when they are the
//      odd bytes); NUL bytes anywhere else mean the file is not text at all, refused;
//   4. text that is valid UTF-8 is UTF-8; text that is not is Windows-1258, the Vietnamese code page of
//      Windows set up without Unicode, whose tones are combining marks: it is composed (NFC) after decoding.
//      (A Windows-1258 Vietnamese text is practically never valid UTF-8: its letters above 0x7F rarely
//      form UTF-8's multi-byte patterns; the reverse reading is what cannot be told apart, so UTF-8 wins.)
// The decoders are the runtime's own WHATWG TextDecoder (ICU), which knows windows-1258 and UTF-16.
import { isUtf8 } from 'node:buffer';
import type { Issue } from './types.js';

/** A legacy sheet format (read by read-legacy-sheet.ts, not as text), or a file that is not text at all. */
export type LegacySheet = 'xls' | 'ods';
export type ForeignKind = LegacySheet | 'binary';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Whether a zip (an .xlsx, or an .ods) by its signature, so a renamed workbook is still read as one. */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** The entry names of a zip, from its central directory (names are never compressed); [] if it has none. */
function zipNames(bytes: Buffer): string[] {
  // The end-of-central-directory record: 22 bytes, after a comment of up to 65535.
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return [];
  const names: string[] = [];
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let k = 0; k < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === 0x02014b50; k++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}

/** An OpenDocument file: a zip with an ODF manifest and content, and no Office Open XML part list (an
 *  .xlsx has "[Content_Types].xml"). Not by the "mimetype" entry alone: some writers do not put it first. */
function isOpenDocument(bytes: Buffer): boolean {
  if (!isZip(bytes) || bytes.length < 22) return false;
  const names = new Set(zipNames(bytes));
  return names.has('content.xml') && names.has('META-INF/manifest.xml') && !names.has('[Content_Types].xml');
}

/** The legacy sheet formats, known by their signature whatever the file is called (rule 1). */
export function foreignSheet(bytes: Buffer): LegacySheet | null {
  if (startsWith(bytes, OLE2)) return 'xls';
  if (isOpenDocument(bytes)) return 'ods';
  return null;
}

/** UTF-16 without a byte-order mark, from where the NUL bytes of the first 4 KiB fall (rule 3). */
function utf16Without(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Latin letters, digits and separators (most of a book's bytes) have a NUL high byte in UTF-16; a few
  // characters have a NUL low byte instead (U+0300, the combining grave of decomposed Vietnamese).
  const pairs = n / 2;
  if (oddNul >= pairs / 4 && evenNul <= oddNul / 8) return 'utf-16le';
  if (evenNul >= pairs / 4 && oddNul <= evenNul / 8) return 'utf-16be';
  return null;
}

export type BookText = { readonly text: string; readonly issue: null } | { readonly text: null; readonly issue: Issue };

const refused = (kind: ForeignKind): BookText => ({
  text: null,
  issue: { line: 1, column: '*', code: 'FILE_KIND', detail: kind },
});

/** The file's text (without a byte-order mark), or why it is not a text book. */
export function bookText(bytes: Buffer): BookText {
  const foreign = foreignSheet(bytes);
  if (foreign) return refused(foreign);
  const decode = (encoding: string, from: number): BookText => ({
    text: new TextDecoder(encoding).decode(bytes.subarray(from)),
    issue: null,
  });
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', 2);
  const utf16 = utf16Without(bytes);
  if (utf16) return decode(utf16, 0);
  if (bytes.indexOf(0) !== -1) return refused('binary');
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), issue: null };
  return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), issue: null };
}
