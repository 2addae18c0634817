// GET /v1/offices/{office}/events: Server-Sent Events, one per stored event of that office, `id` = the
// global position. A client that reconnects with Last-Event-ID gets every later event of the office
// exactly once and in order: history paged from the store, then the live feed (live-stream.ts).
import type { OutgoingHttpHeaders } from 'node:http';
import type { EventStore } from '@motcua/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventFeed } from '../event-feed.js';
import { text } from '../lang.js';
import type { LiveRegistry } from '../live-registry.js';
import { type LiveLimits, openLiveStream } from '../live-stream.js';
import { HttpProblem } from '../problem.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';

export interface LiveDeps {
  readonly store: EventStore;
  readonly feed: EventFeed;
  /** Open streams, so shutdown can end them (they would otherwise hold the server open). */
  readonly registry: LiveRegistry;
  readonly limits: LiveLimits;
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

const LiveQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .describe('Resume after this position (same as the Last-Event-ID header, which wins when both are sent)'),
  token: z
    .string()
    .max(4096)
    .optional()
    .describe(
      'A stream token from POST /v1/stream-tokens, for clients that cannot send Authorization (EventSource); ' +
        'never the API key itself, which is refused here',
    ),
});

export const liveRoutes: FastifyPluginAsyncZod<LiveDeps> = async (app, deps) => {
  app.get(
    '/v1/offices/:office/events',
    {
      config: { access: { kind: 'read-office' }, streamToken: true },
      schema: {
        tags: ['live'],
        summary: "Live stream of the office's events (text/event-stream)",
        description:
          'Each event is sent as `id: <global position>` and `data: <JSON>` (default event name "message"). ' +
          'Without Last-Event-ID the stream starts with events stored from now on; with Last-Event-ID: N it first ' +
          'sends every event of this office after position N, then continues live, without gaps or repeats. ' +
          'A browser opens it with ?token= (POST /v1/stream-tokens) instead of the Authorization header.',
        params: OfficeParams,
        querystring: LiveQuery,
        response: {
          200: z.string().describe('text/event-stream'),
          ...readProblems,
        },
      },
    },
    async (req, reply) => {
      const office = req.params.office;
      const header = req.headers['last-event-id'];
      const raw = (Array.isArray(header) ? header[0] : header) ?? req.query.after;
      let after: bigint;
      if (raw !== undefined && raw !== '') {
        if (!/^\d{1,19}$/.test(raw.trim())) {
          throw new HttpProblem(
            400,
            'VALIDATION_FAILED',
            text(
              'Last-Event-ID phải là một vị trí trong sổ (chỉ gồm chữ số)',
              'Last-Event-ID must be a global position (digits)',
            ),
            [{ path: 'headers.last-event-id', message: text('cần các chữ số', 'expected digits') }],
          );
        }
        after = BigInt(raw.trim());
      } else {
        after = deps.feed.position;
      }

      const principal = req.principal;
      const key = principal?.id ?? `ip:${req.ip}`;
      if (deps.registry.countFor(key) >= deps.limits.maxPerKey) {
        throw new HttpProblem(
          429,
          'RATE_LIMITED',
          text(
            `khóa này đang giữ ${deps.limits.maxPerKey} luồng sự kiện trực tiếp, mức tối đa cho một khóa; hãy đóng một luồng trước khi mở luồng mới`,
            `this key already holds ${deps.limits.maxPerKey} live event streams, the most one key may hold; close one before opening another`,
          ),
          undefined,
          { 'retry-after': '5' },
        );
      }

      reply.hijack();
      const res = reply.raw;
      // The headers hooks set on the reply (CORS for a page on another origin) go out with the stream's own.
      res.writeHead(200, { ...(reply.getHeaders() as OutgoingHttpHeaders), ...SSE_HEADERS });
      // HEAD: the headers a GET would get, and nothing to stream.
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const connection = openLiveStream({
        res,
        store: deps.store,
        feed: deps.feed,
        office,
        after,
        key,
        name: principal?.name ?? key,
        limits: deps.limits,
        onEnd: (how, error) => {
          deps.registry.delete(connection);
          if (how === 'dropped') {
            deps.registry.noteDropped();
            req.log.warn({ office }, 'live stream dropped: the client did not read');
          }
          if (how === 'failed') req.log.error({ err: error }, 'event stream catch-up failed');
        },
      });
      deps.registry.add(connection);
      connection.start();
    },
  );
};
