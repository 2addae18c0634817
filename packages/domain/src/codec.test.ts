import fc from 'fast-check';
import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { EVENT_ID_NAMESPACE, eventIdFor, parseEvent, parseVndAmount, upcasters } from './codec.js';
import { CURRENT_SCHEMA_VERSION, EVENT_TYPES } from './events.js';

const meta = {
  eventId: 'ev-1',
  occurredAt: '2024-01-15T09:00:00+07:00',
  actor: 'cb.vanphong',
  office: 'DONGSON',
  correlationId: 'cmd-1',
  causationId: null,
  commandId: 'cmd-1',
};

describe('parseEvent', () => {
  it("words zod's own issues in Vietnamese too, and leaves a schema's own message to its caller", () => {
    const r = parseEvent({
      type: 'DossierDigitised',
      schemaVersion: 1,
      data: { what: 5 },
      meta: { ...meta, occurredAt: 'hôm qua' },
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : (r.error.issues ?? []);
    const what = issues.find((i) => i.path === 'data.what');
    expect(what?.message).toMatch(/^Invalid option/);
    expect(what?.messageVi).toMatch(/^Tùy chọn không hợp lệ: /);
    expect(what?.messageVi).not.toMatch(/Invalid|expected/);
    // The instant's rule is the schema's own words: no Vietnamese here (the server's table has it).
    const at = issues.find((i) => i.path === 'meta.occurredAt');
    expect(at?.message).toBeDefined();
    expect(at?.messageVi).toBeUndefined();
  });

  it('accepts a current event as is', () => {
    const raw = { type: 'DossierDigitised', schemaVersion: 1, data: { what: 'papers' }, meta };
    expect(parseEvent(raw)).toEqual({ ok: true, value: raw });
  });

  it('rejects an unknown type: UNKNOWN_EVENT_TYPE', () => {
    const r = parseEvent({ type: 'DossierTeleported', schemaVersion: 1, data: {}, meta });
    expect(!r.ok && r.error.code).toBe('UNKNOWN_EVENT_TYPE');
    expect(!r.ok && r.error.message).toContain('DossierTeleported');
  });

  it('does not take inherited property names for event types', () => {
    const r = parseEvent({ type: 'toString', schemaVersion: 1, data: {}, meta });
    expect(!r.ok && r.error.code).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('rejects a version newer than this code knows: UNSUPPORTED_SCHEMA_VERSION', () => {
    const r = parseEvent({ type: 'FeePaid', schemaVersion: 3, data: { method: 'online', amountVnd: 1 }, meta });
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_SCHEMA_VERSION');
    expect(!r.ok && r.error.message).toContain('ev-1');
  });

  it('rejects a missing or non-integer version: INVALID_EVENT', () => {
    for (const schemaVersion of [undefined, 0, 1.5, '1']) {
      const r = parseEvent({ type: 'ResultReturned', schemaVersion, data: {}, meta });
      expect(!r.ok && r.error.code).toBe('INVALID_EVENT');
    }
  });

  it('names the field path of every bad field in data and meta', () => {
    const r = parseEvent({
      type: 'SatisfactionRated',
      schemaVersion: 1,
      data: { score: 9, complaint: false, comment: null },
      meta: { ...meta, occurredAt: '15/01/2024' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_EVENT');
    expect(r.error.issues?.map((i) => i.path)).toEqual(['data.score', 'meta.occurredAt']);
    expect(r.error.message).toContain('data.score');
  });

  it('names nested paths', () => {
    const r = parseEvent({
      type: 'EventCorrected',
      schemaVersion: 1,
      data: { supersedes: 'ev-0', reason: 'x', replacement: { type: 'ResultReturned', occurredAt: 'soon', data: {} } },
      meta,
    });
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('data.replacement.occurredAt');
  });

  it('rejects extra fields (data is strict)', () => {
    const r = parseEvent({ type: 'ResultReturned', schemaVersion: 1, data: { extra: 1 }, meta });
    expect(!r.ok && r.error.code).toBe('INVALID_EVENT');
  });
});

describe('FeePaid upcaster v1 → v2', () => {
  it('reads the printed amount as integer VND', () => {
    const r = parseEvent({ type: 'FeePaid', schemaVersion: 1, data: { method: 'counter', amount: '50.000 đ' }, meta });
    expect(r).toEqual({
      ok: true,
      value: { type: 'FeePaid', schemaVersion: 2, data: { method: 'counter', amountVnd: 50000 }, meta },
    });
  });

  it('is registered as upcasters.FeePaid[1]', () => {
    expect(upcasters.FeePaid?.[1]?.({ method: 'online', amount: '1.250.000đ' })).toEqual({
      method: 'online',
      amountVnd: 1_250_000,
    });
  });

  it('rejects an amount it cannot read, naming data.amount', () => {
    const r = parseEvent({ type: 'FeePaid', schemaVersion: 1, data: { method: 'online', amount: 'năm chục' }, meta });
    expect(!r.ok && r.error.code).toBe('INVALID_EVENT');
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('data.amount');
  });

  it('still validates the upcast data (a v1 method outside the enum is rejected)', () => {
    const r = parseEvent({ type: 'FeePaid', schemaVersion: 1, data: { method: 'cash', amount: '5.000 đ' }, meta });
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('data.method');
  });

  it.each([
    ['50.000 đ', 50000],
    ['50.000đ', 50000],
    ['0 đ', 0],
    ['8000', 8000],
    ['1.500.000 VNĐ', 1_500_000],
    ['2 000 000 ₫', 2_000_000],
    ['50.000,00 đ', 50000],
    ['400.000 đồng', 400000],
  ])('parseVndAmount(%j) = %d', (text, n) => {
    expect(parseVndAmount(text)).toBe(n);
  });

  it.each([
    '',
    'đ',
    '50.00 đ',
    '50.000,50 đ',
    '-5.000 đ',
    '5,000.00',
    'abc',
  ])('parseVndAmount(%j) is unreadable', (text) => {
    expect(parseVndAmount(text)).toBeNull();
  });

  it('property: any integer printed the Vietnamese way reads back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(' đ', 'đ', ' VNĐ', ' ₫', ''), (n, unit) => {
        const printed = n.toLocaleString('en-US').replaceAll(',', '.') + unit;
        expect(parseVndAmount(printed)).toBe(n);
      }),
    );
  });

  it('every version below the current one of every type has an upcaster', () => {
    for (const type of EVENT_TYPES) {
      for (let v = 1; v < CURRENT_SCHEMA_VERSION[type]; v++)
        expect(upcasters[type]?.[v], `${type} v${v}`).toBeTypeOf('function');
    }
  });
});

describe('eventIdFor', () => {
  it('is deterministic and a UUID', () => {
    expect(eventIdFor('cmd-42', 0)).toBe(eventIdFor('cmd-42', 0));
    expect(eventIdFor('cmd-42', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(EVENT_ID_NAMESPACE).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('property: equals the uuid package v5 id of "<commandId>#<index>" (ids of stored events never change)', () => {
    const viaUuid = (c: string, i: number) => {
      try {
        return uuidv5(`${c}#${i}`, EVENT_ID_NAMESPACE);
      } catch (e) {
        return `throws ${(e as Error).name}`;
      }
    };
    const ours = (c: string, i: number) => {
      try {
        return eventIdFor(c, i);
      } catch (e) {
        return `throws ${(e as Error).name}`;
      }
    };
    expect(eventIdFor('cmd-42', 0)).toBe(uuidv5('cmd-42#0', EVENT_ID_NAMESPACE));
    expect(eventIdFor('import:Xã Đông Sơn:HS-1:receive', 3)).toBe(
      uuidv5('import:Xã Đông Sơn:HS-1:receive#3', EVENT_ID_NAMESPACE),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        fc.nat(1000),
        (c, i) => {
          expect(ours(c, i)).toBe(viaUuid(c, i));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('equals the uuid package across SHA-1 block boundaries, for long and non-ASCII names', () => {
    // The hash is computed by hand: every padding case (the name ending just before, at and after the
    // 55/56/64-byte marks of one and several blocks), multi-byte UTF-8 and names longer than its buffer.
    for (let n = 0; n < 300; n++) {
      for (const unit of ['x', 'đ', '€', '😀']) {
        const c = unit.repeat(n);
        expect(eventIdFor(c, n), `${n} × ${unit}`).toBe(uuidv5(`${c}#${n}`, EVENT_ID_NAMESPACE));
      }
    }
    const long = 'import:Xã Đông Sơn:'.repeat(400);
    expect(eventIdFor(long, 7)).toBe(uuidv5(`${long}#7`, EVENT_ID_NAMESPACE));
    expect(eventIdFor('after-a-long-one', 0)).toBe(uuidv5('after-a-long-one#0', EVENT_ID_NAMESPACE));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(), (c, i) => {
        expect(eventIdFor(c, i)).toBe(uuidv5(`${c}#${i}`, EVENT_ID_NAMESPACE));
      }),
      { numRuns: 300 },
    );
  });

  it('property: distinct (command, index) pairs give distinct ids', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(20), fc.string(), fc.nat(20), (c1, i1, c2, i2) => {
        fc.pre(c1 !== c2 || i1 !== i2);
        expect(eventIdFor(c1, i1)).not.toBe(eventIdFor(c2, i2));
      }),
    );
  });
});
