// Form 06 as CSV: RFC 4180 with CRLF line ends, UTF-8 with a BOM so Excel shows the Vietnamese right.
import { stringify } from 'csv-stringify/sync';
import type { Form06Report } from '../report.js';
import type { ReportLang } from './columns.js';
import { flatForm06 } from './flat.js';

export function renderForm06Csv(report: Form06Report, lang: ReportLang = 'vi'): string {
  const { header, rows } = flatForm06(report, lang);
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`;
}
