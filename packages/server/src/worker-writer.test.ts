// The wire format between the main thread and the writer thread must give back exactly what was sent:
// bigint revisions and positions, the string expected revisions, and failures with their details.
import type { AppendRequest } from '@motcua/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  outcomesFromJson,
  outcomesToJson,
  requestsFromJson,
  requestsToJson,
  type WireOutcome,
} from './worker-writer.js';

const big = fc.bigInt({ min: 0n, max: 2n ** 63n - 1n });
const expected = fc.oneof(big, fc.constantFrom('no-stream' as const, 'stream-exists' as const, 'any' as const));
const request: fc.Arbitrary<AppendRequest> = fc.record({
  streamId: fc.string(),
  expectedRevision: expected,
  events: fc.array(
    fc.record({
      type: fc.string(),
      schemaVersion: fc.nat(),
      data: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
      meta: fc.record({ eventId: fc.string(), commandId: fc.string(), occurredAt: fc.string() }),
    }),
    { maxLength: 3 },
  ),
}) as unknown as fc.Arbitrary<AppendRequest>;

const outcome: fc.Arbitrary<WireOutcome> = fc.oneof(
  fc.record({
    ok: fc.constant(true as const),
    value: fc.record({ nextRevision: big, position: big, deduplicated: fc.boolean() }),
  }),
  fc.record({
    ok: fc.constant(false as const),
    error: fc.record({
      kind: fc.constant('wrong-revision' as const),
      streamId: fc.string(),
      expected,
      actual: fc.oneof(big, fc.constant('no-stream' as const)),
    }),
  }),
  fc.record({
    ok: fc.constant(false as const),
    error: fc.record({
      kind: fc.constant('store' as const),
      code: fc.constant('INVALID_EVENT' as const),
      message: fc.string(),
      details: fc.record({ streamId: fc.string(), index: fc.nat() }),
    }),
  }),
);

describe('writer thread wire format', () => {
  it('gives back the requests that were sent', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 5 }), (rs) => {
        expect(requestsFromJson(requestsToJson(rs))).toEqual(rs);
      }),
    );
  });

  it('gives back the outcomes, successes and failures alike', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 5 }), (os) => {
        expect(outcomesFromJson(outcomesToJson(os))).toEqual(os);
      }),
    );
  });
});
