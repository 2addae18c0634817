// Moments shown in office time (Asia/Ho_Chi_Minh), whatever the browser's own zone.

/**
 * `dd/mm/yyyy hh:mm` in office time (`:ss` when the seconds are not 0: a recorded time to the second), the
 * same in both languages and in every table: the browser's vi-VN form put the time first with unpadded
 * months ("09:00:00 10/6/2024") beside due dates written another way.
 */
export const officeTime = (moment: string): string => {
  const iso = new Date(Date.parse(moment) + 7 * 3600_000).toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`}`;
};

/** The office day (YYYY-MM-DD) of a moment: UTC+07:00 all year, no daylight saving. */
export const officeDay = (moment: string): string =>
  new Date(Date.parse(moment) + 7 * 3600_000).toISOString().slice(0, 10);

/** Now in office time, as the API's moment with its +07:00 offset (seconds precision). */
export const nowMoment = (): string => `${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
