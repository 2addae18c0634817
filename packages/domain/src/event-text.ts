// The JSON text of an event as a ledger stores and hashes it: JSON.stringify(data), a newline, then
// JSON.stringify(meta) (the store's payload; JSON never holds a raw newline, so the first one splits it).
//
// Written here piece by piece for the usual case, flat objects with their schema's keys in schema order
// (every event the decider or the codec makes), and joined once. JSON.stringify built each text from
// growing buffers and answered with a chain of them, twice the text in garbage per event, which an import
// pays for every event it writes. Anything else goes to JSON.stringify itself; event-text.test.ts holds
// the two equal for any input.
import { EventDataSchemas, EventMetaSchema } from './events.js';

/** An object's keys in order, with the text that precedes each value: `{"key":` then `,"key":`. */
interface Shape {
  readonly keys: readonly string[];
  readonly prefixes: readonly string[];
}
const shapeOf = (keys: readonly string[]): Shape => ({
  keys,
  prefixes: keys.map((k, i) => `${i === 0 ? '{' : ','}${JSON.stringify(k)}:`),
});
const DATA_SHAPES: Readonly<Record<string, Shape>> = Object.fromEntries(
  Object.entries(EventDataSchemas).map(([type, schema]) => [type, shapeOf(Object.keys(schema.shape))]),
);
const META_SHAPE = shapeOf(Object.keys(EventMetaSchema.shape));

/** A string JSON.stringify copies as is between quotes (no quote, backslash, control or surrogate unit). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * Appends JSON.stringify(o)'s pieces to `parts` when `o` is a plain object holding exactly the shape's
 * keys, in order, with string, finite number, boolean or null values. False (parts then unusable) otherwise.
 */
function pushFlat(parts: string[], shape: Shape, o: unknown): boolean {
  if (typeof o !== 'object' || o === null) return false;
  const proto = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return false;
  const { keys, prefixes } = shape;
  let i = 0;
  for (const k in o) {
    if (k !== keys[i]) return false;
    const v = (o as Record<string, unknown>)[k];
    if (typeof v === 'string') {
      if (PLAIN.test(v)) parts.push(prefixes[i]!, '"', v, '"');
      else parts.push(prefixes[i]!, JSON.stringify(v));
    } else if (v === null) parts.push(prefixes[i]!, 'null');
    else if (typeof v === 'boolean') parts.push(prefixes[i]!, v ? 'true' : 'false');
    else if (typeof v === 'number' && Number.isFinite(v)) parts.push(prefixes[i]!, String(v));
    else return false;
    i++;
  }
  if (i !== keys.length) return false;
  parts.push(i === 0 ? '{}' : '}');
  return true;
}

/** `${JSON.stringify(data)}\n${JSON.stringify(meta)}`, as one flat string. */
export function eventText(type: unknown, data: unknown, meta: unknown): string {
  const shape = typeof type === 'string' && Object.hasOwn(DATA_SHAPES, type) ? DATA_SHAPES[type] : undefined;
  if (shape) {
    const parts: string[] = [];
    if (pushFlat(parts, shape, data)) {
      parts.push('\n');
      if (pushFlat(parts, META_SHAPE, meta)) return parts.join('');
    }
  }
  return [JSON.stringify(data), JSON.stringify(meta)].join('\n');
}
