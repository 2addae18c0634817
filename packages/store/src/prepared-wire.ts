// Prepared append requests in a flat form for postMessage: one array of strings and three typed arrays
// (transferred, not copied). Structured clone of the request objects themselves copied every property
// name of every event; flat arrays are the cheapest thing both threads can agree on.
//   strings  : per request its streamId, then per event type, eventId, commandId, occurredAt, dataJson,
//              metaJson, payloadHash
//   counts   : per request, its number of events
//   versions : per event, its schemaVersion
//   expected : per request, the expected revision (>= 0), or NO_STREAM / STREAM_EXISTS / ANY
// Only requests made by `prepareRequest` belong here: decoding does not validate again.
import { trust } from '@motcua/domain/internal';
import type { ExpectedRevision } from './port.js';
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
