// motcua import: a tracking book (CSV, xlsx) or NDJSON of native events into the ledger, as ONE
// transaction. Any refused line means nothing is written; importing the same file again writes nothing.
import { existsSync, rmSync } from 'node:fs';
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
import { type BulkWrite, type SqliteStore, StoreError } from '@motcua/store';
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
function storedStreams(store: SqliteStore, streamIds: Iterable<string>): Map<string, DossierEvent[]> {
  const out = new Map<string, DossierEvent[]>();
  for (const id of streamIds) {
    if (out.has(id)) continue;
    // One read per dossier: a stream that does not exist reads as empty (asking first doubled the cost).
    const recorded = store.readStreamSync(id);
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

/** Rows planned and written per step: small enough that a chunk's objects die young (the whole file's
 *  events held at once spent a third of the import in garbage collection), large enough to batch. */
const CHUNK_ROWS = 2000;

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
  const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
  const issuedAt = toVnIso(Date.now());
  const path = dbPathOf(opts.db);
  const existed = existsSync(path);
  const total = book.kind === 'ndjson' ? book.events.length : book.rows.length;
  const dossiers = book.kind === 'ndjson' ? null : book.rows.length;
  const issues: Issue[] = [...book.issues];
  if (total === 0 && issues.length === 0) return { rows: book.lines, dossiers: 0, written: 0, skipped: 0 };

  // One write transaction from the first chunk to the last (the write lock is held throughout, so what
  // the plan reads of the ledger is what the writes apply to); any refused line rolls all of it back.
  // Lines the reader refused already doom the import: the rest is still checked (every error is named)
  // against the ledger if there is one, but nothing is created.
  const store = issues.length > 0 && !existed ? null : await openLedger(path, lang, 'write');
  let bulk: BulkWrite | undefined;
  let committed = false;
  let written = 0;
  let skipped = 0;
  let streams = 0;
  try {
    const emptyAtStart = store === null || (await store.headPosition()) < 0n;
    bulk = store?.beginBulk();
    const write = (requests: Parameters<BulkWrite['append']>[0]) => {
      if (issues.length > 0 || opts.dryRun || requests.length === 0) return;
      try {
        bulk?.append(requests);
      } catch (e) {
        throw e instanceof StoreError ? storeRefusal(e, lang) : e;
      }
    };
    const stored = (ids: Iterable<string>) =>
      store === null || emptyAtStart ? new Map<string, DossierEvent[]>() : storedStreams(store, ids);
    if (book.kind === 'ndjson') {
      // Events of one dossier may be anywhere in the file: planned as a whole.
      const known = stored(book.events.map((e) => e.streamId));
      const p = planEvents(book.events, { decider, issuedAt, stored: (id) => known.get(id) });
      issues.push(...p.issues);
      write(p.requests);
      written += p.events;
      skipped += p.skipped;
      streams = p.streams;
    } else {
      const bar = progressBar(io, total, lang);
      try {
        for (let i = 0; i < total; i += CHUNK_ROWS) {
          const rows = book.rows.slice(i, i + CHUNK_ROWS);
          const known = stored(rows.map((r) => dossierStreamId(opts.office, r.dossierCode)));
          const p = planRows(rows, {
            office: opts.office,
            decider,
            catalogue: sampleCatalogue,
            issuedAt,
            actor: opts.actor,
            headers: book.headers,
            stored: (id) => known.get(id),
          });
          issues.push(...p.issues);
          write(p.requests);
          written += p.events;
          skipped += p.skipped;
          bar.tick(Math.min(total, i + CHUNK_ROWS));
        }
      } finally {
        bar.stop();
      }
    }
    if (issues.length > 0) throw refusal(file, issues, io, lang);
    if (opts.dryRun) bulk?.rollback();
    else bulk?.commit();
    committed = !opts.dryRun;
    return {
      rows: book.lines,
      dossiers: dossiers ?? streams,
      written: opts.dryRun ? 0 : written,
      skipped,
    };
  } finally {
    bulk?.rollback(); // no-op once committed
    await store?.close();
    // A ledger this run created but did not write stays uncreated.
    if (!existed && !committed) for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
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
