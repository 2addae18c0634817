import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventText } from './event-text.js';
import { EVENT_TYPES, EventDataSchemas, EventMetaSchema } from './events.js';

const META_KEYS = Object.keys(EventMetaSchema.shape);
const viaStringify = (data: unknown, meta: unknown) => [JSON.stringify(data), JSON.stringify(meta)].join('\n');

// Values JSON.stringify writes in every way it can: escapes, lone surrogates, non-ASCII, numbers that
// print as exponents or -0, and the values it leaves out or turns into null (undefined, NaN, objects).
const value = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '"', '\\', '\n', '\u2028', '\ud800', 'Hộ tịch', '2024-01-15T08:30:00+07:00'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object({ maxDepth: 1 }),
);

/** An object with `keys` (sometimes shuffled, one dropped or one added) holding arbitrary values. */
const objectOf = (keys: readonly string[]) =>
  fc
    .tuple(
      fc.array(value, { minLength: keys.length, maxLength: keys.length }),
      fc.constantFrom('as is', 'as is', 'as is', 'reversed', 'one less', 'one more'),
    )
    .map(([values, how]) => {
      let ks = [...keys];
      if (how === 'reversed') ks.reverse();
      if (how === 'one less') ks = ks.slice(1);
      if (how === 'one more') ks.push('extra');
      return Object.fromEntries(ks.map((k, i) => [k, values[i % Math.max(1, values.length)]]));
    });

describe('eventText', () => {
  it('is JSON.stringify(data), a newline and JSON.stringify(meta) (what the store writes and hashes)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...EVENT_TYPES)
          .chain((type) =>
            fc.tuple(fc.constant(type), objectOf(Object.keys(EventDataSchemas[type].shape)), objectOf(META_KEYS)),
          ),
        ([type, data, meta]) => {
          expect(eventText(type, data, meta)).toBe(viaStringify(data, meta));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes what JSON.stringify writes for unknown types, non-plain objects and an event of the decider', () => {
    const meta = {
      eventId: 'e',
      occurredAt: '2024-01-15T08:30:00+07:00',
      actor: 'cán bộ "A"',
      office: 'X',
      correlationId: 'c',
      causationId: null,
      commandId: 'c',
    };
    const data = { decision: 'approved', note: null };
    expect(eventText('DossierResolved', data, meta)).toBe(viaStringify(data, meta));
    expect(eventText('NoSuchType', data, meta)).toBe(viaStringify(data, meta));
    expect(eventText('DossierResolved', Object.assign(Object.create({ inherited: 1 }), data), meta)).toBe(
      viaStringify(data, meta),
    );
    expect(eventText('DossierResolved', { ...data, toJSON: () => 'x' }, meta)).toBe(`"x"\n${JSON.stringify(meta)}`);
    expect(eventText('ResultReturned', {}, meta)).toBe(`{}\n${JSON.stringify(meta)}`);
  });

  it('serves a call made while it is writing (a getter on the data), and a short text after a long one', () => {
    const meta = {
      eventId: 'e',
      occurredAt: 'o',
      actor: 'a',
      office: 'X',
      correlationId: 'c',
      causationId: null,
      commandId: 'c',
    };
    let inner = '';
    const data = {
      decision: 'approved',
      get note() {
        inner = eventText('DossierDigitised', { what: 'papers' }, { ...meta, eventId: 'inner' });
        return 'n';
      },
    };
    expect(eventText('DossierResolved', data, meta)).toBe(viaStringify({ decision: 'approved', note: 'n' }, meta));
    expect(inner).toBe(viaStringify({ what: 'papers' }, { ...meta, eventId: 'inner' }));
    const long = { reason: 'x'.repeat(50), newDueAt: 'y' };
    expect(eventText('DueDateRescheduled', long, meta)).toBe(viaStringify(long, meta));
    expect(eventText('ResultReturned', {}, meta)).toBe(viaStringify({}, meta));
  });
});
