// The import's producer yields the same chunks, issues and counts whether it runs in this thread or in
// its worker (the CLI picks the worker for large files), and a failure inside the worker comes back as
// the same typed error. The worker is the compiled one in dist (built before the tests run).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDecider, defaultCalendar, sampleCatalogue } from '@motcua/domain';
import { openSqliteStore, prepareRequest, StoreError } from '@motcua/store';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from './load.js';
import { planRows } from './plan.js';
import { CHUNK_ROWS, type Produced, type ProduceInput, produce } from './produce.js';
import { produceInWorker, producerScript } from './produce-thread.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-produce-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at';
const book = (rows: number, bad: (i: number) => string | null = () => null) => {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(
      bad(i) ??
        `P${i},Hộ tịch,${i % 3 === 0 ? 'direct' : 'online'},2024-01-15 09:00,2024-01-18,${i % 2 ? '2024-01-17' : ''},`,
    );
  }
  return Buffer.from(lines.join('\n'));
};
const input = (bytes: Buffer, ledger: string | null): ProduceInput => ({
  bytes,
  kind: 'csv',
  office: 'dongson',
  actor: 'test',
  issuedAt: '2024-06-01T00:00:00+07:00',
  ledger,
});
const collect = async (source: AsyncGenerator<Produced>) => {
  const out: Produced[] = [];
  for await (const m of source) out.push(m);
  return out;
};
const script = () => {
  const s = producerScript();
  if (!s) throw new Error('packages/cli/dist/book/produce-worker.js is missing: run `pnpm build` first');
  return s;
};

describe('import producer, in this thread and in a worker', () => {
  it('yields the same messages both ways, against a ledger that already holds some of the dossiers', async () => {
    const ledger = join(dir, 'ledger.db');
    // The ledger already holds the first 50 dossiers, as an earlier import of the same book wrote them.
    const store = openSqliteStore({ path: ledger });
    const first = await collect(produce(input(book(50), null)));
    for (const m of first) if (m.kind === 'chunk') await store.appendMany(m.requests.map(toAppend));
    await store.close();

    const rows = CHUNK_ROWS + 700;
    const bytes = book(rows, (i) =>
      i === 3
        ? 'P3,Hộ tịch,postal,2024-01-15 09:00,2024-01-18,2024-01-17,' // stored with channel direct: a conflict
        : i === CHUNK_ROWS + 5
          ? `P${i},Hộ tịch,online,2099-01-15,2099-01-18,,` // received in the future
          : null,
    );
    const here = await collect(produce(input(bytes, ledger)));
    const there = await collect(produceInWorker(script(), input(bytes, ledger)));
    expect(there).toEqual(here);

    const chunks = here.filter((m) => m.kind === 'chunk');
    expect(chunks).toHaveLength(Math.ceil(rows / CHUNK_ROWS));
    expect(here[0]).toEqual({ kind: 'loaded', total: rows, issues: [] });
    expect(chunks.flatMap((c) => c.issues).map((i) => [i.line, i.column, i.code])).toEqual([
      [5, 'channel', 'STORE_CONFLICT'],
      [CHUNK_ROWS + 7, 'received_at', 'REJECTED'],
    ]);
    expect(chunks[0]!.skipped).toBe(49); // the other 49 stored dossiers state the same facts
    // Once an issue is found nothing more is prepared: the import will write nothing anyway.
    expect(chunks.every((c) => c.requests.length === 0)).toBe(true);
    expect(here.at(-1)).toEqual({ kind: 'end', lines: rows, dossiers: rows });
  });

  it('prepares every chunk of a clean book, the same both ways', async () => {
    const bytes = book(CHUNK_ROWS + 10);
    const here = await collect(produce(input(bytes, null)));
    const there = await collect(produceInWorker(script(), input(bytes, null)));
    expect(there).toEqual(here);
    const requests = here.flatMap((m) => (m.kind === 'chunk' ? m.requests : []));
    expect(requests).toHaveLength(CHUNK_ROWS + 10);
    expect(requests.reduce((n, r) => n + r.events.length, 0)).toBe(
      here.reduce((n, m) => n + (m.kind === 'chunk' ? m.events : 0), 0),
    );
  });

  it('reads in chunks exactly what the whole-file reader gives: repeats and duplicates across chunks', async () => {
    const rows = CHUNK_ROWS * 3 + 17;
    const same = `P5,Hộ tịch,online,2024-01-15 09:00,2024-01-18,2024-01-17,`; // row 5's exact facts
    const clean = book(rows, (i) => (i === CHUNK_ROWS + 40 || i === 2 * CHUNK_ROWS + 3 ? same : null));
    const here = await collect(produce(input(clean, null)));
    const whole = await loadBook('csv', clean, 'dongson');
    if (whole.kind === 'ndjson') throw new Error('unexpected');
    const plan = planRows(whole.rows, {
      office: 'dongson',
      decider: createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue }),
      catalogue: sampleCatalogue,
      issuedAt: '2024-06-01T00:00:00+07:00',
      actor: 'test',
      headers: whole.headers,
      stored: () => undefined,
    });
    expect(here.flatMap((m) => (m.kind === 'chunk' ? m.requests : []))).toEqual(
      plan.requests.map((r) => prepareRequest(r)),
    );
    expect(whole.repeats).toBe(2);
    expect(here.at(-1)).toEqual({ kind: 'end', lines: whole.lines, dossiers: whole.rows.length });
    expect(whole.rows.length).toBe(rows - 2);

    // The same dossier with other facts, two chunks after its first line: named with that line.
    const changed = book(rows, (i) => (i === 2 * CHUNK_ROWS + 3 ? same.replace('online', 'postal') : null));
    const issues = (await collect(produce(input(changed, null)))).flatMap((m) => (m.kind === 'chunk' ? m.issues : []));
    expect(issues).toEqual([
      { line: 2 * CHUNK_ROWS + 5, column: 'channel', code: 'DUPLICATE_DIFFERENT', value: 'P5', detail: '7' },
    ]);
  });

  it('brings a failure in the worker back as the same typed error', async () => {
    const notALedger = join(dir, 'not-a-ledger.db');
    writeFileSync(notALedger, 'this is not an SQLite file, just text long enough to be looked at '.repeat(20));
    const fail = async (source: AsyncGenerator<Produced>) => {
      try {
        await collect(source);
      } catch (e) {
        return e;
      }
      throw new Error('expected a failure');
    };
    const here = (await fail(produce(input(book(3), notALedger)))) as StoreError;
    const there = (await fail(produceInWorker(script(), input(book(3), notALedger)))) as StoreError;
    expect(here).toBeInstanceOf(StoreError);
    expect(there).toBeInstanceOf(StoreError);
    expect(there.code).toBe(here.code);
    expect(there.message).toBe(here.message);
  });

  it('fails, rather than waits forever, when the worker stops before the end of the file', async () => {
    const quitter = join(dir, 'quitter.mjs');
    writeFileSync(
      quitter,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ kind: 'loaded', total: 1, issues: [] });\nprocess.exit(3);\n",
    );
    const seen: Produced[] = [];
    await expect(
      (async () => {
        for await (const m of produceInWorker(quitter, input(book(1), null))) seen.push(m);
      })(),
    ).rejects.toThrow(/stopped before the end of the file/);
    expect(seen).toEqual([{ kind: 'loaded', total: 1, issues: [] }]);
  });
});

/** A prepared request back as an append request, to seed the ledger through the public API. */
function toAppend(r: import('@motcua/store').PreparedRequest) {
  return {
    streamId: r.streamId,
    expectedRevision: r.expectedRevision,
    events: r.events.map((e) => ({
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: JSON.parse(e.dataJson),
      meta: JSON.parse(e.metaJson),
    })),
  };
}
