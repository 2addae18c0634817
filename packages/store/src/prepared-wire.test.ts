// The one wire format between threads (prepared-wire.ts) must give back exactly what was sent, through a
// real structured clone with the typed arrays transferred: bigint revisions and positions at both ends
// of their range, dates, any Unicode text, every event type, and refusals with their class and details.
import { EVENT_TYPES, toVnIso, UNIT_EVENT_TYPES } from '@motcua/domain';
import { trust } from '@motcua/domain/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppendResult, type ExpectedRevision, StoreError, WrongExpectedRevision } from './port.js';
import {
  fromWire,
  type Outcome,
  outcomesFromWire,
  outcomesToWire,
  outcomeTransfer,
  toWire,
  wireTransfer,
} from './prepared-wire.js';
import { digitised, received, sameCommand, streamOf, supplementRequested } from './test-support.js';
import { type PreparedEvent, type PreparedRequest, prepareRequest } from './validate.js';

const revision = fc.bigInt({ min: 0n, max: 2n ** 63n - 1n });
const expectedArb: fc.Arbitrary<ExpectedRevision> = fc.oneof(
  fc.constantFrom<ExpectedRevision>('no-stream', 'stream-exists', 'any'),
  revision,
);
// Any Unicode (astral planes, lone surrogates' neighbours, quotes, newlines), as JSON texts and bare.
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const jsonText = fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 4 });
const instant = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => toVnIso(d.getTime()));

const preparedEventArb: fc.Arbitrary<PreparedEvent> = fc.record({
  type: fc.constantFrom(...EVENT_TYPES, ...UNIT_EVENT_TYPES),
  schemaVersion: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  eventId: fc.uuid(),
  commandId: text,
  occurredAt: instant,
  dataJson: jsonText.map((d) => JSON.stringify(d)),
  metaJson: fc.record({ occurredAt: instant, actor: text }).map((m) => JSON.stringify(m)),
  payloadHash: fc.stringMatching(/^[0-9a-f]{64}$/),
});

// Built here rather than by prepareRequest: the wire carries any prepared request, and this reaches every
// type, version and text the arbitraries can make. (The next test sends requests prepareRequest made.)
const anyPrepared: fc.Arbitrary<PreparedRequest> = fc
  .record({ streamId: text, expectedRevision: expectedArb, events: fc.array(preparedEventArb, { maxLength: 4 }) })
  .map((r) => trust({ ...r, commandIds: [...new Set(r.events.map((e) => e.commandId))] }));

const requestArb = fc
  .record({
    code: fc.stringMatching(/^[A-Z][A-Z0-9.-]{0,12}$/),
    field: fc.constantFrom('Hộ tịch', 'Chứng thực', 'Lĩnh vực "mới" \\ riêng'),
    reasons: fc.array(
      fc.string({ minLength: 1, maxLength: 30 }).filter((r) => r.trim() !== ''),
      { maxLength: 3 },
    ),
    digitisedToo: fc.boolean(),
    oneCommand: fc.boolean(),
    expected: expectedArb,
  })
  .map(({ code, field, reasons, digitisedToo, oneCommand, expected }) => {
    let events = [received(code, { field }), ...reasons.map((r) => supplementRequested(r))];
    if (digitisedToo) events.push(digitised());
    if (oneCommand) events = sameCommand(events);
    return { streamId: streamOf(code), events, expectedRevision: expected };
  });

const sent = <T extends object>(wire: T, transfer: ArrayBuffer[]): T => structuredClone(wire, { transfer });

const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  fc.record({ nextRevision: revision, position: revision, deduplicated: fc.boolean() }) as fc.Arbitrary<AppendResult>,
  fc
    .record({ streamId: text, expected: expectedArb, actual: fc.oneof(revision, fc.constant('no-stream' as const)) })
    .map((r) => new WrongExpectedRevision(r.streamId, r.expected, r.actual)),
  fc
    .record({
      code: fc.constantFrom('INVALID_EVENT' as const, 'INVALID_STREAM_NAME' as const, 'UNSUPPORTED' as const),
      message: text,
      details: fc.record({ streamId: text, index: fc.nat(), at: revision }),
    })
    .map((r) => new StoreError(r.code, r.message, r.details)),
);

/** An outcome as plain data, its class included (toEqual alone does not tell the error classes apart). */
const plain = (o: Outcome) =>
  o instanceof StoreError
    ? { ...o, class: o.constructor.name, name: o.name, code: o.code, message: o.message, details: o.details }
    : o;

describe('the thread wire format', () => {
  it('gives back any prepared request: every event type, Unicode text, dates, bigint revisions', () => {
    fc.assert(
      fc.property(fc.array(anyPrepared, { maxLength: 5 }), (requests) => {
        const wire = toWire(requests);
        expect(fromWire(sent(wire, wireTransfer(wire)))).toEqual(requests);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back requests exactly as prepareRequest made them', () => {
    fc.assert(
      fc.property(fc.array(requestArb, { maxLength: 6 }), (requests) => {
        const prepared = requests.map((r) => prepareRequest(r));
        const wire = toWire(prepared);
        expect(fromWire(sent(wire, wireTransfer(wire)))).toEqual(prepared);
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the outcomes: results with bigint revisions and positions, refusals as their own classes', () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { maxLength: 6 }), (outcomes) => {
        const wire = outcomesToWire(outcomes);
        const back = outcomesFromWire(sent(wire, outcomeTransfer(wire)));
        expect(back.map(plain)).toEqual(outcomes.map(plain));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a wire whose counts do not match its strings', () => {
    const wire = toWire([
      prepareRequest({ streamId: streamOf('W1'), events: [received('W1')], expectedRevision: 'any' }),
    ]);
    expect(() => fromWire({ ...wire, strings: wire.strings.slice(0, -1) })).toThrow(/do not match/);
  });

  it('refuses an outcome wire whose kinds do not match its refusals', () => {
    const wire = outcomesToWire([new StoreError('UNSUPPORTED', 'no')]);
    expect(() => outcomesFromWire({ ...wire, refusals: [] })).toThrow(/do not match/);
  });
});
