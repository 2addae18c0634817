// motcua import: a tracking book (CSV, xlsx) or NDJSON of native events into the ledger, as ONE
// transaction. Any refused line means nothing is written; importing the same file again writes nothing.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  createDecider,
  type DossierEvent,
  defaultCalendar,
  dossierStreamId,
  OfficeCodeSchema,
  parseEvent,
  sampleCatalogue,
  toVnIso,
} from '@motcua/domain';
import { type EventStore, type SqliteStore, StoreError } from '@motcua/store';
import cliProgress from 'cli-progress';
import { type BookKind, kindOf, loadBook } from '../book/load.js';
import { formatIssue } from '../book/messages.js';
import { planRows } from '../book/plan.js';
import { planEvents } from '../book/plan-events.js';
import type { Issue } from '../book/types.js';
import { dbPathOf, type Io, openLedger } from '../context.js';
import { CliFailure, UsageError } from '../exit.js';
import { type Lang, say } from '../i18n.js';

export interface ImportOptions {
  readonly db?: string;
  readonly office: string;
  readonly format?: BookKind;
  readonly actor: string;
  readonly dryRun?: boolean;
  readonly lang: Lang;
}

export interface ImportSummary {
  rows: number;
  dossiers: number;
  written: number;
  skipped: number;
}

const PROGRESS_MIN_ROWS = 2000;

/** The stored events of the given streams (parsed and upcast), for comparison with the file. */
async function storedStreams(
  store: EventStore | null,
  streamIds: Iterable<string>,
): Promise<Map<string, DossierEvent[]>> {
  const out = new Map<string, DossierEvent[]>();
  if (!store || (await store.headPosition()) < 0n) return out;
  for (const id of streamIds) {
    if (out.has(id)) continue;
    // One read per dossier: a stream that does not exist reads as empty (asking first doubled the cost).
    const recorded = await store.readStream(id);
    if (recorded.length === 0) continue;
    out.set(
      id,
      recorded.map((r) => {
        const p = parseEvent(r);
        if (!p.ok) throw new CliFailure(`${id}@${r.revision}: ${p.error.message}`);
        return p.value;
      }),
    );
  }
  return out;
}

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

export async function runImport(file: string, opts: ImportOptions, io: Io): Promise<ImportSummary> {
  const { lang } = opts;
  if (!OfficeCodeSchema.safeParse(opts.office).success) {
    throw new UsageError(
      say(
        lang,
        `--office ${JSON.stringify(opts.office)}: mã đơn vị gồm 1-64 chữ, số, "_" hoặc "."`,
        `--office ${JSON.stringify(opts.office)}: an office code is 1-64 letters, digits, "_" or "."`,
      ),
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new CliFailure(say(lang, `không đọc được tệp ${file}: `, `cannot read ${file}: `) + (e as Error).message);
  }
  const kind = opts.format ?? kindOf(file, bytes);
  const book = await loadBook(kind, bytes, opts.office);
  const issues: Issue[] = [...book.issues];
  const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
  const issuedAt = toVnIso(Date.now());
  const actor = opts.actor;

  const path = dbPathOf(opts.db);
  // A ledger that does not exist yet is only created when there is something to write.
  let store: SqliteStore | null = existsSync(path) ? await openLedger(path, lang, 'write') : null;
  try {
    let plan: { requests: Parameters<EventStore['appendMany']>[0]; issues: Issue[]; events: number; skipped: number };
    let dossiers: number;
    if (book.kind === 'ndjson') {
      const stored = await storedStreams(
        store,
        book.events.map((e) => e.streamId),
      );
      const p = planEvents(book.events, { decider, issuedAt, stored: (id) => stored.get(id) });
      plan = p;
      dossiers = p.streams;
    } else {
      const stored = await storedStreams(
        store,
        book.rows.map((r) => dossierStreamId(opts.office, r.dossierCode)),
      );
      const bar = progressBar(io, book.rows.length, lang);
      // Planned in chunks so the bar can move; the plan itself is pure and all-or-nothing.
      const chunk = 5000;
      const parts = [];
      for (let i = 0; i < book.rows.length || i === 0; i += chunk) {
        parts.push(
          planRows(book.rows.slice(i, i + chunk), {
            office: opts.office,
            decider,
            catalogue: sampleCatalogue,
            issuedAt,
            actor,
            headers: book.headers,
            stored: (id) => stored.get(id),
          }),
        );
        bar.tick(Math.min(book.rows.length, i + chunk));
        if (book.rows.length === 0) break;
      }
      bar.stop();
      plan = {
        requests: parts.flatMap((p) => p.requests),
        issues: parts.flatMap((p) => p.issues),
        events: parts.reduce((n, p) => n + p.events, 0),
        skipped: parts.reduce((n, p) => n + p.skipped, 0),
      };
      dossiers = book.rows.length;
    }
    issues.push(...plan.issues);
    if (issues.length > 0) {
      issues.sort((a, b) => a.line - b.line);
      for (const i of issues) io.err(`${formatIssue(i, lang, file)}\n`);
      throw new CliFailure(
        say(
          lang,
          `từ chối nhập ${file}: ${issues.length} lỗi; không ghi gì vào sổ cái`,
          `refused to import ${file}: ${issues.length} error(s); nothing was written`,
        ),
      );
    }
    if (!opts.dryRun && plan.requests.length > 0) {
      store ??= await openLedger(path, lang, 'write');
      try {
        await store.appendMany(plan.requests);
      } catch (e) {
        if (e instanceof StoreError) {
          throw new CliFailure(
            say(lang, `sổ cái từ chối ghi, không ghi gì: `, `the ledger refused the write, nothing was written: `) +
              e.message,
          );
        }
        throw e;
      }
    }
    return { rows: book.lines, dossiers, written: opts.dryRun ? 0 : plan.events, skipped: plan.skipped };
  } finally {
    await store?.close();
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
