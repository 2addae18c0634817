// The one wire format between threads: prepared append requests one way (the server's main thread to its
// writer thread; the import's reading thread to the thread that writes), their outcomes the other way.
// Flat arrays for postMessage: typed arrays are transferred, not copied, and the strings are one array.
// Structured clone of the request objects themselves copied every property name of every event; JSON
// needed a replacer for every bigint. Requests:
//   strings  : per request its streamId, then per event type, eventId, commandId, occurredAt, dataJson,
//              metaJson, payloadHash
//   counts   : per request, its number of events
//   versions : per event, its schemaVersion
//   expected : per request, the expected revision (>= 0), or NO_STREAM / STREAM_EXISTS / ANY
// Outcomes (one per request, in order):
//   kinds     : WRITTEN, DEDUPLICATED or REFUSED
//   revisions : per request, nextRevision then position (0n for a refusal)
//   refusals  : per refused request, its error as plain data (bigints and all survive the structured clone)
// Only requests made by `prepareRequest` belong here: decoding does not validate again.
import { trust } from '@motcua/domain/internal';
import { type AppendResult, type ExpectedRevision, StoreError, WrongExpectedRevision } from './port.js';
import type { PreparedEvent, PreparedRequest } from './validate.js';

export interface PreparedWire {
  readonly strings: string[];
  readonly counts: Int32Array;
  readonly versions: Int32Array;
  readonly expected: BigInt64Array;
}

const NO_STREAM = -1n;
const STREAM_EXISTS = -2n;
const ANY = -3n;
const STRINGS_PER_EVENT = 7;

const expectedCode = (e: ExpectedRevision): bigint =>
  e === 'no-stream' ? NO_STREAM : e === 'stream-exists' ? STREAM_EXISTS : e === 'any' ? ANY : e;

const expectedOf = (code: bigint): ExpectedRevision =>
  code === NO_STREAM ? 'no-stream' : code === STREAM_EXISTS ? 'stream-exists' : code === ANY ? 'any' : code;

export function toWire(requests: readonly PreparedRequest[]): PreparedWire {
  let events = 0;
  for (const r of requests) events += r.events.length;
  const strings: string[] = [];
  const counts = new Int32Array(requests.length);
  const versions = new Int32Array(events);
  const expected = new BigInt64Array(requests.length);
  let e = 0;
  requests.forEach((r, i) => {
    counts[i] = r.events.length;
    expected[i] = expectedCode(r.expectedRevision);
    strings.push(r.streamId);
    for (const p of r.events) {
      versions[e++] = p.schemaVersion;
      strings.push(p.type, p.eventId, p.commandId, p.occurredAt, p.dataJson, p.metaJson, p.payloadHash);
    }
  });
  return { strings, counts, versions, expected };
}

/** The typed arrays' buffers, for postMessage's transfer list. */
export const wireTransfer = (w: PreparedWire): ArrayBuffer[] => [
  w.counts.buffer as ArrayBuffer,
  w.versions.buffer as ArrayBuffer,
  w.expected.buffer as ArrayBuffer,
];

export function fromWire(w: PreparedWire): PreparedRequest[] {
  const out = new Array<PreparedRequest>(w.counts.length);
  const s = w.strings;
  let at = 0;
  let e = 0;
  for (let i = 0; i < w.counts.length; i++) {
    const streamId = s[at++]!;
    const n = w.counts[i]!;
    const events = new Array<PreparedEvent>(n);
    const commandIds: string[] = [];
    for (let k = 0; k < n; k++, at += STRINGS_PER_EVENT) {
      const commandId = s[at + 2]!;
      events[k] = {
        type: s[at]!,
        schemaVersion: w.versions[e++]!,
        eventId: s[at + 1]!,
        commandId,
        occurredAt: s[at + 3]!,
        dataJson: s[at + 4]!,
        metaJson: s[at + 5]!,
        payloadHash: s[at + 6]!,
      };
      if (!commandIds.includes(commandId)) commandIds.push(commandId);
    }
    // Trusted because the other thread's prepareRequest made what toWire flattened (see the top).
    out[i] = trust({ streamId, expectedRevision: expectedOf(w.expected[i]!), events, commandIds });
  }
  if (at !== s.length || e !== w.versions.length) throw new Error('prepared wire: counts do not match the strings');
  return out;
}

/** What a settled write answers for one request. */
export type Outcome = AppendResult | StoreError;

/** A refusal as plain data: the error's class is rebuilt from `kind` on the other side. */
export type RefusalOnWire =
  | { kind: 'wrong-revision'; streamId: string; expected: ExpectedRevision; actual: bigint | 'no-stream' }
  | { kind: 'store'; code: StoreError['code']; message: string; details: Record<string, unknown> };

export interface OutcomeWire {
  readonly kinds: Uint8Array;
  readonly revisions: BigInt64Array;
  readonly refusals: RefusalOnWire[];
}

const WRITTEN = 0;
const DEDUPLICATED = 1;
const REFUSED = 2;

const refusalOf = (e: StoreError): RefusalOnWire =>
  e instanceof WrongExpectedRevision
    ? { kind: 'wrong-revision', streamId: e.streamId, expected: e.expected, actual: e.actual }
    : { kind: 'store', code: e.code, message: e.message, details: e.details };

const errorOf = (r: RefusalOnWire): StoreError =>
  r.kind === 'wrong-revision'
    ? new WrongExpectedRevision(r.streamId, r.expected, r.actual)
    : new StoreError(r.code, r.message, r.details);

export function outcomesToWire(outcomes: readonly Outcome[]): OutcomeWire {
  const kinds = new Uint8Array(outcomes.length);
  const revisions = new BigInt64Array(outcomes.length * 2);
  const refusals: RefusalOnWire[] = [];
  outcomes.forEach((o, i) => {
    if (o instanceof StoreError) {
      kinds[i] = REFUSED;
      refusals.push(refusalOf(o));
      return;
    }
    kinds[i] = o.deduplicated ? DEDUPLICATED : WRITTEN;
    revisions[2 * i] = o.nextRevision;
    revisions[2 * i + 1] = o.position;
  });
  return { kinds, revisions, refusals };
}

/** The outcome wire's buffers, for postMessage's transfer list. */
export const outcomeTransfer = (w: OutcomeWire): ArrayBuffer[] => [
  w.kinds.buffer as ArrayBuffer,
  w.revisions.buffer as ArrayBuffer,
];

export function outcomesFromWire(w: OutcomeWire): Outcome[] {
  let refused = 0;
  for (const kind of w.kinds) if (kind === REFUSED) refused++;
  if (refused !== w.refusals.length || w.revisions.length !== 2 * w.kinds.length) {
    throw new Error('outcome wire: kinds do not match the refusals');
  }
  refused = 0;
  return Array.from(w.kinds, (kind, i): Outcome => {
    if (kind === REFUSED) return errorOf(w.refusals[refused++]!);
    return {
      nextRevision: w.revisions[2 * i]!,
      position: w.revisions[2 * i + 1]!,
      deduplicated: kind === DEDUPLICATED,
    };
  });
}
