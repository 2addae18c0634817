// `--calendar FILE`: the yearly days off and swapped working days an administrator gives instead of the
// shipped calendar. The domain parses and validates; this reads the file and words the refusal.
import { readFileSync } from 'node:fs';
import {
  type CalendarData,
  calendarFileErrorText,
  calendarFromData,
  parseCalendarCsv,
  type WorkingCalendar,
} from '@motcua/domain';
import { CliFailure } from './exit.js';
import { unreadableFile } from './file-error.js';
import { type Lang, say } from './i18n.js';

/** The calendar of FILE, or undefined (the shipped one) without a file. */
export function loadCalendarFile(file: string | undefined, lang: Lang): WorkingCalendar | undefined {
  const data = readCalendarFile(file, lang);
  return data && calendarFromData(data);
}

/** The parsed calendar file, plain data a worker thread can take; a bad file is refused before anything is written. */
export function readCalendarFile(file: string | undefined, lang: Lang): CalendarData | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw unreadableFile(file, e, lang, '--calendar');
  }
  const parsed = parseCalendarCsv(text);
  if (!parsed.ok) {
    throw new CliFailure(
      `${say(lang, `--calendar ${file}: tệp lịch không hợp lệ`, `--calendar ${file}: invalid calendar file`)}\n${calendarFileErrorText(parsed.errors, lang)}`,
    );
  }
  return parsed.value;
}
