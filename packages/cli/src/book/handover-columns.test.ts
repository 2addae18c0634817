// The tracking book's optional hand-over columns (issue 15, item 1): read, planned as a DossierHandedOver
// between receipt and result, and refused by line and column when incomplete or out of order.
import { createDecider, type DossierEvent, defaultCalendar, sampleCatalogue } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { columnOf } from './columns.js';
import { planEvents } from './plan-events.js';
import { readNdjson } from './read-ndjson.js';
import { conflictsOf, planBook } from './test-plan.js';

const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
const HEADER =
  'Mã hồ sơ,Lĩnh vực,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Ngày chuyển xử lý,Đơn vị xử lý,Người nhận,Hạn bước xử lý';

const plan = (lines: string[]) => planBook(HEADER, lines);

describe('hand-over columns of a tracking book', () => {
  it('recognises the Vietnamese headers', () => {
    expect(columnOf('Ngày chuyển xử lý')).toBe('handover_at');
    expect(columnOf('Đơn vị xử lý')).toBe('handover_to');
    expect(columnOf('Người nhận')).toBe('handover_receiver');
    expect(columnOf('Người giao')).toBe('handover_giver');
    expect(columnOf('Hạn bước xử lý')).toBe('handover_due_at');
  });

  it('plans the step between the receipt and the result, with the reception desk as giver by default', () => {
    const p = plan([
      'A1,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,2024-01-18 15:00,2024-01-15 10:00,Công chức Tư pháp,cb.tuphap,2024-01-17',
      'A2,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,,,,',
    ]);
    expect(p.issues).toEqual([]);
    const a1 = p.events as DossierEvent[];
    expect(a1.map((e) => e.type).slice(0, 4)).toEqual([
      'DossierReceived',
      'DossierHandedOver',
      'DossierResolved',
      'ResultReturned',
    ]);
    expect(a1[1]!.data).toEqual({
      fromUnit: 'Bộ phận tiếp nhận và trả kết quả',
      giver: '(không ghi trong sổ)',
      toUnit: 'Công chức Tư pháp',
      receiver: 'cb.tuphap',
      stepDueAt: '2024-01-17T23:59:59+07:00',
      note: null,
    });
    expect(a1[1]!.meta.occurredAt).toBe('2024-01-15T10:00:00+07:00');
    expect(p.rows[1]!.handover).toBeNull();
  });

  it('refuses a step without its unit, and a step after the result was returned, naming line and column', () => {
    const p = plan([
      'A1,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,2024-01-15 10:00,,cb.tuphap,',
      'A2,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,2024-01-16 10:00,2024-01-17 10:00,Tư pháp,cb.tuphap,',
    ]);
    expect(p.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '2:handover_to:REQUIRED',
      '3:handover_at:REJECTED',
    ]);
    expect(p.events).toEqual([]);
  });

  it('refuses a step contradicting the ledger on the column that differs: the unit, the receiver, the step due', () => {
    const line = 'A1,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,2024-01-15 10:00,Tư pháp,cb.tuphap,2024-01-17';
    const differing = (from: string, to: string) => conflictsOf(HEADER, line, from, to);
    expect(differing('Tư pháp', 'Tư pháp')).toEqual([]);
    expect(differing('Tư pháp', 'Địa chính')).toEqual(['2:handover_to:STORE_CONFLICT']);
    expect(differing('cb.tuphap', 'cb.diachinh')).toEqual(['2:handover_receiver:STORE_CONFLICT']);
    expect(differing('2024-01-17', '2024-01-18')).toEqual(['2:handover_due_at:STORE_CONFLICT']);
    expect(differing('2024-01-15 10:00', '2024-01-15 11:00')).toEqual(['2:handover_at:STORE_CONFLICT']);
  });
});

describe('hand-overs as native NDJSON events', () => {
  const meta = (id: string, occurredAt: string) => ({
    eventId: id,
    occurredAt,
    actor: 'legacy',
    office: 'dongson',
    correlationId: id,
    causationId: null,
    commandId: id,
  });
  const received = {
    type: 'DossierReceived',
    schemaVersion: 1,
    data: {
      office: 'dongson',
      dossierCode: 'N9',
      procedureCode: null,
      field: 'Hộ tịch',
      channel: 'direct',
      receivedAt: '2024-01-15T08:00:00+07:00',
      dueAt: '2024-01-19T17:00:00+07:00',
      applicantRef: null,
    },
    meta: meta('r1', '2024-01-15T08:00:00+07:00'),
  };
  const handover = (id: string, at: string) => ({
    streamId: 'dossier-dongson-N9',
    type: 'DossierHandedOver',
    schemaVersion: 1,
    data: { fromUnit: 'Một cửa', giver: 'cb.a', toUnit: 'Tư pháp', receiver: 'cb.b', stepDueAt: null, note: null },
    meta: meta(id, at),
  });
  const ctx = { decider, issuedAt: '2024-06-01T00:00:00+07:00', stored: () => undefined };
  const ndjson = (...o: unknown[]) => o.map((x) => JSON.stringify(x)).join('\n');

  it('imports them under the decider rules, and refuses one before the previous step by line', () => {
    const ok = readNdjson(ndjson(received, handover('h1', '2024-01-15T09:00:00+07:00')), 'dongson');
    expect(ok.issues).toEqual([]);
    expect(planEvents(ok.events, ctx)).toMatchObject({ issues: [], events: 2 });
    const late = readNdjson(
      ndjson(received, handover('h1', '2024-01-16T09:00:00+07:00'), handover('h2', '2024-01-15T09:00:00+07:00')),
      'dongson',
    );
    const plan = planEvents(late.events, ctx);
    expect(plan.issues.map((i) => [i.line, i.code, i.detail?.split(':')[0]])).toEqual([
      [3, 'REJECTED', 'HANDOVER_OUT_OF_ORDER'],
    ]);
  });
});
