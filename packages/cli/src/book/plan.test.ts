import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDecider, type DossierEvent, defaultCalendar, sampleCatalogue } from '@motcua/domain';
import { openSqliteStore } from '@motcua/store';
import { describe, expect, it } from 'vitest';
import { importCommandId, type PlanContext, planRows } from './plan.js';
import type { BookRow } from './types.js';

const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
const row = (over: Partial<BookRow> = {}): BookRow => ({
  line: 2,
  dossierCode: 'A1',
  field: 'Hộ tịch',
  channel: 'online',
  receivedAt: '2024-01-15T08:30:00+07:00',
  dueAt: '2024-01-17T23:59:59+07:00',
  returnedAt: null,
  withdrawnAt: null,
  procedureCode: null,
  digitised: { papers: false, result: false },
  paidOnline: false,
  feeVnd: null,
  handover: null,
  supplements: [],
  reschedule: null,
  ...over,
});
const ctx = (stored: Record<string, DossierEvent[]> = {}): PlanContext => ({
  office: 'dongson',
  decider,
  catalogue: sampleCatalogue,
  issuedAt: '2024-06-01T00:00:00+07:00',
  actor: 'test',
  headers: {},
  stored: (id) => stored[id],
});
const events = (plan: ReturnType<typeof planRows>) => plan.requests.flatMap((r) => r.events) as DossierEvent[];

describe('planRows', () => {
  it('turns a returned row into receipt, resolution and return, with deterministic command ids', () => {
    const plan = planRows(
      [row({ returnedAt: '2024-01-16T10:00:00+07:00', digitised: { papers: true, result: true } })],
      ctx(),
    );
    expect(plan.issues).toEqual([]);
    expect(plan.requests).toHaveLength(1);
    expect(plan.requests[0]!.streamId).toBe('dossier-dongson-A1');
    expect(plan.requests[0]!.expectedRevision).toBe('no-stream');
    expect(events(plan).map((e) => [e.type, e.meta.commandId])).toEqual([
      ['DossierReceived', importCommandId('dongson', 'A1', 'receive')],
      ['DossierDigitised', importCommandId('dongson', 'A1', 'digitise-papers')],
      ['DossierResolved', importCommandId('dongson', 'A1', 'resolve')],
      ['ResultReturned', importCommandId('dongson', 'A1', 'return')],
      ['DossierDigitised', importCommandId('dongson', 'A1', 'digitise-result')],
    ]);
    // The same row planned again gives byte-identical events (event ids derive from command ids).
    expect(
      JSON.stringify(
        events(
          planRows(
            [row({ returnedAt: '2024-01-16T10:00:00+07:00', digitised: { papers: true, result: true } })],
            ctx(),
          ),
        ),
      ),
    ).toBe(JSON.stringify(events(plan)));
  });

  it('records a withdrawal and an online payment (fee from the catalogue when the book gives none)', () => {
    const fee = sampleCatalogue.procedures.find((p) => p.feeVnd > 0)!;
    const plan = planRows(
      [
        row({
          procedureCode: fee.code,
          field: null,
          dueAt: null,
          paidOnline: true,
          withdrawnAt: '2024-01-16T23:59:59+07:00',
        }),
      ],
      ctx(),
    );
    expect(plan.issues).toEqual([]);
    const ev = events(plan);
    expect(ev.map((e) => e.type)).toEqual(['DossierReceived', 'FeePaid', 'DossierWithdrawn']);
    expect(ev[0]!.data).toMatchObject({ field: fee.field, procedureCode: fee.code });
    expect(ev[1]!.data).toEqual({ method: 'online', amountVnd: fee.feeVnd });
  });

  it('writes nothing for a dossier already stored with the same facts', () => {
    const first = planRows([row({ returnedAt: '2024-01-16T10:00:00+07:00' })], ctx());
    const again = planRows(
      [row({ returnedAt: '2024-01-16T10:00:00+07:00' })],
      ctx({ 'dossier-dongson-A1': events(first) }),
    );
    expect(again.issues).toEqual([]);
    expect(again.requests).toEqual([]);
    expect(again.skipped).toBe(1);
  });

  it('appends only the new steps when the book has moved on (returned since the last import)', () => {
    const first = planRows([row()], ctx());
    const later = planRows(
      [row({ returnedAt: '2024-01-16T10:00:00+07:00' })],
      ctx({ 'dossier-dongson-A1': events(first) }),
    );
    expect(later.issues).toEqual([]);
    expect(later.requests[0]!.expectedRevision).toBe(0n);
    expect(events(later).map((e) => e.type)).toEqual(['DossierResolved', 'ResultReturned']);
  });

  it('refuses a dossier stored with different facts, naming the column', () => {
    const first = planRows([row({ returnedAt: '2024-01-16T10:00:00+07:00' })], ctx());
    const stored = { 'dossier-dongson-A1': events(first) };
    const moved = planRows([row({ line: 7, returnedAt: '2024-01-17T10:00:00+07:00' })], ctx(stored));
    expect(moved.requests).toEqual([]);
    expect(moved.issues).toMatchObject([{ line: 7, column: 'returned_at', code: 'STORE_CONFLICT', value: 'A1' }]);
    const channel = planRows([row({ channel: 'direct', returnedAt: '2024-01-16T10:00:00+07:00' })], ctx(stored));
    expect(channel.issues).toMatchObject([{ column: 'channel', code: 'STORE_CONFLICT' }]);
    const unreturned = planRows([row()], ctx(stored));
    expect(unreturned.issues).toMatchObject([{ column: 'returned_at', code: 'STORE_CONFLICT' }]);
  });

  it('turns a lifecycle rejection into a row error on the right column', () => {
    const future = planRows(
      [row({ receivedAt: '2030-01-01T08:00:00+07:00', dueAt: '2030-01-05T23:59:59+07:00' })],
      ctx(),
    );
    expect(future.issues).toMatchObject([{ line: 2, column: 'received_at', code: 'REJECTED' }]);
    expect(future.issues[0]!.detail).toContain('RECEIVED_IN_FUTURE');
    const unknown = planRows([row({ procedureCode: 'no.such.procedure', dueAt: null })], ctx());
    expect(unknown.issues).toMatchObject([{ column: 'procedure_code', code: 'REJECTED' }]);
    expect(unknown.issues[0]!.detail).toContain('UNKNOWN_PROCEDURE');
  });

  it('keeps an unknown procedure when field and due date are given', () => {
    const plan = planRows([row({ procedureCode: 'local.001', field: 'Thi đua' })], ctx());
    expect(plan.issues).toEqual([]);
    expect(events(plan)[0]!.data).toMatchObject({ procedureCode: 'local.001', field: 'Thi đua' });
  });
});

describe('planned events and their stored bytes', () => {
  // The hash chain covers every byte the store writes, so the events an import plans and the JSON text
  // stored for them must never drift (key order, ids, escaping). Varied rows: catalogue and unknown
  // procedures, computed and given due dates, fees from the book and from the catalogue, digitisation,
  // withdrawal, a row appended to a dossier already stored; an actor that needs JSON escaping.
  const rows = [
    row({ dossierCode: 'A1', returnedAt: '2024-01-16T10:00:00+07:00', digitised: { papers: true, result: true } }),
    row({
      dossierCode: 'B-2/3.x',
      procedureCode: sampleCatalogue.procedures.find((p) => p.feeVnd > 0)!.code,
      field: null,
      dueAt: null,
      paidOnline: true,
      withdrawnAt: '2024-01-16T23:59:59+07:00',
    }),
    row({ dossierCode: 'C_3', channel: 'direct', feeVnd: 30_000 }),
    row({
      dossierCode: 'D4',
      channel: 'postal',
      procedureCode: 'local.001',
      field: 'Thi đua – Khen thưởng',
      returnedAt: '2024-01-15T16:45:00+07:00',
    }),
    row({ dossierCode: 'E5', procedureCode: sampleCatalogue.procedures[0]!.code, feeVnd: 0, paidOnline: true }),
  ];
  const context: PlanContext = { ...ctx(), actor: 'cán bộ "một cửa" \\ 1' };

  it('stay byte for byte what the import has always written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-plan-bytes-'));
    try {
      const store = openSqliteStore({ path: join(dir, 'ledger.db'), clock: () => new Date('2024-06-01T01:00:00Z') });
      const first = planRows(rows, context);
      expect(first.issues).toEqual([]);
      await store.appendMany(first.requests);
      // C_3 is returned later: only the new steps are planned, on top of what is stored.
      const storedC3 = events(first).filter((e) => e.meta.correlationId === 'import:dongson:C_3');
      const later = planRows(
        [row({ dossierCode: 'C_3', channel: 'direct', feeVnd: 30_000, returnedAt: '2024-01-18T09:00:00+07:00' })],
        {
          ...context,
          stored: (id) => (id === 'dossier-dongson-C_3' ? storedC3 : undefined),
        },
      );
      expect(later.issues).toEqual([]);
      expect(later.requests.map((r) => r.expectedRevision)).toEqual([1n]);
      await store.appendMany(later.requests);
      const planned = [...events(first), ...events(later)];
      const written = store.db
        .prepare(
          'SELECT stream_id, revision, event_id, command_id, type, schema_version, occurred_at, data, meta, hash FROM events ORDER BY position',
        )
        .all() as Array<Record<string, string | number>>;
      await store.close();
      expect(written).toHaveLength(planned.length);
      // The planned objects say exactly what was written.
      written.forEach((w, i) => {
        const e = planned[i]!;
        expect([w.type, w.schema_version, w.event_id, w.command_id, w.occurred_at]).toEqual([
          e.type,
          e.schemaVersion,
          e.meta.eventId,
          e.meta.commandId,
          e.meta.occurredAt,
        ]);
        expect(w.data).toBe(JSON.stringify(e.data));
        expect(w.meta).toBe(JSON.stringify(e.meta));
      });
      const text = written.map((w) => Object.values(w).join(' | ')).join('\n');
      await expect(`${text}\n`).toMatchFileSnapshot('./__snapshots__/plan.bytes.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
