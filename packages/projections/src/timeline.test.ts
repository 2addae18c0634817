import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type RecordedEvent } from '@motcua/store';
import { afterAll, describe, expect, it } from 'vitest';
import { logBuilder } from './fixtures.js';
import { createLedger, loadLedger } from './ledger.js';
import { buildDossierView, readDossier, readTimeline } from './timeline.js';

const OFF = 'DONGSON';

/** A history with a supplement wait, an apology, a late entry and a correction. */
function history() {
  const b = logBuilder();
  b.open(
    OFF,
    'HS-1',
    {
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-03-01T08:00:00+07:00',
      dueAt: '2024-03-06T17:00:00+07:00',
      procedureCode: '1.001612',
    },
    { actor: 'officer-1' },
  );
  b.digitised(OFF, 'HS-1', 'papers', { at: '2024-03-01T08:05:00+07:00' });
  b.supplementRequested(OFF, 'HS-1', { at: '2024-03-04T09:00:00+07:00' });
  b.supplementProvided(OFF, 'HS-1', '2024-03-08T17:00:00+07:00', { at: '2024-03-06T10:00:00+07:00' });
  b.rescheduled(OFF, 'HS-1', '2024-03-12T17:00:00+07:00', { at: '2024-03-07T10:00:00+07:00' });
  b.resolved(OFF, 'HS-1', 'approved', { at: '2024-03-09T10:00:00+07:00' });
  // Returned on 9 March, entered on 11 March, then corrected to 8 March on 20 March.
  b.returned(OFF, 'HS-1', {
    at: '2024-03-09T15:00:00+07:00',
    recordedAt: '2024-03-11T08:00:00+07:00',
    eventId: 'ret-1',
  });
  b.corrected(
    OFF,
    'HS-1',
    'ret-1',
    { type: 'ResultReturned', occurredAt: '2024-03-08T15:00:00+07:00', data: {} },
    { at: '2024-03-20T08:00:00+07:00', actor: 'head-of-office' },
  );
  return b.events;
}

describe('dossier timeline and state', () => {
  const events = history();
  const l = createLedger();
  for (const e of events) l.apply(e);

  it('reads past an event type this build does not know (one a newer writer added) as it always did', () => {
    const opts = { asOfMs: undefined, asOf: null, knownAt: null };
    const known = buildDossierView(OFF, 'HS-1', events, opts);
    const last = events.at(-1)!;
    const newer = { ...last, type: 'SomethingAddedLater', position: last.position + 1n, revision: last.revision + 1n };
    const read = buildDossierView(OFF, 'HS-1', [...events, newer], opts);
    expect(read).toEqual({ ...known, timeline: [...known!.timeline, expect.objectContaining({ type: newer.type })] });
  });

  it('lists every event with recorded time, actor, position and hash, and which correction superseded it', () => {
    const tl = l.timeline(OFF, 'HS-1');
    expect(tl).toHaveLength(8);
    expect(tl[0]).toMatchObject({
      type: 'DossierReceived',
      occurredAt: '2024-03-01T08:00:00+07:00',
      actor: 'officer-1',
      position: '1',
      revision: '0',
    });
    expect(tl[6]).toMatchObject({ type: 'ResultReturned', eventId: 'ret-1', correctedBy: tl[7]!.eventId });
    expect(tl[6]!.recordedAt).toBe('2024-03-11T01:00:00.000Z');
    expect(tl[7]).toMatchObject({ actor: 'head-of-office', type: 'EventCorrected' });
    expect(tl.every((t) => t.hash.length === 64)).toBe(true);
  });

  it('reads the state at a business time (asOf) and as known at a recorded time (knownAt)', () => {
    expect(l.dossier(OFF, 'HS-1')).toMatchObject({
      status: 'finished',
      dueDay: '2024-03-08',
      rescheduledDueAt: '2024-03-12T17:00:00+07:00',
      finished: { day: '2024-03-08', outcome: 'onTime', kind: 'returned' },
      digitised: { papers: true, result: false },
    });
    expect(l.dossier(OFF, 'HS-1', { asOf: '2024-03-05T00:00:00+07:00' })).toMatchObject({
      status: 'awaitingSupplement',
      awaitingSupplement: true,
      dueDay: '2024-03-06',
      finished: null,
    });
    expect(l.dossier(OFF, 'HS-1', { knownAt: '2024-03-15' })?.finished).toMatchObject({
      day: '2024-03-09',
      outcome: 'late',
    });
    expect(l.dossier(OFF, 'HS-1', { knownAt: '2024-03-10' })?.status).toBe('approved');
    expect(l.dossier(OFF, 'HS-1', { asOf: '2024-02-28T00:00:00+07:00' })).toBeNull();
    expect(l.dossier(OFF, 'HS-1', { knownAt: '2024-02-28T00:00:00+07:00' })).toBeNull();
    expect(l.dossier(OFF, 'NOPE')).toBeNull();
    expect(() => l.dossier(OFF, 'HS-1', { asOf: 'tomorrow' })).toThrowError(/asOf/);
  });

  it('a ledger without raw events says so instead of answering wrongly', () => {
    const lean = createLedger({ keepEvents: false });
    for (const e of events) lean.apply(e);
    expect(lean.form06({ from: '2024-03-01', to: '2024-03-31' })).toEqual(
      l.form06({ from: '2024-03-01', to: '2024-03-31' }),
    );
    expect(() => lean.timeline(OFF, 'HS-1')).toThrowError(expect.objectContaining({ code: 'EVENTS_NOT_KEPT' }));
  });
});

describe('through a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-proj-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the ledger, catches up incrementally, and reads dossiers from the stream', async () => {
    const events = history();
    let now = new Date(0);
    const store = openSqliteStore({ path: join(dir, 'ledger.db'), clock: () => now });
    const append = async (e: RecordedEvent) => {
      now = new Date(e.recordedAt);
      await store.append(
        e.streamId,
        [{ type: e.type, schemaVersion: e.schemaVersion, data: e.data, meta: e.meta }],
        'any',
      );
    };
    for (const e of events.slice(0, 5)) await append(e);
    const l = await loadLedger(store, { batchSize: 2 });
    expect(l.lastPosition).toBe(5n);
    for (const e of events.slice(5)) await append(e);
    await loadLedger(store, { ledger: l });
    expect(l.lastPosition).toBe(8n);
    const direct = createLedger();
    for (const e of events) direct.apply(e);
    const q = { from: '2024-03-01', to: '2024-03-31', knownAt: '2024-03-15' };
    expect(l.form06(q)).toEqual(direct.form06(q));
    expect(l.form06(q).total.resolved.late).toBe(1);
    expect(l.form06({ from: '2024-03-01', to: '2024-03-31' }).total.resolved.onTime).toBe(1);
    const fromStore = await readDossier(store, OFF, 'HS-1', { knownAt: '2024-03-15' });
    expect(fromStore).toEqual(l.dossier(OFF, 'HS-1', { knownAt: '2024-03-15' }));
    const tl = await readTimeline(store, OFF, 'HS-1');
    expect(tl.map((t) => t.hash)).toEqual(l.timeline(OFF, 'HS-1').map((t) => t.hash));
    expect(tl[6]!.correctedBy).toBe(tl[7]!.eventId);
    expect(await readDossier(store, OFF, 'NONE')).toBeNull();
    await store.close();
  });
});
