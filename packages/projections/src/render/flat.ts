// Form 06 as one header and one line of text cells per field plus the total line: columns numbered as on
// the form, then the counts the form does not print (direct, postal, withdrawn, awaiting, rescheduled).
// CSV writes it as is; the CLI's Markdown writes the same cells.
import type { Counts, Form06Report } from '../report.js';
import { FORM06_COLUMNS, FORM06_LABELS as L, type ReportLang } from './columns.js';

export interface FlatForm06 {
  readonly header: string[];
  readonly rows: string[][];
}

export function flatForm06(report: Form06Report, lang: ReportLang): FlatForm06 {
  const header = [
    `${L.no[lang]} (1)`,
    `${L.field[lang]} (2)`,
    ...FORM06_COLUMNS.map((c) => `${c.full[lang]} (${c.no})`),
    L.direct[lang],
    L.postal[lang],
    L.withdrawn[lang],
    L.awaiting[lang],
    L.rescheduled[lang],
  ];
  const cells = (c: Counts): string[] => [
    ...FORM06_COLUMNS.map((col) => String(col.get(c))),
    String(c.received.direct),
    String(c.received.postal),
    String(c.withdrawnOrReturned),
    String(c.awaitingSupplement),
    String(c.lateRescheduled),
  ];
  const rows = report.rows.map((r, i) => [String(i + 1), r.field, ...cells(r)]);
  rows.push(['', L.total[lang], ...cells(report.total)]);
  return { header, rows };
}
