// Liveness, readiness and the OpenAPI document. No key needed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventFeed } from '../event-feed.js';
import { text } from '../lang.js';
import { sendProblem } from '../problem.js';
import { ProblemSchema } from '../schemas/common.js';

export interface OpsDeps {
  readonly state: { ready: boolean; closing: boolean };
  readonly feed: EventFeed;
}

const Health = z.object({ status: z.literal('ok') });
const Ready = z.object({ status: z.literal('ready'), position: z.string() });

export const opsRoutes: FastifyPluginAsyncZod<OpsDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    {
      config: { access: { kind: 'public' } },
      schema: { tags: ['ops'], summary: 'The process is up', security: [], response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['ops'],
        summary: 'Projections are loaded and the server takes requests',
        security: [],
        response: { 200: Ready, 503: ProblemSchema },
      },
    },
    async (_req, reply) => {
      if (!deps.state.ready || deps.state.closing) {
        return sendProblem(
          reply,
          deps.state.closing
            ? { status: 503, code: 'SHUTTING_DOWN', detail: text('máy chủ đang tắt', 'the server is shutting down') }
            : { status: 503, code: 'NOT_READY', detail: text('máy chủ chưa sẵn sàng', 'not ready') },
        );
      }
      return { status: 'ready' as const, position: deps.feed.position.toString() };
    },
  );

  app.get('/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(app.swagger()),
  );
};
