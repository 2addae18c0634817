// One error handler for every route: whatever goes wrong leaves as problem+json with a stable code.
// Client mistakes (bad JSON, wrong types, oversize bodies) are 4xx and never reach the store.
import type { DomainError } from '@motcua/domain';
import { StoreError } from '@motcua/store';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ShuttingDown } from './group-commit.js';
import { DOMAIN_STATUS, HttpProblem, instanceOf, makeProblem, type ProblemCode, sendProblem } from './problem.js';

export const domainProblem = (e: DomainError): HttpProblem =>
  new HttpProblem(DOMAIN_STATUS[e.code] ?? 422, e.code, e.message, e.issues ? [...e.issues] : undefined);

const FASTIFY_CODES: Record<string, { status: number; code: ProblemCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_RATE_LIMIT: { status: 429, code: 'RATE_LIMITED' },
};

type ValidationIssue = { instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } };

function validationErrors(err: FastifyError): Array<{ path: string; message: string }> {
  const context = err.validationContext ?? 'body';
  return ((err.validation ?? []) as ValidationIssue[]).map((v) => {
    const fromIssue = v.params?.issue?.path;
    const path = Array.isArray(fromIssue)
      ? fromIssue.map(String).join('.')
      : (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return { path: path ? `${context}.${path}` : context, message: v.message ?? 'invalid' };
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem | StoreError | Error, req, reply) => {
    const instance = instanceOf(req);
    if (error instanceof HttpProblem) {
      return sendProblem(
        reply,
        makeProblem(error.status, error.code, error.message, instance, error.errors),
        error.headers,
      );
    }
    if (error instanceof ShuttingDown) {
      return sendProblem(reply, makeProblem(503, 'SHUTTING_DOWN', error.message, instance), { 'retry-after': '5' });
    }
    if (error instanceof StoreError) {
      if (error.code === 'INVALID_EVENT' || error.code === 'INVALID_STREAM_NAME') {
        return sendProblem(reply, makeProblem(422, 'INVALID_EVENT', error.message, instance));
      }
      if (error.code === 'STORE_CLOSED') {
        return sendProblem(reply, makeProblem(503, 'SHUTTING_DOWN', 'the store is closed', instance));
      }
      req.log.error({ err: error }, 'store error');
      return sendProblem(reply, makeProblem(500, 'INTERNAL', 'the store failed; nothing was acknowledged', instance));
    }
    const fe = error as FastifyError;
    if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
      const errors = validationErrors(fe);
      const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ') || fe.message;
      return sendProblem(reply, makeProblem(400, 'VALIDATION_FAILED', detail, instance, errors));
    }
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (known) {
      const headers: Record<string, string> = {};
      const retry = reply.getHeader('retry-after');
      if (retry !== undefined) headers['retry-after'] = String(retry);
      return sendProblem(reply, makeProblem(known.status, known.code, fe.message, instance), headers);
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code: ProblemCode =
        status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'VALIDATION_FAILED';
      return sendProblem(reply, makeProblem(status, code, fe.message, instance));
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, makeProblem(500, 'INTERNAL', 'internal error', instance));
  });

  app.setNotFoundHandler((req, reply) => {
    sendProblem(reply, makeProblem(404, 'NOT_FOUND', `no route ${req.method} ${instanceOf(req)}`, instanceOf(req)));
  });
}
