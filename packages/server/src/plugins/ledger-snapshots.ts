// Ledger snapshots while serving (issue 13 item 7): the in-memory ledger's state is written to the store's
// shelf every `everyEvents` events or `everyMs` (whichever comes first, checked every `checkMs`), and once
// more at a clean shutdown, so the next start reads the snapshot and only the log after it
// (ledger-start.ts). Off the request path: the state is taken at once (the dossier columns copied, about
// a tenth of a second for a province), then its bytes are made and written one part at a time with a
// turn of the event loop between parts, so requests are answered and the log followed meanwhile; one
// snapshot is written at a time. A snapshot that fails is logged; the server goes on, and tries again
// after a wait that doubles with each failure in a row (a full disk is not hammered every check).
import { type Ledger, saveLedgerSnapshot } from '@motcua/projections';
import type { EventStore, SnapshotShelf } from '@motcua/store';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EventFeed } from '../event-feed.js';

export interface SnapshotSchedule {
  /** Write one once this many events were folded in since the last (0: not by count). */
  readonly everyEvents: number;
  /** Write one once this long has passed since the last, if anything came (ms; 0: not by time). */
  readonly everyMs: number;
  /** How often the two are looked at (ms, default 30 s). */
  readonly checkMs?: number;
}

export const DEFAULT_SNAPSHOT_SCHEDULE: SnapshotSchedule = { everyEvents: 200_000, everyMs: 10 * 60_000 };

export interface LedgerSnapshotOptions {
  readonly store: EventStore;
  readonly shelf: SnapshotShelf;
  readonly feed: EventFeed;
  readonly ledger: Ledger;
  /** The position of the snapshot the ledger started from (-1n: none). */
  readonly since: bigint;
  readonly schedule: SnapshotSchedule;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The longest wait between periodic tries after failures in a row. */
export const SNAPSHOT_RETRY_MAX_MS = 60 * 60_000;

async function ledgerSnapshots(app: FastifyInstance, opts: LedgerSnapshotOptions): Promise<void> {
  // Positions start at 1: with no snapshot yet, the events folded in are counted from 0 (−1 would count
  // one more than came, and write the first snapshot an event early).
  let saved = opts.since < 0n ? 0n : opts.since;
  let savedAt = Date.now();
  let saving: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const checkMs = opts.schedule.checkMs ?? 30_000;
  let failures = 0;
  let retryAt = 0;

  const save = (why: 'periodic' | 'shutdown'): Promise<void> => {
    if (saving) return saving;
    // Read with the state, in the same turn: the feed applies events and moves its position together.
    const position = opts.feed.position;
    if (position <= saved) return Promise.resolve();
    const started = performance.now();
    saving = saveLedgerSnapshot(opts.store, opts.shelf, opts.ledger, position, turn)
      .then((claims) => {
        saved = position;
        savedAt = Date.now();
        failures = 0;
        retryAt = 0;
        app.log.info(
          {
            why,
            position: position.toString(),
            bytes: claims.bytes,
            parts: claims.parts,
            ms: Math.round(performance.now() - started),
            where: opts.shelf.where,
          },
          'ledger snapshot written',
        );
      })
      .catch((err) => {
        failures += 1;
        const retryInMs = Math.min(checkMs * 2 ** failures, SNAPSHOT_RETRY_MAX_MS);
        retryAt = Date.now() + retryInMs;
        app.log.warn({ err, why, failures, retryInMs }, 'ledger snapshot not written');
      })
      .finally(() => {
        saving = null;
      });
    return saving;
  };

  app.addHook('onReady', async () => {
    const { everyEvents, everyMs } = opts.schedule;
    if (everyEvents <= 0 && everyMs <= 0) return;
    timer = setInterval(() => {
      if (Date.now() < retryAt) return;
      const moved = opts.feed.position - saved;
      if (
        (everyEvents > 0 && moved >= BigInt(everyEvents)) ||
        (everyMs > 0 && moved > 0n && Date.now() - savedAt >= everyMs)
      ) {
        void save('periodic');
      }
    }, checkMs);
    timer.unref();
  });
  app.addHook('preClose', async () => {
    if (timer) clearInterval(timer);
  });
  // Registered after the shutdown plugin, so this runs before it closes the store (onClose runs in
  // reverse order): every request has been answered by now, so the log as it stands is what is kept.
  app.addHook('onClose', async () => {
    await saving;
    await opts.feed.catchUp().catch(() => {});
    await save('shutdown');
  });
}

export const ledgerSnapshotPlugin = fp(ledgerSnapshots, { name: 'motcua-ledger-snapshots' });
