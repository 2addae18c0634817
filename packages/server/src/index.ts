// @motcua/server: the projection server. `motcua serve` calls startServer; tests call buildServer.
import { existsSync } from 'node:fs';
import { sampleCatalogue } from '@motcua/domain';
import { loadUnitLog, storeEventSource } from '@motcua/projections';
import {
  type EventStore,
  isPostgresConnectionString,
  openPostgresStore,
  openSqliteStore,
  type SnapshotShelf,
} from '@motcua/store';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { buildServer, type ServerOptions } from './app.js';
import { checkKeyUnits, loadKeysFile, unitKinds } from './auth.js';
import type { CheckpointSettings } from './checkpoint-state.js';
import type { ConnectionLimits } from './connection-limits.js';
import { hierarchyIndex, loadHierarchyFile } from './hierarchy.js';
import { ledgerStartOf } from './ledger-start.js';
import { listenOrClose, probeListen } from './listen.js';
import { DEFAULT_SNAPSHOT_SCHEDULE, type SnapshotSchedule } from './plugins/ledger-snapshots.js';
import { ledgerOptionsOf } from './projections.js';

export { API_VERSION, buildServer, type ServerOptions } from './app.js';
export {
  checkKeyUnits,
  createKeyRing,
  type KeyEntry,
  loadKeysFile,
  type Principal,
  parseKeys,
  ROLES,
  type Role,
} from './auth.js';
export type { BookImporter, BookImportResult, BookIssue, BookUpload } from './book-import.js';
export type { CheckpointSettings } from './checkpoint-state.js';
export type { ConnectionLimits } from './connection-limits.js';
export { normaliseOrigin } from './cors.js';
export { FileRefused, refusalText } from './file-refused.js';
export { type Hierarchy, hierarchyIndex, loadHierarchyFile, parseHierarchy } from './hierarchy.js';
export { type Lang, negotiateLanguage } from './lang.js';
export { ListenError, type ListenFailure, listenOrClose } from './listen.js';
export type { LiveGauge } from './live-registry.js';
export type { LiveConnectionStats, LiveLimits } from './live-stream.js';
export { DEFAULT_SNAPSHOT_SCHEDULE, type SnapshotSchedule } from './plugins/ledger-snapshots.js';
export { DOMAIN_STATUS, type Problem, type ProblemCode } from './problem.js';

export interface StartServerOptions {
  /** The SQLite ledger file, or a PostgreSQL connection string (postgres://…) of a log that any number
   *  of instances serve at once. */
  readonly dbPath: string;
  readonly port: number;
  readonly host?: string;
  /** JSON array of { key, role, offices, units?, name?, rateLimit? }. */
  readonly keysFile: string;
  /** Office hierarchy for roll-ups (JSON; see hierarchy.ts for the two accepted shapes). */
  readonly hierarchyFile?: string;
  /** Writes may open an office neither the ledger nor the hierarchy knows (`serve --allow-new-offices`). */
  readonly allowNewOffices?: boolean;
  /** Routine checkpoints: the folder beside the ledger, and a key to check the newest with. */
  readonly checkpoints?: Omit<CheckpointSettings, 'ledgerPath'>;
  /** Working calendar for due dates (default the shipped one); `motcua serve --calendar FILE` loads it. */
  readonly calendar?: ServerOptions['calendar'];
  /** Default true: pino JSON logs on stdout. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Requests per minute per key (default: MOTCUA_RATE_LIMIT, else 6000; 0 or false disables). */
  readonly rateLimit?: number | false;
  /** Request timeouts and connections per address (see ServerOptions.connections). */
  readonly connections?: Partial<ConnectionLimits>;
  /** Close gracefully on SIGINT / SIGTERM (default true). */
  readonly handleSignals?: boolean;
  /** How long closing waits for busy connections before closing them (default 10 s). */
  readonly shutdownGraceMs?: number;
  /** Run once the server has closed (and the store with it), e.g. a last checkpoint at shutdown. */
  readonly afterClose?: () => Promise<void>;
  /** Origins allowed to call the API from a browser (`serve --cors-origin`); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The tracking-book importer behind POST /v1/offices/{office}/imports (the CLI passes its own). */
  readonly bookImporter?: ServerOptions['bookImporter'];
  /**
   * Ledger snapshots: start from the newest that holds, write one on this schedule and at a clean
   * shutdown (default DEFAULT_SNAPSHOT_SCHEDULE); false: none read or written.
   */
  readonly snapshots?: SnapshotSchedule | false;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, finishes in-flight writes, closes the store. */
  close(): Promise<void>;
}

/** How often an instance on a shared (PostgreSQL) log looks for others' writes in case a notification was
 *  lost: well inside the second within which a write must show on every instance. */
const SHARED_LOG_POLL_MS = 500;

function rateLimitOf(given: number | false | undefined): number | false {
  if (given !== undefined) return given === 0 ? false : given;
  const env = process.env.MOTCUA_RATE_LIMIT;
  if (env === undefined || env === '') return 6000;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`MOTCUA_RATE_LIMIT=${env}: expected requests per minute (0 = off)`);
  return n === 0 ? false : n;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  // Read the files first so a bad keys or hierarchy file fails before the database is touched, and try
  // the port before the ledger is opened and read (a large one takes a while to catch up).
  const keys = loadKeysFile(opts.keysFile);
  const hierarchy = opts.hierarchyFile ? loadHierarchyFile(opts.hierarchyFile) : undefined;
  const fileKinds = hierarchy ? hierarchyIndex(hierarchy).kindOf : null;
  // Units the file does not know may be units of the catalogue in the ledger: those keys are checked once
  // it is open; the others before.
  // A ledger that does not exist yet holds no catalogue: refused before anything is created.
  const fromCatalogue =
    keys.some((k) => k.units.some((u) => fileKinds?.(u) !== 'unit')) &&
    (isPostgresConnectionString(opts.dbPath) || existsSync(opts.dbPath));
  if (!fromCatalogue) checkKeyUnits(keys, fileKinds, opts.keysFile);
  const host = opts.host ?? '127.0.0.1';
  await probeListen(host, opts.port);
  const shared = isPostgresConnectionString(opts.dbPath);
  const store: EventStore = shared
    ? await openPostgresStore({ connectionString: opts.dbPath })
    : openSqliteStore({ path: opts.dbPath });
  let catalogueUnits: string[] = [];
  if (fromCatalogue) {
    try {
      catalogueUnits = [...(await loadUnitLog(store)).at().keys()];
      checkKeyUnits(keys, unitKinds(fileKinds, new Set(catalogueUnits)), opts.keysFile);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  // Logs leave through an asynchronous, buffered stdout writer (a write per line costs throughput),
  // flushed every 250 ms, at shutdown and at exit.
  const wanted = opts.logger ?? true;
  const dest =
    wanted === false || (typeof wanted === 'object' && wanted !== null && 'stream' in wanted)
      ? null
      : pino.destination({ dest: 1, sync: false, minLength: 8192 });
  const flushLogs = (): void => {
    try {
      dest?.flushSync();
    } catch {
      // nothing left to flush, or stdout already closed
    }
  };
  const flusher = dest
    ? setInterval(() => {
        try {
          dest.flush();
        } catch {
          // a flush already in progress
        }
      }, 250).unref()
    : null;
  if (dest) process.once('exit', flushLogs);
  const logger = dest ? { ...(typeof wanted === 'object' && wanted !== null ? wanted : {}), stream: dest } : wanted;
  // The ledger from its newest snapshot when that still holds (else folded from the log once ready).
  const shelf = (store as EventStore & { snapshots?: SnapshotShelf }).snapshots;
  const started =
    shelf && opts.snapshots !== false
      ? await ledgerStartOf(store, shelf, ledgerOptionsOf(sampleCatalogue, storeEventSource(store)))
      : null;
  let app: FastifyInstance;
  try {
    app = buildServer({
      store,
      keys,
      ...(hierarchy ? { hierarchy } : {}),
      catalogueUnits,
      allowNewOffices: opts.allowNewOffices === true,
      ...(opts.calendar ? { calendar: opts.calendar } : {}),
      logger: logger as FastifyServerOptions['logger'],
      rateLimit: rateLimitOf(opts.rateLimit),
      closeStore: true,
      // Other instances' writes are announced (LISTEN/NOTIFY, see buildServer); polling catches a missed one.
      ...(shared ? { pollMs: SHARED_LOG_POLL_MS } : {}),
      ...(opts.connections ? { connections: opts.connections } : {}),
      ...(opts.checkpoints ? { checkpoints: { ...opts.checkpoints, ledgerPath: opts.dbPath } } : {}),
      ...(opts.corsOrigins ? { corsOrigins: opts.corsOrigins } : {}),
      ...(opts.bookImporter ? { bookImporter: opts.bookImporter } : {}),
      ...(started
        ? {
            ledgerSnapshots: {
              start: started.start,
              schedule: opts.snapshots || DEFAULT_SNAPSHOT_SCHEDULE,
            },
          }
        : {}),
    });
    if (started) app.log.info(started.said.fields, started.said.msg);
    await listenOrClose(app, host, opts.port);
  } catch (e) {
    if (flusher) clearInterval(flusher);
    flushLogs();
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    if (closing) return closing;
    // A connection that outlives the grace period (a client keeping a socket busy, half a request sent)
    // must not hold the shutdown until its timeout: past it, every socket is closed. The onClose hooks
    // (group commit drain, idempotency flush, writer thread, store) still run, in order, after that.
    const grace = setTimeout(() => app.server.closeAllConnections(), opts.shutdownGraceMs ?? 10_000);
    grace.unref();
    closing = app
      .close()
      .finally(() => clearTimeout(grace))
      .then(() => {
        if (flusher) clearInterval(flusher);
        flushLogs();
      })
      .then(() => opts.afterClose?.());
    return closing;
  };
  if (opts.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals): void => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        (e) => {
          app.log.error({ err: e }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { app, url, port, close };
}
