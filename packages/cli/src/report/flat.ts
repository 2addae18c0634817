// CSV and Markdown renderings of Form 06: one line per field and a total line, columns numbered as on
// the form, then the counts the form does not print (direct, postal, withdrawn, awaiting, rescheduled).
import type { Counts, Form06Report } from '@motcua/projections';
import type { Lang } from '../i18n.js';
import { FORM_COLUMNS, LABELS } from './columns.js';

interface Flat {
  readonly header: string[];
  readonly rows: string[][];
}

function flatten(report: Form06Report, lang: Lang): Flat {
  const header = [
    `${LABELS.no[lang]} (1)`,
    `${LABELS.field[lang]} (2)`,
    ...FORM_COLUMNS.map((c) => `${c.full[lang]} (${c.no})`),
    `${LABELS.direct[lang]}`,
    `${LABELS.postal[lang]}`,
    LABELS.withdrawn[lang],
    LABELS.awaiting[lang],
    LABELS.rescheduled[lang],
  ];
  const cells = (c: Counts): string[] => [
    ...FORM_COLUMNS.map((col) => String(col.get(c))),
    String(c.received.direct),
    String(c.received.postal),
    String(c.withdrawnOrReturned),
    String(c.awaitingSupplement),
    String(c.lateRescheduled),
  ];
  const rows = report.rows.map((r, i) => [String(i + 1), r.field, ...cells(r)]);
  rows.push(['', LABELS.total[lang], ...cells(report.total)]);
  return { header, rows };
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 CSV with CRLF line ends, UTF-8 with a BOM so Excel shows the Vietnamese right. */
export function renderCsv(report: Form06Report, lang: Lang): string {
  const f = flatten(report, lang);
  return `\uFEFF${[f.header, ...f.rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const mdCell = (s: string): string => s.replace(/\|/g, '\\|');

export function renderMarkdown(report: Form06Report, lang: Lang): string {
  const f = flatten(report, lang);
  const office = report.offices.length > 1 ? `${report.office} (${report.offices.join(', ')})` : report.office;
  const lines = [
    `## ${LABELS.shortTitle[lang]}`,
    '',
    `- ${LABELS.office[lang]}: ${office}`,
    `- ${LABELS.period[lang]}: ${report.period.from} – ${report.period.to}`,
    ...(report.knownAt ? [`- ${LABELS.knownAt[lang]}: ${report.knownAt}`] : []),
    `- ${LABELS.unit[lang]}`,
    '',
    `| ${f.header.map(mdCell).join(' | ')} |`,
    `|${f.header.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...f.rows.map((r, i) =>
      i === f.rows.length - 1
        ? `| ${r.map((c, j) => (j === 1 ? `**${mdCell(c)}**` : j > 1 ? `**${c}**` : c)).join(' | ')} |`
        : `| ${r.map(mdCell).join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
