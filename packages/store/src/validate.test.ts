// prepareRequest: the text it hands the adapters is the events' JSON and the hash covers exactly that text,
// whether an event comes from the decider, the codec or a literal (each is checked here).
import { decide, initialState, parseEvent } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { payloadHash } from './chain.js';
import { StoreError } from './port.js';
import { OFFICE, received, streamOf } from './test-support.js';
import { type PreparedRequest, prepareRequest } from './validate.js';

const decided = (code: string, actor = 'officer') => {
  const r = decide(
    {
      type: 'ReceiveDossier',
      office: OFFICE,
      dossierCode: code,
      field: 'Hộ tịch',
      channel: 'online',
      receivedAt: '2024-01-15T08:30:00+07:00',
      dueAt: '2024-01-18T17:00:00+07:00',
      meta: { commandId: `cmd-${code}`, actor, issuedAt: '2024-01-15T09:00:00+07:00' },
    },
    initialState,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]!;
};

describe('prepareRequest', () => {
  it('writes each event as its JSON text, hashed as chain.ts defines, for decided, parsed and literal events', () => {
    const parsed = parseEvent(received('P-1'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const events = [
      ['decided', decided('P-1', 'cán bộ "một cửa" \\ 1\n')],
      ['parsed', parsed.value],
      ['literal', received('P-1')],
    ] as const;
    for (const [how, e] of events) {
      const [p] = prepareRequest({ streamId: streamOf('P-1'), events: [e], expectedRevision: 'any' }).events;
      expect(p!.dataJson, how).toBe(JSON.stringify(e.data));
      expect(p!.metaJson, how).toBe(JSON.stringify(e.meta));
      expect(p!.payloadHash, how).toBe(payloadHash(JSON.stringify(e.data), JSON.stringify(e.meta)));
      expect([p!.type, p!.schemaVersion, p!.eventId, p!.commandId, p!.occurredAt], how).toEqual([
        e.type,
        e.schemaVersion,
        e.meta.eventId,
        e.meta.commandId,
        e.meta.occurredAt,
      ]);
    }
  });

  it('writes an event as given, and checks a decided one changed since', () => {
    const e = decided('P-2');
    const before = JSON.stringify(e.data);
    // Same keys and values in another order: checked and written as given (still valid).
    const reordered = { ...e, data: Object.fromEntries(Object.entries(e.data).reverse()) };
    const [p] = prepareRequest({ streamId: streamOf('P-2'), events: [reordered], expectedRevision: 'any' }).events;
    expect(p!.dataJson).toBe(JSON.stringify(reordered.data));
    expect(p!.dataJson).not.toBe(before);
    // A value changed to something invalid after deciding is refused, naming the field.
    (e.data as { dueAt: string }).dueAt = 'soon';
    expect(() => prepareRequest({ streamId: streamOf('P-2'), events: [e], expectedRevision: 'any' })).toThrow(
      /data\.dueAt/,
    );
  });

  it('names the first rule a stream name breaks', () => {
    const message = (streamId: unknown) => {
      try {
        prepareRequest({ streamId: streamId as string, events: [received('X1')], expectedRevision: 'any' });
        return 'accepted';
      } catch (e) {
        return (e as StoreError).message;
      }
    };
    expect(message(42)).toBe('stream name 42: must be a string');
    expect(message(`dossier-DS01-${'A'.repeat(600)}`)).toMatch(/: longer than 512 characters$/);
    expect(message('dossier-DS01-X 1')).toMatch(/: expected "<category>-<id>" \(lowercase category/);
    expect(message('Dossier-DS01-X1')).toMatch(/: expected "<category>-<id>" \(lowercase category/);
    for (const bad of ['dossier-DS01-X1#', 'dossier--X1', 'dossier-DS01-', `dossier-DS01-${'A'.repeat(129)}`]) {
      expect(message(bad), bad).toMatch(/: expected "dossier-<office>-<code>" \(office: letters/);
    }
    expect(message('dossier-DS01-X1')).toBe('accepted');
    expect(message(`dossier-DS01-${'A'.repeat(126)}X1`)).toMatch(/data\.dossierCode: is X1, stream is dossier A+X1/);
  });

  it('refuses duplicate event ids in one request, short or long, and names the events of the wrong dossier', () => {
    for (const n of [2, 40]) {
      const events = Array.from({ length: n }, (_, i) => received('P-3', { meta: { eventId: `e-${i}` } }));
      events[n - 1] = received('P-3', { meta: { eventId: 'e-0' } });
      const err = (() => {
        try {
          prepareRequest({ streamId: streamOf('P-3'), events, expectedRevision: 'any' });
        } catch (x) {
          return x;
        }
      })();
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).message).toContain(`event #${n - 1}`);
      expect((err as StoreError).message).toContain('duplicate event id e-0');
    }
    expect(() =>
      prepareRequest({ streamId: streamOf('P-4'), events: [decided('P-5')], expectedRevision: 'any' }),
    ).toThrow(/data\.dossierCode: is P-5, stream is dossier P-4/);
    expect(() =>
      prepareRequest({ streamId: streamOf('P-5', 'XX'), events: [decided('P-5')], expectedRevision: 'any' }),
    ).toThrow(/meta\.office: is DS01, stream belongs to office XX; data\.office: is DS01/);
  });

  it('alone makes the PreparedRequest that the writers skipping validation take (a type, checked by tsc)', () => {
    const prepared = prepareRequest({ streamId: streamOf('P-6'), events: [received('P-6')], expectedRevision: 'any' });
    const { streamId, expectedRevision, events, commandIds } = prepared;
    const handMade = { streamId, expectedRevision, events, commandIds };
    // @ts-expect-error a request built by hand is not trusted: appendPrepared and the thread wire refuse it
    const refused: PreparedRequest = handMade;
    const accepted: PreparedRequest = prepared;
    // The same fields at run time: only the type tells them apart, and nothing is hidden on the object.
    expect(refused).toEqual(accepted);
    expect(Object.getOwnPropertySymbols(prepared)).toEqual([]);
  });
});
