// The typed API clients generated from the server's own OpenAPI document (openapi-typescript), one
// mechanism for every committed copy: tests/generated/server-api.ts and packages/web/src/api/schema.d.ts.
// A test compares each committed file with a fresh generation; MOTCUA_UPDATE_CLIENT=1 rewrites them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from '@motcua/server';
import { createMemoryStore } from '@motcua/store';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The document /openapi.json serves, built without listening on a port. */
export async function openApiDocument(): Promise<unknown> {
  const app = buildServer({
    store: createMemoryStore(),
    keys: [{ key: 'openapi-document-only-0000', role: 'admin', offices: ['*'], name: 'openapi' }],
    rateLimit: false,
    pollMs: 0,
  });
  try {
    // inject: the route a browser calls, answered in-process.
    return (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  } finally {
    await app.close();
  }
}

/**
 * The client types for `doc`, Biome-formatted like the rest of the repo, with a header saying how to refresh
 * them; written to `file` when MOTCUA_UPDATE_CLIENT=1. Returns [committed, fresh] for the test to compare.
 */
export async function generatedClient(doc: unknown, file: string, refresh: string): Promise<[string, string]> {
  const generated = astToString(await openapiTS(doc as never));
  const formatted = execFileSync('pnpm', ['exec', 'biome', 'format', `--stdin-file-path=${file}`], {
    cwd: ROOT,
    input: `// Generated from /openapi.json by openapi-typescript; refresh with ${refresh}\n${generated}`,
    encoding: 'utf8',
  });
  if (process.env.MOTCUA_UPDATE_CLIENT === '1') writeFileSync(file, formatted);
  return [readFileSync(file, 'utf8'), formatted];
}
