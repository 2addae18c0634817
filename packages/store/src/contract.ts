// The store contract: one vitest suite every adapter must pass. Each test uses fresh stream names,
// so the suite also runs against a shared EventStoreDB server that already holds other events.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppendRequest, EventStore, NewEvent, RecordedEvent, StoreErrorCode } from './port.js';
import { StoreError, WrongExpectedRevision } from './port.js';
import { digitised, large, meta, received, sameCommand, streamOf, supplementRequested } from './test-support.js';
import { verifyChain } from './verify.js';

export interface StoreCapabilities {
  /** appendMany is one transaction (all or nothing, conflicts included). */
  readonly atomicAppendMany: boolean;
  /** The adapter keeps the hash chain and honours verifyChain. */
  readonly hashChain: boolean;
  /** The factory honours a clock option for recordedAt. */
  readonly clock: boolean;
}

export type StoreFactory = (options: { clock?: () => Date }) => EventStore | Promise<EventStore>;

export interface ContractOptions {
  readonly capabilities?: Partial<StoreCapabilities>;
  /** When set, the whole suite is skipped (e.g. no server to run against). */
  readonly skip?: boolean;
}

const code = () => `C${randomUUID().slice(0, 13).replace('-', '')}`;

async function collect(it: AsyncIterable<RecordedEvent[]>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const b of it) out.push(...b);
  return out;
}

async function expectStoreError(p: Promise<unknown>, code: StoreErrorCode): Promise<StoreError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a StoreError ${code}`).toBeInstanceOf(StoreError);
  expect((caught as StoreError).code).toBe(code);
  return caught as StoreError;
}

/** A position to read "from now on" that every adapter accepts: the current head itself (an
 *  EventStoreDB position must be a real record's), or the start of an empty log. */
async function fromHead(store: EventStore): Promise<bigint> {
  const head = await store.headPosition();
  return head < 0n ? 0n : head;
}

/** Events of the given streams, read through readAll from `from` onwards. */
async function readOurs(store: EventStore, streams: readonly string[], from = 0n): Promise<RecordedEvent[]> {
  const set = new Set(streams);
  return (await collect(store.readAll({ fromPosition: from, batchSize: 500 }))).filter((e) => set.has(e.streamId));
}

export function runStoreContract(name: string, factory: StoreFactory, options: ContractOptions = {}): void {
  const caps: StoreCapabilities = { atomicAppendMany: true, hashChain: true, clock: true, ...options.capabilities };

  describe.skipIf(options.skip === true)(`${name}: event store contract`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await factory({});
    });
    afterEach(async () => {
      await store.close();
    });

    describe('append and expected revisions', () => {
      it('creates a stream with no-stream and returns revision 0n and a bigint position', async () => {
        const c = code();
        const before = await store.headPosition();
        const r = await store.append(streamOf(c), [received(c)], 'no-stream');
        expect(r.nextRevision).toBe(0n);
        expect(typeof r.position).toBe('bigint');
        expect(r.position > before).toBe(true);
        expect(r.deduplicated).toBe(false);
        expect(await store.streamExists(streamOf(c))).toBe(true);
      });

      it('multi-event append returns the last revision and position', async () => {
        const c = code();
        const r = await store.append(streamOf(c), [received(c), digitised(), digitised()], 'no-stream');
        expect(r.nextRevision).toBe(2n);
        const events = await store.readStream(streamOf(c));
        expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(events[2]!.position).toBe(r.position);
        expect(events[1]!.position > events[0]!.position).toBe(true);
      });

      it('no-stream on an existing stream is a typed conflict and writes nothing', async () => {
        const c = code();
        await store.append(streamOf(c), [received(c)], 'no-stream');
        const head = await store.headPosition();
        const e = await expectStoreError(
          store.append(streamOf(c), [digitised()], 'no-stream'),
          'WRONG_EXPECTED_REVISION',
        );
        expect(e).toBeInstanceOf(WrongExpectedRevision);
        expect((e as WrongExpectedRevision).actual).toBe(0n);
        expect((e as WrongExpectedRevision).expected).toBe('no-stream');
        expect(await store.readStream(streamOf(c))).toHaveLength(1);
        expect(await store.headPosition()).toBe(head);
      });

      it('stream-exists on a missing stream is a typed conflict and writes nothing', async () => {
        const c = code();
        const e = await expectStoreError(
          store.append(streamOf(c), [received(c)], 'stream-exists'),
          'WRONG_EXPECTED_REVISION',
        );
        expect((e as WrongExpectedRevision).actual).toBe('no-stream');
        expect(await store.streamExists(streamOf(c))).toBe(false);
        expect(await store.readStream(streamOf(c))).toEqual([]);
        await store.append(streamOf(c), [received(c)], 'no-stream');
        const r = await store.append(streamOf(c), [digitised()], 'stream-exists');
        expect(r.nextRevision).toBe(1n);
      });

      it('a wrong bigint revision is a typed conflict naming the actual revision and writes nothing', async () => {
        const c = code();
        await store.append(streamOf(c), [received(c), digitised()], 'no-stream');
        for (const wrong of [0n, 2n, 5n]) {
          const e = await expectStoreError(store.append(streamOf(c), [digitised()], wrong), 'WRONG_EXPECTED_REVISION');
          expect((e as WrongExpectedRevision).actual).toBe(1n);
          expect((e as WrongExpectedRevision).expected).toBe(wrong);
        }
        const missing = code();
        const e = await expectStoreError(
          store.append(streamOf(missing), [received(missing)], 0n),
          'WRONG_EXPECTED_REVISION',
        );
        expect((e as WrongExpectedRevision).actual).toBe('no-stream');
        expect(await store.readStream(streamOf(c))).toHaveLength(2);
        const r = await store.append(streamOf(c), [digitised()], 1n);
        expect(r.nextRevision).toBe(2n);
      });

      it('any appends whatever the stream state', async () => {
        const c = code();
        expect((await store.append(streamOf(c), [received(c)], 'any')).nextRevision).toBe(0n);
        expect((await store.append(streamOf(c), [digitised()], 'any')).nextRevision).toBe(1n);
      });

      it('positions are bigint and strictly increasing; headPosition follows the last append', async () => {
        const c = code();
        const r1 = await store.append(streamOf(c), [received(c)], 'no-stream');
        const r2 = await store.append(streamOf(c), [digitised()], 0n);
        expect(r2.position > r1.position).toBe(true);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(r2.position);
      });
    });

    describe('idempotency', () => {
      it('a retried append (same command id) returns the earlier result and writes nothing', async () => {
        const c = code();
        const first = [received(c)];
        const r1 = await store.append(streamOf(c), first, 'no-stream');
        const head = await store.headPosition();
        const r2 = await store.append(streamOf(c), first, 'no-stream');
        expect(r2).toEqual({ nextRevision: r1.nextRevision, position: r1.position, deduplicated: true });
        expect(await store.readStream(streamOf(c))).toHaveLength(1);
        expect(await store.headPosition()).toBe(head);
      });

      it('a retry after the stream moved on still returns the earlier result, not a conflict', async () => {
        const c = code();
        const cmd = sameCommand([supplementRequested('Thiếu bản sao giấy khai sinh'), digitised()]);
        await store.append(streamOf(c), [received(c)], 'no-stream');
        const r1 = await store.append(streamOf(c), cmd, 0n);
        await store.append(streamOf(c), [digitised()], 2n);
        const r2 = await store.append(streamOf(c), cmd, 0n);
        expect(r2).toEqual({ nextRevision: 2n, position: r1.position, deduplicated: true });
        expect(await store.readStream(streamOf(c))).toHaveLength(4);
      });

      it('a command that failed with a conflict was not stored and can be retried with the right revision', async () => {
        const c = code();
        await store.append(streamOf(c), [received(c)], 'no-stream');
        const cmd = [digitised()];
        await expectStoreError(store.append(streamOf(c), cmd, 7n), 'WRONG_EXPECTED_REVISION');
        const r = await store.append(streamOf(c), cmd, 0n);
        expect(r).toMatchObject({ nextRevision: 1n, deduplicated: false });
      });
    });

    describe('reading', () => {
      it('read-your-writes: readStream, readAll, streamExists and headPosition see an append at once', async () => {
        const c = code();
        const ev = received(c);
        const r = await store.append(streamOf(c), [ev], 'no-stream');
        const [got] = await store.readStream(streamOf(c));
        expect(got).toMatchObject({ streamId: streamOf(c), revision: 0n, position: r.position, type: ev.type });
        expect(got!.data).toEqual(ev.data);
        expect(got!.meta).toEqual(ev.meta);
        expect(got!.schemaVersion).toBe(1);
        expect(Number.isNaN(Date.parse(got!.recordedAt))).toBe(false);
        const fromAll = await collect(store.readAll({ fromPosition: r.position, toPosition: r.position }));
        expect(fromAll).toHaveLength(1);
        expect(fromAll[0]).toEqual(got);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(r.position);
      });

      it('readAll returns the log in append order across interleaved streams', async () => {
        const streams = [code(), code(), code()];
        const start = await fromHead(store);
        const appended: Array<{ stream: string; position: bigint }> = [];
        for (const c of streams) {
          const r = await store.append(streamOf(c), [received(c)], 'no-stream');
          appended.push({ stream: streamOf(c), position: r.position });
        }
        for (let round = 0; round < 4; round++) {
          for (const c of streams) {
            const r = await store.append(streamOf(c), [digitised()], BigInt(round));
            appended.push({ stream: streamOf(c), position: r.position });
          }
        }
        const ours = await readOurs(
          store,
          streams.map((c) => streamOf(c)),
          start,
        );
        expect(ours.map((e) => [e.streamId, e.position])).toEqual(appended.map((a) => [a.stream, a.position]));
        for (let i = 1; i < ours.length; i++) expect(ours[i]!.position > ours[i - 1]!.position).toBe(true);
        for (const c of streams) {
          expect((await store.readStream(streamOf(c))).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        }
      });

      it('readAll honours fromPosition, toPosition (inclusive) and batchSize', async () => {
        const c = code();
        const events = [received(c), ...Array.from({ length: 9 }, () => digitised())];
        await store.append(streamOf(c), events, 'no-stream');
        const mine = await store.readStream(streamOf(c));
        const from = mine[2]!.position;
        const to = mine[8]!.position;
        const batches: RecordedEvent[][] = [];
        for await (const b of store.readAll({ fromPosition: from, toPosition: to, batchSize: 3 })) batches.push(b);
        for (const b of batches) expect(b.length).toBeLessThanOrEqual(3);
        const flat = batches.flat().filter((e) => e.streamId === streamOf(c));
        expect(flat.map((e) => e.revision)).toEqual([2n, 3n, 4n, 5n, 6n, 7n, 8n]);
        expect(batches.flat().every((e) => e.position >= from && e.position <= to)).toBe(true);
      });

      it('reading a missing stream gives an empty list', async () => {
        expect(await store.readStream(streamOf(code()))).toEqual([]);
      });

      it('keeps a ~1 MB payload intact', async () => {
        const c = code();
        const big = large(1_000_000);
        await store.append(streamOf(c), [received(c)], 'no-stream');
        await store.append(streamOf(c), [big], 0n);
        const [, back] = await store.readStream(streamOf(c));
        expect(back!.data).toEqual(big.data);
        const reason = (back!.data as { replacement: { data: { reason: string } } }).replacement.data.reason;
        expect(reason.length).toBe(1_000_000);
      });

      it('round-trips Vietnamese text unchanged, NFC and NFD alike', async () => {
        const nfc = 'Hộ tịch – Chứng thực bản sao điện tử từ bản chính'.normalize('NFC');
        const nfd = nfc.normalize('NFD');
        expect(nfd).not.toBe(nfc);
        const c1 = code();
        const c2 = code();
        await store.append(streamOf(c1), [received(c1, { field: nfc })], 'no-stream');
        await store.append(streamOf(c2), [received(c2, { field: nfd })], 'no-stream');
        await store.append(streamOf(c2), [supplementRequested(`Thiếu: ${nfd} / ${nfc}`)], 0n);
        const [a] = await store.readStream(streamOf(c1));
        const [b, s] = await store.readStream(streamOf(c2));
        expect((a!.data as { field: string }).field).toBe(nfc);
        expect((b!.data as { field: string }).field).toBe(nfd);
        expect((s!.data as { reason: string }).reason).toBe(`Thiếu: ${nfd} / ${nfc}`);
        const viaAll = await readOurs(store, [streamOf(c2)]);
        expect((viaAll[0]!.data as { field: string }).field).toBe(nfd);
      });

      it('holds a 10k-event stream in revision order', async () => {
        const c = code();
        const s = streamOf(c);
        const start = await fromHead(store);
        await store.append(s, [received(c)], 'no-stream');
        let rev = 0n;
        for (let chunk = 0; chunk < 20; chunk++) {
          const n = chunk === 19 ? 499 : 500;
          const r = await store.append(
            s,
            Array.from({ length: n }, () => digitised()),
            rev,
          );
          rev = r.nextRevision;
        }
        expect(rev).toBe(9999n);
        const events = await store.readStream(s);
        expect(events).toHaveLength(10_000);
        expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 10_000 }, (_, i) => BigInt(i)));
        const all = await readOurs(store, [s], start);
        expect(all).toHaveLength(10_000);
        for (let i = 1; i < all.length; i++) expect(all[i]!.position > all[i - 1]!.position).toBe(true);
      });
    });

    describe('subscriptions', () => {
      it('catch-up then live: every event exactly once, in order', async () => {
        const c = code();
        const s = streamOf(c);
        await store.append(s, [received(c), digitised(), digitised()], 'no-stream');
        const [e0] = await store.readStream(s);
        const sub = store.subscribe(e0!.position);
        const seen: RecordedEvent[] = [];
        const done = (async () => {
          for await (const e of sub) {
            if (e.streamId !== s) continue;
            seen.push(e);
            if (seen.length === 23) break;
          }
        })();
        let rev = 2n;
        for (let i = 0; i < 10; i++) {
          rev = (await store.append(s, [digitised(), digitised()], rev)).nextRevision;
          if (i % 3 === 0) await new Promise((r) => setTimeout(r, 5));
        }
        await done;
        await sub.close();
        expect(seen.map((e) => e.revision)).toEqual(Array.from({ length: 23 }, (_, i) => BigInt(i)));
        expect(new Set(seen.map((e) => e.position)).size).toBe(23);
      });

      it('starts at the given position (inclusive) and stops when closed', async () => {
        const c = code();
        const s = streamOf(c);
        await store.append(s, [received(c), digitised(), digitised(), digitised()], 'no-stream');
        const events = await store.readStream(s);
        const sub = store.subscribe(events[2]!.position);
        const seen: bigint[] = [];
        for await (const e of sub) {
          if (e.streamId !== s) continue;
          seen.push(e.revision);
          if (seen.length === 2) break;
        }
        expect(seen).toEqual([2n, 3n]);
        const head = await store.headPosition();
        const sub2 = store.subscribe(head);
        const ended = (async () => {
          const got: RecordedEvent[] = [];
          for await (const e of sub2) if (e.position > head) got.push(e);
          return got;
        })();
        await new Promise((r) => setTimeout(r, 20));
        await sub2.close();
        expect(await ended).toEqual([]);
      });

      it('several subscribers each see the same events', async () => {
        const c = code();
        const s = streamOf(c);
        const from = await fromHead(store);
        const subs = [store.subscribe(from), store.subscribe(from)];
        const runs = subs.map(async (sub) => {
          const got: bigint[] = [];
          for await (const e of sub) {
            if (e.streamId === s) got.push(e.revision);
            if (got.length === 5) break;
          }
          return got;
        });
        await store.append(s, [received(c), digitised()], 'no-stream');
        await store.append(s, [digitised(), digitised(), digitised()], 1n);
        const results = await Promise.all(runs);
        await Promise.all(subs.map((x) => x.close()));
        for (const r of results) expect(r).toEqual([0n, 1n, 2n, 3n, 4n]);
      });
    });

    describe('appendMany', () => {
      it('appends to several streams and returns one result per request', async () => {
        const [a, b] = [code(), code()];
        const results = await store.appendMany([
          { streamId: streamOf(a), events: [received(a)], expectedRevision: 'no-stream' },
          { streamId: streamOf(b), events: [received(b), digitised()], expectedRevision: 'no-stream' },
          { streamId: streamOf(a), events: [digitised()], expectedRevision: 0n },
        ]);
        expect(results.map((r) => r.nextRevision)).toEqual([0n, 1n, 1n]);
        expect(results.every((r) => !r.deduplicated)).toBe(true);
        expect(await store.readStream(streamOf(a))).toHaveLength(2);
        expect(await store.readStream(streamOf(b))).toHaveLength(2);
      });

      it('one bad event anywhere in the batch: refused, nothing written', async () => {
        const [a, b] = [code(), code()];
        const head = await store.headPosition();
        const bad = { ...digitised(), data: { what: 'photos' } };
        const e = await expectStoreError(
          store.appendMany([
            { streamId: streamOf(a), events: [received(a)], expectedRevision: 'no-stream' },
            { streamId: streamOf(b), events: [received(b), bad], expectedRevision: 'no-stream' },
          ]),
          'INVALID_EVENT',
        );
        expect(e.message).toContain('data.what');
        expect(e.message).toContain(streamOf(b));
        expect(await store.streamExists(streamOf(a))).toBe(false);
        expect(await store.headPosition()).toBe(head);
      });

      it.skipIf(!caps.atomicAppendMany)('a conflict in one request: nothing of the batch is written', async () => {
        const [a, b, x] = [code(), code(), code()];
        await store.append(streamOf(x), [received(x)], 'no-stream');
        const head = await store.headPosition();
        const reqs: AppendRequest[] = [
          { streamId: streamOf(a), events: [received(a)], expectedRevision: 'no-stream' },
          { streamId: streamOf(b), events: [received(b)], expectedRevision: 'no-stream' },
          { streamId: streamOf(x), events: [digitised()], expectedRevision: 3n },
        ];
        await expectStoreError(store.appendMany(reqs), 'WRONG_EXPECTED_REVISION');
        expect(await store.streamExists(streamOf(a))).toBe(false);
        expect(await store.streamExists(streamOf(b))).toBe(false);
        expect(await store.headPosition()).toBe(head);
        // The same commands go through once the conflict is fixed: nothing was remembered.
        const fixed = await store.appendMany([reqs[0]!, reqs[1]!, { ...reqs[2]!, expectedRevision: 0n }]);
        expect(fixed.map((r) => r.deduplicated)).toEqual([false, false, false]);
      });

      it('a retried batch is deduplicated request by request', async () => {
        const [a, b] = [code(), code()];
        const reqs: AppendRequest[] = [
          { streamId: streamOf(a), events: [received(a)], expectedRevision: 'no-stream' },
          { streamId: streamOf(b), events: [received(b)], expectedRevision: 'no-stream' },
        ];
        const r1 = await store.appendMany(reqs);
        const r2 = await store.appendMany(reqs);
        expect(r2).toEqual(r1.map((r) => ({ ...r, deduplicated: true })));
      });
    });

    describe('bad input is refused before anything is written', () => {
      const refused = async (p: Promise<unknown>, code: StoreErrorCode) => {
        // Observed at once: a store that answers headPosition over the network (PostgreSQL) would
        // otherwise leave the refusal unhandled for a round trip, which Node reports as an error.
        p.catch(() => {});
        const head = await store.headPosition();
        const e = await expectStoreError(p, code);
        expect(await store.headPosition()).toBe(head);
        return e;
      };

      it('an unknown event type', async () => {
        const c = code();
        const e = await refused(
          store.append(streamOf(c), [{ type: 'DossierTeleported', schemaVersion: 1, data: {}, meta: meta() }], 'any'),
          'INVALID_EVENT',
        );
        expect(e.message).toContain('DossierTeleported');
        expect(e.details.domainCode).toBe('UNKNOWN_EVENT_TYPE');
        expect(await store.streamExists(streamOf(c))).toBe(false);
      });

      it('an event failing its schema, with the field named', async () => {
        const c = code();
        const ev = received(c);
        const bad: NewEvent = { ...ev, data: { ...(ev.data as object), channel: 'fax' } };
        const e = await refused(store.append(streamOf(c), [bad], 'no-stream'), 'INVALID_EVENT');
        expect(e.message).toContain('data.channel');
        expect(e.message).toContain(streamOf(c));
        const noMeta = { ...ev, meta: { ...ev.meta, commandId: '' } };
        const e2 = await refused(store.append(streamOf(c), [noMeta], 'no-stream'), 'INVALID_EVENT');
        expect(e2.message).toContain('meta.commandId');
        const badInstant: NewEvent = { ...ev, meta: { ...ev.meta, occurredAt: '2024-01-15 08:30' } };
        await refused(store.append(streamOf(c), [badInstant], 'no-stream'), 'INVALID_EVENT');
      });

      it('a second bad event after a good one in the same append', async () => {
        const c = code();
        const e = await refused(
          store.append(streamOf(c), [received(c), { ...digitised(), schemaVersion: 99 }], 'no-stream'),
          'INVALID_EVENT',
        );
        expect(e.message).toContain('#1');
        expect(await store.streamExists(streamOf(c))).toBe(false);
      });

      it('an event naming another office or dossier than its stream', async () => {
        const c = code();
        const e = await refused(store.append(streamOf(c, 'OTHER'), [received(c)], 'no-stream'), 'INVALID_EVENT');
        expect(e.message).toContain('meta.office');
        const e2 = await refused(store.append(streamOf(code()), [received(c)], 'no-stream'), 'INVALID_EVENT');
        expect(e2.message).toContain('data.dossierCode');
      });

      it('stream names out of form', async () => {
        const ev = [received('X1')];
        for (const bad of [
          '',
          'dossier',
          'Dossier-DS01-X1',
          ' dossier-DS01-X1',
          'dossier-DS01-X 1',
          'dossier-DS01-X1\n',
          'dossier-DS01-X\u00001',
          '$all',
          '$et-DossierReceived',
          'dossier--X1',
          'dossier-DS01-',
          'dossier-DS01-X1#',
          `dossier-DS01-${'A'.repeat(600)}`,
        ]) {
          await refused(store.append(bad, ev, 'any'), 'INVALID_STREAM_NAME');
        }
        await expectStoreError(store.readStream('bad name'), 'INVALID_STREAM_NAME');
        await expectStoreError(store.streamExists('$all'), 'INVALID_STREAM_NAME');
      });

      it('an empty append and a malformed expected revision', async () => {
        const c = code();
        await refused(store.append(streamOf(c), [], 'no-stream'), 'INVALID_EVENT');
        await refused(store.append(streamOf(c), [received(c)], -1n), 'INVALID_EVENT');
        await refused(store.append(streamOf(c), [received(c)], 3 as unknown as bigint), 'INVALID_EVENT');
      });

      it('the same event id twice in one append', async () => {
        const c = code();
        const d = digitised();
        await refused(
          store.append(streamOf(c), [received(c), d, { ...d, meta: { ...d.meta } }], 'no-stream'),
          'INVALID_EVENT',
        );
      });
    });

    it('an event id already stored under another command is refused', async () => {
      const c = code();
      const first = received(c);
      await store.append(streamOf(c), [first], 'no-stream');
      const again = { ...digitised(), meta: { ...meta(), eventId: first.meta.eventId } };
      await expectStoreError(store.append(streamOf(c), [again], 0n), 'INVALID_EVENT');
      expect(await store.readStream(streamOf(c))).toHaveLength(1);
    });

    it('a closed store refuses work', async () => {
      const other = await factory({});
      await other.close();
      await expectStoreError(other.append(streamOf(code()), [received('X')], 'any'), 'STORE_CLOSED');
      await expectStoreError(other.readStream(streamOf('X')), 'STORE_CLOSED');
      await other.close(); // closing twice is harmless
    });

    it.skipIf(!caps.clock)('stamps recordedAt from the clock, never going backwards along positions', async () => {
      let now = Date.parse('2024-03-01T02:00:00Z');
      const clocked = await factory({ clock: () => new Date(now) });
      try {
        const c = code();
        const s = streamOf(c);
        await clocked.append(s, [received(c)], 'no-stream');
        now -= 86_400_000 * 3; // an entry typed in "late" is still recorded no earlier than the last one
        await clocked.append(s, [digitised()], 0n);
        now += 86_400_000 * 10;
        await clocked.append(s, [digitised()], 1n);
        const events = await clocked.readStream(s);
        expect(events.map((e) => e.recordedAt)).toEqual([
          '2024-03-01T02:00:00.000Z',
          '2024-03-01T02:00:00.000Z',
          '2024-03-08T02:00:00.000Z',
        ]);
      } finally {
        await clocked.close();
      }
    });

    it.skipIf(!caps.hashChain)('keeps a verifiable hash chain whose head is the last event', async () => {
      const c = code();
      await store.append(streamOf(c), [received(c), digitised()], 'no-stream');
      await store.append(streamOf(c), [large(10_000)], 1n);
      const last = await readOurs(store, [streamOf(c)]);
      const v = await verifyChain(store);
      expect(v.ok).toBe(true);
      if (v.ok) {
        expect(v.headHash).toBe(last[last.length - 1]!.hash);
        expect(v.size).toBe(await store.headPosition());
        expect(v.headHash).toMatch(/^[0-9a-f]{64}$/);
      }
    });
  });
}
