// The fast validators' tables (COMMAND_CHECKS in commands.ts, DATA_CHECKS and META_CHECKS in codec.ts)
// are derived from the zod schemas they shadow (checksOf). fast-validation.test.ts holds "fast accepts ⇒
// zod accepts"; this holds each table to its schema: the same keys and the same limits, read from the zod
// shapes independently of checksOf, so a derivation that drops a key or misreads a limit fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isValidEventDataFast, isValidEventMetaFast } from './codec.js';
import { COMMAND_TYPES, DossierCommandSchema, isValidCommandFast, parseCommand } from './commands.js';
import { EventDataSchemas, EventMetaSchema, type EventType } from './events.js';
import { InstantSchema } from './time.js';

const T = '2024-01-05T08:30:00+07:00';
const META = { commandId: 'c-1', actor: 'clerk', correlationId: 'c-1', causationId: 'c-0', issuedAt: T };
const KNOWN: Record<string, unknown> = { office: 'DONGSON', dossierCode: 'HS-1', meta: META };

/** The field's schema without optional, nullable and a brand's pipe (its input's rules are the limits). */
const bare = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodOptional || s instanceof z.ZodNullable
    ? bare(s.unwrap() as z.ZodType)
    : s instanceof z.ZodPipe
      ? bare(s.in as z.ZodType)
      : s;

/** A value the schema accepts, at its upper limit where it has one. */
function largest(s: z.ZodType): unknown {
  const b = bare(s);
  if (b === InstantSchema) return T;
  if (b instanceof z.ZodEnum) return b.options[0];
  if (b instanceof z.ZodBoolean) return true;
  if (b instanceof z.ZodNumber) return b.maxValue;
  if (b instanceof z.ZodString) return 'x'.repeat(b.maxLength ?? 1);
  throw new Error(`no sample for ${b.def.type}`);
}

const shapes = DossierCommandSchema.options.filter((o) => o.shape.type.value !== 'CorrectEvent');
const full = (o: (typeof shapes)[number]): Record<string, unknown> => {
  const c: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(o.shape))
    c[k] = k === 'type' ? o.shape.type.value : k in KNOWN ? KNOWN[k] : largest(s as z.ZodType);
  return c;
};

describe('the fast command checks have the keys and limits of the zod schemas', () => {
  it('covers every command but CorrectEvent (its nested replacement is left to zod)', () => {
    expect(shapes.map((o) => o.shape.type.value)).toEqual(COMMAND_TYPES.filter((t) => t !== 'CorrectEvent'));
  });

  for (const o of shapes) {
    const type = o.shape.type.value;
    it(`${type}: every key at its largest is accepted by both; one over, or a key too many, by neither`, () => {
      const c = full(o);
      expect(parseCommand(c).ok, type).toBe(true);
      expect(isValidCommandFast(c), `${type}: the fast table lacks a key or is tighter than zod`).toBe(true);
      expect(isValidCommandFast({ ...c, extra: 1 })).toBe(false);
      // A command may leave out an optional key (the fast table then counts it absent); an event may not.
      holdsLimits(type, o.shape, c, isValidCommandFast, (without) => parseCommand(without).ok);
    });
  }
});

/** Every key of an event's data or meta at its largest, in schema order (the fast checks want that order). */
const fullOf = (shape: z.ZodRawShape): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(shape)) o[k] = k in KNOWN ? KNOWN[k] : largest(s as z.ZodType);
  return o;
};

/**
 * `fast` against the schema of `shape`, from `full` (every key at its largest): each key left out (accepted
 * only where `leftOut` says), one over its largest, empty, at its least, each of its values.
 */
function holdsLimits(
  name: string,
  shape: z.ZodRawShape,
  full: Record<string, unknown>,
  fast: (o: unknown) => boolean,
  leftOut: (without: Record<string, unknown>) => boolean = () => false,
): void {
  for (const [k, s] of Object.entries(shape)) {
    const b = bare(s as z.ZodType);
    const without = { ...full };
    delete without[k];
    expect(fast(without), `${name}.${k} left out`).toBe(leftOut(without));
    if (k in KNOWN || b === InstantSchema) continue;
    if (b instanceof z.ZodString && b.maxLength !== null) {
      expect(fast({ ...full, [k]: 'x'.repeat(b.maxLength + 1) }), `${name}.${k} max`).toBe(false);
      expect(fast({ ...full, [k]: '' }), `${name}.${k} empty`).toBe((b.minLength ?? 0) === 0);
    }
    if (b instanceof z.ZodNumber) {
      expect(fast({ ...full, [k]: (b.maxValue as number) + 1 }), `${name}.${k} max`).toBe(false);
      expect(fast({ ...full, [k]: (b.minValue as number) - 1 }), `${name}.${k} min`).toBe(false);
      expect(fast({ ...full, [k]: b.minValue }), `${name}.${k} at min`).toBe(true);
    }
    if (b instanceof z.ZodEnum)
      for (const v of b.options) expect(fast({ ...full, [k]: v }), `${name}.${k}=${v}`).toBe(true);
  }
}

describe('the fast event checks have the keys and limits of the zod schemas', () => {
  const types = (Object.keys(EventDataSchemas) as EventType[]).filter((t) => t !== 'EventCorrected');
  for (const type of types) {
    it(`${type} data: every key at its largest is accepted by both; one over, or a key too many, by neither`, () => {
      const shape = EventDataSchemas[type].shape as z.ZodRawShape;
      const full = fullOf(shape);
      expect(EventDataSchemas[type].safeParse(full).success, type).toBe(true);
      const fast = (o: unknown) => isValidEventDataFast(type, o);
      expect(fast(full), `${type}: the fast table lacks a key or is tighter than zod`).toBe(true);
      expect(fast({ ...full, extra: 1 })).toBe(false);
      holdsLimits(type, shape, full, fast);
    });
  }
  it('meta', () => {
    const full = fullOf(EventMetaSchema.shape);
    expect(EventMetaSchema.safeParse(full).success).toBe(true);
    expect(isValidEventMetaFast(full), 'the fast meta table lacks a key or is tighter than zod').toBe(true);
    expect(isValidEventMetaFast({ ...full, extra: 1 })).toBe(false);
    holdsLimits('meta', EventMetaSchema.shape, full, isValidEventMetaFast);
  });
});
