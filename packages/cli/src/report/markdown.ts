// Form 06 as Markdown: the office, period and unit as a list, then the same cells as the CSV (the shared
// flat form), with the total line in bold.
import {
  type Form06Report,
  flatForm06,
  FORM06_LABELS as L,
  type ReportLang,
  reportOfficeText,
  ruleSetItems,
} from '@motcua/projections';

const mdCell = (s: string): string => s.replace(/\|/g, '\\|');

export function renderMarkdown(report: Form06Report, lang: ReportLang): string {
  const f = flatForm06(report, lang);
  const lines = [
    `## ${L.shortTitle[lang]}`,
    '',
    `- ${L.office[lang]}: ${reportOfficeText(report)}`,
    `- ${L.period[lang]}: ${report.period.from} – ${report.period.to}`,
    ...(report.knownAt ? [`- ${L.knownAt[lang]}: ${report.knownAt}`] : []),
    `- ${L.unit[lang]}`,
    ...(report.ruleSets.length > 0 ? [`- ${L.ruleSets[lang]}: ${ruleSetItems(report, lang).join('; ')}`] : []),
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
