import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delimiterOf, readCsvTable } from './read-csv.js';
import type { Issue, RawTable } from './types.js';

/**
 * The reader as it was built on csv-parse (with `info` for line numbers): the reference the hand-written
 * reader must match, record for record, line for line, fault for fault.
 */
function viaCsvParse(text: string): { table: RawTable | null; issues: Issue[] } {
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(input, {
      delimiter: delimiterOf(input),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string; index?: number };
    // csv-parse names an opening-quote fault without its CSV_ prefix; motcua's code has it like the others.
    const code = (err.code === 'INVALID_OPENING_QUOTE' ? 'CSV_INVALID_OPENING_QUOTE' : err.code) as Issue['code'];
    const detail = String((err.index ?? 0) + 1);
    return { table: null, issues: [{ line: err.lines ?? 1, column: '*', code, detail }] };
  }
  const [head, ...body] = records;
  if (!head) return { table: null, issues: [{ line: 1, column: '*', code: 'EMPTY_FILE' }] };
  const startLine = (r: { record: string[]; info: { lines: number } }): number => {
    let embedded = 0;
    for (const cell of r.record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) embedded++;
    return r.info.lines - embedded;
  };
  return {
    table: {
      headerLine: startLine(head),
      header: head.record,
      rows: body.map((r) => ({ line: startLine(r), cells: r.record })),
    },
    issues: [],
  };
}

const same = (text: string): void => {
  expect(readCsvTable(text)).toEqual(viaCsvParse(text));
};

// ---- well-formed RFC 4180 books, every way a spreadsheet or a person writes them ----
const plainChar = fc.constantFrom('a', 'Z', '0', '-', ' ', '.', 'ệ', 'Đ', '😀', '\u00a0');
const anyChar = fc.constantFrom('a', 'ệ', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', '😀');
const cell = fc.oneof(
  fc.array(plainChar, { maxLength: 6 }).map((cs) => cs.join('')),
  fc.array(anyChar, { maxLength: 6 }).map((cs) => `"${cs.join('').replaceAll('"', '""')}"`),
);
const book = fc
  .record({
    sep: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    trailing: fc.boolean(),
    lines: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.array(cell, { minLength: 1, maxLength: 5 }) },
        { weight: 1, arbitrary: fc.constant([] as string[]) }, // a blank line
      ),
      { maxLength: 8 },
    ),
  })
  .map(({ sep, eol, bom, trailing, lines }) => {
    // The header decides the separator: give it one so ';' and tab books are read as such.
    const text = [['h1', 'h2'], ...lines].map((cells) => cells.join(sep)).join(eol);
    return (bom ? '\uFEFF' : '') + text + (trailing ? eol : '');
  });

// ---- anything at all over the characters that matter, to reach every fault ----
const noise = fc
  .array(fc.constantFrom('a', 'ệ', '😀', ' ', ',', ';', '\t', '"', '"', '\n', '\r', '\uFEFF', '\uD800'), {
    maxLength: 30,
  })
  .map((cs) => cs.join(''));

describe('CSV reader', () => {
  it('reads any RFC 4180 book as csv-parse does: same records, same start lines (property)', () => {
    fc.assert(fc.property(book, same), { numRuns: 500 });
  });

  it('agrees with csv-parse on any text, including every fault, its code, its line and its cell (property)', () => {
    fc.assert(fc.property(noise, same), { numRuns: 2000 });
  });

  it.each([
    ['a quoted cell with line breaks, then a fault', 'h\n"a\nb",c\n\nx"y\n'],
    ['text after a closing quote', 'h\n"ab"c\n'],
    ['a non-ASCII character after a closing quote', 'h\n"ab"ệ\n'],
    ['a quote inside an unquoted cell', 'h\nab"c\n'],
    ['a quote after a byte-order mark inside the text', 'h\n\uFEFF"a"\n'],
    ['an unterminated quote running to the end', 'h\nx\n"abc\n\n'],
    ['an unterminated quote without a last line end', 'h\n"a\n\nb'],
    ['a quoted empty line is a record', 'h\n""\n\nx'],
    ['escaped quotes', 'a,"""",b\n"x""y"'],
    ['CR line ends', 'h\r"a\rb"\r\rc'],
    ['a separator at the very end', 'h,i\na,'],
    ['only blank lines', '\n\n\n'],
    ['a header after blank lines', '\n\nh\nx\n'],
  ])('%s', (_, text) => same(text));

  it('names the line of each row, counting line breaks inside quoted cells and skipped blank lines', () => {
    const r = readCsvTable('h1,h2\r\n"a\r\nb",c\r\n\r\nd,e\r\n');
    expect(r.table?.rows).toEqual([
      { line: 2, cells: ['a\nb', 'c'] },
      { line: 5, cells: ['d', 'e'] },
    ]);
  });

  it('reports an unterminated quote on the line where the file ends, with its cell', () => {
    expect(readCsvTable('h\nok\nx,"open\nmore\n').issues).toEqual([
      { line: 4, column: '*', code: 'CSV_QUOTE_NOT_CLOSED', detail: '2' },
    ]);
  });
});
