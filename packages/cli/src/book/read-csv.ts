// CSV tracking books: UTF-8 (a BOM is fine), RFC 4180 quoting, the first line is the header.
// Semicolon- or tab-separated files (Excel on a Vietnamese machine) are recognised by their header.
//
// Split by hand rather than by a library: issue 5 wants the whole import at 50k rows/s, 20 µs a row for
// reading, deciding and writing, and csv-parse alone took about half of that. CPU µs per row on the
// benchmark's book (20k rows, median of 7 rounds interleaved in one process, 2 shared cores under load):
//   pnpm bench:import-read -- --against a7c0992
//   csv-parse with `info` (line numbers), as the reader was: 9.7 (12.2 with its line arithmetic)
//   csv-parse without `info`, no line numbers: ............ 7.3
//   papaparse, line numbers counted from its records: ..... 2.3
//   this reader, line numbers included: .................... 0.65
// papaparse takes a quote inside an unquoted cell without a word, and names other faults by record, not
// line. This reader follows csv-parse as the importer set it up (relax_column_count, skip_empty_lines):
// the same records, the same start lines, the same faults (by csv-parse's codes) on the same lines and cells.
// The words for a fault are motcua's own, in the reader's language: csv-parse's English never reaches a clerk.
// read-csv.test.ts holds the two equal on random input; csv-parse stays as a dev dependency for that.
import type { Issue, RawTable } from './types.js';

/**
 * The separator of the header line: a comma (RFC 4180), unless the line has none and has semicolons or
 * tabs instead, as Excel writes "CSV" on machines set to Vietnamese (where the comma is the decimal mark).
 */
export function delimiterOf(input: string): ',' | ';' | '\t' {
  const end = input.indexOf('\n');
  const first = (end === -1 ? input : input.slice(0, end)).replace(/"[^"]*"/g, '');
  if (first.includes(',')) return ',';
  const semis = first.split(';').length - 1;
  const tabs = first.split('\t').length - 1;
  if (semis === 0 && tabs === 0) return ',';
  return semis >= tabs ? ';' : '\t';
}

/** One record of a CSV text: its cells and the line its first cell starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/** The ways a CSV text cannot be read, named as csv-parse names them (its `code`). */
export type CsvFaultCode = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_INVALID_OPENING_QUOTE';

/** Why a CSV text cannot be read: the fault, its line and its cell (0-based, as csv-parse's `index`), as
 *  plain data: the words for it are motcua's own (messages.ts), in the reader's language. */
export interface CsvFault {
  readonly line: number;
  readonly code: CsvFaultCode;
  readonly cell: number;
}

const QUOTE = 0x22;
const NL = 0x0a;

/**
 * Splits CSV text whose line ends are all "\n" into records. Empty lines are skipped; rows may have any
 * number of cells. A quote opens a quoted cell only as its first character; inside one, "" is a quote.
 */
export function splitCsv(input: string, delimiter: string): { records: CsvRecord[]; fault: CsvFault | null } {
  const delim = delimiter.charCodeAt(0);
  const n = input.length;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < n) {
    if (input.charCodeAt(pos) === NL) {
      line++;
      pos++;
      continue;
    }
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (pos < n && input.charCodeAt(pos) === QUOTE) {
        // Quoted cell: runs to the quote that is followed by a separator, a line end or the end of text.
        let from = pos + 1;
        let i = from;
        value = '';
        for (;;) {
          if (i >= n) {
            // The line of the last character, where csv-parse stops.
            const at = input.charCodeAt(n - 1) === NL ? line - 1 : line;
            return {
              records,
              fault: { line: at, code: 'CSV_QUOTE_NOT_CLOSED', cell: cells.length },
            };
          }
          const c = input.charCodeAt(i);
          if (c === NL) line++;
          else if (c === QUOTE) {
            if (i + 1 < n && input.charCodeAt(i + 1) === QUOTE) {
              value += input.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
            if (next !== -1 && next !== delim && next !== NL) {
              return {
                records,
                fault: { line, code: 'CSV_INVALID_CLOSING_QUOTE', cell: cells.length },
              };
            }
            value += input.slice(from, i);
            pos = i + 1;
            break;
          }
          i++;
        }
      } else {
        const from = pos;
        while (pos < n) {
          const c = input.charCodeAt(pos);
          if (c === delim || c === NL) break;
          if (c === QUOTE) {
            return { records, fault: { line, code: 'CSV_INVALID_OPENING_QUOTE', cell: cells.length } };
          }
          pos++;
        }
        value = input.slice(from, pos);
      }
      cells.push(value);
      if (pos >= n) break;
      if (input.charCodeAt(pos) === NL) {
        line++;
        pos++;
        break;
      }
      pos++; // the separator; a line ending in one has an empty last cell
    }
    records.push({ line: recordLine, cells });
  }
  return { records, fault: null };
}

/** Splits CSV text into header and rows, each row with the file line it starts on. */
export function readCsvTable(text: string): { table: RawTable | null; issues: Issue[] } {
  // Line endings are normalised first so line numbers count every style the same way (and a cell's own
  // line breaks read the same whatever the file used). Most files need neither step: skip the copies.
  let input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.includes('\r')) input = input.replace(/\r\n?/g, '\n');
  // Text decoded from a file is well formed; a caller's string may hold a lone surrogate, which csv-parse
  // (through Buffer.from) read as U+FFFD. Typed by hand: the ES2024 String methods are not in our lib.
  const unicode = input as unknown as { isWellFormed(): boolean; toWellFormed(): string };
  if (!unicode.isWellFormed()) input = unicode.toWellFormed();
  const { records, fault } = splitCsv(input, delimiterOf(input));
  if (fault) {
    return {
      table: null,
      issues: [{ line: fault.line, column: '*', code: fault.code, detail: String(fault.cell + 1) }],
    };
  }
  const [head, ...body] = records;
  if (!head) return { table: null, issues: [{ line: 1, column: '*', code: 'EMPTY_FILE' }] };
  return { table: { headerLine: head.line, header: head.cells, rows: body }, issues: [] };
}
