// Hand-overs (issue 15, item 1): a dossier's processing steps from one desk or unit to the next.
import { describe, expect, it } from 'vitest';
import { parseEvent } from './codec.js';
import type { DossierCommand } from './commands.js';
import { type DossierState, decide, evolve, foldEvents, initialState } from './decider.js';
import type { DossierEvent } from './events.js';

const OFFICE = 'DONGSON';
const CODE = 'HS-2024-0002';
const RECEIVED = '2024-01-15T08:00:00+07:00';
const DUE = '2024-01-19T17:00:00+07:00';
const NOW = '2024-03-01T09:00:00+07:00';
const dossier = { office: OFFICE, dossierCode: CODE };
let seq = 0;
const meta = () => ({ commandId: `ho-${++seq}`, actor: 'cb.motcua', issuedAt: NOW });

const receive: DossierCommand = {
  type: 'ReceiveDossier',
  ...dossier,
  procedureCode: '1.000894',
  channel: 'direct',
  receivedAt: RECEIVED,
  dueAt: DUE,
  meta: meta(),
};
const handOver = (at: string, over: Record<string, unknown> = {}): DossierCommand =>
  ({
    type: 'HandOverDossier',
    ...dossier,
    fromUnit: 'Bộ phận một cửa',
    giver: 'cb.motcua',
    toUnit: 'Công chức Tư pháp - Hộ tịch',
    receiver: 'cb.tuphap',
    stepDueAt: '2024-01-18T17:00:00+07:00',
    at,
    meta: meta(),
    ...over,
  }) as DossierCommand;

function run(...commands: DossierCommand[]): DossierState {
  let s: DossierState = initialState;
  for (const cmd of commands) {
    const r = decide(cmd, s);
    if (!r.ok) throw new Error(r.error.message);
    for (const e of r.value) s = evolve(s, e);
  }
  return s;
}

function rejection(s: DossierState, cmd: DossierCommand): string {
  const r = decide(cmd, s);
  if (r.ok) throw new Error('expected a rejection');
  return r.error.code;
}

describe('HandOverDossier', () => {
  it('records the giver, the receiver, the time and the step deadline as a valid event', () => {
    const s0 = run(receive);
    const r = decide(handOver('2024-01-15T10:00:00+07:00'), s0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [e] = r.value as [DossierEvent];
    expect(e.type).toBe('DossierHandedOver');
    expect(e.meta.occurredAt).toBe('2024-01-15T10:00:00+07:00');
    expect(e.data).toEqual({
      fromUnit: 'Bộ phận một cửa',
      giver: 'cb.motcua',
      toUnit: 'Công chức Tư pháp - Hộ tịch',
      receiver: 'cb.tuphap',
      stepDueAt: '2024-01-18T17:00:00+07:00',
      note: null,
    });
    expect(parseEvent(JSON.parse(JSON.stringify(e))).ok).toBe(true);
    const s1 = evolve(s0, e);
    expect(s1.status === 'open' && s1.lastHandoverAt).toBe('2024-01-15T10:00:00+07:00');
  });

  it('takes a step without a deadline of its own', () => {
    const r = decide(handOver('2024-01-15T10:00:00+07:00', { stepDueAt: null }), run(receive));
    expect(r.ok && r.value[0]!.data).toMatchObject({ stepDueAt: null });
  });

  it('refuses a hand-over before the receipt', () => {
    expect(rejection(run(receive), handOver('2024-01-15T07:00:00+07:00'))).toBe('BEFORE_RECEIPT');
  });

  it('refuses a hand-over before the previous one (steps go in order)', () => {
    const s = run(receive, handOver('2024-01-16T09:00:00+07:00'));
    expect(rejection(s, handOver('2024-01-16T08:59:00+07:00'))).toBe('HANDOVER_OUT_OF_ORDER');
    expect(decide(handOver('2024-01-16T09:00:00+07:00'), s).ok).toBe(true);
  });

  it('refuses a hand-over of a finished dossier and of one never received', () => {
    const withdrawn = run(receive, {
      type: 'WithdrawDossier',
      ...dossier,
      at: '2024-01-16T09:00:00+07:00',
      meta: meta(),
    });
    expect(rejection(withdrawn, handOver('2024-01-17T09:00:00+07:00'))).toBe('DOSSIER_FINISHED');
    expect(rejection(initialState, handOver('2024-01-17T09:00:00+07:00'))).toBe('DOSSIER_NOT_FOUND');
  });

  it('refuses a step deadline before the hand-over itself', () => {
    expect(
      rejection(run(receive), handOver('2024-01-16T09:00:00+07:00', { stepDueAt: '2024-01-16T08:00:00+07:00' })),
    ).toBe('INVALID_COMMAND');
  });

  it('refuses a hand-over without a receiver, naming the field', () => {
    const r = decide(handOver('2024-01-16T09:00:00+07:00', { receiver: '' }), run(receive));
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['receiver']);
  });

  it('keeps the order rule through a correction that would move a step before the previous one', () => {
    const s = run(receive, handOver('2024-01-16T09:00:00+07:00'), handOver('2024-01-17T09:00:00+07:00'));
    const second = s.history[2]!;
    const r = decide(
      {
        type: 'CorrectEvent',
        ...dossier,
        supersedes: second.meta.eventId,
        reason: 'nhập sai giờ',
        replacement: { type: 'DossierHandedOver', occurredAt: '2024-01-15T09:00:00+07:00', data: second.data },
        meta: meta(),
      },
      s,
    );
    expect(!r.ok && r.error.code).toBe('CORRECTION_INVALID');
    expect(foldEvents(s.history).status).toBe('open');
  });
});
