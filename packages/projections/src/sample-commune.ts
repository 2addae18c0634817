// The sample commune: a deterministic, realistic history of the Đông Sơn one-stop office from December
// 2022 to 19 April 2024, built from the rules. Each planned dossier (sample-plan.ts) is realised with the
// working-time calendar (sample-dossier.ts) and then run through the domain decider, command by command,
// so every event is one the rules accept and every due date is the one the decider computes. Form 06 for
// Q1 2024 and for 2023 then comes out of the ledger as the seed report's figures.
import {
  createDecider,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  defaultCalendar,
  dongSonOffice,
  dossierStreamId,
  type ProcedureCatalogue,
  sampleCatalogue,
  type WorkingCalendar,
} from '@motcua/domain';
import type { EventStore, ExpectedRevision, NewEvent } from '@motcua/store';
import { type DossierPlan, type PaymentPolicy, realiseDossier } from './sample-dossier.js';
import { HISTORY_END_DAY, sampleSpecs } from './sample-plan.js';
import { createRng } from './sample-random.js';
import { createDayIndex, dayOfMs, iso, ms } from './sample-time.js';

/** The sample office's code (from the sample catalogue): streams are `dossier-DONGSON-<code>`. */
export const SAMPLE_OFFICE: string = dongSonOffice.code;
/** Nothing in the sample happens or is recorded after this instant. */
export const SAMPLE_HISTORY_END = `${HISTORY_END_DAY}T17:00:00+07:00`;
export const DEFAULT_SAMPLE_SEED = 20240419;

/** One append, in recording order: the store must stamp it with `recordedAt`. */
export interface SampleEntry {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: NewEvent[];
  /** ISO 8601 UTC, as the store writes it; non-decreasing along the history. */
  readonly recordedAt: string;
}

export type SampleHistory = SampleEntry[];

export interface SampleOptions {
  /** Same seed, byte-identical history. */
  seed?: number;
  calendar?: WorkingCalendar;
  catalogue?: ProcedureCatalogue;
}

/** Share of dossiers with a fee that are paid online (the seed gives 75% for 2023). */
const ONLINE_PAYMENT_TARGET: Record<string, number> = { '2023': 0.75 };
const DEFAULT_ONLINE_PAYMENT = 0.85;
const MAX_ATTEMPTS = 1000;

/** Exactly ⌊n × target⌋ of the first n dossiers with a fee in a cohort pay online. */
function paymentPolicy(): PaymentPolicy {
  const seen = new Map<string, { n: number; online: number }>();
  const get = (cohort: string) => {
    const s = seen.get(cohort) ?? { n: 0, online: 0 };
    seen.set(cohort, s);
    return s;
  };
  return {
    next(cohort) {
      const s = get(cohort);
      const target = ONLINE_PAYMENT_TARGET[cohort] ?? DEFAULT_ONLINE_PAYMENT;
      return Math.floor((s.n + 1) * target) > s.online ? 'online' : 'counter';
    },
    commit(cohort, method) {
      const s = get(cohort);
      s.n += 1;
      if (method === 'online') s.online += 1;
    },
  };
}

/** Every dossier of the sample, realised against the calendar; same seed, same plans. */
export function planSampleCommune(options: SampleOptions = {}): Array<DossierPlan & { code: string }> {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const calendar = options.calendar ?? defaultCalendar;
  const catalogue = options.catalogue ?? sampleCatalogue;
  const rng = createRng(seed);
  const specs = sampleSpecs(rng.fork('plan'));
  const payments = paymentPolicy();
  const days = createDayIndex(calendar, '2022-11-01', '2024-12-31');
  const ctx = { calendar, days, catalogue, endMs: ms(SAMPLE_HISTORY_END), payments };
  const plans: DossierPlan[] = specs.map((spec, i) => {
    const r = rng.fork(`dossier-${i}`);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const plan = realiseDossier(r, spec, ctx);
      if (!plan) continue;
      if (plan.payBy) payments.commit(spec.cohort, plan.payBy);
      return plan;
    }
    throw new Error(
      `sample plan: dossier #${i} (${spec.cohort}, ${spec.outcome}, ${spec.field}) could not be realised in ${MAX_ATTEMPTS} draws`,
    );
  });
  // Receipt-slip codes in receipt order, numbered per day: DS-240105-0003.
  const order = plans.map((_, i) => i).sort((a, b) => plans[a]!.receivedMs - plans[b]!.receivedMs || a - b);
  const perDay = new Map<string, number>();
  const codes: string[] = new Array(plans.length);
  for (const i of order) {
    const day = dayOfMs(plans[i]!.receivedMs);
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    codes[i] = `DS-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(n).padStart(4, '0')}`;
  }
  return plans.map((p, i) => ({ ...p, code: codes[i]! }));
}

interface Timed extends SampleEntry {
  readonly ms: number;
  readonly dossier: number;
  readonly step: number;
}

/** Runs one dossier's plan through the decider; every command must be accepted. */
function runDossier(
  plan: DossierPlan & { code: string },
  index: number,
  office: string,
  decider: ReturnType<typeof createDecider>,
): Timed[] {
  let state: DossierState = decider.initialState;
  const byKey = new Map<string, DossierEvent>();
  const streamId = dossierStreamId(office, plan.code);
  const out: Timed[] = [];
  plan.steps.forEach((step, j) => {
    const before = state.revision;
    const events: DossierEvent[] = [];
    step.commands.forEach((planned, k) => {
      const commandId = `sample-${plan.code}-${j}-${k}`;
      const meta = {
        commandId,
        actor: step.actor,
        correlationId: `sample-${plan.code}`,
        issuedAt: iso(step.recordedMs),
      };
      let command: DossierCommand;
      if (planned.kind === 'command') {
        command = { ...planned.body, office, dossierCode: plan.code, meta } as DossierCommand;
      } else {
        const target = byKey.get(planned.targetKey);
        if (!target) throw new Error(`sample ${plan.code}: nothing to correct under ${planned.targetKey}`);
        const r = planned.replacement;
        command = {
          type: 'CorrectEvent',
          office,
          dossierCode: plan.code,
          supersedes: target.meta.eventId,
          reason: planned.reason,
          replacement:
            r === null
              ? null
              : {
                  type: target.type,
                  occurredAt: r.occurredAt === undefined ? target.meta.occurredAt : iso(r.occurredAt),
                  data: { ...(target.data as Record<string, unknown>), ...r.patch },
                },
          at: iso(planned.at),
          meta,
        };
      }
      const result = decider.decide(command, state);
      if (!result.ok) {
        throw new Error(
          `sample ${plan.code}, step ${j}, ${command.type}: the decider refused it: ${result.error.message}`,
        );
      }
      for (const e of result.value) {
        state = decider.evolve(state, e);
        events.push(e);
      }
      if (planned.kind === 'command' && planned.key && result.value[0]) byKey.set(planned.key, result.value[0]);
    });
    out.push({
      streamId,
      expectedRevision: before === 0 ? 'no-stream' : BigInt(before - 1),
      events,
      recordedAt: new Date(step.recordedMs).toISOString(),
      ms: step.recordedMs,
      dossier: index,
      step: j,
    });
  });
  return out;
}

/**
 * The sample commune's history: the appends to make, in recording order, each with the recordedAt the
 * store must give it. Deterministic: the same seed gives a byte-identical history.
 */
export function generateSampleCommune(options: SampleOptions = {}): SampleHistory {
  const calendar = options.calendar ?? defaultCalendar;
  const catalogue = options.catalogue ?? sampleCatalogue;
  const decider = createDecider({ calendar, catalogue });
  const plans = planSampleCommune(options);
  const timed = plans.flatMap((plan, i) => runDossier(plan, i, SAMPLE_OFFICE, decider));
  timed.sort((a, b) => a.ms - b.ms || a.dossier - b.dossier || a.step - b.step);
  return timed.map(({ streamId, expectedRevision, events, recordedAt }) => ({
    streamId,
    expectedRevision,
    events,
    recordedAt,
  }));
}

/** A clock the seeder moves: pass `now` to the store, then seedSampleCommune sets it before each append. */
export interface SettableClock {
  readonly now: () => Date;
  /** Pins the clock at an instant. */
  set(at: string | Date): void;
  /** Back to the machine's clock (the store still never lets recordedAt go backwards). */
  release(): void;
}

export function createSettableClock(): SettableClock {
  let pinned: number | null = null;
  return {
    now: () => new Date(pinned ?? Date.now()),
    set: (at) => {
      const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
      if (Number.isNaN(t)) throw new Error(`clock: ${String(at)} is not a time`);
      pinned = t;
    },
    release: () => {
      pinned = null;
    },
  };
}

export interface SeedOptions {
  /** An empty store whose clock is `clock.now`. */
  store: EventStore;
  clock: SettableClock;
  seed?: number;
  /** A history already generated (default: generateSampleCommune({ seed })). */
  history?: SampleHistory;
  /** Most appends written in one transaction (appends recorded at the same instant share one). Default 500. */
  maxBatch?: number;
}

export interface SeedSummary {
  office: string;
  dossiers: number;
  events: number;
  appends: number;
  /** Store transactions used. */
  transactions: number;
  firstRecordedAt: string;
  lastRecordedAt: string;
}

export class SampleSeedError extends Error {
  constructor(
    readonly code: 'STORE_NOT_EMPTY',
    message: string,
  ) {
    super(message);
    this.name = 'SampleSeedError';
  }
}

/**
 * Writes the sample commune into an empty store, setting the store's clock to each append's recordedAt.
 * Appends recorded at the same instant go in one appendMany. The clock is left at the last recordedAt.
 */
export async function seedSampleCommune(options: SeedOptions): Promise<SeedSummary> {
  const { store, clock } = options;
  const head = await store.headPosition();
  if (head >= 0n) {
    throw new SampleSeedError(
      'STORE_NOT_EMPTY',
      `the store already holds events (head position ${head}); the sample commune is written only into an empty store`,
    );
  }
  const history = options.history ?? generateSampleCommune(options.seed === undefined ? {} : { seed: options.seed });
  const maxBatch = Math.max(1, options.maxBatch ?? 500);
  const restore = bulkLoadMode(store);
  try {
    return await writeHistory(store, clock, history, maxBatch);
  } finally {
    restore();
  }
}

interface SqlitePragmas {
  pragma(source: string, options?: { simple: boolean }): unknown;
}

/**
 * On a SQLite store (which fsyncs every commit), a bulk load of thousands of appends needs no fsync per
 * append: synchronous = NORMAL while seeding, then one full checkpoint makes the whole history durable
 * before the previous setting comes back. Other stores are left as they are.
 */
function bulkLoadMode(store: EventStore): () => void {
  const db = (store as { db?: Partial<SqlitePragmas> }).db;
  if (!db || typeof db.pragma !== 'function') return () => {};
  const sqlite = db as SqlitePragmas;
  const previous = sqlite.pragma('synchronous', { simple: true });
  sqlite.pragma('synchronous = NORMAL');
  return () => {
    sqlite.pragma('wal_checkpoint(FULL)');
    sqlite.pragma(`synchronous = ${Number(previous)}`);
  };
}

async function writeHistory(
  store: EventStore,
  clock: SettableClock,
  history: SampleHistory,
  maxBatch: number,
): Promise<SeedSummary> {
  let transactions = 0;
  let events = 0;
  const streams = new Set<string>();
  for (let i = 0; i < history.length; ) {
    const at = history[i]!.recordedAt;
    let j = i + 1;
    while (j < history.length && j - i < maxBatch && history[j]!.recordedAt === at) j++;
    const batch = history.slice(i, j);
    clock.set(at);
    if (batch.length === 1) {
      const e = batch[0]!;
      await store.append(e.streamId, e.events, e.expectedRevision);
    } else {
      await store.appendMany(
        batch.map((e) => ({ streamId: e.streamId, events: e.events, expectedRevision: e.expectedRevision })),
      );
    }
    transactions++;
    for (const e of batch) {
      events += e.events.length;
      streams.add(e.streamId);
    }
    i = j;
  }
  return {
    office: SAMPLE_OFFICE,
    dossiers: streams.size,
    events,
    appends: history.length,
    transactions,
    firstRecordedAt: history[0]?.recordedAt ?? '',
    lastRecordedAt: history[history.length - 1]?.recordedAt ?? '',
  };
}
