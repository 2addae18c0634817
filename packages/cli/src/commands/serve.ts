// motcua serve: the HTTP API over the ledger (the server package does the work).
import { calendarFromData } from '@motcua/domain';
import { FileRefused, ListenError, normaliseOrigin, startServer } from '@motcua/server';
import { bookImporter } from '../book/upload.js';
import { readCalendarFile } from '../calendar-file.js';
import { dbPathOf, type Io } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';
import { checkLedgerPath } from '../ledger-path.js';
import { isPostgresUrl, openPostgresLedger, postgresOpenFailure } from '../postgres-ledger.js';
import { checkpointFolderOf, checkpointKeyOf, noCheckpointFolder, scheduleCheckpoints } from '../routine-checkpoint.js';

export interface ServeOptions {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
  readonly keys: string;
  readonly hierarchy?: string;
  readonly calendar?: string;
  readonly lang: Lang;
  /** Create the ledger when --db does not exist (else refused). */
  readonly create?: boolean;
  /** A dossier received for an office nobody declared creates it (else refused with 404). */
  readonly allowNewOffices?: boolean;
  readonly checkpointKey?: string;
  readonly checkpointEvery?: string;
  /** --snapshot-every <minutes> and --snapshot-every-events <n>: when a ledger snapshot is written. */
  readonly snapshotEvery?: string;
  readonly snapshotEveryEvents?: string;
  /** --cors-origin, repeatable: origins whose pages may call the API. */
  readonly corsOrigin?: readonly string[];
}

export async function runServe(opts: ServeOptions, io: Io): Promise<void> {
  const { lang } = opts;
  if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) {
    throw new UsageError(
      say(
        lang,
        `--port ${quoteValue(opts.port, lang)}: cần số cổng 0-65535`,
        `--port ${quoteValue(opts.port, lang)}: expected a port 0-65535`,
      ),
    );
  }
  const calendarData = readCalendarFile(opts.calendar, lang);
  const calendar = calendarData && calendarFromData(calendarData);
  const corsOrigins = (opts.corsOrigin ?? []).map((o) => {
    try {
      return normaliseOrigin(o);
    } catch {
      throw new UsageError(
        say(
          lang,
          `--cors-origin ${quoteValue(o, lang)}: cần một nguồn dạng http://máy:cổng hoặc https://máy (không có đường dẫn)`,
          `--cors-origin ${quoteValue(o, lang)}: expected an origin such as http://host:port or https://host (no path)`,
        ),
      );
    }
  });
  const dbPath = dbPathOf(opts.db, opts.lang);
  const use = { serve: true, create: opts.create === true } as const;
  // A PostgreSQL ledger is opened once here so that a wrong address, a server that is down, or a database
  // that is not a ledger is said in the clerk's words before the server starts (it opens its own).
  const onServer = isPostgresUrl(dbPath);
  if (onServer) await (await openPostgresLedger(dbPath, lang, use)).close();
  else checkLedgerPath(dbPath, lang, use);
  const key = checkpointKeyOf(opts.checkpointKey, lang);
  const everyMinutes = Number(opts.checkpointEvery ?? '10');
  if (!(everyMinutes > 0 && everyMinutes <= 7 * 24 * 60)) {
    throw new UsageError(
      say(
        lang,
        `--checkpoint-every ${quoteValue(opts.checkpointEvery ?? '', lang)}: cần số phút lớn hơn 0`,
        `--checkpoint-every ${quoteValue(opts.checkpointEvery ?? '', lang)}: expected a number of minutes above 0`,
      ),
    );
  }
  const snapshots = snapshotScheduleOf(opts, lang);
  // Set once the schedule runs; the server calls it after closing, so shutdown signs what it took.
  let lastCheckpoint: (() => Promise<void>) | undefined;
  try {
    const server = await startServer({
      dbPath,
      port: Number(opts.port),
      host: opts.host,
      keysFile: opts.keys,
      ...(opts.hierarchy ? { hierarchyFile: opts.hierarchy } : {}),
      allowNewOffices: opts.allowNewOffices === true,
      ...(onServer ? {} : { checkpoints: { folder: checkpointFolderOf(dbPath), ...(key ? { key } : {}) } }),
      ...(calendar ? { calendar } : {}),
      afterClose: async () => lastCheckpoint?.(),
      corsOrigins,
      snapshots,
      bookImporter: bookImporter(calendarData ? { calendar: calendarData } : {}),
    });
    if (key && onServer) noCheckpointFolder(lang, io);
    else if (key) lastCheckpoint = scheduleCheckpoints(dbPath, key, everyMinutes * 60_000, lang, io);
    io.err(say(lang, `Máy chủ đang chạy tại ${server.url}\n`, `Listening on ${server.url}\n`));
  } catch (e) {
    throw new CliFailure(
      say(lang, 'không khởi động được máy chủ: ', 'cannot start the server: ') +
        (e instanceof ListenError
          ? listenFailureText(lang, e)
          : e instanceof FileRefused
            ? e.text[lang]
            : (postgresOpenFailure(e, lang) as Error).message),
    );
  }
}

/** --snapshot-every (minutes) and --snapshot-every-events: whole numbers, 0 turning that trigger off. */
function snapshotScheduleOf(opts: ServeOptions, lang: Lang): { everyEvents: number; everyMs: number } {
  const whole = (flag: string, value: string, max: number): number => {
    if (!/^\d{1,9}$/.test(value) || Number(value) > max) {
      throw new UsageError(
        say(
          lang,
          `${flag} ${quoteValue(value, lang)}: cần một số nguyên từ 0 đến ${max}`,
          `${flag} ${quoteValue(value, lang)}: expected a whole number from 0 to ${max}`,
        ),
      );
    }
    return Number(value);
  };
  return {
    everyMs: whole('--snapshot-every', opts.snapshotEvery ?? '10', 7 * 24 * 60) * 60_000,
    everyEvents: whole('--snapshot-every-events', opts.snapshotEveryEvents ?? '200000', 1_000_000_000),
  };
}

/** Why the port could not be taken, and what to do about it. */
function listenFailureText(lang: Lang, e: ListenError): string {
  const { host, port } = e;
  switch (e.failure) {
    case 'in-use':
      return say(
        lang,
        `cổng ${port} trên ${host} đang được một chương trình khác dùng (có thể là một máy chủ motcua đang chạy); hãy dừng chương trình đó hoặc chọn cổng khác bằng --port`,
        `port ${port} on ${host} is already in use by another program (perhaps a motcua server already running); stop it or choose another port with --port`,
      );
    case 'not-allowed':
      return say(
        lang,
        `không được phép mở cổng ${port} trên ${host} (cổng dưới 1024 cần quyền quản trị); hãy chọn cổng từ 1024 trở lên bằng --port`,
        `opening port ${port} on ${host} is not allowed (ports below 1024 need administrator rights); choose a port of 1024 or above with --port`,
      );
    case 'no-such-address':
      return say(
        lang,
        `máy này không có địa chỉ ${host}; hãy dùng --host 127.0.0.1 (chỉ máy này), 0.0.0.0 (mọi địa chỉ) hoặc một địa chỉ của máy`,
        `this machine has no address ${host}; use --host 127.0.0.1 (this machine only), 0.0.0.0 (every address) or one of its addresses`,
      );
    default:
      return say(
        lang,
        `không mở được cổng ${port} trên ${host} (${e.code})`,
        `cannot open port ${port} on ${host} (${e.code})`,
      );
  }
}
