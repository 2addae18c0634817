// The ledger run by the projection engine is the ledger loadLedger builds: same reports and drill-downs for
// every quarter, now and as known midway; it follows the log live; nothing is ever stored for it.
import { sampleCatalogue } from '@motcua/domain';
import { createMemoryStore, type RecordedEvent } from '@motcua/store';
import { describe, expect, it } from 'vitest';
import { catchUpProjection, memoryCheckpoints, runProjection } from './engine.js';
import { loadLedger } from './ledger.js';
import { LEDGER_VERSION, ledgerProjection } from './ledger-projection.js';
import { periodOf } from './periods.js';
import { createSettableClock, generateSampleCommune, SAMPLE_OFFICE, seedSampleCommune } from './sample-commune.js';

const options = { procedureFee: (code: string) => sampleCatalogue.byCode(code)?.feeVnd };

async function sampleStore() {
  const clock = createSettableClock();
  const store = createMemoryStore({ clock: clock.now });
  await seedSampleCommune({ store, clock, history: generateSampleCommune() });
  return store;
}

describe('the ledger as a projection', () => {
  it('run by the engine, gives the ledger loadLedger gives, and stores nothing', async () => {
    const store = await sampleStore();
    const all: RecordedEvent[] = [];
    for await (const batch of store.readAll({ batchSize: 5000 })) all.push(...batch);
    const midway = all[Math.floor(all.length / 2)]!.recordedAt;
    const checkpoints = memoryCheckpoints();
    const run = await catchUpProjection(checkpoints, store, ledgerProjection(options), { batchSize: 777 });
    const loaded = await loadLedger(store, options);
    expect(run.position).toBe(loaded.lastPosition);
    expect(run.state.eventCount).toBe(loaded.eventCount);
    for (const knownAt of [undefined, midway]) {
      for (const year of [2023, 2024]) {
        for (const quarter of [1, 2, 3, 4] as const) {
          for (const convention of ['calendar', 'cutoff'] as const) {
            const q = {
              ...periodOf({ year, quarter, convention }),
              offices: [SAMPLE_OFFICE],
              ...(knownAt ? { knownAt } : {}),
            };
            expect(run.state.form06(q)).toEqual(loaded.form06(q));
            expect(run.state.dossierCells(q)).toEqual(loaded.dossierCells(q));
          }
        }
      }
    }
    expect(checkpoints.load('ledger')).toBeNull();
    expect(ledgerProjection().version).toBe(LEDGER_VERSION);
  });

  it('follows the log live and answers once a position is folded in', async () => {
    const store = await sampleStore();
    const run = runProjection(memoryCheckpoints(), store, ledgerProjection(options));
    await run.caughtUp;
    const before = run.state.dossierCount;
    const [first] = await store.readStream((await firstStream(store))!);
    const copy = { ...first!, data: { ...(first!.data as object), dossierCode: 'LIVE-1' } };
    const r = await store.append(
      `dossier-${SAMPLE_OFFICE}-LIVE-1`,
      [
        {
          type: copy.type,
          schemaVersion: copy.schemaVersion,
          data: copy.data,
          meta: { ...copy.meta, eventId: crypto.randomUUID(), commandId: crypto.randomUUID() },
        },
      ],
      'no-stream',
    );
    await run.waitFor(r.position);
    expect(run.state.dossierCount).toBe(before + 1);
    expect(run.state.dossier(SAMPLE_OFFICE, 'LIVE-1')).not.toBeNull();
    await run.stop();
  });
});

async function firstStream(store: ReturnType<typeof createMemoryStore>): Promise<string | undefined> {
  for await (const batch of store.readAll({ batchSize: 10 }))
    return batch.find((e) => e.type === 'DossierReceived')?.streamId;
  return undefined;
}
