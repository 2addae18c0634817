import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExpectedRevision } from './port.js';
import { fromWire, toWire, wireTransfer } from './prepared-wire.js';
import { digitised, received, sameCommand, streamOf, supplementRequested } from './test-support.js';
import { prepareRequest } from './validate.js';

const expectedArb: fc.Arbitrary<ExpectedRevision> = fc.oneof(
  fc.constantFrom<ExpectedRevision>('no-stream', 'stream-exists', 'any'),
  fc.bigInt({ min: 0n, max: 2n ** 62n }),
);

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

describe('prepared requests on the wire', () => {
  it('come back exactly as prepared, through a real structured clone with the typed arrays transferred', () => {
    fc.assert(
      fc.property(fc.array(requestArb, { maxLength: 6 }), (requests) => {
        const prepared = requests.map((r) => prepareRequest(r));
        const wire = toWire(prepared);
        const copy = structuredClone(wire, { transfer: wireTransfer(wire) });
        expect(fromWire(copy)).toEqual(prepared);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a wire whose counts do not match its strings', () => {
    const wire = toWire([
      prepareRequest({ streamId: streamOf('W1'), events: [received('W1')], expectedRevision: 'any' }),
    ]);
    expect(() => fromWire({ ...wire, strings: wire.strings.slice(0, -1) })).toThrow(/do not match/);
  });
});
