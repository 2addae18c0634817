// dossierCells is every drill-down at once: for each cell and row, the dossiers whose mask has the cell
// (and whose field is the row's) must be exactly the drill-down's, at any cut-off.
import { sampleCatalogue } from '@motcua/domain';
import { createMemoryStore } from '@motcua/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Ledger, loadLedger } from './ledger.js';
import { CELLS } from './report.js';
import { createSettableClock, generateSampleCommune, SAMPLE_OFFICE, seedSampleCommune } from './sample-commune.js';

let ledger: Ledger;
let midway = '';

beforeAll(async () => {
  const clock = createSettableClock();
  const store = createMemoryStore({ clock: clock.now });
  await seedSampleCommune({ store, clock, history: generateSampleCommune() });
  ledger = await loadLedger(store, { procedureFee: (code) => sampleCatalogue.byCode(code)?.feeVnd });
  const all = [];
  for await (const batch of store.readAll({ batchSize: 5000 })) all.push(...batch);
  midway = all[Math.floor(all.length / 2)]!.recordedAt;
});

describe('dossierCells', () => {
  it('agrees with the drill-down of every cell and row, now and as known midway', () => {
    const period = { from: '2024-01-01', to: '2024-03-31', offices: [SAMPLE_OFFICE] };
    for (const knownAt of [undefined, midway]) {
      const q = { ...period, ...(knownAt ? { knownAt } : {}) };
      const cells = ledger.dossierCells(q);
      expect(cells.length).toBeGreaterThan(0);
      for (const field of [undefined, ...ledger.fields()]) {
        CELLS.forEach((cell, i) => {
          const fromMasks = cells
            .filter((d) => (d.mask & (1 << i)) !== 0 && (field === undefined || d.field === field))
            .map((d) => d.code)
            .sort();
          const drilled = ledger.drillDown({ ...q, cell, ...(field !== undefined ? { field } : {}) });
          expect(fromMasks, `${knownAt ?? 'now'} ${field ?? 'total'} ${cell}`).toEqual(drilled);
        });
      }
    }
  });
});
