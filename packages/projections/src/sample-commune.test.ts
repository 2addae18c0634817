// The sample commune, end to end: generated from the rules, written through a real store with the
// store's own clock, read back by the ledger; Form 06 must then be the seed report's figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkEvent,
  type DossierState,
  dayOf,
  defaultCalendar,
  evolve,
  initialState,
  parseEvent,
  sampleCatalogue,
} from '@motcua/domain';
import { createMemoryStore, type EventStore, openSqliteStore, type RecordedEvent } from '@motcua/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ledger, loadLedger } from './ledger.js';
import { periodOf } from './periods.js';
import type { Counts } from './report.js';
import {
  createSettableClock,
  generateSampleCommune,
  SAMPLE_HISTORY_END,
  SAMPLE_OFFICE,
  type SampleHistory,
  SampleSeedError,
  seedSampleCommune,
} from './sample-commune.js';

const procedureFee = (code: string) => sampleCatalogue.byCode(code)?.feeVnd;
const Q1_2024 = periodOf({ year: 2024, quarter: 1, convention: 'calendar' });
const Y2023 = periodOf({ year: 2023, convention: 'calendar' });

// The seed report's figures (../shared/seed, ../shared/DOMAIN.md), typed in here and only here.
const SEED_Q1_2024 = {
  received: { total: 496, online: 493, directOrPostal: 2, direct: 2, postal: 0, carriedOver: 1 },
  resolved: { total: 469, early: 409, onTime: 56, late: 4 },
  pending: { total: 27, withinDeadline: 27, overdue: 0 },
};
const SEED_2023 = {
  received: { total: 2225, online: 2194, directOrPostal: 29, direct: 29, postal: 0, carriedOver: 2 },
  resolved: { total: 2224, early: 2091, onTime: 131, late: 2 },
  pending: { total: 1, withinDeadline: 1, overdue: 0 },
};

const columns = (c: Counts) => ({ received: c.received, resolved: c.resolved, pending: c.pending });
const lateByField = (ledger: Ledger, period: { from: string; to: string }, knownAt?: string) =>
  Object.fromEntries(
    ledger
      .form06({ ...period, offices: [SAMPLE_OFFICE], ...(knownAt ? { knownAt } : {}) })
      .rows.filter((r) => r.resolved.late > 0)
      .map((r) => [r.field, r.resolved.late]),
  );
const stringify = (h: SampleHistory) => JSON.stringify(h, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

async function readAll(store: EventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const batch of store.readAll({ batchSize: 5000 })) out.push(...batch);
  return out;
}

let history: SampleHistory;
let ledger: Ledger;
let stored: RecordedEvent[];

beforeAll(async () => {
  history = generateSampleCommune();
  const clock = createSettableClock();
  const store = createMemoryStore({ clock: clock.now });
  await seedSampleCommune({ store, clock, history });
  stored = await readAll(store);
  ledger = await loadLedger(store, { procedureFee });
});

describe('the sample commune (Đông Sơn), seeded into the in-memory store', () => {
  it('gives the seed report’s Q1 2024 Form 06 total row, with the late dossiers split 1 BTXH / 3 Hộ tịch', () => {
    const report = ledger.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE] });
    expect(report.office).toBe(SAMPLE_OFFICE);
    expect(columns(report.total)).toEqual(SEED_Q1_2024);
    expect(lateByField(ledger, Q1_2024)).toEqual({ 'Bảo trợ xã hội': 1, 'Hộ tịch': 3 });
    // "Early or on time" 94% of the dossiers handled, as the report divides.
    const ratio = report.indicators.earlyOrOnTimeOverHandled;
    expect([ratio.numerator, ratio.denominator]).toEqual([465, 496]);
    expect(Math.round((ratio.value ?? 0) * 100)).toBe(94);
  });

  it('digitises every dossier handled in Q1 2024: papers for all, the result for every one returned', () => {
    const { digitisation } = ledger.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE] }).indicators;
    expect(digitisation).toEqual({ numerator: 496, denominator: 496, value: 1 });
  });

  it('gives 2023 as the sum of the seed’s parts (2225, not the printed 2159), one dossier carried into 2024', () => {
    const report = ledger.form06({ ...Y2023, offices: [SAMPLE_OFFICE] });
    expect(columns(report.total)).toEqual(SEED_2023);
    expect(lateByField(ledger, Y2023)).toEqual({ 'Hộ tịch': 2 });
    const carried = ledger.drillDown({ ...Q1_2024, offices: [SAMPLE_OFFICE], cell: 'received.carriedOver' });
    const pending2023 = ledger.drillDown({ ...Y2023, offices: [SAMPLE_OFFICE], cell: 'pending.total' });
    expect(carried).toEqual(pending2023);
    expect(carried).toHaveLength(1);
    // 2023 digitisation, like the seed's 99.1%, and online payment, like its 75%, come out of the events.
    const { digitisation, onlinePaymentRate } = report.indicators;
    expect((digitisation.value ?? 0) * 100).toBeCloseTo(99.1, 1);
    expect(Math.round((onlinePaymentRate.value ?? 0) * 100)).toBe(75);
  });

  it('writes every append with the recordedAt it planned, never before the event happened', () => {
    const planned = history.flatMap((entry) => entry.events.map(() => entry.recordedAt));
    expect(stored.map((e) => e.recordedAt)).toEqual(planned);
    for (const e of stored) expect(Date.parse(e.recordedAt)).toBeGreaterThanOrEqual(Date.parse(e.meta.occurredAt));
    expect(stored.at(-1)!.recordedAt <= new Date(SAMPLE_HISTORY_END).toISOString()).toBe(true);
  });

  it('holds only events the domain accepts: each parses and passes the decider’s rules in stream order', () => {
    const states = new Map<string, DossierState>();
    for (const r of stored) {
      const parsed = parseEvent(r);
      if (!parsed.ok) throw new Error(`${r.streamId}#${r.revision}: ${parsed.error.message}`);
      const state = states.get(r.streamId) ?? initialState;
      const problem = checkEvent(state, parsed.value, r.recordedAt, r.streamId);
      if (problem) throw new Error(`${r.streamId}#${r.revision}: ${problem.message}`);
      states.set(r.streamId, evolve(state, parsed.value));
    }
    // Due dates are the calendar's, from each procedure's time limit.
    for (const r of stored) {
      if (r.type !== 'DossierReceived') continue;
      const data = r.data as { procedureCode: string; receivedAt: string; dueAt: string };
      const procedure = sampleCatalogue.byCode(data.procedureCode)!;
      expect(data.dueAt).toBe(defaultCalendar.dueAt(data.receivedAt, procedure.timeLimit));
    }
  });

  it('is a realistic history: after-hours online receipts, supplements, apologies, withdrawals, late typing, corrections', () => {
    const events = stored.map((r) => r.type);
    const count = (type: string) => events.filter((t) => t === type).length;
    expect(count('SupplementRequested')).toBeGreaterThan(20);
    expect(count('DueDateRescheduled')).toBe(3); // the 2023 one and two in Q1 2024
    expect(count('DossierWithdrawn')).toBeGreaterThanOrEqual(7);
    expect(count('DossierReturnedUnprocessed')).toBeGreaterThanOrEqual(3);
    expect(count('SatisfactionRated')).toBeGreaterThan(500);
    expect(count('DossierTransferredIn')).toBe(2);
    expect(count('EventCorrected')).toBeGreaterThanOrEqual(3);
    const afterHours = stored.filter(
      (r) =>
        r.type === 'DossierReceived' && !defaultCalendar.isOfficeTime((r.data as { receivedAt: string }).receivedAt),
    );
    expect(afterHours.length).toBeGreaterThan(100);
    const typedDaysLater = stored.filter((r) => Date.parse(r.recordedAt) - Date.parse(r.meta.occurredAt) > 86_400_000);
    expect(typedDaysLater.length).toBeGreaterThan(30);
    const fields = new Set(
      stored.filter((r) => r.type === 'DossierReceived').map((r) => (r.data as { field: string }).field),
    );
    expect([...fields]).toEqual(expect.arrayContaining(['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai']));
  });

  it('as known at the end of Q1 2024, before the late entries were typed in, Q1 read differently', () => {
    const endOfQuarter = '2024-03-31T23:59:59+07:00';
    const then = ledger.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE], knownAt: endOfQuarter });
    const now = ledger.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE] });
    expect(columns(now.total)).toEqual(SEED_Q1_2024);
    // A paper dossier received on 29 March was typed in on 1 April; results handed over in the last week
    // of March were typed in in April.
    expect(then.total.received.total).toBe(495);
    expect(then.total.received.direct).toBe(1);
    expect(then.total.resolved.total).toBeLessThan(now.total.resolved.total);
    expect(then.total.pending.total).toBeGreaterThan(now.total.pending.total - 1);
    // Nothing was recorded after the history's end, so a later knownAt is today's report.
    expect(ledger.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE], knownAt: SAMPLE_HISTORY_END })).toEqual({
      ...now,
      knownAt: SAMPLE_HISTORY_END,
    });
  });

  it('shows a wrongly dated return as late until its correction is recorded, and as early after', () => {
    const fix = stored.find(
      (r) =>
        r.type === 'EventCorrected' &&
        (r.data as { replacement: { type: string } | null }).replacement?.type === 'ResultReturned',
    );
    expect(fix).toBeDefined();
    const justBefore = new Date(Date.parse(fix!.recordedAt) - 1).toISOString();
    const code = fix!.streamId.slice(`dossier-${SAMPLE_OFFICE}-`.length);
    const q = { ...Q1_2024, offices: [SAMPLE_OFFICE] };
    expect(ledger.drillDown({ ...q, cell: 'resolved.late', knownAt: justBefore })).toContain(code);
    expect(ledger.drillDown({ ...q, cell: 'resolved.late', knownAt: fix!.recordedAt })).not.toContain(code);
    expect(ledger.drillDown({ ...q, cell: 'resolved.early' })).toContain(code);
    const lateThen = ledger.form06({ ...q, knownAt: justBefore }).total.resolved;
    const lateAfter = ledger.form06({ ...q, knownAt: fix!.recordedAt }).total.resolved;
    expect(lateThen.late - lateAfter.late).toBe(1);
    expect(lateAfter.early - lateThen.early).toBe(1);
  });

  it('shows an online dossier typed in as a counter receipt as direct until the correction, in 2023', () => {
    const fix = stored.find(
      (r) =>
        r.type === 'EventCorrected' &&
        (r.data as { replacement: { type: string } | null }).replacement?.type === 'DossierReceived',
    );
    expect(fix).toBeDefined();
    const justBefore = new Date(Date.parse(fix!.recordedAt) - 1).toISOString();
    expect(dayOf(fix!.recordedAt).startsWith('2023')).toBe(true);
    const q = { ...Y2023, offices: [SAMPLE_OFFICE] };
    expect(ledger.form06({ ...q, knownAt: justBefore }).total.received.direct).toBeGreaterThan(0);
    const before = ledger.form06({ ...q, knownAt: justBefore }).total.received;
    const after = ledger.form06({ ...q, knownAt: fix!.recordedAt }).total.received;
    expect(before.direct - after.direct).toBe(1);
    expect(after.online - before.online).toBe(1);
  });

  it('refuses to write into a store that already holds events', async () => {
    const clock = createSettableClock();
    const store = createMemoryStore({ clock: clock.now });
    await seedSampleCommune({ store, clock, history: history.slice(0, 3) });
    await expect(seedSampleCommune({ store, clock, history })).rejects.toBeInstanceOf(SampleSeedError);
    expect(await store.headPosition()).toBeGreaterThan(0n);
  });
});

describe('determinism', () => {
  it('gives a byte-identical history for the same seed', () => {
    expect(stringify(generateSampleCommune())).toBe(stringify(history));
  });

  it('gives another history for another seed, with the same figures, because they come from the plan and the rules', async () => {
    const other = generateSampleCommune({ seed: 7 });
    expect(stringify(other)).not.toBe(stringify(history));
    const clock = createSettableClock();
    const store = createMemoryStore({ clock: clock.now });
    await seedSampleCommune({ store, clock, history: other });
    const l = await loadLedger(store, { procedureFee });
    expect(columns(l.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE] }).total)).toEqual(SEED_Q1_2024);
    expect(columns(l.form06({ ...Y2023, offices: [SAMPLE_OFFICE] }).total)).toEqual(SEED_2023);
    expect(lateByField(l, Q1_2024)).toEqual({ 'Bảo trợ xã hội': 1, 'Hộ tịch': 3 });
  });
});

describe('the sample commune in a real SQLite file', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds through openSqliteStore with the store’s clock and reads back the same Form 06', async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-sample-'));
    const path = join(dir, 'dongson.db');
    const clock = createSettableClock();
    const store = openSqliteStore({ path, clock: clock.now });
    const summary = await seedSampleCommune({ store, clock, history });
    expect(summary.events).toBe(stored.length);
    expect(summary.transactions).toBeLessThanOrEqual(summary.appends);
    // The bulk load relaxes fsync per commit; the store's durability setting (FULL = 2) comes back.
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    await store.close();

    const reopened = openSqliteStore({ path });
    try {
      const rows = await readAll(reopened);
      const line = (r: RecordedEvent) => `${r.streamId} ${r.type} ${r.recordedAt} ${r.meta.eventId}`;
      expect(rows.map(line).join('\n')).toBe(stored.map(line).join('\n'));
      const fromDisk = await loadLedger(reopened, { procedureFee });
      const q1 = fromDisk.form06({ ...Q1_2024, offices: [SAMPLE_OFFICE] });
      expect(columns(q1.total)).toEqual(SEED_Q1_2024);
      expect(q1.indicators.digitisation.value).toBe(1);
      expect(lateByField(fromDisk, Q1_2024)).toEqual({ 'Bảo trợ xã hội': 1, 'Hộ tịch': 3 });
      expect(columns(fromDisk.form06({ ...Y2023, offices: [SAMPLE_OFFICE] }).total)).toEqual(SEED_2023);
      const verified = await reopened.verify();
      expect(verified.ok).toBe(true);
    } finally {
      await reopened.close();
    }
  });
});
