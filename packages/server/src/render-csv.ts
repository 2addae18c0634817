// Form 06 as CSV (RFC 4180, UTF-8 with a BOM so Excel reads the Vietnamese headers).
import type { Form06Report } from '@motcua/projections';
import { stringify } from 'csv-stringify/sync';
import { type Lang, reportTable } from './render-columns.js';

export function renderCsv(r: Form06Report, lang: Lang = 'vi'): string {
  const { header, rows } = reportTable(r, lang);
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`;
}
