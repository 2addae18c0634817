import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMeta } from '@motcua/domain';
import { createMemoryStore, type EventStore, type NewEvent, openSqliteStore, type RecordedEvent } from '@motcua/store';
import { afterEach, describe, expect, it } from 'vitest';
import { catchUpProjection, memoryCheckpoints, type Projection, resetProjection, runProjection } from './engine.js';

function received(code: string): NewEvent {
  const commandId = randomUUID();
  return {
    type: 'DossierReceived',
    schemaVersion: 1,
    data: {
      office: 'DS01',
      dossierCode: code,
      procedureCode: null,
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-01-15T08:30:00+07:00',
      dueAt: '2024-01-18T17:00:00+07:00',
      applicantRef: null,
    },
    meta: {
      eventId: randomUUID(),
      occurredAt: '2024-01-15T08:30:00+07:00',
      actor: 'officer-1',
      office: 'DS01' as EventMeta['office'],
      correlationId: commandId,
      causationId: null,
      commandId,
    },
  };
}

async function appendDossiers(store: EventStore, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) await store.append(`dossier-DS01-D${i}`, [received(`D${i}`)], 'no-stream');
}

interface Tally {
  count: number;
  seen: string[];
}

/** Counts events and remembers their positions: a double count shows as a repeated position. */
function tally(version = 1, failAt?: { position: bigint; times: number }): Projection<Tally> {
  return {
    name: 'tally',
    version,
    initial: () => ({ count: 0, seen: [] }),
    apply(s, e) {
      if (failAt && e.position === failAt.position && failAt.times > 0) {
        failAt.times--;
        throw new Error('simulated crash');
      }
      return { count: s.count + 1, seen: [...s.seen, e.position.toString()] };
    },
  };
}

/** A store that delivers again what it already delivered: readAll from the start, subscribe twice. */
function redelivering(store: EventStore): EventStore {
  return {
    ...store,
    readAll: (o) => store.readAll({ ...o, fromPosition: 0n }),
    subscribe(from) {
      const sub = store.subscribe(from === undefined || from < 2n ? from : from - 2n);
      return sub;
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('projection engine', () => {
  it('catches up in batches, then follows the log live', async () => {
    const store = createMemoryStore();
    await appendDossiers(store, 0, 25);
    const cps = memoryCheckpoints();
    const run = runProjection(cps, store, tally(), { batchSize: 10 });
    await run.caughtUp;
    expect(run.state.count).toBe(25);
    expect(cps.saves).toBe(3);
    await appendDossiers(store, 25, 3);
    const head = await store.headPosition();
    await run.waitFor(head);
    expect(run.state.count).toBe(28);
    expect(new Set(run.state.seen).size).toBe(28);
    await run.stop();
    expect(cps.load('tally')?.position).toBe(head);
    await store.close();
  });

  it('never counts twice when events are delivered again (at-least-once)', async () => {
    const store = createMemoryStore();
    await appendDossiers(store, 0, 12);
    const cps = memoryCheckpoints();
    const first = await catchUpProjection(cps, store, tally(), { batchSize: 5 });
    expect(first.state.count).toBe(12);
    await appendDossiers(store, 12, 4);
    const run = runProjection(cps, redelivering(store), tally(), { batchSize: 5 });
    await run.caughtUp;
    await appendDossiers(store, 16, 2);
    await run.waitFor(await store.headPosition());
    expect(run.state.count).toBe(18);
    expect(new Set(run.state.seen).size).toBe(18);
    await run.stop();
  });

  it('a fold that fails mid-batch saves nothing of that batch; the restart resumes exactly', async () => {
    const store = createMemoryStore();
    await appendDossiers(store, 0, 20);
    const cps = memoryCheckpoints();
    const failing = tally(1, { position: 13n, times: 1 });
    const run = runProjection(cps, store, failing, { batchSize: 5, live: false });
    await expect(run.done).rejects.toMatchObject({ code: 'PROJECTION_FAILED' });
    expect(cps.load('tally')?.position).toBe(10n);
    const again = await catchUpProjection(cps, store, failing, { batchSize: 5 });
    expect(again.rebuilt).toBe(false);
    expect(again.state.count).toBe(20);
    expect(again.state.seen).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('rebuilds from zero when the version changes, and on demand', async () => {
    const store = createMemoryStore();
    await appendDossiers(store, 0, 6);
    const cps = memoryCheckpoints();
    expect((await catchUpProjection(cps, store, tally(1))).rebuilt).toBe(false);
    const v2 = await catchUpProjection(cps, store, tally(2));
    expect(v2).toMatchObject({ rebuilt: true, position: 6n });
    expect(v2.state.count).toBe(6);
    expect((await catchUpProjection(cps, store, tally(2))).rebuilt).toBe(false);
    const forced = await catchUpProjection(cps, store, tally(2), { rebuild: true });
    expect(forced.rebuilt).toBe(true);
    expect(forced.state.count).toBe(6);
    resetProjection(cps, 'tally');
    expect(cps.load('tally')).toBeNull();
  });

  it('keeps state and checkpoint in the SQLite file of the store, across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-engine-'));
    dirs.push(dir);
    const path = join(dir, 'ledger.db');
    let store = openSqliteStore({ path });
    await appendDossiers(store, 0, 7);
    let run = runProjection(store.db, store, tally(), { batchSize: 3 });
    await run.caughtUp;
    await run.stop();
    await store.close();

    store = openSqliteStore({ path });
    await appendDossiers(store, 7, 2);
    run = runProjection(store.db, store, tally());
    await run.caughtUp;
    expect(run.rebuilt).toBe(false);
    expect(run.state.count).toBe(9);
    const row = store.db.prepare("SELECT position FROM projection_checkpoints WHERE name = 'tally'").get() as {
      position: string;
    };
    expect(row.position).toBe('9');
    await run.stop();
    await store.close();
  });

  it('skips events it has already folded even within one delivery', async () => {
    const cps = memoryCheckpoints();
    const events: RecordedEvent[] = [];
    const store = createMemoryStore();
    await appendDossiers(store, 0, 3);
    for await (const b of store.readAll()) events.push(...b);
    const doubled: EventStore = {
      ...store,
      async *readAll() {
        yield [...events, ...events];
      },
    };
    const r = await catchUpProjection(cps, doubled, tally());
    expect(r.state.count).toBe(3);
  });
});
