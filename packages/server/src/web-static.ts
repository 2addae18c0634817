// The dashboard (packages/web, built by the workspace build into its dist/) served at / on the API's own
// origin: index.html never cached (it names the current assets), the hashed assets cached for a year. Without
// a build the server still starts and / says so in Vietnamese. Nothing else is caught: an unknown /v1/...
// path stays a 404 problem document.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** packages/web/dist beside this package, from src/ (tests) and dist/ (the built CLI) alike. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

// Same-origin only: the page's scripts, styles and API calls all come from this server.
const DASHBOARD_CSP =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const NOT_BUILT = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Một cửa</title></head>
<body><h1>Bảng điều khiển chưa được dựng</h1>
<p>Máy chủ vẫn phục vụ API (tài liệu tại <a href="/docs">/docs</a>). Để có bảng điều khiển, chạy <code>pnpm build</code> trong thư mục mã nguồn rồi khởi động lại <code>motcua serve</code>.</p>
<p lang="en">The dashboard is not built: run <code>pnpm build</code> and restart <code>motcua serve</code>.</p>
</body></html>
`;

export interface WebStaticOptions {
  /** The built dashboard (index.html and assets/); default packages/web/dist. */
  readonly root?: string;
}

export async function webStatic(app: FastifyInstance, opts: WebStaticOptions): Promise<void> {
  const root = opts.root ?? DEFAULT_WEB_ROOT;
  const index = join(root, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      list: false,
      cacheControl: true,
      maxAge: 365 * 24 * 3600 * 1000,
      immutable: true,
    });
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (!built) return reply.code(200).send(NOT_BUILT);
    reply.header('content-security-policy', DASHBOARD_CSP);
    return reply.send(await readFile(index, 'utf8'));
  });
}
