// The stop notice comes into a ledger from other software as a native event (NDJSON): the tracking book
// of Thông tư 03/2025 (Mẫu 07) has no column for it. The decider's rules hold for it there too.
import { type DossierEvent, defaultDecider, dossierStreamId } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { planEvents } from './plan-events.js';

const meta = (id: string, occurredAt: string) => ({
  eventId: id,
  occurredAt,
  actor: 'phan-mem-mot-cua',
  office: 'BOHA',
  correlationId: id,
  causationId: null,
  commandId: id,
});
const received = (code: string, receivedAt: string): DossierEvent =>
  ({
    type: 'DossierReceived',
    schemaVersion: 1,
    data: {
      office: 'BOHA',
      dossierCode: code,
      procedureCode: null,
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt,
      dueAt: '2025-07-25T17:00:00+07:00',
      applicantRef: null,
    },
    meta: meta(`${code}-0`, receivedAt),
  }) as DossierEvent;
const stopped = (code: string, at: string): DossierEvent =>
  ({
    type: 'ProcessingStopped',
    schemaVersion: 1,
    data: { reason: 'không bổ sung hồ sơ' },
    meta: meta(`${code}-1`, at),
  }) as DossierEvent;

const plan = (events: DossierEvent[]) =>
  planEvents(
    events.map((event, i) => ({
      line: i + 1,
      streamId: dossierStreamId('BOHA', (event.data as { dossierCode?: string }).dossierCode ?? 'S-1'),
      event,
    })),
    { decider: defaultDecider, issuedAt: '2025-08-01T09:00:00+07:00', stored: () => undefined },
  );

describe('NDJSON import of the stop notice', () => {
  it('writes a stop notice of a dossier received under the 2025 rules', () => {
    const p = plan([received('S-1', '2025-07-15T08:00:00+07:00'), stopped('S-1', '2025-07-18T10:00:00+07:00')]);
    expect(p.issues).toEqual([]);
    expect(p.requests[0]?.events.map((e) => e.type)).toEqual(['DossierReceived', 'ProcessingStopped']);
  });

  it('refuses one of a dossier received before 1 July 2025, naming the line and the rule', () => {
    const p = plan([received('S-1', '2025-06-30T08:00:00+07:00'), stopped('S-1', '2025-07-18T10:00:00+07:00')]);
    expect(p.issues).toEqual([expect.objectContaining({ line: 2, code: 'REJECTED', column: 'type' })]);
    expect(p.issues[0]?.detail).toMatch(/^RULE_NOT_IN_FORCE/);
  });
});
