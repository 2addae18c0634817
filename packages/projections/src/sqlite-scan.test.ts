// The SQLite scan (columns read straight from the file, payloads parsed only where Form 06 reads them,
// timelines read back from the file) must give exactly what applying the store's RecordedEvents gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type RecordedEvent } from '@motcua/store';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { logBuilder } from './fixtures.js';
import { createLedger, type Ledger, loadLedger } from './ledger.js';
import { CELLS } from './report.js';

const OFFICES = ['X01', 'X02', 'Y01'];
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai'];
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
const T0 = Date.parse('2024-01-01T08:00:00+07:00');
const DAY = 86_400_000;

/** One dossier's story: which steps happen, how many days apart, and which are entered late. */
const storyArb = fc.record({
  office: fc.constantFrom(...OFFICES),
  field: fc.constantFrom(...FIELDS),
  channel: fc.constantFrom('online' as const, 'direct' as const, 'postal' as const),
  transferredIn: fc.boolean(),
  start: fc.integer({ min: 0, max: 80 }),
  due: fc.integer({ min: 1, max: 15 }),
  supplements: fc.integer({ min: 0, max: 2 }),
  rescheduled: fc.boolean(),
  finish: fc.constantFrom('returned', 'refused', 'withdrawn', 'returnedUnprocessed', 'none'),
  finishAfter: fc.integer({ min: 0, max: 30 }),
  fee: fc.constantFrom(0, 20000),
  online: fc.boolean(),
  digitised: fc.boolean(),
  rated: fc.boolean(),
  lateBy: fc.integer({ min: 0, max: 10 }),
  correction: fc.constantFrom('none', 'move', 'retract'),
});

type Story = typeof storyArb extends fc.Arbitrary<infer S> ? S : never;

function buildHistory(stories: Story[]): RecordedEvent[] {
  const b = logBuilder();
  // Steps of every dossier interleaved in business order, as offices would enter them.
  const steps: { at: number; run: (at: string, recordedAt: string | undefined) => void }[] = [];
  stories.forEach((s, k) => {
    const code = `HS${k}`;
    const r = T0 + s.start * DAY + k * 60_000;
    const late = (d: number) => (s.lateBy > 3 ? iso(d + s.lateBy * DAY) : undefined);
    steps.push({
      at: r,
      run: (_at, rec) =>
        b.open(
          s.office,
          code,
          {
            field: s.field,
            channel: s.channel,
            receivedAt: iso(r),
            dueAt: iso(r + s.due * DAY),
            procedureCode: 'P1',
            transferredIn: s.transferredIn,
          },
          rec ? { recordedAt: rec } : {},
        ),
    });
    let t = r;
    const step = (dt: number, run: (at: string, recordedAt: string | undefined) => void, lateOk = false) => {
      t += dt;
      const at = t;
      steps.push({ at, run: (a, rec) => run(a, lateOk ? (rec ?? late(at)) : rec) });
    };
    if (s.digitised) step(60_000, (at) => b.digitised(s.office, code, 'papers', { at }));
    if (s.fee > 0) step(60_000, (at) => b.feePaid(s.office, code, s.online ? 'online' : 'counter', s.fee, { at }));
    for (let i = 0; i < s.supplements; i++) {
      step(DAY, (at) => b.supplementRequested(s.office, code, { at }));
      step(2 * DAY, (at) => b.supplementProvided(s.office, code, iso(t + s.due * DAY), { at }));
    }
    if (s.rescheduled) step(DAY, (at) => b.rescheduled(s.office, code, iso(t + 20 * DAY), { at }));
    if (s.finish !== 'none') {
      const id = `fin-${k}`;
      step(
        s.finishAfter * DAY,
        (at, rec) => {
          const w = { at, eventId: id, ...(rec ? { recordedAt: rec } : {}) };
          if (s.finish === 'returned') {
            b.resolved(s.office, code, 'approved', { at });
            b.returned(s.office, code, w);
          } else if (s.finish === 'refused') b.resolved(s.office, code, 'refused', w);
          else if (s.finish === 'withdrawn') b.withdrawn(s.office, code, w);
          else b.returnedUnprocessed(s.office, code, w);
        },
        true,
      );
      if (s.digitised) step(60_000, (at) => b.digitised(s.office, code, 'result', { at }));
      if (s.rated)
        step(60_000, (at) =>
          b.add(s.office, code, 'SatisfactionRated', { score: 4, complaint: false, comment: null }, { at }),
        );
      if (s.correction !== 'none') {
        const type = {
          returned: 'ResultReturned',
          refused: 'DossierResolved',
          withdrawn: 'DossierWithdrawn',
          returnedUnprocessed: 'DossierReturnedUnprocessed',
        }[s.finish];
        const data =
          s.finish === 'refused'
            ? { decision: 'refused', note: null }
            : s.finish === 'returned'
              ? {}
              : { reason: null };
        step(3 * DAY, (at) =>
          b.corrected(s.office, code, id, s.correction === 'move' ? { type, occurredAt: iso(r + DAY), data } : null, {
            at,
          }),
        );
      }
    }
  });
  steps.sort((x, y) => x.at - y.at);
  for (const s of steps) s.run(iso(s.at), undefined);
  return b.events;
}

const dir = mkdtempSync(join(tmpdir(), 'motcua-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;

async function writeSqlite(events: readonly RecordedEvent[]) {
  let now = new Date(0);
  const store = openSqliteStore({ path: join(dir, `scan-${++run}.db`), clock: () => now });
  for (const e of events) {
    now = new Date(e.recordedAt);
    await store.append(
      e.streamId,
      [{ type: e.type, schemaVersion: e.schemaVersion, data: e.data, meta: e.meta }],
      'any',
    );
  }
  return store;
}

function compare(scanned: Ledger, direct: Ledger, knownAts: (string | undefined)[]) {
  expect(scanned.lastPosition).toBe(direct.lastPosition);
  expect(scanned.eventCount).toBe(direct.eventCount);
  expect(scanned.dossierCount).toBe(direct.dossierCount);
  for (const knownAt of knownAts) {
    for (const [from, to] of [
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-03-31'],
      ['2024-01-15', '2024-06-30'],
    ] as const) {
      for (const offices of [undefined, ['X01'], ['X01', 'Y01']]) {
        const q = { from, to, ...(knownAt ? { knownAt } : {}), ...(offices ? { offices } : {}) };
        expect(scanned.form06(q)).toEqual(direct.form06(q));
        for (const cell of CELLS) expect(scanned.drillDown({ ...q, cell })).toEqual(direct.drillDown({ ...q, cell }));
      }
    }
  }
}

describe('loadLedger over a SQLite store (direct column scan)', () => {
  it('counts, drills down and reads timelines exactly as applying the store’s events does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(storyArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 9 }),
        async (stories, batchSize) => {
          const store = await writeSqlite(buildHistory(stories));
          try {
            const stored: RecordedEvent[] = [];
            for await (const b of store.readAll()) stored.push(...b);
            const direct = createLedger();
            for (const e of stored) direct.apply(e);
            const scanned = await loadLedger(store, { batchSize });
            const recorded = stored.map((e) => e.recordedAt);
            const knownAts = [
              undefined,
              recorded[Math.floor(recorded.length / 3)],
              recorded[Math.floor((2 * recorded.length) / 3)],
            ];
            compare(scanned, direct, knownAts);
            for (let k = 0; k < stories.length; k++) {
              const office = stories[k]!.office;
              for (const knownAt of knownAts) {
                const o = knownAt ? { knownAt } : {};
                expect(scanned.timeline(office, `HS${k}`, o)).toEqual(direct.timeline(office, `HS${k}`, o));
                expect(scanned.dossier(office, `HS${k}`, o)).toEqual(direct.dossier(office, `HS${k}`, o));
              }
            }
            // Up to a position, then caught up from there.
            const half = stored[Math.floor(stored.length / 2)]!.position;
            const part = await loadLedger(store, { toPosition: half, keepEvents: false });
            expect(part.lastPosition).toBe(half);
            await loadLedger(store, { ledger: part });
            compare(part, direct, [knownAts[1]]);
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
