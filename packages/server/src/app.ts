// buildServer: the Fastify application over an open store. startServer (index.ts) adds the files
// (database, keys, hierarchy) and the port; tests and benchmarks call buildServer directly.
import { randomBytes, randomUUID } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  createDecider,
  type Decider,
  defaultCalendar,
  type ProcedureCatalogue,
  sampleCatalogue,
  type WorkingCalendar,
} from '@motcua/domain';
import { knownOffices, storeEventSource } from '@motcua/projections';
import { type AppendRequest, type EventStore, type PostgresExtras, type SqliteExtras, StoreError } from '@motcua/store';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAccess } from './access.js';
import { createKeyRing, type KeyEntry, unitKinds } from './auth.js';
import type { BookImporter } from './book-import.js';
import type { CheckpointSettings } from './checkpoint-state.js';
import { createCommandService } from './command-service.js';
import {
  type ConnectionLimits,
  capConnectionsPerAddress,
  DEFAULT_CONNECTION_LIMITS,
  timeoutOptions,
} from './connection-limits.js';
import { registerCors } from './cors.js';
import { registerErrorHandling } from './errors-http.js';
import { createEventFeed } from './event-feed.js';
import { type BatchWriter, createGroupCommit } from './group-commit.js';
import { type Hierarchy, hierarchyIndex } from './hierarchy.js';
import {
  createMemoryIdempotencyStore,
  createSharedIdempotencyStore,
  createSqliteIdempotencyStore,
  idempotencyWriter,
  type SqlDb,
} from './idempotency.js';
import { text } from './lang.js';
import type { LedgerStart } from './ledger-start.js';
import { createLiveRegistry, type LiveGauge } from './live-registry.js';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from './live-stream.js';
import { logRedactPaths, requestSerializer } from './logging.js';
import { openApiTransforms } from './openapi.js';
import { catchUpPlugin } from './plugins/catch-up.js';
import { ledgerSnapshotPlugin, type SnapshotSchedule } from './plugins/ledger-snapshots.js';
import { shutdownPlugin } from './plugins/shutdown.js';
import { createWriterSlot, writerThreadPlugin } from './plugins/writer-thread.js';
import { HttpProblem } from './problem.js';
import { createProjections } from './projections.js';
import { bookRoutes } from './routes/book.js';
import { calendarRoutes } from './routes/calendar.js';
import { changesRoutes } from './routes/changes.js';
import { checkpointUploadRoutes } from './routes/checkpoint-upload.js';
import { commandRoutes } from './routes/commands.js';
import { importRoutes } from './routes/imports.js';
import { liveRoutes } from './routes/live.js';
import { officesRoutes } from './routes/offices.js';
import { opsRoutes } from './routes/ops.js';
import { paperRoutes } from './routes/papers.js';
import { queryRoutes } from './routes/queries.js';
import { scorecardRoutes } from './routes/scorecard.js';
import { sessionRoutes } from './routes/session.js';
import { stopRoutes } from './routes/stop.js';
import { streamTokenRoutes } from './routes/stream-tokens.js';
import { workListRoutes } from './routes/worklist.js';
import { createSigner } from './signed.js';
import { createStreamTokens } from './stream-token.js';
import { createUnitDirectory, withCatalogueOffices } from './unit-directory.js';
import { registerUnknownOffice } from './unknown-office.js';
import { webStatic } from './web-static.js';

export interface ServerOptions {
  /** An open store; the SQLite store's `db` and `appendBatchSettled` are used when present, and a shared
   *  (PostgreSQL) store's `watch` and `responses`, so that instances on one log see each other's writes. */
  readonly store: EventStore &
    Partial<Omit<SqliteExtras, 'beginBulk'>> &
    Partial<Pick<PostgresExtras, 'watch' | 'responses' | 'snapshots'>>;
  readonly keys: readonly KeyEntry[];
  /** Office hierarchy for roll-ups and for keys that name a unit; its offices are known offices. */
  readonly hierarchy?: Hierarchy;
  /** Units of the catalogue recorded in the log when the server starts: keys may name them (issue 14). */
  readonly catalogueUnits?: Iterable<string>;
  /** Let a write open an office that neither the ledger nor the hierarchy knows (default: refused, 404). */
  readonly allowNewOffices?: boolean;
  /**
   * Ledger snapshots (issue 13 item 7): the ledger restored by startServer (ledger-start.ts) to start from,
   * and when to write one while serving and at shutdown. Off when absent (a server built by a test).
   */
  readonly ledgerSnapshots?: { readonly start: LedgerStart | null; readonly schedule: SnapshotSchedule };
  /** Routine checkpoints kept beside the ledger: /v1/audit/verify says how old the newest is. */
  readonly checkpoints?: CheckpointSettings;
  readonly catalogue?: ProcedureCatalogue;
  readonly decider?: Decider;
  /** Working calendar for due dates (default: the shipped calendar file); `--calendar FILE` replaces it. */
  readonly calendar?: WorkingCalendar;
  /** true / pino options for JSON logs; false (default) for none. Authorization is always redacted. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Requests per minute per key (default 6000); a key's own `rateLimit` wins; false disables. */
  readonly rateLimit?: number | false;
  /** Largest accepted request body in bytes (default 64 KiB). */
  readonly bodyLimit?: number;
  /** Close the store when the server closes (startServer opens it, so it closes it). */
  readonly closeStore?: boolean;
  /** How often to pick up events written by other processes into the same store (ms; default 1000; 0 = never). */
  readonly pollMs?: number;
  readonly now?: () => Date;
  /** SSE heartbeat (ms). */
  readonly heartbeatMs?: number;
  /**
   * Live feed (SSE) limits: streams per key (default 8), bytes one connection may have waiting (1 MiB),
   * how long a client may not read before it is dropped (30 s), events per page read from the store (500).
   */
  readonly live?: Partial<Omit<LiveLimits, 'heartbeatMs'>>;
  /**
   * Request timeouts and the per-address connection cap: the whole request within 30 s, its headers within
   * 10 s, idle keep-alive sockets closed after 10 s, silent sockets after 120 s, 512 connections per address.
   */
  readonly connections?: Partial<ConnectionLimits>;
  /**
   * Commit from a writer thread (default true for a SQLite store when the compiled worker is found), so
   * the fsync of one batch overlaps with deciding the next. false: commit on the main thread.
   */
  readonly writerThread?: boolean;
  /** The built dashboard served at / (default packages/web/dist; a Vietnamese notice when it is missing). */
  readonly webRoot?: string;
  /**
   * Origins (scheme://host[:port]) whose pages may call the API from a browser (CORS); none by default,
   * when no cross-origin request is answered. `motcua serve --cors-origin ORIGIN`, repeatable.
   */
  readonly corsOrigins?: readonly string[];
  /** Signs list cursors and stream tokens (default: 32 random bytes per start, so they end with it). */
  readonly secret?: Buffer;
  /** The tracking-book importer behind POST /v1/offices/{office}/imports (the CLI's; without it: 501). */
  readonly bookImporter?: BookImporter;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The open live streams (SSE): how many, how many were dropped, what each holds. */
    readonly liveStreams: LiveGauge;
  }
}

export const API_VERSION = '1.0.0';

/** Writes a batch through the store's settled group commit, or one by one for stores without it. */
function batchWriterFor(store: EventStore & Partial<SqliteExtras>): BatchWriter {
  const settled = store.appendBatchSettled?.bind(store);
  if (settled) {
    return async (requests: readonly AppendRequest[]) =>
      (await settled(requests)).map((r) =>
        r instanceof StoreError ? { ok: false, error: r } : { ok: true, value: r },
      );
  }
  return async (requests) => {
    const out = [];
    for (const r of requests) {
      try {
        out.push({ ok: true as const, value: await store.append(r.streamId, r.events, r.expectedRevision) });
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        out.push({ ok: false as const, error });
      }
    }
    return out;
  };
}

export function buildServer(opts: ServerOptions): FastifyInstance {
  const now = opts.now ?? (() => new Date());
  const catalogue = opts.catalogue ?? sampleCatalogue;
  const calendar = opts.calendar ?? defaultCalendar;
  const decider = opts.decider ?? createDecider({ calendar, catalogue });
  const hierarchy = hierarchyIndex(opts.hierarchy);
  const keys = createKeyRing(
    opts.keys,
    unitKinds(opts.hierarchy ? hierarchy.kindOf : null, new Set(opts.catalogueUnits ?? [])),
  );
  const store = opts.store;
  const connectionLimits: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...opts.connections };

  const app = Fastify({
    ...timeoutOptions(connectionLimits),
    logger: opts.logger
      ? {
          ...(typeof opts.logger === 'object' ? opts.logger : {}),
          redact: { paths: logRedactPaths, censor: '[redacted]' },
          serializers: { req: requestSerializer },
        }
      : false,
    bodyLimit: opts.bodyLimit ?? 64 * 1024,
    genReqId: () => randomUUID(),
    // One log line per request (below), not fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // The first catch-up of the in-memory projections runs in an onReady hook and folds the whole log: on
    // a province's log it takes minutes, not avvio's default 10 s (a PostgreSQL log, read asynchronously,
    // tripped it and the server exited: AVV_ERR_READY_TIMEOUT). Readiness is what /readyz reports.
    pluginTimeout: 0,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  capConnectionsPerAddress(app.server, connectionLimits.maxPerAddress);

  // JSON only: a text/plain body is a 415, not a string that fails validation further on.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const start = opts.ledgerSnapshots?.start ?? null;
  const projections = createProjections({
    catalogue,
    hierarchy,
    start,
    // Timelines are read from the store (a SQLite file; PostgreSQL in one blocking round trip): a province's
    // raw events do not fit in memory, and a ledger started from a snapshot holds none.
    eventSource: storeEventSource(store),
    // A stored event the ledger cannot count (a history the rules refuse) is skipped and logged, so one
    // bad row does not stop every report; `motcua verify` names it too.
    onRefused: (e, error) =>
      app.log.warn(
        { position: e.position.toString(), streamId: e.streamId, code: (error as { code?: string }).code },
        'event refused by the projections',
      ),
  });
  const units = createUnitDirectory(hierarchy, projections.units);
  const feed = createEventFeed(store, projections.apply, start?.position ?? -1n);
  // The writer starts on the main thread and moves to the writer thread once it is up (writer-thread.ts).
  const writer = createWriterSlot(batchWriterFor(store));
  const commit = createGroupCommit({ write: writer.write, afterCommit: () => feed.catchUp() });
  const commands = createCommandService({ store, decider, commit });
  const writeIdempotencyHere = store.db ? idempotencyWriter(store.db as unknown as SqlDb) : async () => {};
  const idempotency = store.db
    ? createSqliteIdempotencyStore(store.db as unknown as SqlDb, (entries) =>
        writer.persistIdempotency(entries, writeIdempotencyHere),
      )
    : store.responses
      ? createSharedIdempotencyStore(store.responses)
      : createMemoryIdempotencyStore();
  const liveStreams = createLiveRegistry();
  app.decorate('liveStreams', liveStreams as LiveGauge);
  const state = { ready: false, closing: false };

  const secret = opts.secret ?? randomBytes(32);
  const streamTokens = createStreamTokens(
    createSigner(secret, 'stream-token'),
    now,
    (value) => keys.authenticate(`Bearer ${value}`) !== null,
  );
  const known = withCatalogueOffices(
    knownOffices(
      projections.ledger,
      opts.hierarchy?.offices.map((o) => o.code),
    ),
    units,
  );
  registerAccess(app, {
    keys,
    unitsOf: units.unitsOf,
    officesOf: units.officesOf,
    streamToken: streamTokens.principalFor,
  });
  registerUnknownOffice(app, { known, allowNewOffices: opts.allowNewOffices === true });
  if (opts.corsOrigins && opts.corsOrigins.length > 0) registerCors(app, opts.corsOrigins);

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua projection server',
        version: API_VERSION,
        description:
          'Event-sourced ledger of one-stop office dossiers. Authorization: Bearer <key>. Roles: clerk (read+write ' +
          'its offices), leader (read its offices), auditor (read its offices with knownAt/asOf time travel and ' +
          '/v1/audit/verify), admin (everything). Errors are application/problem+json with a stable `code`; their ' +
          'title, detail and messages are in Vietnamese unless Accept-Language prefers English (`en`), as ' +
          'Content-Language says.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    ...openApiTransforms(),
  });
  app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // The plugin's policy asks browsers to fetch the page's scripts over https, which this plain-HTTP server
    // does not speak: the page stayed blank for anyone not on localhost. The rest of the policy stays.
    transformStaticCSP: (header) =>
      header
        .split(';')
        .filter((d) => d.trim().toLowerCase() !== 'upgrade-insecure-requests')
        .join(';'),
  });

  if (opts.rateLimit !== false) {
    const perMinute = opts.rateLimit ?? 6000;
    app.register(fastifyRateLimit, {
      global: true,
      hook: 'preHandler',
      timeWindow: 60_000,
      max: (req) => req.principal?.rateLimit ?? perMinute,
      keyGenerator: (req) => (req.principal ? `key:${req.principal.id}` : `ip:${req.ip}`),
      // Only keyed requests are limited; public routes (health, docs) are not.
      allowList: (req) => req.principal === null,
      // No per-response counters: a replayed idempotent response must carry the same headers as the first.
      addHeaders: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
        'retry-after': true,
      },
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      errorResponseBuilder: (_req, ctx) => {
        const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
        return new HttpProblem(
          429,
          'RATE_LIMITED',
          text(
            `đã vượt giới hạn ${ctx.max} yêu cầu mỗi phút của khóa này; hãy thử lại sau ${seconds} giây`,
            `rate limit of ${ctx.max} requests per minute exceeded; retry in ${seconds} s`,
          ),
        );
      },
    });
  }

  app.register(paperRoutes, { store, hierarchy, catalogue: units.catalogue, calendar });
  app.register(opsRoutes, { state, feed });
  app.register(commandRoutes, { commands, idempotency, now, calendar, units });
  app.register(stopRoutes, { commands, idempotency, now, calendar, units });
  app.register(queryRoutes, {
    projections,
    feed,
    commands,
    store,
    catalogue,
    hierarchy,
    units,
    now,
    calendar,
    checkpoints: opts.checkpoints,
  });
  app.register(sessionRoutes);
  app.register(calendarRoutes, { catalogue, calendar });
  app.register(officesRoutes, { known, hierarchy, units });
  app.register(workListRoutes, { projections, calendar, cursors: createSigner(secret, 'cursor'), now });
  app.register(changesRoutes, { projections, units });
  app.register(importRoutes, { importer: opts.bookImporter, ledgerPath: store.path, feed });
  app.register(streamTokenRoutes, { tokens: streamTokens, known, hierarchy });
  app.register(bookRoutes, { projections, hierarchy, catalogue });
  app.register(scorecardRoutes, { projections, units });
  app.register(checkpointUploadRoutes, { store, key: opts.checkpoints?.key, now });
  app.register(webStatic, opts.webRoot ? { root: opts.webRoot } : {});
  app.register(liveRoutes, {
    store,
    feed,
    registry: liveStreams,
    limits: { ...DEFAULT_LIVE_LIMITS, ...opts.live, ...(opts.heartbeatMs ? { heartbeatMs: opts.heartbeatMs } : {}) },
  });

  // Lifecycles, each a plugin owning its hooks; registered in this order, so at start the writer thread is
  // up before the first catch-up.
  app.register(writerThreadPlugin, { store, slot: writer, enabled: opts.writerThread !== false });
  app.register(catchUpPlugin, { store, feed, pollMs: opts.pollMs ?? 1000, state });
  app.register(shutdownPlugin, {
    state,
    liveStreams,
    commit,
    idempotency,
    writer,
    store,
    closeStore: opts.closeStore === true,
  });
  if (store.snapshots && opts.ledgerSnapshots) {
    app.register(ledgerSnapshotPlugin, {
      store,
      shelf: store.snapshots,
      feed,
      ledger: projections.ledger,
      since: start?.position ?? -1n,
      schedule: opts.ledgerSnapshots.schedule,
    });
  }
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        req,
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
        caller: req.principal ? req.principal.name : undefined,
      },
      'request completed',
    );
  });

  return app as unknown as FastifyInstance;
}
