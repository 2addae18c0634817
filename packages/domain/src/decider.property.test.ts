// Properties of the decider over random command sequences on a few dossiers at once.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEvent } from './codec.js';
import { COMMAND_TYPES, type CommandType, type DossierCommand } from './commands.js';
import { type DossierState, decide, effectiveEvents, evolve, foldEvents, initialState } from './decider.js';
import type { DossierEvent } from './events.js';
import { sampleCatalogue } from './procedures.js';
import { ruleSetOf } from './rule-sets.js';
import { toVnIso } from './time.js';

const OFFICE = 'DONGSON';
const BASE = Date.parse('2024-03-04T08:00:00+07:00'); // a Monday
const MIN = 60_000;
const DAY_MIN = 24 * 60;
/** Commands are issued 20 days after the base; receipts drawn up to 25 days after it may lie in the future. */
const issuedAtFor = (base: number): string => toVnIso(base + 20 * DAY_MIN * MIN);
const ISSUED_AT = issuedAtFor(BASE);
/** A Monday a week before the 2025 rules: receipts fall on both sides of 1 July 2025, so stop notices are tried
 *  on dossiers that have them and on dossiers that do not. */
const BASE_2025 = Date.parse('2025-06-23T08:00:00+07:00');

const step = fc.record({
  dossier: fc.nat(2),
  kind: fc.oneof(
    // Extra weight on the main lifecycle so that finishes, and attempts after them, are common.
    { weight: 3, arbitrary: fc.constantFrom<CommandType>('ReceiveDossier', 'ResolveDossier', 'ReturnResult') },
    { weight: COMMAND_TYPES.length, arbitrary: fc.constantFrom(...COMMAND_TYPES) },
  ),
  /** Minutes the clock moves before this command (backwards now and then, to exercise BEFORE_RECEIPT). */
  t: fc.integer({ min: -DAY_MIN, max: 2 * DAY_MIN }),
  /** A second duration: explicit due dates and new dates are this long after the first time. */
  span: fc.integer({ min: 0, max: 30 * DAY_MIN }),
  pick: fc.nat(1000),
  flag: fc.boolean(),
  useAt: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
/** Steps with receipts and stop notices weighted up, so stops are tried often whatever else the commands are. */
const stepWithStops = step.chain((s) =>
  fc
    .oneof(
      { weight: 1, arbitrary: fc.constantFrom<CommandType>('ReceiveDossier', 'StopProcessing') },
      { weight: 2, arbitrary: fc.constant(s.kind) },
    )
    .map((k): Step => ({ ...s, kind: k })),
);

const FINISHING = new Set(['ResultReturned', 'DossierWithdrawn', 'DossierReturnedUnprocessed', 'ProcessingStopped']);
const isOutcome = (e: DossierEvent): boolean =>
  FINISHING.has(e.type) || (e.type === 'DossierResolved' && e.data.decision === 'refused');

let commandSeq = 0;

/** The command a step stands for, at `clock` (epoch ms) on the dossier's current state. */
function commandFor(s: Step, state: DossierState, clock: number, issuedAt = ISSUED_AT): DossierCommand {
  const dossierCode = `HS-${s.dossier}`;
  const at = toVnIso(clock);
  const later = toVnIso(clock + s.span * MIN);
  const meta = { commandId: `prop-${++commandSeq}`, actor: 'cb.motcua', issuedAt };
  const base = { office: OFFICE, dossierCode, meta };
  const when = s.useAt ? { at } : {};
  const procedure = sampleCatalogue.procedures[s.pick % sampleCatalogue.procedures.length]!;
  const opening = s.flag
    ? { procedureCode: procedure.code, receivedAt: at }
    : { field: 'Lĩnh vực khác', receivedAt: at, dueAt: later };
  const channel = (['online', 'direct', 'postal'] as const)[s.pick % 3]!;
  switch (s.kind) {
    case 'ReceiveDossier':
      return { type: 'ReceiveDossier', ...base, ...opening, channel };
    case 'TransferIn':
      return { type: 'TransferIn', ...base, ...opening, channel, source: 'legacy-system' };
    case 'RequestSupplement':
      return { type: 'RequestSupplement', ...base, reason: 'Thiếu giấy tờ', ...when };
    case 'ProvideSupplement':
      return { type: 'ProvideSupplement', ...base, ...when };
    case 'RescheduleDueDate':
      return { type: 'RescheduleDueDate', ...base, reason: 'Xin lỗi', newDueAt: later, at };
    case 'ResolveDossier':
      return { type: 'ResolveDossier', ...base, decision: s.flag ? 'approved' : 'refused', ...when };
    case 'ReturnResult':
      return { type: 'ReturnResult', ...base, ...when };
    case 'WithdrawDossier':
      return { type: 'WithdrawDossier', ...base, ...when };
    case 'ReturnUnprocessed':
      return { type: 'ReturnUnprocessed', ...base, reason: 'Không đủ điều kiện', ...when };
    case 'DigitiseDossier':
      return { type: 'DigitiseDossier', ...base, what: s.flag ? 'papers' : 'result', ...when };
    case 'PayFee':
      return { type: 'PayFee', ...base, method: s.flag ? 'online' : 'counter', amountVnd: s.pick * 1000, ...when };
    case 'RateSatisfaction':
      return { type: 'RateSatisfaction', ...base, score: 1 + (s.pick % 5), complaint: s.flag, ...when };
    case 'CorrectEvent': {
      const target = state.history.length > 0 ? state.history[s.pick % state.history.length] : undefined;
      const supersedes = target?.meta.eventId ?? 'no-such-event';
      const replacement =
        s.flag || !target ? null : { type: target.type, occurredAt: at, data: target.data as Record<string, unknown> };
      return { type: 'CorrectEvent', ...base, supersedes, reason: 'Sửa sai', replacement };
    }
    case 'HandOverDossier':
      return {
        type: 'HandOverDossier',
        ...base,
        fromUnit: 'Bộ phận một cửa',
        giver: 'cb.motcua',
        toUnit: 'Công chức chuyên môn',
        receiver: 'cb.chuyenmon',
        stepDueAt: s.flag ? later : null,
        ...when,
      };
    case 'StopProcessing':
      return { type: 'StopProcessing', ...base, reason: 'Không bổ sung hồ sơ đúng hạn', ...when };
  }
}

const seen = { accepted: 0, rejected: 0, finished: 0, corrections: 0, stopped: 0, codes: new Set<string>() };

function run(steps: Step[], base = BASE) {
  const issuedAt = issuedAtFor(base);
  const states = new Map<string, DossierState>();
  const streams = new Map<string, DossierEvent[]>();
  let clock = base;
  for (const s of steps) {
    const key = `HS-${s.dossier}`;
    const state = states.get(key) ?? initialState;
    clock += s.t * MIN;
    const command = commandFor(s, state, clock, issuedAt);
    const result = decide(command, state);
    if (!result.ok) {
      seen.rejected++;
      seen.codes.add(result.error.code);
      expect(result.error.message).toContain(`${OFFICE}/${key}`);
      // Clerks read the Vietnamese: every rule has it; only a schema refusal (with field issues) may lack it.
      if (result.error.messageVi === undefined) expect(result.error.issues?.length).toBeGreaterThan(0);
      else expect(result.error.messageVi).toContain(`${OFFICE}/${key}`);
      continue;
    }
    seen.accepted++;
    if (command.type === 'CorrectEvent') seen.corrections++;
    const next = result.value.reduce(evolve, state);
    const stream = [...(streams.get(key) ?? []), ...result.value];
    states.set(key, next);
    streams.set(key, stream);

    // evolve over decide output is consistent: one revision per event, every id remembered, fold = step by step.
    expect(next.revision).toBe(stream.length);
    expect(next.eventIds).toEqual(stream.map((e) => e.meta.eventId));
    expect(foldEvents(stream)).toEqual(next);
    // Every emitted event survives storage: JSON and back through the codec.
    for (const e of result.value) expect(parseEvent(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, value: e });

    // At most one outcome per dossier, and the state agrees with the history about it.
    const effective = effectiveEvents(stream);
    const outcomes = effective.filter(isOutcome);
    expect(outcomes.length).toBeLessThanOrEqual(1);
    expect(next.status === 'finished').toBe(outcomes.length === 1);
    if (next.status === 'finished') {
      seen.finished++;
      expect(next.finishedAt).toBe(outcomes[0]!.meta.occurredAt);
    }
    if (next.status !== 'none') {
      // Nothing before receipt, nothing received in the future, due date never before receipt.
      for (const e of effective)
        expect(Date.parse(e.meta.occurredAt)).toBeGreaterThanOrEqual(Date.parse(next.receivedAt));
      expect(Date.parse(next.receivedAt)).toBeLessThanOrEqual(Date.parse(issuedAt));
      expect(Date.parse(next.dueAt)).toBeGreaterThanOrEqual(Date.parse(next.receivedAt));
      // A result is only ever returned after an approval.
      const returned = effective.findIndex((e) => e.type === 'ResultReturned');
      if (returned >= 0) {
        const approved = effective.findIndex((e) => e.type === 'DossierResolved' && e.data.decision === 'approved');
        expect(approved).toBeGreaterThanOrEqual(0);
        expect(approved).toBeLessThan(returned);
      }
      expect(effective.filter((e) => e.type === 'DueDateRescheduled').length).toBeLessThanOrEqual(1);
      // A stop notice only for a dossier received under the 2025 rules, and never with an approval.
      if (effective.some((e) => e.type === 'ProcessingStopped')) {
        seen.stopped++;
        expect(ruleSetOf(next.receivedAt).stopNotice).toBe(true);
        expect(effective.some((e) => e.type === 'DossierResolved' && e.data.decision === 'approved')).toBe(false);
      }
    }
  }
}

describe('decider properties', () => {
  it('any sequence of accepted commands yields at most one outcome per dossier, and state = fold of its events', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40, size: 'medium' }), (steps) => run(steps)),
      // A fixed seed: the coverage checked in afterAll (every rejection code reached at least once) is a
      // property of the sample, and a random one missed RECEIVED_IN_FUTURE about once in a few dozen runs.
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('the same holds across the change of rules on 1 July 2025, where stop notices are accepted or refused', () => {
    fc.assert(
      fc.property(fc.array(stepWithStops, { minLength: 1, maxLength: 40, size: 'medium' }), (steps) =>
        run(steps, BASE_2025),
      ),
      { numRuns: 150, seed: 20261205 },
    );
  });

  it('deciding is deterministic: the same command on the same state gives the same events', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 15 }), (steps) => {
        let state = initialState;
        let clock = BASE;
        for (const s of steps) {
          clock += s.t * MIN;
          const command = commandFor({ ...s, dossier: 0 }, state, clock);
          const a = decide(command, state);
          expect(decide(structuredClone(command), state)).toEqual(a);
          if (a.ok) state = a.value.reduce(evolve, state);
        }
      }),
      { numRuns: 100 },
    );
  });

  afterAll(() => {
    // The generator must reach the interesting cases, or the first property proves little.
    expect(seen.accepted).toBeGreaterThan(800);
    expect(seen.finished).toBeGreaterThan(150);
    expect(seen.corrections).toBeGreaterThan(30);
    expect(seen.stopped).toBeGreaterThan(10);
    const expected = [
      'DOSSIER_NOT_FOUND',
      'DOSSIER_ALREADY_EXISTS',
      'DOSSIER_FINISHED',
      'BEFORE_RECEIPT',
      'NOT_RESOLVED',
    ];
    for (const code of [
      ...expected,
      'ALREADY_RETURNED',
      'RECEIVED_IN_FUTURE',
      'CORRECTION_INVALID',
      'RULE_NOT_IN_FORCE',
    ]) {
      expect(seen.codes, code).toContain(code);
    }
  });
});
