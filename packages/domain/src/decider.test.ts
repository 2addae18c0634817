// Given/when/then for every command and every rejection code of the decider.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar.js';
import { eventIdFor, parseEvent } from './codec.js';
import type { DossierCommand } from './commands.js';
import {
  createDecider,
  type DossierState,
  decide,
  effectiveEvents,
  eventsOfCommand,
  evolve,
  foldEvents,
  initialState,
} from './decider.js';
import type { DomainErrorCode } from './errors.js';
import type { DossierEvent } from './events.js';
import { loadCatalogue, sampleCatalogue } from './procedures.js';

const OFFICE = 'DONGSON';
const CODE = 'HS-2024-0001';
// Monday 15 January 2024, an ordinary working week.
const RECEIVED = '2024-01-15T08:00:00+07:00';
const DUE = '2024-01-19T17:00:00+07:00';
const NOW = '2024-03-01T09:00:00+07:00';

let seq = 0;
const meta = (issuedAt = NOW) => ({ commandId: `cmd-${++seq}`, actor: 'cb.tuphap', issuedAt });
const dossier = { office: OFFICE, dossierCode: CODE };

type Cmd<T extends DossierCommand['type']> = Omit<
  Extract<DossierCommand, { type: T }>,
  'type' | 'meta' | 'office' | 'dossierCode'
>;

const c = {
  receive: (over: Partial<Cmd<'ReceiveDossier'>> = {}): DossierCommand => ({
    type: 'ReceiveDossier',
    ...dossier,
    procedureCode: '1.000894',
    channel: 'online',
    receivedAt: RECEIVED,
    dueAt: DUE,
    meta: meta(),
    ...over,
  }),
  transferIn: (over: Partial<Cmd<'TransferIn'>> = {}): DossierCommand => ({
    type: 'TransferIn',
    ...dossier,
    field: 'Hộ tịch',
    channel: 'direct',
    receivedAt: '2023-12-28T09:00:00+07:00',
    dueAt: '2024-01-03T17:00:00+07:00',
    source: 'prior-period',
    note: 'chuyển từ sổ theo dõi 2023',
    meta: meta(),
    ...over,
  }),
  requestSupplement: (at?: string): DossierCommand => ({
    type: 'RequestSupplement',
    ...dossier,
    reason: 'Thiếu bản sao giấy khai sinh',
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  provideSupplement: (at?: string): DossierCommand => ({
    type: 'ProvideSupplement',
    ...dossier,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  reschedule: (newDueAt: string, at?: string): DossierCommand => ({
    type: 'RescheduleDueDate',
    ...dossier,
    reason: 'Phần mềm liên thông bị lỗi',
    newDueAt,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  resolve: (decision: 'approved' | 'refused', at?: string): DossierCommand => ({
    type: 'ResolveDossier',
    ...dossier,
    decision,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  returnResult: (at?: string): DossierCommand => ({
    type: 'ReturnResult',
    ...dossier,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  withdraw: (at?: string): DossierCommand => ({
    type: 'WithdrawDossier',
    ...dossier,
    reason: 'Công dân xin rút',
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  returnUnprocessed: (at?: string): DossierCommand => ({
    type: 'ReturnUnprocessed',
    ...dossier,
    reason: 'Không thuộc thẩm quyền',
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  digitise: (what: 'papers' | 'result', at?: string): DossierCommand => ({
    type: 'DigitiseDossier',
    ...dossier,
    what,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  payFee: (amountVnd: number, at?: string): DossierCommand => ({
    type: 'PayFee',
    ...dossier,
    method: 'online',
    amountVnd,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  rate: (score: number, at?: string): DossierCommand => ({
    type: 'RateSatisfaction',
    ...dossier,
    score,
    complaint: false,
    ...(at ? { at } : {}),
    meta: meta(),
  }),
  correct: (
    supersedes: string,
    replacement: { type: string; occurredAt: string; data: Record<string, unknown> } | null,
  ) =>
    ({
      type: 'CorrectEvent',
      ...dossier,
      supersedes,
      reason: 'Nhập sai',
      replacement,
      meta: meta(),
    }) satisfies DossierCommand,
};

/** Applies commands in order; every one must be accepted. Returns the state and all events. */
function given(...commands: DossierCommand[]): { state: DossierState; events: DossierEvent[] } {
  let state = initialState;
  const events: DossierEvent[] = [];
  for (const command of commands) {
    const r = decide(command, state);
    if (!r.ok) throw new Error(`given: ${command.type} was rejected: ${r.error.code} ${r.error.message}`);
    for (const e of r.value) state = evolve(state, e);
    events.push(...r.value);
  }
  return { state, events };
}

function whenAccepted(state: DossierState, command: DossierCommand): DossierEvent[] {
  const r = decide(command, state);
  if (!r.ok) throw new Error(`${command.type} was rejected: ${r.error.code} ${r.error.message}`);
  return r.value;
}

function thenRejected(state: DossierState, command: DossierCommand, code: DomainErrorCode) {
  const r = decide(command, state);
  expect(r.ok, `${command.type} should be rejected with ${code}`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  expect(r.error.kind).toBe('DomainError');
  expect(r.error.message).toContain(`${OFFICE}/${CODE}`);
  // The same rule in Vietnamese for clerks, with times in office time (+07:00), never UTC "Z".
  if (r.error.messageVi === undefined) expect(r.error.issues?.length).toBeGreaterThan(0);
  else {
    expect(r.error.messageVi).toContain(`${OFFICE}/${CODE}`);
    expect(r.error.messageVi).not.toMatch(/\d(?:\.\d+)?Z\b/);
  }
  return r.error;
}

const receivedState = () => given(c.receive()).state;

describe('ReceiveDossier', () => {
  it('opens the dossier with the procedure field and the calendar due date', () => {
    const cmd = c.receive({ procedureCode: '1.001193', dueAt: undefined, applicantRef: 'cd-7f3a' });
    const [event, ...rest] = whenAccepted(initialState, cmd);
    expect(rest).toEqual([]);
    const khaiSinh = sampleCatalogue.byCode('1.001193')!;
    expect(event).toEqual({
      type: 'DossierReceived',
      schemaVersion: 1,
      data: {
        office: OFFICE,
        dossierCode: CODE,
        procedureCode: '1.001193',
        field: 'Hộ tịch',
        channel: 'online',
        receivedAt: RECEIVED,
        dueAt: defaultCalendar.dueAt(RECEIVED, khaiSinh.timeLimit),
        applicantRef: 'cd-7f3a',
      },
      meta: {
        eventId: eventIdFor(cmd.meta.commandId, 0),
        occurredAt: RECEIVED,
        actor: 'cb.tuphap',
        office: OFFICE,
        correlationId: cmd.meta.commandId,
        causationId: null,
        commandId: cmd.meta.commandId,
      },
    });
    const state = evolve(initialState, event!);
    expect(state).toMatchObject({ status: 'open', office: OFFICE, code: CODE, field: 'Hộ tịch', revision: 1 });
    expect(Date.parse(state.status === 'open' ? state.dueAt : '')).toBeGreaterThan(Date.parse(RECEIVED));
  });

  it('keeps an explicit field and due date, and passes correlation and causation ids on', () => {
    const cmd = {
      ...c.receive({ procedureCode: undefined, field: 'Lĩnh vực ngoài danh mục', dueAt: DUE }),
      meta: { commandId: 'cmd-x', actor: 'api', issuedAt: NOW, correlationId: 'corr-1', causationId: 'ev-0' },
    };
    const [event] = whenAccepted(initialState, cmd);
    expect(event?.data).toMatchObject({ procedureCode: null, field: 'Lĩnh vực ngoài danh mục', dueAt: DUE });
    expect(event?.meta).toMatchObject({ correlationId: 'corr-1', causationId: 'ev-0' });
  });

  it('uses an office catalogue given to createDecider', () => {
    const own = loadCatalogue([
      {
        code: 'X.1',
        name: 'Thủ tục thử',
        field: 'Thử nghiệm',
        timeLimit: { unit: 'workingHours', amount: 2 },
        onlineLevel: 'none',
        nonGeographic: false,
        feeVnd: 0,
      },
    ]);
    if (!own.ok) throw new Error(own.error.message);
    const d = createDecider({ calendar: defaultCalendar, catalogue: own.value });
    const r = d.decide(c.receive({ procedureCode: 'X.1', dueAt: undefined }), d.initialState);
    expect(r.ok && r.value[0]?.data).toMatchObject({ field: 'Thử nghiệm', dueAt: '2024-01-15T10:00:00+07:00' });
  });

  it('rejects a procedure outside the catalogue without field and due date: UNKNOWN_PROCEDURE', () => {
    thenRejected(initialState, c.receive({ procedureCode: '9.999999', dueAt: undefined }), 'UNKNOWN_PROCEDURE');
  });

  it('records a procedure outside the catalogue when field and due date are given', () => {
    const [event] = whenAccepted(initialState, c.receive({ procedureCode: '9.999999', field: 'Khác', dueAt: DUE }));
    expect(event?.data).toMatchObject({ procedureCode: '9.999999', field: 'Khác', dueAt: DUE });
  });

  it('rejects a receipt with neither procedure nor field and due date: INVALID_COMMAND naming the fields', () => {
    const e = thenRejected(initialState, c.receive({ procedureCode: undefined, dueAt: undefined }), 'INVALID_COMMAND');
    expect(e.issues?.map((i) => i.path)).toEqual(['field', 'dueAt']);
  });

  it('rejects a malformed command: INVALID_COMMAND naming the field', () => {
    const bad = { ...c.receive(), channel: 'fax' } as unknown as DossierCommand;
    const e = thenRejected(initialState, bad, 'INVALID_COMMAND');
    expect(e.issues?.[0]?.path).toBe('channel');
  });

  it('rejects a due date before the receipt: INVALID_COMMAND', () => {
    thenRejected(initialState, c.receive({ dueAt: '2024-01-14T17:00:00+07:00' }), 'INVALID_COMMAND');
  });

  it('rejects a receipt in the future: RECEIVED_IN_FUTURE', () => {
    const cmd = { ...c.receive(), meta: meta('2024-01-15T07:59:59+07:00') };
    thenRejected(initialState, cmd, 'RECEIVED_IN_FUTURE');
  });

  it('compares instants, not written offsets: 01:00Z is 08:00 in Hà Nội', () => {
    const cmd = { ...c.receive(), meta: meta('2024-01-15T01:00:00Z') };
    expect(decide(cmd, initialState).ok).toBe(true);
  });

  it('rejects a second receipt: DOSSIER_ALREADY_EXISTS', () => {
    thenRejected(receivedState(), c.receive(), 'DOSSIER_ALREADY_EXISTS');
  });

  it('rejects the state of another dossier: INVALID_COMMAND', () => {
    const other = { ...c.requestSupplement(), dossierCode: 'HS-OTHER' };
    const r = decide(other, receivedState());
    expect(!r.ok && r.error.code).toBe('INVALID_COMMAND');
  });
});

describe('TransferIn', () => {
  it('opens the dossier as an opening balance', () => {
    const { state, events } = given(c.transferIn());
    expect(events[0]).toMatchObject({
      type: 'DossierTransferredIn',
      data: { source: 'prior-period', note: 'chuyển từ sổ theo dõi 2023', procedureCode: null, channel: 'direct' },
      meta: { occurredAt: '2023-12-28T09:00:00+07:00' },
    });
    expect(state).toMatchObject({
      status: 'open',
      openedBy: 'DossierTransferredIn',
      receivedAt: '2023-12-28T09:00:00+07:00',
    });
  });

  it('rejects a transfer of a dossier already here: DOSSIER_ALREADY_EXISTS', () => {
    thenRejected(receivedState(), c.transferIn(), 'DOSSIER_ALREADY_EXISTS');
  });

  it('rejects a transfer received in the future: RECEIVED_IN_FUTURE', () => {
    thenRejected(
      initialState,
      c.transferIn({ receivedAt: '2024-03-02T09:00:00+07:00', dueAt: '2024-03-08T17:00:00+07:00' }),
      'RECEIVED_IN_FUTURE',
    );
  });
});

describe('commands on an unknown dossier', () => {
  it.each([
    ['RequestSupplement', c.requestSupplement()],
    ['ProvideSupplement', c.provideSupplement()],
    ['RescheduleDueDate', c.reschedule('2024-01-25T17:00:00+07:00')],
    ['ResolveDossier', c.resolve('approved')],
    ['ReturnResult', c.returnResult()],
    ['WithdrawDossier', c.withdraw()],
    ['ReturnUnprocessed', c.returnUnprocessed()],
    ['DigitiseDossier', c.digitise('papers')],
    ['PayFee', c.payFee(5000)],
    ['RateSatisfaction', c.rate(5)],
    ['CorrectEvent', c.correct('x', null)],
  ])('%s is rejected: DOSSIER_NOT_FOUND', (_name, cmd) => {
    thenRejected(initialState, cmd, 'DOSSIER_NOT_FOUND');
  });
});

describe('RequestSupplement / ProvideSupplement', () => {
  const REQ = '2024-01-16T09:00:00+07:00';
  const PROV = '2024-01-18T09:00:00+07:00';

  it('stops the clock and moves the due date by the working time waited', () => {
    const { state: waiting, events } = given(c.receive(), c.requestSupplement(REQ));
    expect(events[1]).toMatchObject({ type: 'SupplementRequested', data: { reason: 'Thiếu bản sao giấy khai sinh' } });
    expect(waiting).toMatchObject({ awaitingSupplementSince: REQ, dueAt: DUE });
    const [provided] = whenAccepted(waiting, c.provideSupplement(PROV));
    const shifted = defaultCalendar.shiftForSupplement(DUE, REQ, PROV);
    expect(provided).toMatchObject({
      type: 'SupplementProvided',
      data: { dueAt: shifted },
      meta: { occurredAt: PROV },
    });
    // Waiting Tue 09:00 → Thu 09:00 is two working days, so Friday 17:00 moves past the weekend to Tuesday 17:00.
    expect(shifted).toBe('2024-01-23T17:00:00+07:00');
    const after = evolve(waiting, provided!);
    expect(after).toMatchObject({ awaitingSupplementSince: null, dueAt: shifted, dueAtOnReceipt: DUE });
  });

  it('rejects a second request while waiting: SUPPLEMENT_PENDING', () => {
    thenRejected(given(c.receive(), c.requestSupplement(REQ)).state, c.requestSupplement(PROV), 'SUPPLEMENT_PENDING');
  });

  it('rejects a request on a resolved dossier: ALREADY_RESOLVED', () => {
    thenRejected(given(c.receive(), c.resolve('approved', REQ)).state, c.requestSupplement(PROV), 'ALREADY_RESOLVED');
  });

  it('rejects a request on a finished dossier: DOSSIER_FINISHED', () => {
    thenRejected(given(c.receive(), c.withdraw(REQ)).state, c.requestSupplement(PROV), 'DOSSIER_FINISHED');
  });

  it('rejects a request dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected(receivedState(), c.requestSupplement('2024-01-15T07:00:00+07:00'), 'BEFORE_RECEIPT');
  });

  it('rejects a supplement nobody asked for: NO_SUPPLEMENT_PENDING', () => {
    thenRejected(receivedState(), c.provideSupplement(PROV), 'NO_SUPPLEMENT_PENDING');
  });

  it('rejects a supplement provided before it was requested: INVALID_COMMAND', () => {
    const waiting = given(c.receive(), c.requestSupplement(PROV)).state;
    thenRejected(waiting, c.provideSupplement(REQ), 'INVALID_COMMAND');
  });

  it('allows a new request once the previous one was answered', () => {
    const { state } = given(
      c.receive(),
      c.requestSupplement(REQ),
      c.provideSupplement(PROV),
      c.requestSupplement(PROV),
    );
    expect(state).toMatchObject({ awaitingSupplementSince: PROV, supplementRequests: 2 });
  });
});

describe('RescheduleDueDate', () => {
  const NEW = '2024-01-24T17:00:00+07:00';

  it('records the apology and new date without changing the due date for counting', () => {
    const { state, events } = given(c.receive(), c.reschedule(NEW, '2024-01-18T10:00:00+07:00'));
    expect(events[1]).toMatchObject({
      type: 'DueDateRescheduled',
      data: { newDueAt: NEW, reason: 'Phần mềm liên thông bị lỗi' },
    });
    expect(state).toMatchObject({ rescheduledTo: NEW, dueAt: DUE });
  });

  it('rejects a second reschedule: ALREADY_RESCHEDULED', () => {
    const { state } = given(c.receive(), c.reschedule(NEW, '2024-01-17T10:00:00+07:00'));
    thenRejected(state, c.reschedule('2024-01-26T17:00:00+07:00', '2024-01-18T10:00:00+07:00'), 'ALREADY_RESCHEDULED');
  });

  it('rejects an apology on the due day itself: RESCHEDULE_TOO_LATE', () => {
    thenRejected(receivedState(), c.reschedule(NEW, '2024-01-19T07:30:00+07:00'), 'RESCHEDULE_TOO_LATE');
  });

  it('accepts an apology late on the day before the due day', () => {
    expect(decide(c.reschedule(NEW, '2024-01-18T23:59:00+07:00'), receivedState()).ok).toBe(true);
  });

  it('rejects an apology after the due date: RESCHEDULE_TOO_LATE', () => {
    thenRejected(receivedState(), c.reschedule(NEW, '2024-01-22T08:00:00+07:00'), 'RESCHEDULE_TOO_LATE');
  });

  it('rejects a new date not later than the due date: RESCHEDULE_NOT_LATER', () => {
    thenRejected(receivedState(), c.reschedule(DUE, '2024-01-17T10:00:00+07:00'), 'RESCHEDULE_NOT_LATER');
  });

  it('rejects a reschedule of a finished dossier: DOSSIER_FINISHED', () => {
    const { state } = given(c.receive(), c.resolve('refused', '2024-01-16T10:00:00+07:00'));
    thenRejected(state, c.reschedule(NEW, '2024-01-17T10:00:00+07:00'), 'DOSSIER_FINISHED');
  });
});

describe('ResolveDossier', () => {
  it('approved: the dossier stays open until the result is returned', () => {
    const { state, events } = given(c.receive(), c.resolve('approved', '2024-01-17T10:00:00+07:00'));
    expect(events[1]).toMatchObject({ type: 'DossierResolved', data: { decision: 'approved', note: null } });
    expect(state).toMatchObject({
      status: 'open',
      resolution: { decision: 'approved', at: '2024-01-17T10:00:00+07:00' },
      finishedAt: null,
    });
  });

  it('refused: finishes the dossier', () => {
    const { state } = given(c.receive(), c.resolve('refused', '2024-01-17T10:00:00+07:00'));
    expect(state).toMatchObject({ status: 'finished', finishKind: 'refused', finishedAt: '2024-01-17T10:00:00+07:00' });
  });

  it('refused while waiting for a supplement finishes the dossier', () => {
    const { state } = given(c.receive(), c.requestSupplement('2024-01-16T09:00:00+07:00'), c.resolve('refused'));
    expect(state).toMatchObject({ status: 'finished', finishKind: 'refused', awaitingSupplementSince: null });
  });

  it('rejects approval while waiting for a supplement: SUPPLEMENT_PENDING', () => {
    const { state } = given(c.receive(), c.requestSupplement('2024-01-16T09:00:00+07:00'));
    thenRejected(state, c.resolve('approved'), 'SUPPLEMENT_PENDING');
  });

  it('rejects a second resolution: ALREADY_RESOLVED', () => {
    thenRejected(given(c.receive(), c.resolve('approved')).state, c.resolve('refused'), 'ALREADY_RESOLVED');
  });

  it('rejects resolving a refused dossier again: DOSSIER_FINISHED', () => {
    thenRejected(given(c.receive(), c.resolve('refused')).state, c.resolve('approved'), 'DOSSIER_FINISHED');
  });

  it('rejects a resolution dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected(receivedState(), c.resolve('refused', '2024-01-14T10:00:00+07:00'), 'BEFORE_RECEIPT');
  });
});

describe('ReturnResult', () => {
  const RESOLVED_AT = '2024-01-17T10:00:00+07:00';

  it('finishes an approved dossier; `at` defaults to the time the command was issued', () => {
    const { state } = given(c.receive(), c.resolve('approved', RESOLVED_AT));
    const [event] = whenAccepted(state, c.returnResult());
    expect(event).toMatchObject({ type: 'ResultReturned', data: {}, meta: { occurredAt: NOW } });
    expect(evolve(state, event!)).toMatchObject({ status: 'finished', finishKind: 'returned', finishedAt: NOW });
  });

  it('rejects a return before any resolution: NOT_RESOLVED', () => {
    thenRejected(receivedState(), c.returnResult(), 'NOT_RESOLVED');
  });

  it('rejects a return dated before the resolution: NOT_RESOLVED', () => {
    const { state } = given(c.receive(), c.resolve('approved', RESOLVED_AT));
    thenRejected(state, c.returnResult('2024-01-16T10:00:00+07:00'), 'NOT_RESOLVED');
  });

  it('rejects a second return: ALREADY_RETURNED', () => {
    const { state } = given(c.receive(), c.resolve('approved', RESOLVED_AT), c.returnResult());
    thenRejected(state, c.returnResult(), 'ALREADY_RETURNED');
  });

  it('rejects a return after a refusal: DOSSIER_FINISHED', () => {
    thenRejected(given(c.receive(), c.resolve('refused', RESOLVED_AT)).state, c.returnResult(), 'DOSSIER_FINISHED');
  });

  it('rejects a dossier finished before it was received: BEFORE_RECEIPT', () => {
    const { state } = given(c.receive(), c.resolve('approved', RESOLVED_AT));
    const e = thenRejected(state, c.returnResult('2024-01-10T10:00:00+07:00'), 'BEFORE_RECEIPT');
    expect(e.message).toContain('before the dossier was received');
  });
});

describe('WithdrawDossier / ReturnUnprocessed', () => {
  it('withdrawal finishes the dossier', () => {
    const { state, events } = given(c.receive(), c.withdraw('2024-01-16T10:00:00+07:00'));
    expect(events[1]).toMatchObject({ type: 'DossierWithdrawn', data: { reason: 'Công dân xin rút' } });
    expect(state).toMatchObject({
      status: 'finished',
      finishKind: 'withdrawn',
      finishedAt: '2024-01-16T10:00:00+07:00',
    });
  });

  it('returning unprocessed finishes the dossier, even while waiting for a supplement', () => {
    const { state, events } = given(
      c.receive(),
      c.requestSupplement('2024-01-16T09:00:00+07:00'),
      c.returnUnprocessed(),
    );
    expect(events[2]).toMatchObject({ type: 'DossierReturnedUnprocessed', data: { reason: 'Không thuộc thẩm quyền' } });
    expect(state).toMatchObject({ status: 'finished', finishKind: 'returnedUnprocessed' });
  });

  it('rejects withdrawing an approved dossier: ALREADY_RESOLVED', () => {
    thenRejected(given(c.receive(), c.resolve('approved')).state, c.withdraw(), 'ALREADY_RESOLVED');
  });

  it.each([
    ['WithdrawDossier', () => c.withdraw()],
    ['ReturnUnprocessed', () => c.returnUnprocessed()],
    ['ResolveDossier', () => c.resolve('approved')],
  ])('after a final event, %s is rejected: DOSSIER_FINISHED', (_name, cmd) => {
    thenRejected(given(c.receive(), c.withdraw('2024-01-16T10:00:00+07:00')).state, cmd(), 'DOSSIER_FINISHED');
    thenRejected(given(c.receive(), c.returnUnprocessed('2024-01-16T10:00:00+07:00')).state, cmd(), 'DOSSIER_FINISHED');
  });
});

describe('DigitiseDossier / PayFee / RateSatisfaction', () => {
  it('are recorded while open', () => {
    const { state, events } = given(c.receive(), c.digitise('papers'), c.payFee(50_000), c.rate(4));
    expect(events.slice(1).map((e) => e.type)).toEqual(['DossierDigitised', 'FeePaid', 'SatisfactionRated']);
    expect(state).toMatchObject({
      status: 'open',
      digitised: { papers: true, result: false },
      payments: [{ method: 'online', amountVnd: 50_000, at: NOW }],
      rating: { score: 4, complaint: false, comment: null },
    });
  });

  it('are still accepted after the dossier is finished', () => {
    const finished = given(c.receive(), c.resolve('approved'), c.returnResult()).state;
    const { state } = given(
      c.receive(),
      c.resolve('approved'),
      c.returnResult(),
      c.digitise('result'),
      c.payFee(8000),
      c.rate(2),
    );
    expect(finished.status).toBe('finished');
    expect(state).toMatchObject({ status: 'finished', digitised: { result: true }, rating: { score: 2 } });
  });

  it('rejects a score outside 1-5 and a fractional amount: INVALID_COMMAND naming the field', () => {
    const state = receivedState();
    expect(thenRejected(state, c.rate(6), 'INVALID_COMMAND').issues?.[0]?.path).toBe('score');
    expect(thenRejected(state, c.payFee(10.5), 'INVALID_COMMAND').issues?.[0]?.path).toBe('amountVnd');
  });

  it('rejects a payment dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected(receivedState(), c.payFee(5000, '2024-01-01T10:00:00+07:00'), 'BEFORE_RECEIPT');
  });
});

describe('CorrectEvent', () => {
  it('replaces an event: the state reads the replacement from then on', () => {
    const { state, events } = given(c.receive(), c.resolve('approved', '2024-01-17T10:00:00+07:00'));
    const receipt = events[0]!;
    const fixed = { ...receipt.data, channel: 'postal', receivedAt: '2024-01-15T09:30:00+07:00' };
    const [corr] = whenAccepted(
      state,
      c.correct(receipt.meta.eventId, {
        type: 'DossierReceived',
        occurredAt: '2024-01-15T09:30:00+07:00',
        data: fixed,
      }),
    );
    expect(corr).toMatchObject({
      type: 'EventCorrected',
      data: { supersedes: receipt.meta.eventId, reason: 'Nhập sai' },
    });
    const after = evolve(state, corr!);
    expect(after).toMatchObject({
      status: 'open',
      channel: 'postal',
      receivedAt: '2024-01-15T09:30:00+07:00',
      resolution: { decision: 'approved' },
      revision: 3,
    });
    expect(after.eventIds).toEqual([...events.map((e) => e.meta.eventId), corr!.meta.eventId]);
  });

  it('retracts an event with a null replacement', () => {
    const { state, events } = given(c.receive(), c.withdraw('2024-01-16T10:00:00+07:00'));
    const after = given(c.receive(), c.withdraw('2024-01-16T10:00:00+07:00')).state;
    expect(after.status).toBe('finished');
    const [corr] = whenAccepted(state, c.correct(events[1]!.meta.eventId, null));
    const reopened = evolve(state, corr!);
    expect(reopened).toMatchObject({ status: 'open', finishKind: null, revision: 3 });
    expect(effectiveEvents(reopened.history).map((e) => e.type)).toEqual(['DossierReceived']);
  });

  it('is accepted on a finished dossier (turning an approval into a refusal after a withdrawal is not)', () => {
    const { state, events } = given(c.receive(), c.resolve('approved', '2024-01-17T10:00:00+07:00'), c.returnResult());
    const resolution = events[1]!;
    // A refusal would finish the dossier a second time (refusal + return): bad input.
    const e = thenRejected(
      state,
      c.correct(resolution.meta.eventId, {
        type: 'DossierResolved',
        occurredAt: resolution.meta.occurredAt,
        data: { decision: 'refused', note: null },
      }),
      'CORRECTION_INVALID',
    );
    expect(e.message).toContain('after this correction');
    // Moving the return to another time is fine.
    const moved = whenAccepted(
      state,
      c.correct(events[2]!.meta.eventId, { type: 'ResultReturned', occurredAt: '2024-01-18T15:00:00+07:00', data: {} }),
    );
    const after = evolve(state, moved[0]!);
    expect(after).toMatchObject({ status: 'finished', finishedAt: '2024-01-18T15:00:00+07:00' });
  });

  it('rejects an unknown event id: CORRECTION_TARGET_UNKNOWN', () => {
    thenRejected(receivedState(), c.correct('00000000-0000-5000-8000-000000000000', null), 'CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects an event id of another dossier: CORRECTION_TARGET_UNKNOWN', () => {
    const other = decide({ ...c.receive(), dossierCode: 'HS-OTHER' }, initialState);
    if (!other.ok) throw new Error(other.error.message);
    thenRejected(receivedState(), c.correct(other.value[0]!.meta.eventId, null), 'CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects a replacement of another type: CORRECTION_INVALID', () => {
    const { state, events } = given(c.receive(), c.payFee(5000));
    const e = thenRejected(
      state,
      c.correct(events[1]!.meta.eventId, { type: 'DossierDigitised', occurredAt: NOW, data: { what: 'papers' } }),
      'CORRECTION_INVALID',
    );
    expect(e.message).toContain('FeePaid');
  });

  it('rejects a replacement whose data is not valid: CORRECTION_INVALID naming the field', () => {
    const { state, events } = given(c.receive(), c.payFee(5000));
    const e = thenRejected(
      state,
      c.correct(events[1]!.meta.eventId, {
        type: 'FeePaid',
        occurredAt: NOW,
        data: { method: 'online', amountVnd: '5.000 đ' },
      }),
      'CORRECTION_INVALID',
    );
    expect(e.issues?.[0]?.path).toBe('replacement.data.amountVnd');
  });

  it('rejects a replacement that puts an event before the receipt: CORRECTION_INVALID', () => {
    const { state, events } = given(c.receive(), c.payFee(5000, '2024-01-16T10:00:00+07:00'));
    const receipt = events[0]!;
    const later = { ...receipt.data, receivedAt: '2024-01-17T08:00:00+07:00' };
    const e = thenRejected(
      state,
      c.correct(receipt.meta.eventId, {
        type: 'DossierReceived',
        occurredAt: '2024-01-17T08:00:00+07:00',
        data: later,
      }),
      'CORRECTION_INVALID',
    );
    expect(e.issues?.[0]?.message).toContain('BEFORE_RECEIPT');
  });

  it('rejects moving the receipt to another dossier, and correcting a correction: CORRECTION_INVALID', () => {
    const { state, events } = given(c.receive(), c.payFee(5000));
    const receipt = events[0]!;
    thenRejected(
      state,
      c.correct(receipt.meta.eventId, {
        type: 'DossierReceived',
        occurredAt: RECEIVED,
        data: { ...receipt.data, dossierCode: 'HS-OTHER' },
      }),
      'CORRECTION_INVALID',
    );
    const [corr] = whenAccepted(state, c.correct(events[1]!.meta.eventId, null));
    thenRejected(evolve(state, corr!), c.correct(corr!.meta.eventId, null), 'CORRECTION_INVALID');
  });
});

describe('evolve, foldEvents and retries', () => {
  it('initialState is an empty dossier', () => {
    expect(initialState).toEqual({ status: 'none', eventIds: [], revision: 0, history: [] });
  });

  it('foldEvents equals evolving one event at a time, and events round-trip the codec', () => {
    const { state, events } = given(
      c.receive(),
      c.requestSupplement('2024-01-16T09:00:00+07:00'),
      c.provideSupplement('2024-01-17T09:00:00+07:00'),
      c.reschedule('2024-02-01T17:00:00+07:00', '2024-01-18T09:00:00+07:00'),
      c.resolve('approved', '2024-01-25T09:00:00+07:00'),
      c.returnResult('2024-01-26T09:00:00+07:00'),
      c.digitise('result'),
    );
    expect(foldEvents(events)).toEqual(state);
    expect(state.revision).toBe(events.length);
    for (const e of events) expect(parseEvent(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, value: e });
  });

  it('neither decide nor evolve mutates or freezes what it is given', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
      return o;
    };
    const { state, events } = given(c.receive(), c.requestSupplement('2024-01-16T09:00:00+07:00'));
    expect(events.some((e) => Object.isFrozen(e) || Object.isFrozen(e.data))).toBe(false);
    const snapshot = structuredClone(state);
    deepFreeze(state);
    const [provided] = whenAccepted(state, c.provideSupplement('2024-01-17T09:00:00+07:00'));
    const after = evolve(state, provided!);
    expect(state).toEqual(snapshot);
    expect(after.revision).toBe(3);
  });

  it('the same command decided twice gives identical events; eventsOfCommand finds them after the append', () => {
    const cmd = c.receive();
    const a = decide(cmd, initialState);
    const b = decide(structuredClone(cmd), initialState);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('rejected');
    const state = foldEvents(a.value);
    expect(eventsOfCommand(state, cmd.meta.commandId)).toEqual(a.value);
    expect(eventsOfCommand(state, 'other')).toEqual([]);
  });
});

describe('rejections in Vietnamese', () => {
  it('say times in office time even when the command gave them in UTC', () => {
    const e = thenRejected(
      initialState,
      c.receive({ receivedAt: '2024-03-02T01:30:00Z', dueAt: '2024-03-09T10:00:00Z' }),
      'RECEIVED_IN_FUTURE',
    );
    expect(e.message).toContain('2024-03-02T01:30:00Z');
    expect(e.messageVi).toBe(
      `${OFFICE}/${CODE}: tiếp nhận lúc 2024-03-02T08:30:00+07:00, sau thời điểm hiện tại (2024-03-01T09:00:00+07:00): không thể tiếp nhận ở tương lai`,
    );
  });
});
