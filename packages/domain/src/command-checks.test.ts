// isValidCommandFast keeps a hand-written table of every command's keys and limits beside the zod schemas
// (COMMAND_CHECKS in commands.ts). fast-validation.test.ts holds "fast accepts ⇒ zod accepts"; this holds
// the table to its schema: the same keys and the same limits, read from the zod shapes, so a field or a
// limit changed in one place and not the other fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMAND_TYPES, DossierCommandSchema, isValidCommandFast, parseCommand } from './commands.js';
import { InstantSchema } from './time.js';

const T = '2024-01-05T08:30:00+07:00';
const META = { commandId: 'c-1', actor: 'clerk', correlationId: 'c-1', causationId: 'c-0', issuedAt: T };
const KNOWN: Record<string, unknown> = { office: 'DONGSON', dossierCode: 'HS-1', meta: META };

/** The field's schema without optional and nullable. */
const bare = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodOptional || s instanceof z.ZodNullable ? bare(s.unwrap() as z.ZodType) : s;

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
      for (const [k, s] of Object.entries(o.shape)) {
        const b = bare(s as z.ZodType);
        const optional = (s as z.ZodType).safeParse(undefined).success;
        const without = { ...c };
        delete without[k];
        expect(isValidCommandFast(without), `${type}.${k} left out`).toBe(optional && parseCommand(without).ok);
        if (k in KNOWN || b === InstantSchema) continue;
        if (b instanceof z.ZodString && b.maxLength !== null) {
          expect(isValidCommandFast({ ...c, [k]: 'x'.repeat(b.maxLength + 1) }), `${type}.${k} max`).toBe(false);
          if ((b.minLength ?? 0) > 0) expect(isValidCommandFast({ ...c, [k]: '' }), `${type}.${k} min`).toBe(false);
          else expect(isValidCommandFast({ ...c, [k]: '' }), `${type}.${k} empty`).toBe(true);
        }
        if (b instanceof z.ZodNumber) {
          expect(isValidCommandFast({ ...c, [k]: (b.maxValue as number) + 1 }), `${type}.${k} max`).toBe(false);
          expect(isValidCommandFast({ ...c, [k]: (b.minValue as number) - 1 }), `${type}.${k} min`).toBe(false);
          expect(isValidCommandFast({ ...c, [k]: b.minValue }), `${type}.${k} at min`).toBe(true);
        }
        if (b instanceof z.ZodEnum)
          for (const v of b.options) expect(isValidCommandFast({ ...c, [k]: v }), `${type}.${k}=${v}`).toBe(true);
      }
    });
  }
});
