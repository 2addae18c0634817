// OpenAPI document tweaks on top of the zod transform: error responses are declared as
// application/problem+json (which is what the server sends), Form 06 also as csv and xlsx, and every
// response gets a description instead of "Default Response", and every operation declares the
// Accept-Language it negotiates problems with (problems say theirs in Content-Language).
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ProblemSchema } from './schemas/common.js';
import { apiRegistry } from './schemas/registry.js';

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;

const DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…)',
  401: 'No key or an unknown key (UNAUTHORIZED)',
  403: 'The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN)',
  404: 'No such dossier, unit or route',
  409: "The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED)",
  412: 'If-Match does not match the current revision (PRECONDITION_FAILED)',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  415: 'Body is not application/json (UNSUPPORTED_MEDIA_TYPE)',
  422: 'The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED)',
  429: 'Rate limit of the key exceeded (RATE_LIMITED)',
  500: 'Internal error (INTERNAL)',
  503: 'Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE)',
};

const problemRef = { $ref: '#/components/schemas/Problem' };

const ACCEPT_LANGUAGE = {
  type: 'string',
  description:
    'Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the ' +
    'header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change.',
  examples: ['en', 'vi', 'en-US,en;q=0.9'],
};
const CONTENT_LANGUAGE = {
  type: 'string',
  enum: ['vi', 'en'],
  description: 'Language of the problem: vi or en, as negotiated from Accept-Language',
};

/** The book goes as the body itself (its bytes), and a refused one comes back as a problem document. */
function describeBookUpload(schema: Record<string, unknown>, resp: Record<string, Record<string, unknown>>): void {
  // With the route's `consumes`, one binary body per content type: text/csv, xlsx, octet-stream.
  schema.body = {
    type: 'string',
    format: 'binary',
    description: 'The tracking book file itself: CSV text, or an .xlsx workbook',
  };
  const refused = resp['422'];
  if (refused && !refused.content) {
    const { description: _, ...body } = refused;
    resp['422'] = {
      description: 'Some line of the book was refused and nothing was written (VALIDATION_FAILED, with issues)',
      headers: { 'Content-Language': CONTENT_LANGUAGE },
      content: { 'application/problem+json': { schema: body } },
    };
  }
}

export function openApiTransforms(): { transform: Transform; transformObject: TransformObject } {
  const base = createJsonSchemaTransform({ schemaRegistry: apiRegistry }) as unknown as Transform;
  const transform: Transform = (input) => {
    const schema = input.schema as { response?: Record<string, unknown> } | undefined;
    const problemStatuses: string[] = [];
    let forInner = input;
    if (schema?.response) {
      const response: Record<string, unknown> = {};
      for (const [status, s] of Object.entries(schema.response)) {
        if (s === ProblemSchema) problemStatuses.push(status);
        else response[status] = s;
      }
      forInner = { ...input, schema: { ...schema, response } } as typeof input;
    }
    const out = base(forInner) as { schema: Record<string, unknown>; url: string };
    if (!out.schema || out.schema.hide) return out;
    const resp = (out.schema.response ?? {}) as Record<string, Record<string, unknown>>;
    for (const [status, r] of Object.entries(resp)) {
      r.description ??= DESCRIPTIONS[status] ?? 'Response';
      if (typeof r === 'object' && r.description === 'Default Response')
        r.description = DESCRIPTIONS[status] ?? 'Response';
    }
    const json200 = resp['200'];
    if (json200 && out.url.endsWith('/reports/form06')) {
      const schema200 = { ...json200 };
      delete schema200.description;
      resp['200'] = {
        description: 'The report object (format=json), or the form as csv or xlsx',
        content: {
          'application/json': { schema: schema200 },
          'text/csv': { schema: { type: 'string' } },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            schema: {
              type: 'string',
              contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          },
        },
      };
    }
    if (json200 && out.url.endsWith('/events')) {
      resp['200'] = {
        description: 'Server-Sent Events',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      };
    }
    if (out.url.endsWith('/imports')) describeBookUpload(out.schema, resp);
    for (const status of problemStatuses) {
      resp[status] = {
        description: DESCRIPTIONS[status] ?? 'Problem',
        headers: { 'Content-Language': CONTENT_LANGUAGE },
        content: { 'application/problem+json': { schema: problemRef } },
      };
    }
    const headers = (out.schema.headers ?? { type: 'object', properties: {} }) as {
      properties?: Record<string, unknown>;
    };
    out.schema.headers = { ...headers, properties: { ...headers.properties, 'accept-language': ACCEPT_LANGUAGE } };
    out.schema.response = resp;
    return out;
  };
  const transformObject = createJsonSchemaTransformObject({
    schemaRegistry: apiRegistry,
  }) as unknown as TransformObject;
  return { transform, transformObject };
}
