import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('parseInstant', () => {
  it('equals Date.parse on ISO instants written with any offset and precision', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom(0, 1, 2, 3, 6, 9, -1),
        (d, offset, precision) => {
          const local = new Date(d.getTime() + offset * 60_000).toISOString();
          let body = local.slice(0, precision === -1 ? 16 : 19);
          if (precision > 0) body += `.${local.slice(20, 23).padEnd(precision, '7').slice(0, precision)}`;
          const off =
            offset === 0 && precision % 2 === 0
              ? 'Z'
              : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const s = body + off;
          expect(parseInstant(s)).toBe(Date.parse(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('falls back to Date.parse for everything else, odd forms and garbage included', () => {
    for (const s of [
      '2024-02-30T00:00:00Z',
      '2024-02-29T24:00:00Z',
      '2024-01-01T00:00:60Z',
      '2024-01-01T00:00:00+0700',
      '2024-01-01',
      '2024-01-01T00:00:00',
      'soon',
      '',
      '2024-01-01T00:00:00.Z',
      '2024-13-01T00:00:00Z',
      '+002024-01-01T00:00:00Z',
    ]) {
      expect(Object.is(parseInstant(s), Date.parse(s)), s).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(Object.is(parseInstant(s), Date.parse(s))).toBe(true);
      }),
    );
  });
});
