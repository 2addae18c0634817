// GET /v1/offices/{office}/events: Server-Sent Events, one per stored event of that office, `id` = the
// global position. A client that reconnects with Last-Event-ID gets every later event of the office
// exactly once and in order: history from the store up to the feed's position, then the live feed.
import { parseDossierStreamId } from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventFeed } from '../event-feed.js';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';
import { OfficeParams } from '../schemas/commands.js';
import { readProblems } from '../schemas/common.js';

export interface LiveDeps {
  readonly store: EventStore;
  readonly feed: EventFeed;
  /** Open streams, so shutdown can end them (they would otherwise hold the server open). */
  readonly open: Set<() => void>;
  readonly heartbeatMs?: number;
}

const officeOf = (e: RecordedEvent): string | null => parseDossierStreamId(e.streamId)?.office ?? null;

/** The JSON sent as `data:`; bigints as decimal strings. */
export const sseData = (e: RecordedEvent): string =>
  JSON.stringify({
    position: e.position.toString(),
    streamId: e.streamId,
    revision: e.revision.toString(),
    recordedAt: e.recordedAt,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    meta: e.meta,
  });

const LiveQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .describe('Resume after this position (same as the Last-Event-ID header, which wins when both are sent)'),
});

export const liveRoutes: FastifyPluginAsyncZod<LiveDeps> = async (app, deps) => {
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  app.get(
    '/v1/offices/:office/events',
    {
      config: { access: { kind: 'read-office' } },
      schema: {
        tags: ['live'],
        summary: "Live stream of the office's events (text/event-stream)",
        description:
          'Each event is sent as `id: <global position>` and `data: <JSON>` (default event name "message"). ' +
          'Without Last-Event-ID the stream starts with events stored from now on; with Last-Event-ID: N it first ' +
          'sends every event of this office after position N, then continues live, without gaps or repeats.',
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

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 2000\n\n');

      let lastSent = after;
      let live = false;
      let closed = false;
      const buffer: RecordedEvent[] = [];
      const send = (e: RecordedEvent): void => {
        if (closed || e.position <= lastSent) return;
        lastSent = e.position;
        res.write(`id: ${e.position}\ndata: ${sseData(e)}\n\n`);
      };
      const unlisten = deps.feed.listen((e) => {
        if (officeOf(e) !== office) return;
        if (live) send(e);
        else buffer.push(e);
      });
      const heartbeat = setInterval(() => {
        if (!closed) res.write(': ping\n\n');
      }, heartbeatMs);
      heartbeat.unref();
      const end = (): void => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unlisten();
        deps.open.delete(end);
        res.end();
      };
      deps.open.add(end);
      req.raw.on('close', end);

      // Everything up to what the feed has already broadcast comes from the store; later events were
      // buffered by the listener registered above, so nothing falls between the two.
      const upTo = deps.feed.position;
      try {
        if (after < upTo) {
          for await (const batch of deps.store.readAll({
            fromPosition: after + 1n,
            toPosition: upTo,
            batchSize: 2000,
          })) {
            if (closed) break;
            for (const e of batch) if (officeOf(e) === office) send(e);
          }
        }
        for (const e of buffer) send(e);
        buffer.length = 0;
        live = true;
      } catch (e) {
        req.log.error({ err: e }, 'event stream catch-up failed');
        end();
      }
    },
  );
};
