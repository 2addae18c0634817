// What the logs may hold: request id, method, route, status, timing. Never a key (Authorization is
// redacted even if something logs the headers) and no personal data: no client address, no bodies.
import type { FastifyRequest } from 'fastify';

export const logRedactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  'authorization',
  'key',
];

export function requestSerializer(req: FastifyRequest): Record<string, unknown> {
  return {
    id: req.id,
    method: req.method,
    // The path only: query strings are not needed to trace a request.
    url: (req.url ?? '').split('?')[0],
    route: req.routeOptions?.url,
  };
}
