import type { DossierView } from '@motcua/projections';
import { describe, expect, it } from 'vitest';
import { renderDossier } from './dossier.js';

const view = (receivedAt: string, timeline: Array<{ type: string; occurredAt: string }>): DossierView => ({
  office: 'BOHA',
  code: 'HS-1',
  streamId: 'dossier-BOHA-HS-1',
  procedureCode: null,
  field: 'Hộ tịch',
  channel: 'online',
  transferredIn: false,
  receivedAt,
  receivedDay: receivedAt.slice(0, 10),
  dueAt: '2025-07-21T17:00:00+07:00',
  dueDay: '2025-07-21',
  rescheduledDueAt: '2025-07-25T17:00:00+07:00',
  status: 'finished',
  awaitingSupplement: false,
  finished: {
    type: 'ProcessingStopped',
    kind: 'withdrawnOrReturned',
    at: '2025-07-28T10:00:00+07:00',
    day: '2025-07-28',
    outcome: 'onTime',
  },
  digitised: { papers: false, result: false },
  payments: [],
  satisfaction: null,
  handovers: [],
  asOf: null,
  knownAt: null,
  timeline: timeline.map((e, i) => ({
    ...e,
    schemaVersion: 1,
    recordedAt: e.occurredAt,
    actor: 'cb',
    position: String(i + 1),
    revision: String(i),
    hash: 'ab'.repeat(32),
    eventId: `e-${i}`,
    data: {},
  })),
});

describe('motcua dossier show', () => {
  const timeline = [
    { type: 'DossierReceived', occurredAt: '2025-07-15T08:00:00+07:00' },
    { type: 'DueDateRescheduled', occurredAt: '2025-07-18T08:00:00+07:00' },
    { type: 'ProcessingStopped', occurredAt: '2025-07-28T10:00:00+07:00' },
  ];

  it('names the apology and the stop notice in the words of the 2025 rules', () => {
    const text = renderDossier(view('2025-07-15T08:00:00+07:00', timeline), 'vi');
    expect(text).toContain('xin lỗi và đề nghị gia hạn thời gian giải quyết');
    expect(text).toContain('đề nghị gia hạn đến');
    expect(text).toContain('dừng giải quyết hồ sơ 2025-07-28T10:00:00+07:00');
    expect(text).not.toContain('hẹn lại');
  });

  it('keeps the 2018 words for a dossier received before 1 July 2025', () => {
    const text = renderDossier(view('2025-06-30T08:00:00+07:00', timeline), 'vi');
    expect(text).toContain('xin lỗi và hẹn lại ngày trả kết quả');
    expect(text).toContain('· hẹn lại ');
    expect(renderDossier(view('2025-07-15T08:00:00+07:00', timeline), 'en')).toContain('extension requested to');
  });
});
