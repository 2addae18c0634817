// The import's producing half: file bytes → rows → decided events → append requests checked and
// serialised by the store's prepareRequest, chunk by chunk. It never writes: the caller appends each
// chunk inside one bulk transaction and commits only if no chunk had an issue. It runs in this thread
// or in a worker (produce-worker.ts) so that reading and deciding overlap with SQLite's inserts.
import {
  createDecider,
  type DossierEvent,
  defaultCalendar,
  dossierStreamId,
  parseEvent,
  sampleCatalogue,
} from '@motcua/domain';
import { openSqliteStore, type PreparedRequest, prepareRequest, type SqliteStore } from '@motcua/store';
import { type BookKind, loadBook } from './load.js';
import { planRows } from './plan.js';
import { planEvents } from './plan-events.js';
import type { Issue } from './types.js';

export interface ProduceInput {
  readonly bytes: Uint8Array;
  readonly kind: BookKind;
  readonly office: string;
  readonly actor: string;
  /** When the import runs: receipts after it are refused. */
  readonly issuedAt: string;
  /** The ledger whose dossiers the book is compared with, or null when there is none yet. Opened read-only:
   *  the caller holds the write lock, so what is read here is what its writes apply to. */
  readonly ledger: string | null;
}

export type Produced =
  | {
      readonly kind: 'loaded';
      /** Data lines read (repeats included). */
      readonly lines: number;
      /** Rows (CSV, xlsx) or events (NDJSON) to plan. */
      readonly total: number;
      /** The reader's refusals: the import is already doomed, but every later line is still checked. */
      readonly issues: Issue[];
    }
  | {
      readonly kind: 'chunk';
      /** Ready to append; empty once any issue has been found (nothing will be written then). */
      readonly requests: PreparedRequest[];
      /** Rows or events planned so far, for the progress bar. */
      readonly done: number;
      readonly events: number;
      readonly skipped: number;
      readonly issues: Issue[];
    }
  | { readonly kind: 'end'; readonly dossiers: number };

/** Rows planned per chunk: small enough that a chunk's objects die in the young generation. Profiles of a
 *  50k-row import: with 2000-row chunks the worker spent 20-30% of its time in garbage collection and the
 *  writing thread 10-14%; with 100-row chunks 11-13% and 5-6%. */
export const CHUNK_ROWS = 100;

/** The stored events of the given streams (parsed and upcast), for comparison with the file. */
function storedStreams(store: SqliteStore | null, streamIds: Iterable<string>): ReadonlyMap<string, DossierEvent[]> {
  const out = new Map<string, DossierEvent[]>();
  if (!store) return out;
  for (const id of streamIds) {
    if (out.has(id)) continue;
    // One read per dossier: a stream that does not exist reads as empty (asking first doubled the cost).
    const recorded = store.readStreamSync(id);
    if (recorded.length === 0) continue;
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

const NOTHING_STORED: ReadonlyMap<string, DossierEvent[]> = new Map();

export async function* produce(input: ProduceInput): AsyncGenerator<Produced> {
  const book = await loadBook(
    input.kind,
    Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.length),
    input.office,
  );
  const total = book.kind === 'ndjson' ? book.events.length : book.rows.length;
  let failed = book.issues.length > 0;
  yield { kind: 'loaded', lines: book.lines, total, issues: book.issues };

  const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
  let store: SqliteStore | null =
    input.ledger === null ? null : openSqliteStore({ path: input.ledger, readonly: true });
  try {
    if (store && (await store.headPosition()) < 0n) {
      await store.close();
      store = null; // an empty ledger holds nothing to compare with
    }
    const prepared = (requests: Parameters<typeof prepareRequest>[0][]) =>
      failed ? [] : requests.map((r) => prepareRequest(r));

    if (book.kind === 'ndjson') {
      // Events of one dossier may be anywhere in the file: planned as a whole.
      const known = storedStreams(
        store,
        book.events.map((e) => e.streamId),
      );
      const p = planEvents(book.events, { decider, issuedAt: input.issuedAt, stored: (id) => known.get(id) });
      failed ||= p.issues.length > 0;
      yield {
        kind: 'chunk',
        requests: prepared(p.requests),
        done: total,
        events: p.events,
        skipped: p.skipped,
        issues: p.issues,
      };
      yield { kind: 'end', dossiers: p.streams };
      return;
    }
    for (let i = 0; i < total; i += CHUNK_ROWS) {
      const rows = book.rows.slice(i, i + CHUNK_ROWS);
      const known = store
        ? storedStreams(
            store,
            rows.map((r) => dossierStreamId(input.office, r.dossierCode)),
          )
        : NOTHING_STORED;
      const p = planRows(rows, {
        office: input.office,
        decider,
        catalogue: sampleCatalogue,
        issuedAt: input.issuedAt,
        actor: input.actor,
        headers: book.headers,
        stored: (id) => known.get(id),
      });
      failed ||= p.issues.length > 0;
      yield {
        kind: 'chunk',
        requests: prepared(p.requests),
        done: Math.min(total, i + CHUNK_ROWS),
        events: p.events,
        skipped: p.skipped,
        issues: p.issues,
      };
    }
    yield { kind: 'end', dossiers: total };
  } finally {
    await store?.close();
  }
}
