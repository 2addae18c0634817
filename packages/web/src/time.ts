// Moments shown in office time (Asia/Ho_Chi_Minh), whatever the browser's own zone, in the page's language.
import type { Lang } from './i18n.js';

export const officeTime = (moment: string, lang: Lang): string =>
  new Date(moment).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The office day (YYYY-MM-DD) of a moment: UTC+07:00 all year, no daylight saving. */
export const officeDay = (moment: string): string =>
  new Date(Date.parse(moment) + 7 * 3600_000).toISOString().slice(0, 10);

/** Now in office time, as the API's moment with its +07:00 offset (seconds precision). */
export const nowMoment = (): string => `${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
