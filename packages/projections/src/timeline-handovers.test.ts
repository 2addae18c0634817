// Hand-overs in the dossier's view (issue 15, item 1): each step with its giver, receiver, time and
// deadline, and the giver's step measured early / on time / late against the deadline it was given.
import { describe, expect, it } from 'vitest';
import { logBuilder } from './fixtures.js';
import { createLedger } from './ledger.js';

const OFF = 'DONGSON';
const step = (fromUnit: string, toUnit: string, stepDueAt: string | null) => ({
  fromUnit,
  giver: `cb.${fromUnit.length}`,
  toUnit,
  receiver: `cb.${toUnit.length}`,
  stepDueAt,
  note: null,
});

describe('hand-overs in the dossier view', () => {
  it('lists each step in business-time order with the previous step measured against its deadline', () => {
    const b = logBuilder();
    b.open(OFF, 'HS-9', {
      field: 'Hộ tịch',
      channel: 'direct',
      receivedAt: '2024-03-01T08:00:00+07:00',
      dueAt: '2024-03-08T17:00:00+07:00',
      procedureCode: null,
    });
    b.add(OFF, 'HS-9', 'DossierHandedOver', step('Một cửa', 'Tư pháp', '2024-03-05T17:00:00+07:00'), {
      at: '2024-03-01T09:00:00+07:00',
    });
    // Recorded out of business order: the view sorts by when it happened.
    b.add(OFF, 'HS-9', 'DossierHandedOver', step('Lãnh đạo', 'Một cửa', null), { at: '2024-03-07T09:00:00+07:00' });
    b.add(OFF, 'HS-9', 'DossierHandedOver', step('Tư pháp', 'Lãnh đạo', '2024-03-06T17:00:00+07:00'), {
      at: '2024-03-05T15:00:00+07:00',
    });
    const l = createLedger();
    for (const e of b.events) l.apply(e);
    const v = l.dossier(OFF, 'HS-9')!;
    expect(v.handovers.map((h) => [h.fromUnit, h.toUnit, h.at, h.outcome])).toEqual([
      ['Một cửa', 'Tư pháp', '2024-03-01T09:00:00+07:00', null],
      ['Tư pháp', 'Lãnh đạo', '2024-03-05T15:00:00+07:00', 'onTime'],
      ['Lãnh đạo', 'Một cửa', '2024-03-07T09:00:00+07:00', 'late'],
    ]);
    expect(v.handovers[1]).toMatchObject({ day: '2024-03-05', stepDueAt: '2024-03-06T17:00:00+07:00' });
    expect(l.timeline(OFF, 'HS-9').filter((e) => e.type === 'DossierHandedOver')).toHaveLength(3);
  });
});
