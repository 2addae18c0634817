// The import's producing half: file bytes → rows → decided events → append requests checked and
// serialised by the store's prepareRequest, chunk by chunk. It never writes: the caller appends each
// chunk inside one bulk transaction and commits only if no chunk had an issue. It runs in this thread
// or in a worker (produce-worker.ts) so that reading and deciding overlap with SQLite's inserts.
import {
  type CalendarData,
  calendarFromData,
  commandUnitError,
  createDecider,
  type DossierEvent,
  defaultCalendar,
  dossierStreamId,
  emptyCatalogue,
  foldCatalogue,
  parseEvent,
  parseUnitEvent,
  sampleCatalogue,
  UNITS_STREAM,
  type UnitCatalogue,
} from '@motcua/domain';
import {
  openPostgresStore,
  openSqliteStore,
  type PostgresStore,
  type PreparedRequest,
  prepareRequest,
  type RecordedEvent,
  type SqliteStore,
} from '@motcua/store';
import type { DateOrder } from '../choices.js';
import { isPostgresUrl } from '../postgres-ledger.js';
import { type HeaderMap, mapHeader, mapRows } from './columns.js';
import { type BookKind, readNdjsonBook, readTable } from './load.js';
import { planRows } from './plan.js';
import { planEvents } from './plan-events.js';
import type { NdjsonEvent } from './read-ndjson.js';
import { rowReader } from './rows.js';
import type { Issue, RawTable } from './types.js';

export interface ProduceInput {
  readonly bytes: Uint8Array;
  readonly kind: BookKind;
  readonly office: string;
  readonly actor: string;
  /** When the import runs: receipts after it are refused. */
  readonly issuedAt: string;
  /** The ledger whose dossiers the book is compared with (a file, or a postgres:// connection string), or
   *  null when there is none yet. Opened read-only: the caller holds the write lock (SQLite's, or the
   *  PostgreSQL log's head lock every writer takes), so what is read here is what its writes apply to. */
  readonly ledger: string | null;
  /** How the book writes dates (--date-order): day-first text is read only with 'dmy'. */
  readonly dateOrder?: DateOrder;
  /** The calendar file given with --calendar (parsed), instead of the shipped calendar. */
  readonly calendar?: CalendarData;
}

export type Produced =
  | {
      readonly kind: 'loaded';
      /** Rows (CSV, xlsx: blank ones included) or events (NDJSON) to go through, for the progress bar. */
      readonly total: number;
      /** Refusals of the file as a whole or of its header: the import is already doomed, but every line is
       *  still checked so that all errors are named at once. */
      readonly issues: Issue[];
    }
  | {
      readonly kind: 'chunk';
      /** Ready to append; empty once any issue has been found (nothing will be written then). */
      readonly requests: PreparedRequest[];
      /** Rows or events gone through so far, for the progress bar. */
      readonly done: number;
      readonly events: number;
      readonly skipped: number;
      /** This chunk's refused lines. */
      readonly issues: Issue[];
    }
  | {
      readonly kind: 'end';
      /** Data lines read (repeats included; blank lines not). */
      readonly lines: number;
      /** Distinct dossiers (CSV, xlsx) or streams (NDJSON). */
      readonly dossiers: number;
    };

/** Rows planned per chunk: small enough that a chunk's objects die in the young generation. Profiles of a
 *  50k-row import: with 2000-row chunks the worker spent 20-30% of its time in garbage collection and the
 *  writing thread 10-14%; with 100-row chunks 11-13% and 5-6%. */
export const CHUNK_ROWS = 100;

/** The stored events of the given streams (parsed and upcast), for comparison with the file. */
async function storedStreams(
  store: SqliteStore | PostgresStore,
  streamIds: readonly string[],
): Promise<ReadonlyMap<string, DossierEvent[]>> {
  const out = new Map<string, DossierEvent[]>();
  // One query for the chunk's dossiers: one statement each cost three times as much, mostly the call.
  const found: Map<string, RecordedEvent[]> =
    'readStreamsSync' in store ? store.readStreamsSync(streamIds) : await store.readStreams(streamIds);
  for (const [id, recorded] of found) {
    out.set(
      id,
      recorded.map((r) => {
        const p = parseEvent(r);
        if (!p.ok) throw new Error(`${id}@${r.revision}: ${p.error.message}`);
        return p.value;
      }),
    );
  }
  return out;
}

/** What a ledger that does not exist (or is empty) holds: the callers skip building stream ids for it. */
const NOTHING_STORED: ReadonlyMap<string, DossierEvent[]> = new Map();

/** The units catalogue the ledger holds now (its stream folded), for the rule above. */
async function unitCatalogueOf(store: SqliteStore | PostgresStore): Promise<UnitCatalogue> {
  if (!(await store.streamExists(UNITS_STREAM))) return emptyCatalogue;
  const events = (await store.readStream(UNITS_STREAM)).map((e) => {
    const parsed = parseUnitEvent(e);
    if (!parsed.ok) throw new Error(`units catalogue, position ${e.position}: ${parsed.error.message}`);
    return parsed.value;
  });
  return foldCatalogue(events);
}

export async function* produce(input: ProduceInput): AsyncGenerator<Produced> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.length);
  // A book is read chunk by chunk as it is planned (only the split into raw rows is done up front), so the
  // writer gets its first chunk at once instead of after the whole file has been interpreted.
  let events: NdjsonEvent[] = [];
  let lines = 0;
  let table: RawTable | null = null;
  let header: HeaderMap | null = null;
  const issues: Issue[] = [];
  if (input.kind === 'ndjson') {
    const r = readNdjsonBook(bytes, input.office);
    events = r.events;
    lines = r.lines;
    issues.push(...r.issues);
  } else {
    const read = await readTable(input.kind, bytes);
    issues.push(...read.issues);
    table = read.table;
    if (table) {
      header = mapHeader(table);
      issues.push(...header.issues);
    }
  }
  let failed = issues.length > 0;
  const total = input.kind === 'ndjson' ? events.length : (table?.rows.length ?? 0);
  yield { kind: 'loaded', total, issues };

  const calendar = input.calendar ? calendarFromData(input.calendar) : defaultCalendar;
  const decider = createDecider({ calendar, catalogue: sampleCatalogue });
  let store: SqliteStore | PostgresStore | null =
    input.ledger === null
      ? null
      : isPostgresUrl(input.ledger)
        ? await openPostgresStore({ connectionString: input.ledger, readonly: true })
        : openSqliteStore({ path: input.ledger, readonly: true });
  try {
    if (store && (await store.headPosition()) < 0n) {
      await store.close();
      store = null; // an empty ledger holds nothing to compare with
    }
    // The units catalogue recorded in the ledger: a book's commands to an office whose unit had ended on
    // their day are refused naming the successor, as the API refuses them (issue 14 item 3).
    const units = store ? await unitCatalogueOf(store) : emptyCatalogue;
    const prepared = (requests: Parameters<typeof prepareRequest>[0][]) =>
      failed ? [] : requests.map((r) => prepareRequest(r));

    if (input.kind === 'ndjson') {
      // Events of one dossier may be anywhere in the file: planned as a whole.
      const known = store
        ? await storedStreams(
            store,
            events.map((e) => e.streamId),
          )
        : NOTHING_STORED;
      const p = planEvents(events, { decider, issuedAt: input.issuedAt, stored: (id) => known.get(id) });
      failed ||= p.issues.length > 0;
      yield {
        kind: 'chunk',
        requests: prepared(p.requests),
        done: total,
        events: p.events,
        skipped: p.skipped,
        issues: p.issues,
      };
      yield { kind: 'end', lines, dossiers: p.streams };
      return;
    }
    // A header with missing or duplicate columns: no row can be read.
    if (!table || !header || header.issues.length > 0) {
      yield { kind: 'end', lines: 0, dossiers: 0 };
      return;
    }
    const reader = rowReader(header.headers, input.dateOrder);
    let dossiers = 0;
    for (let i = 0; i < total; i += CHUNK_ROWS) {
      const mapped = mapRows(header, table.rows.slice(i, i + CHUNK_ROWS));
      const read = reader.read(mapped.records);
      dossiers += read.rows.length;
      const known = store
        ? await storedStreams(
            store,
            read.rows.map((r) => dossierStreamId(input.office, r.dossierCode)),
          )
        : NOTHING_STORED;
      const p = planRows(read.rows, {
        office: input.office,
        unitRefusal: (command) => commandUnitError(units, command),
        decider,
        catalogue: sampleCatalogue,
        issuedAt: input.issuedAt,
        actor: input.actor,
        headers: header.headers,
        stored: (id) => known.get(id),
      });
      const chunkIssues = [...mapped.issues, ...read.issues, ...p.issues];
      failed ||= chunkIssues.length > 0;
      yield {
        kind: 'chunk',
        requests: prepared(p.requests),
        done: Math.min(total, i + CHUNK_ROWS),
        events: p.events,
        skipped: p.skipped,
        issues: chunkIssues,
      };
    }
    yield { kind: 'end', lines: reader.lines, dossiers };
  } finally {
    await store?.close();
  }
}
