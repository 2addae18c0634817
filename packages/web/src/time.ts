// Moments shown in office time (Asia/Ho_Chi_Minh), whatever the browser's own zone.
import { dayOf, viClock, viDay } from '../../domain/src/time.js';

/**
 * `dd/mm/yyyy hh:mm` in office time (`:ss` when the seconds are not 0: a recorded time to the second), the
 * same in both languages and in every table: the browser's vi-VN form put the time first with unpadded
 * months ("09:00:00 10/6/2024") beside due dates written another way. The domain's day and clock rules.
 */
export const officeTime = (moment: string): string => `${viDay(dayOf(moment))} ${viClock(moment)}`;

/** The office day (YYYY-MM-DD) of a moment: UTC+07:00 all year, no daylight saving. */
export const officeDay = (moment: string): string => dayOf(moment);

/** Now in office time, as the API's moment with its +07:00 offset (seconds precision). */
export const nowMoment = (): string => `${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
