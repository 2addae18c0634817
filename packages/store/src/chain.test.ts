// chainHash joins its header by hand instead of calling JSON.stringify; every existing ledger was
// hashed with JSON.stringify, so the two must give the very same text for any field values.
import { hash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChainFields, chainHash, GENESIS_HASH } from './chain.js';

function reference(prev: string, f: ChainFields): string {
  const header = JSON.stringify([
    String(f.position),
    f.streamId,
    String(f.revision),
    f.type,
    f.schemaVersion,
    f.occurredAt,
    f.recordedAt,
    f.payloadHash,
  ]);
  return hash('sha256', `${prev}\n${header}`, 'hex');
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }), // lone surrogates included
  fc.constantFrom(
    '',
    '"',
    '\\',
    'a"b',
    '\n',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u2028',
    'Hộ tịch',
    '😀',
    '\ud800',
    'x\udfffy',
  ),
);

describe('chain hash header', () => {
  it('is JSON.stringify of the fields, whatever they hold', () => {
    fc.assert(
      fc.property(
        fc.record({
          position: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 70n }), fc.nat()),
          streamId: text,
          revision: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 70n }), fc.nat()),
          type: text,
          schemaVersion: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY)),
          occurredAt: text,
          recordedAt: text,
          payloadHash: text,
        }),
        fc.constantFrom(GENESIS_HASH, 'ab'.repeat(32)),
        (f, prev) => {
          expect(chainHash(prev, f)).toBe(reference(prev, f));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
