// Numbers as a clerk reads them: a Vietnamese page writes 99,2% (a decimal comma), an English one 99.2%;
// a month as on paper, 03/2024.
import type { Lang } from './i18n.js';

/** A rate in [0, 1] as a percentage with one decimal at most, or null when there is none. */
export const percentOf = (rate: number | null | undefined): number | null =>
  rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;

/** A percentage (0–100) written in the page's language: "99,2%" / "99.2%". */
export const percentText = (value: number, lang: Lang): string =>
  `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })}%`;

/** A rate in [0, 1] written as a percentage: "99,2%". */
export const rateText = (rate: number, lang: Lang): string => percentText(percentOf(rate)!, lang);

/** A chart value (a percentage, or nothing for a month with no dossiers) for a tooltip: "99,2%" or "—". */
export const chartPercent = (value: unknown, lang: Lang): string =>
  typeof value === 'number' ? percentText(value, lang) : '—';

/** The API's month `YYYY-MM` as a clerk writes it: `MM/YYYY`. */
export const monthText = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
