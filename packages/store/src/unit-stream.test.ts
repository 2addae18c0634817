// The units catalogue's events (issue 14) are checked by the store like a dossier's: their schema through
// the domain, and their place: stream units-catalogue holds them and nothing else.
import { type EventMeta, eventIdFor, UNITS_STREAM } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory.js';
import { type NewEvent, StoreError } from './port.js';

const meta = (i: number): EventMeta => ({
  eventId: eventIdFor('units-test', i),
  occurredAt: '2025-06-20T08:00:00+07:00',
  actor: 'test',
  office: 'X1' as EventMeta['office'],
  correlationId: 'units-test',
  causationId: null,
  commandId: 'units-test',
});
const unit = {
  code: 'X1',
  name: 'xã X1',
  level: 'commune',
  parent: null,
  validFrom: null,
  validTo: '2025-06-30',
  successor: null,
  office: null,
};

describe('unit events in the store', () => {
  it('are appended to the catalogue stream and read back', async () => {
    const store = createMemoryStore();
    await store.append(
      UNITS_STREAM,
      [{ type: 'UnitRecorded', schemaVersion: 1, data: unit, meta: meta(0) }],
      'no-stream',
    );
    expect((await store.readStream(UNITS_STREAM)).map((e) => e.type)).toEqual(['UnitRecorded']);
  });

  it('are refused with a bad field, outside their stream, and other events are refused inside it', async () => {
    const store = createMemoryStore();
    const bad: NewEvent = { type: 'UnitRecorded', schemaVersion: 1, data: { ...unit, level: 'ward' }, meta: meta(0) };
    await expect(store.append(UNITS_STREAM, [bad], 'any')).rejects.toThrow(/data\.level/);
    const good: NewEvent = { type: 'UnitRecorded', schemaVersion: 1, data: unit, meta: meta(1) };
    await expect(store.append('dossier-X1-A', [good], 'any')).rejects.toThrow(StoreError);
    const receipt: NewEvent = {
      type: 'DossierReceived',
      schemaVersion: 1,
      data: {
        office: 'X1',
        dossierCode: 'A',
        procedureCode: null,
        field: 'Hộ tịch',
        channel: 'online',
        receivedAt: '2025-06-20T08:00:00+07:00',
        dueAt: '2025-06-25T08:00:00+07:00',
        applicantRef: null,
      },
      meta: meta(2),
    };
    await expect(store.append(UNITS_STREAM, [receipt], 'any')).rejects.toThrow(/only unit events/);
    expect(await store.headPosition()).toBe(-1n);
  });
});
