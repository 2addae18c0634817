// The work list's status and channel filters are the server's: the OpenAPI document publishes them as the
// enums of GET /v1/offices/{office}/dossiers, and the dashboard's select lists them in that order. The web's
// lists are checked against the generated types when it compiles (nothing missing, nothing extra); this
// test checks the order and that the document still says what the web was compiled against.
import { describe, expect, it } from 'vitest';
import { CHANNELS, STATUSES } from '../packages/web/src/work-filters.js';
import { openApiDocument } from './openapi-client.js';

interface Parameter {
  name: string;
  in: string;
  schema: { enum?: string[] };
}

async function enumOf(name: string): Promise<string[] | undefined> {
  const doc = (await openApiDocument()) as {
    paths: Record<string, { get: { parameters: Parameter[] } }>;
  };
  const params = doc.paths['/v1/offices/{office}/dossiers']!.get.parameters;
  return params.find((p) => p.in === 'query' && p.name === name)?.schema.enum;
}

describe('the work list filters', () => {
  it("are the statuses the API publishes, in the API's order", async () => {
    expect(await enumOf('status')).toEqual([...STATUSES]);
  });

  it('are the channels the API publishes', async () => {
    expect(await enumOf('channel')).toEqual([...CHANNELS]);
  });
});
