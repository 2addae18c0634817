// The decider and codec skip zod for input that a hand-written check finds certainly valid. That is
// only sound while "fast accepts ⇒ zod accepts, with the same output": these properties hold the two
// in step, so tightening a zod schema without the fast check fails here.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEventDataFast, isValidEventFast, isValidEventMetaFast, parseEvent } from './codec.js';
import { isValidCommandFast, parseCommand } from './commands.js';
import { EventDataSchemas, EventMetaSchema, type EventType } from './events.js';

const T = '2024-01-05T08:30:00+07:00';
const strs = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    ' a',
    'a ',
    '\ta',
    'DONGSON',
    'HS-1',
    'HS 1',
    'D-S',
    'online',
    'direct',
    'postal',
    'approved',
    'refused',
    'papers',
    'result',
    'counter',
    'prior-period',
    'legacy-system',
    T,
    '2024-02-30T08:30:00+07:00',
    '2024-01-05T08:30+07:00',
    '2024-01-05T24:00:00Z',
    '2024-01-05T08:30:00.123Z',
    '2024-01-05T08:30:00+15:00',
    '2024-01-05 08:30',
    '2024-01-05T08:30:60Z',
    'P\u0000',
    '\u0000',
    'a\nb',
    'r\u001b[31m',
    'x'.repeat(64),
    'x'.repeat(65),
    'x'.repeat(128),
    'x'.repeat(129),
    'x'.repeat(200),
    'x'.repeat(201),
    'x'.repeat(1000),
    'x'.repeat(1001),
    'x'.repeat(2000),
    'x'.repeat(2001),
  ),
  fc.string(),
);
const val = fc.oneof(
  strs,
  strs,
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -3, max: 7 }),
  fc.integer(),
  fc.constantFrom(100, 101, 1e6, 1e9, 1e12),
  fc.constantFrom(1e15, 1e15 + 1, 0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, true, false, 'DELETE'),
  fc.constant({}),
  fc.constant([]),
);
const plain = (o: unknown): unknown => JSON.parse(JSON.stringify(o));

describe('fast validation never accepts what zod refuses', () => {
  it('commands', () => {
    const meta = { commandId: 'c1', actor: 'a', issuedAt: '2024-06-01T00:00:00+07:00' };
    const base = { office: 'DONGSON', dossierCode: 'HS-1' };
    const tpl: Record<string, Record<string, unknown>> = {
      ReceiveDossier: {
        ...base,
        procedureCode: 'P1',
        field: 'Đất đai',
        channel: 'online',
        receivedAt: T,
        dueAt: T,
        applicantRef: 'r',
      },
      TransferIn: {
        ...base,
        procedureCode: 'P1',
        field: 'F',
        channel: 'direct',
        receivedAt: T,
        dueAt: T,
        applicantRef: null,
        source: 'prior-period',
        note: 'n',
      },
      RequestSupplement: { ...base, reason: 'r', at: T },
      ProvideSupplement: { ...base, at: T },
      RescheduleDueDate: { ...base, reason: 'r', newDueAt: T, at: null },
      ResolveDossier: { ...base, decision: 'approved', note: 'x', at: T },
      ReturnResult: { ...base, at: T },
      WithdrawDossier: { ...base, reason: null },
      ReturnUnprocessed: { ...base, reason: 'r' },
      DigitiseDossier: { ...base, what: 'papers' },
      PayFee: { ...base, method: 'online', amountVnd: 50000 },
      RateSatisfaction: { ...base, score: 5, complaint: false, comment: null },
    };
    const keys = [...new Set(Object.values(tpl).flatMap(Object.keys)), 'type', 'extra', 'meta'];
    const metaKeys = ['commandId', 'actor', 'correlationId', 'causationId', 'issuedAt', 'x'];
    let fastAccepted = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...Object.keys(tpl))
          .chain((type) =>
            fc.tuple(
              fc.constant(type),
              fc.array(fc.tuple(fc.constantFrom(...Object.keys(tpl[type] ?? {}), ...keys), val), { maxLength: 2 }),
            ),
          ),
        fc.array(fc.tuple(fc.constantFrom(...metaKeys), val), { maxLength: 2 }),
        ([type, edits], metaEdits) => {
          const c: Record<string, unknown> = { ...tpl[type], type, meta: { ...meta } };
          for (const [k, v] of edits) {
            if (v === 'DELETE') delete c[k];
            else c[k] = v;
          }
          if (typeof c.meta === 'object' && c.meta !== null) {
            const m = c.meta as Record<string, unknown>;
            for (const [k, v] of metaEdits) {
              if (v === 'DELETE') delete m[k];
              else m[k] = v;
            }
          }
          if (!isValidCommandFast(c)) return true;
          fastAccepted++;
          const parsed = parseCommand(c);
          return parsed.ok && isDeepStrictEqual(plain(parsed.value), plain(c));
        },
      ),
      { numRuns: 6000 },
    );
    expect(fastAccepted).toBeGreaterThan(0);
  });

  it('event data', () => {
    const open = {
      office: 'DONGSON',
      dossierCode: 'HS-1',
      procedureCode: null,
      field: 'Đất đai',
      channel: 'online',
      receivedAt: T,
      dueAt: T,
      applicantRef: null,
    };
    const tpl: Record<string, Record<string, unknown>> = {
      DossierReceived: open,
      DossierTransferredIn: { ...open, source: 'legacy-system', note: null },
      SupplementRequested: { reason: 'r' },
      SupplementProvided: { dueAt: T },
      DueDateRescheduled: { reason: 'r', newDueAt: T },
      DossierResolved: { decision: 'refused', note: null },
      ResultReturned: {},
      DossierWithdrawn: { reason: null },
      DossierReturnedUnprocessed: { reason: 'x' },
      DossierDigitised: { what: 'result' },
      FeePaid: { method: 'counter', amountVnd: 0 },
      SatisfactionRated: { score: 1, complaint: true, comment: 'c' },
    };
    const keys = [...new Set(Object.values(tpl).flatMap(Object.keys)), 'x'];
    let fastAccepted = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...(Object.keys(tpl) as EventType[]))
          .chain((type) =>
            fc.tuple(
              fc.constant(type),
              fc.array(fc.tuple(fc.constantFrom(...Object.keys(tpl[type] ?? {}), ...keys), val), { maxLength: 2 }),
            ),
          ),
        fc.boolean(),
        ([type, edits], reorder) => {
          let d: Record<string, unknown> = { ...tpl[type] };
          for (const [k, v] of edits) {
            if (v === 'DELETE') delete d[k];
            else d[k] = v;
          }
          if (reorder) d = Object.fromEntries(Object.entries(d).reverse());
          if (!isValidEventDataFast(type, d)) return true;
          fastAccepted++;
          const r = EventDataSchemas[type].safeParse(d);
          return r.success && isDeepStrictEqual(plain(r.data), plain(d));
        },
      ),
      { numRuns: 6000 },
    );
    expect(fastAccepted).toBeGreaterThan(0);
  });

  it('event meta, and whole events through parseEvent', () => {
    const meta: Record<string, unknown> = {
      eventId: 'e1',
      occurredAt: T,
      actor: 'officer',
      office: 'DONGSON',
      correlationId: 'c1',
      causationId: null,
      commandId: 'c1',
    };
    const data = { decision: 'approved', note: null };
    const keys = [...Object.keys(meta), 'x'];
    let fastAccepted = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), val), { maxLength: 2 }),
        fc.boolean(),
        fc.constantFrom<unknown>(1, 2, 0, '1', 1.5),
        (edits, reorder, schemaVersion) => {
          let m: Record<string, unknown> = { ...meta };
          for (const [k, v] of edits) {
            if (v === 'DELETE') delete m[k];
            else m[k] = v;
          }
          if (reorder) m = Object.fromEntries(Object.entries(m).reverse());
          const raw = { type: 'DossierResolved', schemaVersion, data, meta: m };
          const whole = isValidEventFast(raw);
          // The whole-event check is the data and meta checks at the current version, nothing looser.
          if (whole !== (schemaVersion === 1 && isValidEventMetaFast(m))) return false;
          if (!isValidEventMetaFast(m)) return true;
          fastAccepted++;
          const r = EventMetaSchema.safeParse(m);
          if (!r.success || !isDeepStrictEqual(plain(r.data), plain(m))) return false;
          if (!whole) return true;
          // parseEvent's shortcut returns what zod would have: the same values, in fresh objects.
          const p = parseEvent(raw);
          return (
            p.ok &&
            p.value.data !== raw.data &&
            p.value.meta !== raw.meta &&
            isDeepStrictEqual(
              plain(p.value),
              plain({ ...raw, data: EventDataSchemas.DossierResolved.parse(data), meta: r.data }),
            )
          );
        },
      ),
      { numRuns: 4000 },
    );
    expect(fastAccepted).toBeGreaterThan(0);
  });
});
