// motcua import: a tracking book (CSV, xlsx) or NDJSON of native events into the ledger, as ONE
// transaction. Any refused line means nothing is written; importing the same file again writes nothing.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { OFFICE_CODE_RULE, OFFICE_CODE_RULE_VI, OfficeCodeSchema, toVnIso } from '@motcua/domain';
import { StoreError } from '@motcua/store';
import cliProgress from 'cli-progress';
import { type BookKind, kindOf } from '../book/load.js';
import { formatIssue } from '../book/messages.js';
import { type ProduceInput, produce } from '../book/produce.js';
import { produceInWorker, producerScript } from '../book/produce-thread.js';
import type { Issue } from '../book/types.js';
import { readCalendarFile } from '../calendar-file.js';
import type { DateOrder } from '../choices.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { quoteValue } from '../excerpt.js';
import { CliFailure, UsageError } from '../exit.js';
import { unreadableFile } from '../file-error.js';
import { type Lang, say } from '../i18n.js';
import { importLedger } from '../import-ledger.js';
import { removeStaleTemps } from '../new-ledger.js';
import { isPostgresUrl } from '../postgres-ledger.js';

export interface ImportOptions {
  readonly db?: string;
  readonly office: string;
  readonly format?: BookKind;
  readonly actor: string;
  readonly dryRun?: boolean;
  /** How the book writes dates: 'dmy' reads day-first text (15/01/2024); the default refuses it. */
  readonly dateOrder?: DateOrder;
  /** --calendar FILE: the yearly days off instead of the shipped calendar. */
  readonly calendar?: string;
  readonly lang: Lang;
}

export interface ImportSummary {
  rows: number;
  dossiers: number;
  written: number;
  skipped: number;
}

const PROGRESS_MIN_ROWS = 2000;

function progressBar(io: Io, total: number, lang: Lang): { tick(n: number): void; stop(): void } {
  if (!io.stderr.isTTY || total < PROGRESS_MIN_ROWS) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: `${say(lang, 'Kiểm tra', 'Checking')} [{bar}] {percentage}% | {value}/{total} ${say(lang, 'dòng', 'rows')}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n) => bar.update(n), stop: () => bar.stop() };
}

/** Files from this size up are read and decided in a worker thread while this one writes: below it,
 *  starting the worker (loading the domain and store modules again) costs more than the overlap saves. */
const WORKER_MIN_BYTES = 128 * 1024;

function refusal(file: string, issues: Issue[], io: Io, lang: Lang): CliFailure {
  issues.sort((a, b) => a.line - b.line);
  for (const i of issues) io.err(`${formatIssue(i, lang, file)}\n`);
  return new CliFailure(
    say(
      lang,
      `từ chối nhập ${file}: ${issues.length} lỗi; không ghi gì vào sổ cái`,
      `refused to import ${file}: ${issues.length} error(s); nothing was written`,
    ),
  );
}

function storeRefusal(e: StoreError, lang: Lang): CliFailure {
  return new CliFailure(
    say(lang, `sổ cái từ chối ghi, không ghi gì: `, `the ledger refused the write, nothing was written: `) + e.message,
  );
}

export async function runImport(file: string, opts: ImportOptions, io: Io): Promise<ImportSummary> {
  const { lang } = opts;
  if (!OfficeCodeSchema.safeParse(opts.office).success) {
    throw new UsageError(
      say(
        lang,
        `--office ${quoteValue(opts.office, lang)}: ${OFFICE_CODE_RULE_VI}`,
        `--office ${quoteValue(opts.office, lang)}: ${OFFICE_CODE_RULE}`,
      ),
    );
  }
  const calendar = readCalendarFile(opts.calendar, lang);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw unreadableFile(file, e, lang);
  }
  const kind = opts.format ?? kindOf(file, bytes);
  const path = dbPathOf(opts.db, opts.lang);
  // A PostgreSQL ledger is there once opened (an empty database gets its tables, no events): its one
  // transaction is the server's, and a refusal or a kill rolls it back; no file is built aside.
  const onServer = isPostgresUrl(path);
  if (!onServer) removeStaleTemps(path);
  const existed = onServer || existsSync(path);

  // One write transaction from the first chunk to the last; any refused line rolls all of it back.
  const ledger = importLedger(path, existed ? await openLedger(path, lang, 'write') : null, lang);
  const input: ProduceInput = {
    bytes,
    kind,
    office: opts.office,
    actor: opts.actor,
    issuedAt: toVnIso(Date.now()),
    ledger: existed ? path : null,
    ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}),
    ...(calendar ? { calendar } : {}),
  };
  const script = bytes.length >= WORKER_MIN_BYTES ? producerScript() : null;
  const issues: Issue[] = [];
  let lines = 0;
  let dossiers = 0;
  let written = 0;
  let skipped = 0;
  let bar: ReturnType<typeof progressBar> | null = null;
  let outcome: 'commit' | 'rollback' = 'rollback';
  try {
    try {
      await ledger.begin();
      for await (const m of script ? produceInWorker(script, input) : produce(input)) {
        if (m.kind === 'loaded') {
          issues.push(...m.issues);
          bar = progressBar(io, m.total, lang);
        } else if (m.kind === 'chunk') {
          issues.push(...m.issues);
          written += m.events;
          skipped += m.skipped;
          bar?.tick(m.done);
          if (issues.length > 0 || opts.dryRun || m.requests.length === 0) continue;
          await ledger.write(m.requests);
        } else {
          lines = m.lines;
          dossiers = m.dossiers;
        }
      }
      bar?.stop();
      if (issues.length > 0) throw refusal(file, issues, io, lang);
      if (!opts.dryRun) outcome = 'commit';
    } finally {
      bar?.stop();
      await ledger.finish(outcome);
    }
    return { rows: lines, dossiers, written: opts.dryRun ? 0 : written, skipped };
  } catch (e) {
    throw e instanceof StoreError ? storeRefusal(e, lang) : e;
  }
}

export function summaryLine(s: ImportSummary, lang: Lang, dryRun: boolean): string {
  const line = say(
    lang,
    `${s.rows} dòng, ${s.dossiers} hồ sơ, ${s.written} sự kiện đã ghi, ${s.skipped} hồ sơ bỏ qua (đã có)`,
    `${s.rows} rows, ${s.dossiers} dossiers, ${s.written} events written, ${s.skipped} skipped (already recorded)`,
  );
  return dryRun ? `${say(lang, '(chạy thử, không ghi) ', '(dry run, nothing written) ')}${line}` : line;
}
