// @motcua/server: the projection server. `motcua serve` calls startServer; tests call buildServer.
import { openSqliteStore } from '@motcua/store';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { buildServer } from './app.js';
import { checkKeyUnits, loadKeysFile } from './auth.js';
import { hierarchyIndex, loadHierarchyFile } from './hierarchy.js';

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
export { type Hierarchy, hierarchyIndex, loadHierarchyFile, parseHierarchy } from './hierarchy.js';
export { type Lang, negotiateLanguage } from './lang.js';
export { DOMAIN_STATUS, type Problem, type ProblemCode } from './problem.js';

export interface StartServerOptions {
  readonly dbPath: string;
  readonly port: number;
  readonly host?: string;
  /** JSON array of { key, role, offices, units?, name?, rateLimit? }. */
  readonly keysFile: string;
  /** Office hierarchy for roll-ups (JSON; see hierarchy.ts for the two accepted shapes). */
  readonly hierarchyFile?: string;
  /** Default true: pino JSON logs on stdout. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Requests per minute per key (default: MOTCUA_RATE_LIMIT, else 6000; 0 or false disables). */
  readonly rateLimit?: number | false;
  /** Close gracefully on SIGINT / SIGTERM (default true). */
  readonly handleSignals?: boolean;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, finishes in-flight writes, closes the store. */
  close(): Promise<void>;
}

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
  // Read the files first so a bad keys or hierarchy file fails before the database is touched.
  const keys = loadKeysFile(opts.keysFile);
  const hierarchy = opts.hierarchyFile ? loadHierarchyFile(opts.hierarchyFile) : undefined;
  checkKeyUnits(keys, hierarchy ? hierarchyIndex(hierarchy).kindOf : null, opts.keysFile);
  const store = openSqliteStore({ path: opts.dbPath });
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
  if (dest) {
    process.once('exit', flushLogs);
    setInterval(() => {
      try {
        dest.flush();
      } catch {
        // a flush already in progress
      }
    }, 250).unref();
  }
  const logger = dest ? { ...(typeof wanted === 'object' && wanted !== null ? wanted : {}), stream: dest } : wanted;
  let app: FastifyInstance;
  try {
    app = buildServer({
      store,
      keys,
      ...(hierarchy ? { hierarchy } : {}),
      logger: logger as FastifyServerOptions['logger'],
      rateLimit: rateLimitOf(opts.rateLimit),
      closeStore: true,
    });
    await app.listen({ port: opts.port, host: opts.host ?? '127.0.0.1' });
  } catch (e) {
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= app.close().then(() => flushLogs());
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
