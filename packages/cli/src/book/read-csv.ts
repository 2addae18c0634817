// CSV tracking books: UTF-8 (a BOM is fine), RFC 4180 quoting, the first line is the header.
// Semicolon- or tab-separated files (Excel on a Vietnamese machine) are recognised by their header.
import { parse } from 'csv-parse/sync';
import type { Issue, RawTable } from './types.js';

type CsvError = Error & { code?: string; lines?: number };

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

/** Splits CSV text into header and rows, each row with the file line it starts on. */
export function readCsvTable(text: string): { table: RawTable | null; issues: Issue[] } {
  // Line endings are normalised first so line numbers count every style the same way.
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
    const err = e as CsvError;
    return {
      table: null,
      issues: [{ line: err.lines ?? 1, column: '*', code: 'FILE_SYNTAX', detail: err.message }],
    };
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
