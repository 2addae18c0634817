// Ledger snapshots on the stores' own shelves (issue 13 item 7): a real SQLite file (the snapshot in a file
// beside it) and a real PostgreSQL server (tables in the log's schema). A snapshot that still holds is
// used and catches up to the same ledger as a fold of the whole log; each reason to refuse one is refused
// with its reason, and nothing is used: the ledger's version differs, the log at its position is another
// history (a replaced log), the log ends before it (a rolled-back log), its bytes are damaged, it was made
// under other procedure fees (the fee facts are folded in with the events). And a snapshot dropped by another
// instance's newer one while it is being read is read again from that one, not refused.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LEDGER_VERSION,
  type Ledger,
  type LedgerOptions,
  loadLedger,
  restoreLedger,
  saveLedgerSnapshot,
  snapshotLedgerOptions,
  storeEventSource,
} from '@motcua/projections';
import {
  type AppendRequest,
  type EventStore,
  openPostgresStore,
  openSqliteStore,
  type RecordedEvent,
  type SnapshotClaims,
  type SnapshotShelf,
  snapshotFileOf,
} from '@motcua/store';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freshSchema, pgForTests } from '../packages/store/src/postgres/test-cluster.js';
import { buildLog, dossierArb } from './projections-history.js';

type Shelved = EventStore & { snapshots: SnapshotShelf };

/** A fixed random history of 200 dossiers (over 1,000 events): the same log for every store. */
const LOG = buildLog(fc.sample(dossierArb, { seed: 7, numRuns: 200 }));

async function append(store: EventStore, events: readonly RecordedEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const requests: AppendRequest[] = events.slice(i, i + 500).map((e) => ({
      streamId: e.streamId,
      events: [{ type: e.type, schemaVersion: e.schemaVersion, data: e.data, meta: e.meta }],
      expectedRevision: 'any',
    }));
    await store.appendMany(requests);
  }
}

const QUERIES = [
  { from: '2024-01-01', to: '2024-03-31' },
  { from: '2023-12-01', to: '2024-06-30', offices: ['X1'] },
  { from: '2024-02-01', to: '2024-04-30', knownAt: '2024-03-15T12:00:00+07:00' },
];
/** Dossiers whose timelines are compared: read through the store's readStreamSync on both stores. */
const DOSSIERS = [...new Set(LOG.map((e) => e.streamId))]
  .slice(0, 5)
  .map((s) => s.split('-').slice(1) as [string, string]);
const answers = (l: Ledger) => [
  l.lastPosition,
  ...QUERIES.flatMap((q) => [l.form06(q), l.dossierCells(q)]),
  ...DOSSIERS.flatMap(([office, code]) => [l.timeline(office, code), l.dossier(office, code)]),
];

/** The newest snapshot copied onto another shelf, its claims changed and a byte of a part flipped if asked. */
async function copySnapshot(
  from: SnapshotShelf,
  to: SnapshotShelf,
  change: { claims?: Partial<SnapshotClaims>; flipPart?: number } = {},
): Promise<void> {
  const s = (await from.newest('ledger'))!;
  const parts: Uint8Array[] = [];
  for await (const p of s.readParts()) parts.push(Uint8Array.from(p));
  if (change.flipPart !== undefined) {
    const p = parts[change.flipPart]!;
    p[p.length >>> 1]! ^= 0x40;
  }
  const { readParts: _r, createdAt: _c, ...claims } = s;
  await to.put('ledger', parts, () => ({ ...claims, ...change.claims }));
}

interface Kind {
  open(): Promise<Shelved>;
  options(store: EventStore): LedgerOptions;
  /** Damages the stored snapshot in place, the store's own way. */
  damage(store: Shelved): Promise<void>;
}

function suite(name: string, skip: boolean, kind: Kind) {
  describe.skipIf(skip)(`ledger snapshots on ${name}`, () => {
    const opened: Shelved[] = [];
    const open = async (events: readonly RecordedEvent[]) => {
      const s = await kind.open();
      opened.push(s);
      await append(s, events);
      return s;
    };
    afterAll(async () => {
      for (const s of opened) await s.close();
    });

    it('holds a log long enough for the positions below', () => expect(LOG.length).toBeGreaterThan(1000));

    it('a snapshot is used, and the log after it brings it to the ledger a whole fold gives', async () => {
      const store = await open(LOG.slice(0, 600));
      expect(await restoreLedger(store, store.snapshots, kind.options(store))).toMatchObject({
        ok: false,
        reason: 'none',
      });
      const ledger = await loadLedger(store, kind.options(store));
      const claims = await saveLedgerSnapshot(store, store.snapshots, ledger, await store.headPosition());
      expect(claims).toMatchObject({ version: LEDGER_VERSION, position: 600n });
      await append(store, LOG.slice(600));

      const restored = await restoreLedger(store, store.snapshots, kind.options(store));
      if (!restored.ok) throw new Error(restored.message);
      expect(restored.position).toBe(600n);
      const caughtUp = await loadLedger(store, { ...kind.options(store), ledger: restored.ledger });
      const whole = await loadLedger(store, kind.options(store));
      expect(answers(caughtUp)).toEqual(answers(whole));
      // The timelines compared are read from the store, not empty on both sides.
      for (const [office, code] of DOSSIERS) expect(whole.timeline(office, code).length).toBeGreaterThan(0);
      expect(caughtUp.eventCount).toBe(LOG.length);
    });

    it('refuses a snapshot of another ledger version, of a replaced log, of a rolled-back log, or damaged', async () => {
      const store = await open(LOG);
      await saveLedgerSnapshot(store, store.snapshots, await loadLedger(store, kind.options(store)), 900n);
      const refusal = async (s: Shelved) => {
        const r = await restoreLedger(s, s.snapshots, kind.options(s));
        return r.ok ? 'used' : r.reason;
      };
      expect(await refusal(store)).toBe('used');

      const other = await open([]);
      await copySnapshot(store.snapshots, other.snapshots, { claims: { version: LEDGER_VERSION + 1 } });
      expect(await refusal(other)).toBe('version');

      // The same events appended again: other recordedAt, so other hashes: another history at position 900.
      const replaced = await open(LOG);
      await copySnapshot(store.snapshots, replaced.snapshots);
      expect(await refusal(replaced)).toBe('log-replaced');

      const rolledBack = await open(LOG.slice(0, 899));
      await copySnapshot(store.snapshots, rolledBack.snapshots);
      expect(await refusal(rolledBack)).toBe('log-shorter');

      await copySnapshot(store.snapshots, store.snapshots, { flipPart: 3 });
      expect(await refusal(store)).toBe('damaged');

      // Whole again, then damaged in place on the store's own medium.
      await saveLedgerSnapshot(store, store.snapshots, await loadLedger(store, kind.options(store)), 900n);
      expect(await refusal(store)).toBe('used');
      await kind.damage(store);
      expect(await refusal(store)).toBe('damaged');
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'motcua-snapshots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
suite('a SQLite file (a file beside it)', false, {
  open: async () => openSqliteStore({ path: join(dir, `log-${++files}.db`) }),
  options: (store) => ({ eventSource: storeEventSource(store)! }),
  async damage(store) {
    const path = snapshotFileOf((store as unknown as { path: string }).path, 'ledger');
    const bytes = readFileSync(path);
    bytes[bytes.length >>> 1]! ^= 0x01;
    writeFileSync(path, bytes);
    expect(await restoreLedger(store, store.snapshots, this.options(store))).toMatchObject({ reason: 'damaged' });
    truncateSync(path, bytes.length - 3);
  },
});

const pgt = pgForTests('Ledger snapshots on PostgreSQL');
suite('PostgreSQL (tables of the log)', pgt.skip, {
  open: async () => openPostgresStore({ connectionString: pgt.url(), schema: freshSchema('snap') }),
  options: (store) => ({ eventSource: storeEventSource(store)! }),
  async damage(store) {
    const schema = (store as unknown as { place: { schema: string } }).place.schema;
    const c = new pg.Client({ connectionString: pgt.url() });
    await c.connect();
    try {
      await c.query(
        `UPDATE "${schema}".ledger_snapshot_parts SET bytes = set_byte(bytes, 7, get_byte(bytes, 7) # 1) WHERE seq = 2`,
      );
      expect(await restoreLedger(store, store.snapshots, this.options(store))).toMatchObject({ reason: 'damaged' });
      await c.query(`DELETE FROM "${schema}".ledger_snapshot_parts WHERE seq = 1`);
    } finally {
      await c.end();
    }
  },
});

describe('a ledger snapshot and the procedure fees it was folded with', () => {
  it('is used under the same fees and refused under others, whose report would differ', async () => {
    const store = openSqliteStore({ path: join(dir, 'fees.db') });
    try {
      // The same history with a procedure on every receipt, whose fee is what differs below.
      const code = '1.001193';
      await append(
        store,
        LOG.map((e) =>
          e.type === 'DossierReceived' ? { ...e, data: { ...(e.data as object), procedureCode: code } } : e,
        ),
      );
      const codes = [code];
      const fees = (fee: number) => ({ procedures: codes.map((code) => ({ code, feeVnd: fee })) });
      const under = (fee: number) => snapshotLedgerOptions(fees(fee), storeEventSource(store));
      const ledger = await loadLedger(store, under(0));
      await saveLedgerSnapshot(store, store.snapshots, ledger, await store.headPosition());
      const same = await restoreLedger(store, store.snapshots, under(0));
      expect(same.ok).toBe(true);
      const other = await restoreLedger(store, store.snapshots, under(50_000));
      expect(other).toMatchObject({ ok: false, reason: 'options' });
      // Why it must be refused: folded under the other fees, the report counts fees the snapshot does not.
      const q = { from: '2023-01-01', to: '2025-12-31' };
      const feeDue = (l: Ledger) => JSON.stringify(l.form06(q).indicators);
      expect(feeDue(await loadLedger(store, under(50_000)))).not.toBe(feeDue(ledger));
    } finally {
      await store.close();
    }
  });
});

/** A start reads the older snapshot while another instance writes a newer one over it (which drops the older). */
async function raceNewerSnapshot(store: Shelved): Promise<void> {
  const options = { eventSource: storeEventSource(store)! };
  await append(store, LOG.slice(0, 600));
  await saveLedgerSnapshot(store, store.snapshots, await loadLedger(store, options), await store.headPosition());
  await append(store, LOG.slice(600));
  const other = await loadLedger(store, options);
  const head = await store.headPosition();
  // A spy at the shelf port (named so): as this start begins reading the older snapshot's parts, the other
  // instance's newer snapshot is written for real on the store's shelf, which drops the older one.
  let raced = false;
  const shelf: SnapshotShelf = {
    where: store.snapshots.where,
    put: (name, parts, claims) => store.snapshots.put(name, parts, claims),
    async newest(name) {
      const s = await store.snapshots.newest(name);
      if (!s || raced) return s;
      raced = true;
      return {
        ...s,
        async *readParts() {
          await saveLedgerSnapshot(store, store.snapshots, other, head);
          yield* s.readParts();
        },
      };
    },
  };
  const r = await restoreLedger(store, shelf, options);
  expect(raced).toBe(true);
  expect(r).toMatchObject({ ok: true, position: head });
  if (r.ok) expect(answers(r.ledger)).toEqual(answers(other));
}

describe('a snapshot replaced while it is read (SQLite: a newer file renamed over it)', () => {
  it('is read again from the newer one, not refused as damaged', async () => {
    const store = openSqliteStore({ path: join(dir, 'race.db') });
    try {
      await raceNewerSnapshot(store);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(pgt.skip)('a snapshot dropped while it is read (PostgreSQL, two instances)', () => {
  it("is read again from the other instance's newer one, not refused", async () => {
    const store = await openPostgresStore({ connectionString: pgt.url(), schema: freshSchema('snaprace') });
    try {
      await raceNewerSnapshot(store);
    } finally {
      await store.close();
    }
  });
});
