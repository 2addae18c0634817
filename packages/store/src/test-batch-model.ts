// Test support for group commit: random steps (openings, followers at right, wrong or any
// revisions, retries, bad names and events) turned into append requests, and the serial reference
// that appendBatchSettled must match, shared by the SQLite and PostgreSQL property tests.
import fc from 'fast-check';
import { type AppendRequest, type AppendResult, type EventStore, StoreError } from './port.js';
import { digitised, received, streamOf } from './test-support.js';

export type Step =
  | { kind: 'open'; code: number }
  | { kind: 'follow'; code: number; expected: 'right' | 'wrong' | 'any'; events: number }
  | { kind: 'retry'; of: number }
  | { kind: 'bad-name' }
  | { kind: 'bad-event'; code: number };

export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), code: fc.integer({ min: 0, max: 4 }) }),
  fc.record({
    kind: fc.constant('follow' as const),
    code: fc.integer({ min: 0, max: 4 }),
    expected: fc.constantFrom('right' as const, 'wrong' as const, 'any' as const),
    events: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('retry' as const), of: fc.nat() }),
  fc.constant({ kind: 'bad-name' as const }),
  fc.record({ kind: fc.constant('bad-event' as const), code: fc.integer({ min: 0, max: 4 }) }),
);

/** Requests built from steps, with revisions guessed from what a serial run would have written. */
export function requestsOf(steps: readonly Step[], prefix: string): AppendRequest[] {
  const revision = new Map<number, bigint>();
  const sent: AppendRequest[] = [];
  for (const s of steps) {
    let r: AppendRequest;
    if (s.kind === 'open') {
      r = {
        streamId: streamOf(`${prefix}${s.code}`),
        events: [received(`${prefix}${s.code}`)],
        expectedRevision: 'no-stream',
      };
    } else if (s.kind === 'follow') {
      const current = revision.get(s.code) ?? -1n;
      r = {
        streamId: streamOf(`${prefix}${s.code}`),
        events: Array.from({ length: s.events }, () => digitised()),
        expectedRevision:
          s.expected === 'any' ? 'any' : s.expected === 'right' ? (current < 0n ? 'no-stream' : current) : current + 7n,
      };
    } else if (s.kind === 'retry' && sent.length > 0) {
      r = sent[s.of % sent.length]!;
    } else if (s.kind === 'bad-event') {
      r = {
        streamId: streamOf(`${prefix}${s.code}`),
        events: [{ ...digitised(), type: 'NotAnEvent' }],
        expectedRevision: 'any',
      };
    } else {
      r = { streamId: 'Not A Stream', events: [digitised()], expectedRevision: 'any' };
    }
    sent.push(r);
    // A guess only (the serial run is the judge); it keeps most "right" revisions right.
    if (s.kind === 'open') revision.set(s.code, revision.get(s.code) ?? 0n);
    if (s.kind === 'follow' && s.expected !== 'wrong')
      revision.set(s.code, (revision.get(s.code) ?? -1n) + BigInt(s.events));
  }
  return sent;
}

export const outcome = (r: AppendResult | StoreError | unknown) =>
  r instanceof StoreError ? { refused: r.code } : (r as AppendResult);

export async function serially(store: EventStore, requests: readonly AppendRequest[]) {
  const out = [];
  for (const r of requests) {
    try {
      out.push(outcome(await store.append(r.streamId, r.events, r.expectedRevision)));
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      out.push(outcome(e));
    }
  }
  return out;
}

export async function logOf(store: EventStore) {
  const rows = [];
  for await (const batch of store.readAll()) {
    for (const e of batch) rows.push([e.position, e.streamId, e.revision, e.type, e.meta.eventId]);
  }
  return rows;
}
