// Form 06 as a terminal table that fits 100 columns: numbers right-aligned under two-line abbreviated
// headers, the three column groups separated by │, field names cut with … when they would not fit.
import {
  type Counts,
  FORM06_COLUMNS,
  FORM06_GROUP_TITLES,
  type Form06Group,
  type Form06Report,
  FORM06_GROUPS as GROUPS,
  FORM06_LABELS as L,
  type Ratio,
  reportOfficeText,
  reportPeriodText,
  ruleSetItems,
} from '@motcua/projections';
import type { Lang } from '../i18n.js';

export const TABLE_WIDTH = 100;

/** Display width: report text is NFC, where each Vietnamese letter is one column. */
export const widthOf = (s: string): number => [...s.normalize('NFC')].length;

function fit(s: string, width: number): string {
  const chars = [...s.normalize('NFC')];
  return chars.length <= width ? s.normalize('NFC') : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
const padEnd = (s: string, w: number): string => {
  const t = fit(s, w);
  return t + ' '.repeat(w - widthOf(t));
};
const padStart = (s: string, w: number): string => {
  const t = fit(s, w);
  return ' '.repeat(w - widthOf(t)) + t;
};
const center = (s: string, w: number): string => {
  const t = fit(s, w);
  const left = Math.floor((w - widthOf(t)) / 2);
  return ' '.repeat(left) + t + ' '.repeat(w - widthOf(t) - left);
};

export function percent(r: Ratio, lang: Lang): string {
  if (r.value === null) return `${r.numerator}/${r.denominator}`;
  const p = (r.value * 100).toFixed(1);
  return `${r.numerator}/${r.denominator} = ${lang === 'vi' ? p.replace('.', ',') : p}%`;
}

/** A paragraph in lines no wider than the table, broken between words. */
function wordWrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (widthOf(next) > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Wraps "a · b · c" items into lines no wider than the table. */
function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const it of items) {
    const next = line === '' ? it : `${line} · ${it}`;
    if (widthOf(next) > width && line !== '') {
      lines.push(line);
      line = fit(it, width);
    } else line = fit(next, width);
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function renderTable(report: Form06Report, lang: Lang): string {
  const all: Counts[] = [...report.rows, report.total];
  const maxDigits = Math.max(...all.flatMap((c) => FORM06_COLUMNS.map((col) => String(col.get(c)).length)));
  const w = Math.max(6, maxDigits);
  const colsOf = (g: Form06Group) => FORM06_COLUMNS.filter((c) => c.group === g);
  const rest = GROUPS.reduce((n, g) => n + 2 + colsOf(g).length * (w + 1), 0);
  const names = [...report.rows.map((r) => r.field), L.field[lang], L.total[lang]];
  const fieldWidth = Math.max(5, Math.min(TABLE_WIDTH - rest, Math.max(...names.map(widthOf))));

  const line = (first: string, cell: (col: (typeof FORM06_COLUMNS)[number]) => string): string =>
    (
      padEnd(first, fieldWidth) +
      GROUPS.map(
        (g) =>
          ` │${colsOf(g)
            .map((c) => ` ${cell(c)}`)
            .join('')}`,
      ).join('')
    ).trimEnd();
  const rule = (): string =>
    '─'.repeat(fieldWidth) + GROUPS.map((g) => `─┼${'─'.repeat(colsOf(g).length * (w + 1))}`).join('');

  const out: string[] = [];
  out.push(fit(L.shortTitle[lang], TABLE_WIDTH));
  out.push(
    ...wrapItems(
      [
        `${L.office[lang]}: ${reportOfficeText(report)}`,
        `${L.period[lang]}: ${reportPeriodText(report.period.from, report.period.to, lang)}`,
        ...(report.knownAt ? [`${L.knownAt[lang]}: ${report.knownAt}`] : []),
        L.unit[lang],
      ],
      TABLE_WIDTH,
    ),
  );
  out.push('');
  out.push(
    (
      ' '.repeat(fieldWidth) +
      GROUPS.map((g) => ` │${center(FORM06_GROUP_TITLES[g][lang], colsOf(g).length * (w + 1))}`).join('')
    ).trimEnd(),
  );
  out.push(line(L.field[lang], (c) => padStart(c.short[lang][0], w)));
  out.push(line('', (c) => padStart(c.short[lang][1], w)));
  out.push(line('(2)', (c) => padStart(`(${c.no})`, w)));
  out.push(rule());
  for (const row of report.rows) out.push(line(row.field, (c) => padStart(String(c.get(row)), w)));
  if (report.rows.length > 0) out.push(rule());
  out.push(line(L.total[lang], (c) => padStart(String(c.get(report.total)), w)));
  out.push('');
  const t = report.total;
  const extras = [
    `${L.withdrawn[lang]}: ${t.withdrawnOrReturned}`,
    `${L.awaiting[lang]}: ${t.awaitingSupplement}`,
    `${L.rescheduled[lang]}: ${t.lateRescheduled}`,
  ];
  out.push(...wrapItems(extras, TABLE_WIDTH));
  const ind = report.indicators;
  out.push(
    ...wrapItems(
      [
        `${L.early[lang]}: ${percent(ind.earlyOrOnTimeOverHandled, lang)}`,
        `${L.onlineRate[lang]}: ${percent(ind.onlineRate, lang)}`,
        `${L.digitisation[lang]}: ${percent(ind.digitisation, lang)}`,
        `${L.onlinePayment[lang]}: ${percent(ind.onlinePaymentRate, lang)}`,
      ],
      TABLE_WIDTH,
    ),
  );
  // The rules the counted dossiers were handled under, so a report across 1 July 2025 says so.
  if (report.ruleSets.length > 0) {
    out.push(fit(`${L.ruleSets[lang]}:`, TABLE_WIDTH));
    for (const item of ruleSetItems(report, lang)) out.push(fit(`  ${item}`, TABLE_WIDTH));
  }
  // A unit's report says what it covered across changes of the map (predecessors, a cut period).
  if (report.coverage) out.push(...wordWrap(report.coverage.note[lang], TABLE_WIDTH));
  return `${out.join('\n')}\n`;
}
