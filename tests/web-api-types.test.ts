// The dashboard calls the API only through types generated from the server's OpenAPI document: the committed
// packages/web/src/api/schema.d.ts must be what the server describes now (refresh: pnpm --filter @motcua/web api).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedClient, openApiDocument } from './openapi-client.js';

const SCHEMA = fileURLToPath(new URL('../packages/web/src/api/schema.d.ts', import.meta.url));

describe('the dashboard API client', () => {
  it('is generated from the current OpenAPI document', async () => {
    const [committed, fresh] = await generatedClient(await openApiDocument(), SCHEMA, 'pnpm --filter @motcua/web api');
    expect(committed).toBe(fresh);
  });
});
