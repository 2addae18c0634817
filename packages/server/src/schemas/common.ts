// Schemas shared by every route: the problem document and the error responses each route can give.
import { z } from 'zod';
import { named } from './registry.js';

export const ProblemSchema = named(
  z
    .object({
      type: z.string().describe('URI naming the kind of problem (urn:motcua:problem:<code>)'),
      title: z.string(),
      status: z.number().int(),
      detail: z.string(),
      code: z.string().describe('Stable machine-readable code, e.g. DOSSIER_NOT_FOUND'),
      instance: z.string(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .describe('RFC 9457 problem details, sent as application/problem+json'),
  'Problem',
);

const problems = (...statuses: number[]): Record<number, typeof ProblemSchema> =>
  Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));

/** Error responses of an authenticated read. */
export const readProblems = problems(400, 401, 403, 404, 429, 500, 503);
/** Error responses of a command. */
export const commandProblems = problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503);
