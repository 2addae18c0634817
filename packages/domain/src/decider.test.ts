// Given/when/then for every command and every rejection code of the decider. Each rule is stated over
// the events already recorded (given(events).when(command).then(events | rejected(code))), never over
// earlier commands, so a test fails only for its own rule.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar.js';
import { eventIdFor, parseEvent } from './codec.js';
import type { DossierCommand } from './commands.js';
import {
  createDecider,
  decide,
  effectiveEvents,
  eventsOfCommand,
  evolve,
  foldEvents,
  initialState,
} from './decider.js';
import { deciderSpecification, given, rejected } from './decider-specification.js';
import type { DomainErrorCode } from './errors.js';
import { CURRENT_SCHEMA_VERSION, type DossierEvent, type EventData, type EventType } from './events.js';
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
  stop: (at?: string): DossierCommand => ({
    type: 'StopProcessing',
    ...dossier,
    reason: 'Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung',
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

// ---- the facts a history is made of, recorded as the store would hold them ----

let factSeq = 0;
const fact = <T extends EventType>(type: T, data: EventData<T>, at: string): DossierEvent => {
  const id = `given-${++factSeq}`;
  return {
    type,
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
    data,
    meta: {
      eventId: id,
      occurredAt: at,
      actor: 'cb.tuphap',
      office: OFFICE,
      correlationId: id,
      causationId: null,
      commandId: id,
    },
  } as DossierEvent;
};

const f = {
  received: (over: Partial<EventData<'DossierReceived'>> = {}): DossierEvent => {
    const data = {
      ...dossier,
      procedureCode: '1.000894',
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: RECEIVED,
      dueAt: DUE,
      applicantRef: null,
      ...over,
    } as EventData<'DossierReceived'>;
    return fact('DossierReceived', data, data.receivedAt);
  },
  supplementRequested: (at: string) => fact('SupplementRequested', { reason: 'Thiếu bản sao giấy khai sinh' }, at),
  supplementProvided: (at: string, dueAt: string) => fact('SupplementProvided', { dueAt }, at),
  rescheduled: (newDueAt: string, at: string) =>
    fact('DueDateRescheduled', { reason: 'Phần mềm liên thông bị lỗi', newDueAt }, at),
  resolved: (decision: 'approved' | 'refused', at: string) => fact('DossierResolved', { decision, note: null }, at),
  returned: (at: string) => fact('ResultReturned', {}, at),
  withdrawn: (at: string) => fact('DossierWithdrawn', { reason: 'Công dân xin rút' }, at),
  returnedUnprocessed: (at: string) => fact('DossierReturnedUnprocessed', { reason: 'Không thuộc thẩm quyền' }, at),
  digitised: (what: 'papers' | 'result', at: string) => fact('DossierDigitised', { what }, at),
  feePaid: (amountVnd: number, at: string) => fact('FeePaid', { method: 'online', amountVnd }, at),
  stopped: (at: string) =>
    fact('ProcessingStopped', { reason: 'Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung' }, at),
};

/** The event a command makes, as the decider records it: the command's own id, actor and time. */
const made = <T extends EventType>(command: DossierCommand, type: T, data: EventData<T>, at: string): DossierEvent =>
  ({
    type,
    schemaVersion: CURRENT_SCHEMA_VERSION[type],
    data,
    meta: {
      eventId: eventIdFor(command.meta.commandId, 0),
      occurredAt: at,
      actor: command.meta.actor,
      office: OFFICE,
      correlationId: command.meta.commandId,
      causationId: null,
      commandId: command.meta.commandId,
    },
  }) as DossierEvent;

/** The command must be refused with `code`, saying so in English and Vietnamese, naming the dossier. */
function thenRejected(events: readonly DossierEvent[], command: DossierCommand, code: DomainErrorCode) {
  const error = given(events).when(command).then(rejected(code));
  expect(error.code).toBe(code);
  expect(error.kind).toBe('DomainError');
  expect(error.message).toContain(`${OFFICE}/${CODE}`);
  // The same rule in Vietnamese for clerks, with times in office time (+07:00), never UTC "Z".
  if (error.messageVi === undefined) expect(error.issues?.length).toBeGreaterThan(0);
  else {
    expect(error.messageVi).toContain(`${OFFICE}/${CODE}`);
    expect(error.messageVi).not.toMatch(/\d(?:\.\d+)?Z\b/);
  }
  return error;
}

const accepted = (events: readonly DossierEvent[], command: DossierCommand) =>
  given(events).when(command).thenAccepted();

describe('the decider specification itself', () => {
  it('fails when the events differ, when a rejection was expected, and on the wrong code', () => {
    const cmd = c.requestSupplement('2024-01-16T09:00:00+07:00');
    const spec = given([f.received()]).when(cmd);
    expect(() => spec.then([])).toThrow(/other events than expected/);
    expect(() => spec.then(rejected('SUPPLEMENT_PENDING'))).toThrow(/expected to be rejected with SUPPLEMENT_PENDING/);
    expect(() => given([]).when(cmd).then(rejected('DOSSIER_FINISHED'))).toThrow(/not DOSSIER_NOT_FOUND/);
    expect(() => given([]).when(cmd).thenAccepted()).toThrow(/was rejected: DOSSIER_NOT_FOUND/);
  });

  it('refuses a given event that could not have been stored, naming it', () => {
    const bad = { ...f.returned(NOW), data: { extra: 1 } } as unknown as DossierEvent;
    expect(() => given([f.received(), bad])).toThrow(/given event 1 \(ResultReturned\) is not valid/);
  });
});

describe('ReceiveDossier', () => {
  it('opens the dossier with the procedure field and the calendar due date', () => {
    const cmd = c.receive({ procedureCode: '1.001193', dueAt: undefined, applicantRef: 'cd-7f3a' });
    const khaiSinh = sampleCatalogue.byCode('1.001193')!;
    const expected = {
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
    } as DossierEvent;
    const {
      events: [event, ...rest],
      after: state,
    } = given([]).when(cmd).then([expected]);
    expect(rest).toEqual([]);
    expect(event).toEqual(expected);
    expect(state).toMatchObject({ status: 'open', office: OFFICE, code: CODE, field: 'Hộ tịch', revision: 1 });
    expect(Date.parse(state.status === 'open' ? state.dueAt : '')).toBeGreaterThan(Date.parse(RECEIVED));
  });

  it('keeps an explicit field and due date, and passes correlation and causation ids on', () => {
    const cmd = {
      ...c.receive({ procedureCode: undefined, field: 'Lĩnh vực ngoài danh mục', dueAt: DUE }),
      meta: { commandId: 'cmd-x', actor: 'api', issuedAt: NOW, correlationId: 'corr-1', causationId: 'ev-0' },
    };
    const [event] = accepted([], cmd).events;
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
    const { events } = deciderSpecification(d)([])
      .when(c.receive({ procedureCode: 'X.1', dueAt: undefined }))
      .thenAccepted();
    expect(events[0]?.data).toMatchObject({ field: 'Thử nghiệm', dueAt: '2024-01-15T10:00:00+07:00' });
  });

  it('rejects a procedure outside the catalogue without field and due date: UNKNOWN_PROCEDURE', () => {
    thenRejected([], c.receive({ procedureCode: '9.999999', dueAt: undefined }), 'UNKNOWN_PROCEDURE');
  });

  it('records a procedure outside the catalogue when field and due date are given', () => {
    const [event] = accepted([], c.receive({ procedureCode: '9.999999', field: 'Khác', dueAt: DUE })).events;
    expect(event?.data).toMatchObject({ procedureCode: '9.999999', field: 'Khác', dueAt: DUE });
  });

  it('rejects a receipt with neither procedure nor field and due date: INVALID_COMMAND naming the fields', () => {
    const e = thenRejected([], c.receive({ procedureCode: undefined, dueAt: undefined }), 'INVALID_COMMAND');
    expect(e.issues?.map((i) => i.path)).toEqual(['field', 'dueAt']);
  });

  it('rejects a malformed command: INVALID_COMMAND naming the field', () => {
    const bad = { ...c.receive(), channel: 'fax' } as unknown as DossierCommand;
    const e = thenRejected([], bad, 'INVALID_COMMAND');
    expect(e.issues?.[0]?.path).toBe('channel');
  });

  it('rejects a due date before the receipt: INVALID_COMMAND', () => {
    thenRejected([], c.receive({ dueAt: '2024-01-14T17:00:00+07:00' }), 'INVALID_COMMAND');
  });

  it('rejects a receipt in the future: RECEIVED_IN_FUTURE', () => {
    const cmd = { ...c.receive(), meta: meta('2024-01-15T07:59:59+07:00') };
    thenRejected([], cmd, 'RECEIVED_IN_FUTURE');
  });

  it('rejects a receipt typed in year 9999 as in the future, before the calendar is asked to count its due date', () => {
    // The calendar cannot count past year 9999; asked first, it made this an internal "invalid calendar" error.
    const cmd = c.receive({ procedureCode: '1.001193', dueAt: undefined, receivedAt: '9999-12-31T23:00:00+07:00' });
    thenRejected([], cmd, 'RECEIVED_IN_FUTURE');
  });

  it('compares instants, not written offsets: 01:00Z is 08:00 in Hà Nội', () => {
    const cmd = { ...c.receive(), meta: meta('2024-01-15T01:00:00Z') };
    expect(accepted([], cmd).events).toHaveLength(1);
  });

  it('rejects a second receipt: DOSSIER_ALREADY_EXISTS', () => {
    thenRejected([f.received()], c.receive(), 'DOSSIER_ALREADY_EXISTS');
  });

  it('rejects the state of another dossier: INVALID_COMMAND', () => {
    const other = { ...c.requestSupplement(), dossierCode: 'HS-OTHER' };
    const e = given([f.received()]).when(other).then(rejected('INVALID_COMMAND'));
    expect(e.code).toBe('INVALID_COMMAND');
  });
});

describe('TransferIn', () => {
  it('opens the dossier as an opening balance', () => {
    const { events, after: state } = accepted([], c.transferIn());
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
    thenRejected([f.received()], c.transferIn(), 'DOSSIER_ALREADY_EXISTS');
  });

  it('rejects a transfer received in the future: RECEIVED_IN_FUTURE', () => {
    thenRejected(
      [],
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
    ['StopProcessing', c.stop()],
  ])('%s is rejected: DOSSIER_NOT_FOUND', (_name, cmd) => {
    thenRejected([], cmd, 'DOSSIER_NOT_FOUND');
  });
});

describe('RequestSupplement / ProvideSupplement', () => {
  const REQ = '2024-01-16T09:00:00+07:00';
  const PROV = '2024-01-18T09:00:00+07:00';

  it('stops the clock and moves the due date by the working time waited', () => {
    const request = c.requestSupplement(REQ);
    const { after: waiting } = given([f.received()])
      .when(request)
      .then([made(request, 'SupplementRequested', { reason: 'Thiếu bản sao giấy khai sinh' }, REQ)]);
    expect(waiting).toMatchObject({ awaitingSupplementSince: REQ, dueAt: DUE });
    const shifted = defaultCalendar.shiftForSupplement(DUE, REQ, PROV);
    const provide = c.provideSupplement(PROV);
    const {
      events: [provided],
      after,
    } = given([f.received(), f.supplementRequested(REQ)])
      .when(provide)
      .then([made(provide, 'SupplementProvided', { dueAt: shifted }, PROV)]);
    expect(provided).toMatchObject({
      type: 'SupplementProvided',
      data: { dueAt: shifted },
      meta: { occurredAt: PROV },
    });
    // Waiting Tue 09:00 → Thu 09:00 is two working days, so Friday 17:00 moves past the weekend to Tuesday 17:00.
    expect(shifted).toBe('2024-01-23T17:00:00+07:00');
    expect(after).toMatchObject({ awaitingSupplementSince: null, dueAt: shifted, dueAtOnReceipt: DUE });
  });

  it('rejects a second request while waiting: SUPPLEMENT_PENDING', () => {
    thenRejected([f.received(), f.supplementRequested(REQ)], c.requestSupplement(PROV), 'SUPPLEMENT_PENDING');
  });

  it('rejects a request on a resolved dossier: ALREADY_RESOLVED', () => {
    thenRejected([f.received(), f.resolved('approved', REQ)], c.requestSupplement(PROV), 'ALREADY_RESOLVED');
  });

  it('rejects a request on a finished dossier: DOSSIER_FINISHED', () => {
    thenRejected([f.received(), f.withdrawn(REQ)], c.requestSupplement(PROV), 'DOSSIER_FINISHED');
  });

  it('rejects a request dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected([f.received()], c.requestSupplement('2024-01-15T07:00:00+07:00'), 'BEFORE_RECEIPT');
  });

  it('rejects a supplement nobody asked for: NO_SUPPLEMENT_PENDING', () => {
    thenRejected([f.received()], c.provideSupplement(PROV), 'NO_SUPPLEMENT_PENDING');
  });

  it('rejects a supplement provided before it was requested: INVALID_COMMAND', () => {
    thenRejected([f.received(), f.supplementRequested(PROV)], c.provideSupplement(REQ), 'INVALID_COMMAND');
  });

  it('allows a new request once the previous one was answered', () => {
    const answered = [
      f.received(),
      f.supplementRequested(REQ),
      f.supplementProvided(PROV, defaultCalendar.shiftForSupplement(DUE, REQ, PROV)),
    ];
    const { after: state } = accepted(answered, c.requestSupplement(PROV));
    expect(state).toMatchObject({ awaitingSupplementSince: PROV, supplementRequests: 2 });
  });
});

describe('RescheduleDueDate', () => {
  const NEW = '2024-01-24T17:00:00+07:00';

  it('records the apology and new date without changing the due date for counting', () => {
    const cmd = c.reschedule(NEW, '2024-01-18T10:00:00+07:00');
    const { events, after: state } = given([f.received()])
      .when(cmd)
      .then([
        made(
          cmd,
          'DueDateRescheduled',
          { reason: 'Phần mềm liên thông bị lỗi', newDueAt: NEW },
          '2024-01-18T10:00:00+07:00',
        ),
      ]);
    expect(events[0]).toMatchObject({
      type: 'DueDateRescheduled',
      data: { newDueAt: NEW, reason: 'Phần mềm liên thông bị lỗi' },
    });
    expect(state).toMatchObject({ rescheduledTo: NEW, dueAt: DUE });
  });

  it('rejects a second reschedule: ALREADY_RESCHEDULED', () => {
    thenRejected(
      [f.received(), f.rescheduled(NEW, '2024-01-17T10:00:00+07:00')],
      c.reschedule('2024-01-26T17:00:00+07:00', '2024-01-18T10:00:00+07:00'),
      'ALREADY_RESCHEDULED',
    );
  });

  it('rejects an apology on the due day itself: RESCHEDULE_TOO_LATE', () => {
    thenRejected([f.received()], c.reschedule(NEW, '2024-01-19T07:30:00+07:00'), 'RESCHEDULE_TOO_LATE');
  });

  it('accepts an apology late on the day before the due day', () => {
    expect(accepted([f.received()], c.reschedule(NEW, '2024-01-18T23:59:00+07:00')).events).toHaveLength(1);
  });

  it('rejects an apology after the due date: RESCHEDULE_TOO_LATE', () => {
    thenRejected([f.received()], c.reschedule(NEW, '2024-01-22T08:00:00+07:00'), 'RESCHEDULE_TOO_LATE');
  });

  it('rejects a new date not later than the due date: RESCHEDULE_NOT_LATER', () => {
    thenRejected([f.received()], c.reschedule(DUE, '2024-01-17T10:00:00+07:00'), 'RESCHEDULE_NOT_LATER');
  });

  it('rejects a reschedule of a finished dossier: DOSSIER_FINISHED', () => {
    thenRejected(
      [f.received(), f.resolved('refused', '2024-01-16T10:00:00+07:00')],
      c.reschedule(NEW, '2024-01-17T10:00:00+07:00'),
      'DOSSIER_FINISHED',
    );
  });
});

describe('ResolveDossier', () => {
  it('approved: the dossier stays open until the result is returned', () => {
    const cmd = c.resolve('approved', '2024-01-17T10:00:00+07:00');
    const { events, after: state } = given([f.received()])
      .when(cmd)
      .then([made(cmd, 'DossierResolved', { decision: 'approved', note: null }, '2024-01-17T10:00:00+07:00')]);
    expect(events[0]).toMatchObject({ type: 'DossierResolved', data: { decision: 'approved', note: null } });
    expect(state).toMatchObject({
      status: 'open',
      resolution: { decision: 'approved', at: '2024-01-17T10:00:00+07:00' },
      finishedAt: null,
    });
  });

  it('refused: finishes the dossier', () => {
    const { after: state } = accepted([f.received()], c.resolve('refused', '2024-01-17T10:00:00+07:00'));
    expect(state).toMatchObject({ status: 'finished', finishKind: 'refused', finishedAt: '2024-01-17T10:00:00+07:00' });
  });

  it('refused while waiting for a supplement finishes the dossier', () => {
    const waiting = [f.received(), f.supplementRequested('2024-01-16T09:00:00+07:00')];
    const { after: state } = accepted(waiting, c.resolve('refused'));
    expect(state).toMatchObject({ status: 'finished', finishKind: 'refused', awaitingSupplementSince: null });
  });

  it('rejects approval while waiting for a supplement: SUPPLEMENT_PENDING', () => {
    const waiting = [f.received(), f.supplementRequested('2024-01-16T09:00:00+07:00')];
    thenRejected(waiting, c.resolve('approved'), 'SUPPLEMENT_PENDING');
  });

  it('rejects a second resolution: ALREADY_RESOLVED', () => {
    thenRejected([f.received(), f.resolved('approved', NOW)], c.resolve('refused'), 'ALREADY_RESOLVED');
  });

  it('rejects resolving a refused dossier again: DOSSIER_FINISHED', () => {
    thenRejected([f.received(), f.resolved('refused', NOW)], c.resolve('approved'), 'DOSSIER_FINISHED');
  });

  it('rejects a resolution dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected([f.received()], c.resolve('refused', '2024-01-14T10:00:00+07:00'), 'BEFORE_RECEIPT');
  });
});

describe('ReturnResult', () => {
  const RESOLVED_AT = '2024-01-17T10:00:00+07:00';
  const approved = () => [f.received(), f.resolved('approved', RESOLVED_AT)];

  it('finishes an approved dossier; `at` defaults to the time the command was issued', () => {
    const cmd = c.returnResult();
    const {
      events: [event],
      after,
    } = given(approved())
      .when(cmd)
      .then([made(cmd, 'ResultReturned', {}, NOW)]);
    expect(event).toMatchObject({ type: 'ResultReturned', data: {}, meta: { occurredAt: NOW } });
    expect(after).toMatchObject({ status: 'finished', finishKind: 'returned', finishedAt: NOW });
  });

  it('rejects a return before any resolution: NOT_RESOLVED', () => {
    thenRejected([f.received()], c.returnResult(), 'NOT_RESOLVED');
  });

  it('rejects a return dated before the resolution: NOT_RESOLVED', () => {
    thenRejected(approved(), c.returnResult('2024-01-16T10:00:00+07:00'), 'NOT_RESOLVED');
  });

  it('rejects a second return: ALREADY_RETURNED', () => {
    thenRejected([...approved(), f.returned(NOW)], c.returnResult(), 'ALREADY_RETURNED');
  });

  it('rejects a return after a refusal: DOSSIER_FINISHED', () => {
    thenRejected([f.received(), f.resolved('refused', RESOLVED_AT)], c.returnResult(), 'DOSSIER_FINISHED');
  });

  it('rejects a dossier finished before it was received: BEFORE_RECEIPT', () => {
    const e = thenRejected(approved(), c.returnResult('2024-01-10T10:00:00+07:00'), 'BEFORE_RECEIPT');
    expect(e.message).toContain('before the dossier was received');
  });
});

describe('WithdrawDossier / ReturnUnprocessed', () => {
  it('withdrawal finishes the dossier', () => {
    const cmd = c.withdraw('2024-01-16T10:00:00+07:00');
    const { events, after: state } = given([f.received()])
      .when(cmd)
      .then([made(cmd, 'DossierWithdrawn', { reason: 'Công dân xin rút' }, '2024-01-16T10:00:00+07:00')]);
    expect(events[0]).toMatchObject({ type: 'DossierWithdrawn', data: { reason: 'Công dân xin rút' } });
    expect(state).toMatchObject({
      status: 'finished',
      finishKind: 'withdrawn',
      finishedAt: '2024-01-16T10:00:00+07:00',
    });
  });

  it('returning unprocessed finishes the dossier, even while waiting for a supplement', () => {
    const cmd = c.returnUnprocessed();
    const { events, after: state } = given([f.received(), f.supplementRequested('2024-01-16T09:00:00+07:00')])
      .when(cmd)
      .then([made(cmd, 'DossierReturnedUnprocessed', { reason: 'Không thuộc thẩm quyền' }, NOW)]);
    expect(events[0]).toMatchObject({ type: 'DossierReturnedUnprocessed', data: { reason: 'Không thuộc thẩm quyền' } });
    expect(state).toMatchObject({ status: 'finished', finishKind: 'returnedUnprocessed' });
  });

  it('rejects withdrawing an approved dossier: ALREADY_RESOLVED', () => {
    thenRejected([f.received(), f.resolved('approved', NOW)], c.withdraw(), 'ALREADY_RESOLVED');
  });

  it.each([
    ['WithdrawDossier', () => c.withdraw()],
    ['ReturnUnprocessed', () => c.returnUnprocessed()],
    ['ResolveDossier', () => c.resolve('approved')],
  ])('after a final event, %s is rejected: DOSSIER_FINISHED', (_name, cmd) => {
    thenRejected([f.received(), f.withdrawn('2024-01-16T10:00:00+07:00')], cmd(), 'DOSSIER_FINISHED');
    thenRejected([f.received(), f.returnedUnprocessed('2024-01-16T10:00:00+07:00')], cmd(), 'DOSSIER_FINISHED');
  });
});

describe('DigitiseDossier / PayFee / RateSatisfaction', () => {
  it('are recorded while open', () => {
    const digitise = c.digitise('papers');
    given([f.received()])
      .when(digitise)
      .then([made(digitise, 'DossierDigitised', { what: 'papers' }, NOW)]);
    const pay = c.payFee(50_000);
    given([f.received(), f.digitised('papers', NOW)])
      .when(pay)
      .then([made(pay, 'FeePaid', { method: 'online', amountVnd: 50_000 }, NOW)]);
    const rate = c.rate(4);
    const { events, after: state } = given([f.received(), f.digitised('papers', NOW), f.feePaid(50_000, NOW)])
      .when(rate)
      .then([made(rate, 'SatisfactionRated', { score: 4, complaint: false, comment: null }, NOW)]);
    expect(events.map((e) => e.type)).toEqual(['SatisfactionRated']);
    expect(state).toMatchObject({
      status: 'open',
      digitised: { papers: true, result: false },
      payments: [{ method: 'online', amountVnd: 50_000, at: NOW }],
      rating: { score: 4, complaint: false, comment: null },
    });
  });

  it('are still accepted after the dossier is finished', () => {
    const finished = [f.received(), f.resolved('approved', NOW), f.returned(NOW)];
    expect(given(finished).state.status).toBe('finished');
    expect(accepted(finished, c.digitise('result')).after.status).toBe('finished');
    expect(accepted([...finished, f.digitised('result', NOW)], c.payFee(8000)).after.status).toBe('finished');
    const { after: state } = accepted([...finished, f.digitised('result', NOW), f.feePaid(8000, NOW)], c.rate(2));
    expect(state).toMatchObject({ status: 'finished', digitised: { result: true }, rating: { score: 2 } });
  });

  it('rejects a score outside 1-5 and a fractional amount: INVALID_COMMAND naming the field', () => {
    expect(thenRejected([f.received()], c.rate(6), 'INVALID_COMMAND').issues?.[0]?.path).toBe('score');
    expect(thenRejected([f.received()], c.payFee(10.5), 'INVALID_COMMAND').issues?.[0]?.path).toBe('amountVnd');
  });

  it('rejects a payment dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected([f.received()], c.payFee(5000, '2024-01-01T10:00:00+07:00'), 'BEFORE_RECEIPT');
  });
});

describe('CorrectEvent', () => {
  it('replaces an event: the state reads the replacement from then on', () => {
    const events = [f.received(), f.resolved('approved', '2024-01-17T10:00:00+07:00')];
    const receipt = events[0]!;
    const fixed = { ...receipt.data, channel: 'postal', receivedAt: '2024-01-15T09:30:00+07:00' };
    const {
      events: [corr],
      after,
    } = accepted(
      events,
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
    const events = [f.received(), f.withdrawn('2024-01-16T10:00:00+07:00')];
    expect(given(events).state.status).toBe('finished');
    const { after: reopened } = accepted(events, c.correct(events[1]!.meta.eventId, null));
    expect(reopened).toMatchObject({ status: 'open', finishKind: null, revision: 3 });
    expect(effectiveEvents(reopened.history).map((e) => e.type)).toEqual(['DossierReceived']);
  });

  it('is accepted on a finished dossier (turning an approval into a refusal after a withdrawal is not)', () => {
    const events = [f.received(), f.resolved('approved', '2024-01-17T10:00:00+07:00'), f.returned(NOW)];
    const resolution = events[1]!;
    // A refusal would finish the dossier a second time (refusal + return): bad input.
    const e = thenRejected(
      events,
      c.correct(resolution.meta.eventId, {
        type: 'DossierResolved',
        occurredAt: resolution.meta.occurredAt,
        data: { decision: 'refused', note: null },
      }),
      'CORRECTION_INVALID',
    );
    expect(e.message).toContain('after this correction');
    // Moving the return to another time is fine.
    const { after } = accepted(
      events,
      c.correct(events[2]!.meta.eventId, { type: 'ResultReturned', occurredAt: '2024-01-18T15:00:00+07:00', data: {} }),
    );
    expect(after).toMatchObject({ status: 'finished', finishedAt: '2024-01-18T15:00:00+07:00' });
  });

  it('rejects an unknown event id: CORRECTION_TARGET_UNKNOWN', () => {
    thenRejected([f.received()], c.correct('00000000-0000-5000-8000-000000000000', null), 'CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects an event id of another dossier: CORRECTION_TARGET_UNKNOWN', () => {
    const other = accepted([], { ...c.receive(), dossierCode: 'HS-OTHER' }).events;
    thenRejected([f.received()], c.correct(other[0]!.meta.eventId, null), 'CORRECTION_TARGET_UNKNOWN');
  });

  it('rejects a replacement of another type: CORRECTION_INVALID', () => {
    const events = [f.received(), f.feePaid(5000, NOW)];
    const e = thenRejected(
      events,
      c.correct(events[1]!.meta.eventId, { type: 'DossierDigitised', occurredAt: NOW, data: { what: 'papers' } }),
      'CORRECTION_INVALID',
    );
    expect(e.message).toContain('FeePaid');
  });

  it('rejects a replacement whose data is not valid: CORRECTION_INVALID naming the field', () => {
    const events = [f.received(), f.feePaid(5000, NOW)];
    const e = thenRejected(
      events,
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
    const events = [f.received(), f.feePaid(5000, '2024-01-16T10:00:00+07:00')];
    const receipt = events[0]!;
    const later = { ...receipt.data, receivedAt: '2024-01-17T08:00:00+07:00' };
    const e = thenRejected(
      events,
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
    const events = [f.received(), f.feePaid(5000, NOW)];
    const receipt = events[0]!;
    thenRejected(
      events,
      c.correct(receipt.meta.eventId, {
        type: 'DossierReceived',
        occurredAt: RECEIVED,
        data: { ...receipt.data, dossierCode: 'HS-OTHER' },
      }),
      'CORRECTION_INVALID',
    );
    const correction = fact(
      'EventCorrected',
      { supersedes: events[1]!.meta.eventId, reason: 'Nhập sai', replacement: null },
      NOW,
    );
    thenRejected([...events, correction], c.correct(correction.meta.eventId, null), 'CORRECTION_INVALID');
  });
});

describe('StopProcessing (Thông báo dừng giải quyết hồ sơ, from 1 July 2025)', () => {
  // Tuesday 15 July 2025, under Nghị định 118/2025.
  const RECEIVED_2025 = '2025-07-15T08:00:00+07:00';
  const DUE_2025 = '2025-07-21T17:00:00+07:00';
  const STOP_AT = '2025-07-18T10:00:00+07:00';
  const ISSUED = '2025-08-01T09:00:00+07:00';
  const received2025 = () => f.received({ receivedAt: RECEIVED_2025, dueAt: DUE_2025 });
  const stop = (at: string): DossierCommand => ({ ...c.stop(at), meta: meta(ISSUED) });
  const REASON = 'Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung';

  it('finishes an open dossier received under the 2025 rules, without a result', () => {
    const cmd = stop(STOP_AT);
    const { after } = given([received2025()])
      .when(cmd)
      .then([made(cmd, 'ProcessingStopped', { reason: REASON }, STOP_AT)]);
    expect(after).toMatchObject({ status: 'finished', finishKind: 'stopped', finishedAt: STOP_AT, resolution: null });
  });

  it('is the usual end of a dossier whose supplement never came: the wait ends with it', () => {
    const waiting = [received2025(), f.supplementRequested('2025-07-16T09:00:00+07:00')];
    const { after } = accepted(waiting, stop(STOP_AT));
    expect(after).toMatchObject({ status: 'finished', finishKind: 'stopped', awaitingSupplementSince: null });
  });

  it('takes the receipt day in office time: 2025-06-30T17:30Z is 1 July 00:30 in Hà Nội', () => {
    const midnight = f.received({ receivedAt: '2025-06-30T17:30:00Z', dueAt: DUE_2025 });
    expect(accepted([midnight], stop(STOP_AT)).after.status).toBe('finished');
  });

  it('rejects a stop for a dossier received under Nghị định 61/2018, even after 1 July 2025: RULE_NOT_IN_FORCE', () => {
    const old = f.received({ receivedAt: '2025-06-30T16:59:00+07:00', dueAt: DUE_2025 });
    const e = thenRejected([old], stop(STOP_AT), 'RULE_NOT_IN_FORCE');
    expect(e.message).toContain('nd61-2018');
    expect(e.messageVi).toContain('Nghị định 118/2025/NĐ-CP');
    thenRejected([f.received()], c.stop('2024-01-16T10:00:00+07:00'), 'RULE_NOT_IN_FORCE');
  });

  it('rejects a stop after an approval: ALREADY_RESOLVED', () => {
    thenRejected(
      [received2025(), f.resolved('approved', '2025-07-17T10:00:00+07:00')],
      stop(STOP_AT),
      'ALREADY_RESOLVED',
    );
  });

  it('rejects a stop dated before the receipt: BEFORE_RECEIPT', () => {
    thenRejected([received2025()], stop('2025-07-14T10:00:00+07:00'), 'BEFORE_RECEIPT');
  });

  it.each([
    ['withdrawn', () => f.withdrawn('2025-07-16T10:00:00+07:00')],
    ['refused', () => f.resolved('refused', '2025-07-16T10:00:00+07:00')],
    ['stopped', () => f.stopped('2025-07-16T10:00:00+07:00')],
  ])('rejects a stop of a dossier already %s: DOSSIER_FINISHED', (_name, finish) => {
    thenRejected([received2025(), finish()], stop(STOP_AT), 'DOSSIER_FINISHED');
  });

  it('after a stop, nothing but digitisation, payment, rating and corrections', () => {
    const stopped = [received2025(), f.stopped(STOP_AT)];
    const e = thenRejected(stopped, { ...c.returnResult(), meta: meta(ISSUED) }, 'DOSSIER_FINISHED');
    expect(e.messageVi).toContain('đã dừng giải quyết');
    thenRejected(stopped, { ...c.resolve('approved'), meta: meta(ISSUED) }, 'DOSSIER_FINISHED');
    expect(accepted(stopped, { ...c.digitise('papers'), meta: meta(ISSUED) }).after.status).toBe('finished');
    const { after } = accepted(stopped, { ...c.correct(stopped[1]!.meta.eventId, null), meta: meta(ISSUED) });
    expect(after).toMatchObject({ status: 'open', finishKind: null });
  });

  it('a correction may not move the receipt of a stopped dossier before 1 July 2025: CORRECTION_INVALID', () => {
    const stopped = [received2025(), f.stopped(STOP_AT)];
    const receipt = stopped[0]!;
    const e = thenRejected(
      stopped,
      {
        ...c.correct(receipt.meta.eventId, {
          type: 'DossierReceived',
          occurredAt: '2025-06-30T08:00:00+07:00',
          data: { ...receipt.data, receivedAt: '2025-06-30T08:00:00+07:00' },
        }),
        meta: meta(ISSUED),
      },
      'CORRECTION_INVALID',
    );
    expect(e.issues?.[0]?.message).toMatch(/^RULE_NOT_IN_FORCE/);
  });

  it('rejects a stop without a reason: INVALID_COMMAND naming the field', () => {
    const e = thenRejected([received2025()], { ...stop(STOP_AT), reason: '' } as DossierCommand, 'INVALID_COMMAND');
    expect(e.issues?.[0]?.path).toBe('reason');
  });
});

describe('evolve, foldEvents and retries', () => {
  it('initialState is an empty dossier', () => {
    expect(initialState).toEqual({ status: 'none', eventIds: [], revision: 0, history: [] });
  });

  it('foldEvents equals evolving one event at a time, and events round-trip the codec', () => {
    const history: [DossierEvent, DossierCommand][] = [
      [f.received(), c.receive()],
      [f.supplementRequested('2024-01-16T09:00:00+07:00'), c.requestSupplement('2024-01-16T09:00:00+07:00')],
      [
        f.supplementProvided(
          '2024-01-17T09:00:00+07:00',
          defaultCalendar.shiftForSupplement(DUE, '2024-01-16T09:00:00+07:00', '2024-01-17T09:00:00+07:00'),
        ),
        c.provideSupplement('2024-01-17T09:00:00+07:00'),
      ],
      [
        f.rescheduled('2024-02-01T17:00:00+07:00', '2024-01-18T09:00:00+07:00'),
        c.reschedule('2024-02-01T17:00:00+07:00', '2024-01-18T09:00:00+07:00'),
      ],
      [f.resolved('approved', '2024-01-25T09:00:00+07:00'), c.resolve('approved', '2024-01-25T09:00:00+07:00')],
      [f.returned('2024-01-26T09:00:00+07:00'), c.returnResult('2024-01-26T09:00:00+07:00')],
      [f.digitised('result', NOW), c.digitise('result')],
    ];
    const events = history.map(([e]) => e);
    let state = initialState;
    for (const e of events) state = evolve(state, e);
    expect(foldEvents(events)).toEqual(state);
    expect(state.revision).toBe(events.length);
    // What each command makes on the history before it is what the history holds (ids apart), and survives storage.
    history.forEach(([e, command], i) => {
      const made = accepted(events.slice(0, i), command).events;
      expect(made.map((m) => ({ type: m.type, data: m.data, at: m.meta.occurredAt }))).toEqual([
        { type: e.type, data: e.data, at: e.meta.occurredAt },
      ]);
      for (const m of [...made, e]) expect(parseEvent(JSON.parse(JSON.stringify(m)))).toEqual({ ok: true, value: m });
    });
  });

  it('neither decide nor evolve mutates or freezes what it is given', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
      return o;
    };
    const requested = accepted([f.received()], c.requestSupplement('2024-01-16T09:00:00+07:00')).events;
    expect(requested.some((e) => Object.isFrozen(e) || Object.isFrozen(e.data))).toBe(false);
    const waiting = given([f.received(), f.supplementRequested('2024-01-16T09:00:00+07:00')]);
    const snapshot = structuredClone(waiting.state);
    deepFreeze(waiting.state);
    const {
      events: [provided],
    } = waiting.when(c.provideSupplement('2024-01-17T09:00:00+07:00')).thenAccepted();
    const after = evolve(waiting.state, provided!);
    expect(waiting.state).toEqual(snapshot);
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
      [],
      c.receive({ receivedAt: '2024-03-02T01:30:00Z', dueAt: '2024-03-09T10:00:00Z' }),
      'RECEIVED_IN_FUTURE',
    );
    expect(e.message).toContain('2024-03-02T01:30:00Z');
    expect(e.messageVi).toBe(
      `${OFFICE}/${CODE}: tiếp nhận lúc 08:30 ngày 02/03/2024, sau thời điểm hiện tại (09:00 ngày 01/03/2024): không thể tiếp nhận ở tương lai`,
    );
  });
});
