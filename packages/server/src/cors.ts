// Cross-origin access for a dashboard served from another origin (a developer's Vite server, a portal):
// off unless origins are given, and then only for those. A preflight from any other origin is refused
// with a problem document instead of being answered, so nothing suggests it might work.
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';

/** Headers a page may send: the key, the body's type, a command's idempotency and revision, the feed's resume point. */
const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-Match',
  'Last-Event-ID',
  'Accept-Language',
];
/** Headers a page may read: a dossier's revision, a created dossier's address, the answer's language, a download's name. */
const CORS_EXPOSED_HEADERS = ['ETag', 'Location', 'Content-Language', 'Content-Disposition', 'Retry-After'];

/** scheme://host[:port] as a browser sends it in Origin (no path, no trailing slash), or an Error naming it. */
export function normaliseOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`CORS origin ${JSON.stringify(origin)} is not a URL such as http://localhost:5173`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`CORS origin ${JSON.stringify(origin)}: expected scheme://host[:port] (http or https, no path)`);
  }
  return url.origin;
}

export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins.map(normaliseOrigin));
  app.addHook('onRequest', async (req) => {
    const origin = req.headers.origin;
    if (req.method !== 'OPTIONS' || !origin || !req.headers['access-control-request-method']) return;
    if (allowed.has(origin)) return;
    throw new HttpProblem(
      403,
      'FORBIDDEN',
      text(
        `trang ở nguồn ${origin.slice(0, 100)} không được gọi API này (serve --cors-origin)`,
        `pages from origin ${origin.slice(0, 100)} may not call this API (serve --cors-origin)`,
      ),
    );
  });
  // The plugin grants the origin from a hook that runs after the access checks, so a request they refuse
  // (an unknown key, another office) would leave without it and the page could not read why. Granted here
  // on every answer instead, refusals included; Vary keeps Origin beside Accept-Language.
  app.addHook('onSend', async (req, reply, payload) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin) || req.method === 'OPTIONS') return payload;
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) reply.header('vary', vary ? `${vary}, Origin` : 'Origin');
    return payload;
  });
  app.register(fastifyCors, {
    origin: [...allowed],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
}
