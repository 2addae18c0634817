// RFC 9457 problem details. Every error leaves the server as application/problem+json with a stable
// `code` a client can switch on; `title` is fixed per code, `detail` says what happened this time.
import type { DomainErrorCode } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Codes the HTTP edge adds to the domain's own. */
export type HttpProblemCode =
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'TIME_TRAVEL_FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'PRECONDITION_FAILED'
  | 'INVALID_IF_MATCH'
  | 'REVISION_CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_IDEMPOTENCY_KEY'
  | 'UNKNOWN_UNIT'
  | 'RATE_LIMITED'
  | 'SHUTTING_DOWN'
  | 'NOT_READY'
  | 'INTERNAL';

export type ProblemCode = DomainErrorCode | HttpProblemCode;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance: string;
  errors?: Array<{ path: string; message: string }>;
}

const TITLES: Record<ProblemCode, string> = {
  UNAUTHORIZED: 'Missing or unknown API key',
  FORBIDDEN: 'Not allowed for this key',
  TIME_TRAVEL_FORBIDDEN: 'Time travel (knownAt, asOf) is for auditors',
  NOT_FOUND: 'No such resource',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  VALIDATION_FAILED: 'The request does not match its schema',
  MALFORMED_JSON: 'The body is not valid JSON',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json',
  PAYLOAD_TOO_LARGE: 'The body is too large',
  PRECONDITION_FAILED: 'If-Match does not match the current revision',
  INVALID_IF_MATCH: 'If-Match must be a quoted revision, e.g. "3"',
  REVISION_CONFLICT: 'The dossier changed while the command was being decided',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key was already used for a different request',
  INVALID_IDEMPOTENCY_KEY: 'Idempotency-Key must be 1-200 visible ASCII characters',
  UNKNOWN_UNIT: 'No such unit in the office hierarchy',
  RATE_LIMITED: 'Too many requests for this key',
  SHUTTING_DOWN: 'The server is shutting down',
  NOT_READY: 'The server is not ready',
  INTERNAL: 'Internal error',
  INVALID_EVENT: 'Invalid event',
  UNKNOWN_EVENT_TYPE: 'Unknown event type',
  UNSUPPORTED_SCHEMA_VERSION: 'Unsupported schema version',
  INVALID_COMMAND: 'Invalid command',
  DOSSIER_NOT_FOUND: 'No such dossier',
  DOSSIER_ALREADY_EXISTS: 'The dossier already exists',
  DOSSIER_FINISHED: 'The dossier is finished',
  RECEIVED_IN_FUTURE: 'Received in the future',
  BEFORE_RECEIPT: 'Before the dossier was received',
  NOT_RESOLVED: 'The dossier is not resolved yet',
  ALREADY_RESOLVED: 'The dossier is already resolved',
  ALREADY_RETURNED: 'The result was already returned',
  ALREADY_RESCHEDULED: 'The due date was already rescheduled once',
  RESCHEDULE_TOO_LATE: 'Too late to reschedule',
  RESCHEDULE_NOT_LATER: 'The new date must be later than the due date',
  SUPPLEMENT_PENDING: 'A supplement request is pending',
  NO_SUPPLEMENT_PENDING: 'No supplement request is pending',
  CORRECTION_TARGET_UNKNOWN: 'The corrected event does not exist',
  CORRECTION_INVALID: 'Invalid correction',
  UNKNOWN_PROCEDURE: 'Unknown procedure',
  INVALID_CATALOGUE: 'Invalid catalogue',
  INVALID_CALENDAR: 'Invalid calendar',
};

/**
 * HTTP status of each domain code. The split is part of the API contract:
 * 404 the dossier is missing; 409 the dossier's current state forbids the command (retrying later,
 * after another command, could succeed); 422 the command itself can never be accepted as written.
 */
export const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  DOSSIER_NOT_FOUND: 404,
  DOSSIER_ALREADY_EXISTS: 409,
  DOSSIER_FINISHED: 409,
  NOT_RESOLVED: 409,
  ALREADY_RESOLVED: 409,
  ALREADY_RETURNED: 409,
  ALREADY_RESCHEDULED: 409,
  RESCHEDULE_TOO_LATE: 409,
  SUPPLEMENT_PENDING: 409,
  NO_SUPPLEMENT_PENDING: 409,
  INVALID_COMMAND: 422,
  INVALID_EVENT: 422,
  UNKNOWN_EVENT_TYPE: 422,
  UNSUPPORTED_SCHEMA_VERSION: 422,
  RECEIVED_IN_FUTURE: 422,
  BEFORE_RECEIPT: 422,
  RESCHEDULE_NOT_LATER: 422,
  CORRECTION_TARGET_UNKNOWN: 422,
  CORRECTION_INVALID: 422,
  UNKNOWN_PROCEDURE: 422,
  INVALID_CATALOGUE: 500,
  INVALID_CALENDAR: 500,
};

const kebab = (code: string): string => code.toLowerCase().replaceAll('_', '-');

export function makeProblem(
  status: number,
  code: ProblemCode,
  detail: string,
  instance: string,
  errors?: Array<{ path: string; message: string }>,
): Problem {
  const p: Problem = { type: `urn:motcua:problem:${kebab(code)}`, title: TITLES[code], status, detail, code, instance };
  if (errors && errors.length > 0) p.errors = errors;
  return p;
}

/** The request path without its query string: the problem's `instance`. */
export const instanceOf = (req: FastifyRequest): string => req.url.split('?')[0] ?? req.url;

/** An error a route throws to leave with a problem; the error handler renders it. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: Array<{ path: string; message: string }>,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  // Serialised here so a route's response schema never has to describe problems it did not plan for.
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
}
