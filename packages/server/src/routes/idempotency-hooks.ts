// Idempotency-Key for the command routes: a retry gets the first response back byte for byte and
// writes nothing; the same key sent with a different request is refused (422).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type IdempotencyStore,
  idempotencyScope,
  RESPONSE_HEADERS_KEPT,
  type StoredResponse,
  sha256hex,
} from '../idempotency.js';
import { text } from '../lang.js';
import { HttpProblem } from '../problem.js';

interface Pending {
  readonly scope: string;
  readonly requestHash: string;
  readonly settle: () => void;
  settled: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: Pending | null;
    /** Command id for the request: derived from Idempotency-Key when given, else random. */
    commandIdHint: string | null;
  }
}

const KEY_FORM = /^[\x21-\x7e]{1,200}$/;

// Statuses that say nothing final about the request: they are not kept, so a retry runs again.
const transient = (status: number): boolean => status >= 500 || status === 429 || status === 401 || status === 403;

export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore): void {
  const inFlight = new Map<string, Promise<void>>();
  app.decorateRequest('idempotency', null);
  app.decorateRequest('commandIdHint', null);

  const replay = (reply: FastifyReply, r: StoredResponse): FastifyReply => {
    for (const [k, v] of Object.entries(r.headers)) reply.header(k, v);
    return reply
      .code(r.status)
      .serializer((x: unknown) => x as string)
      .send(r.body);
  };

  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers['idempotency-key'];
    if (header === undefined) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined || !KEY_FORM.test(key)) {
      throw new HttpProblem(
        400,
        'INVALID_IDEMPOTENCY_KEY',
        text(
          'Idempotency-Key phải gồm 1-200 ký tự ASCII nhìn thấy được',
          'Idempotency-Key must be 1-200 visible ASCII characters',
        ),
      );
    }
    const office = (req.params as { office?: string }).office ?? '';
    const route = `${req.method} ${req.routeOptions.url}`;
    const scope = idempotencyScope(req.principal?.id ?? '', office, route, key);
    // What makes two requests "the same": path (with its parameters), If-Match and the parsed body.
    const requestHash = sha256hex(
      `${req.method} ${req.url.split('?')[0]}\n${String(req.headers['if-match'] ?? '')}\n${JSON.stringify(req.body ?? null)}`,
    );
    for (;;) {
      const waiting = inFlight.get(scope);
      if (!waiting) break;
      await waiting;
    }
    const stored = await store.get(scope);
    if (stored) {
      if (stored.requestHash !== requestHash) {
        throw new HttpProblem(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          text(
            'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới',
            'this Idempotency-Key was already used with a different request; use a new key',
          ),
        );
      }
      return replay(reply, stored);
    }
    let settle = () => {};
    const done = new Promise<void>((r) => {
      settle = r;
    });
    inFlight.set(scope, done);
    const pending: Pending = {
      scope,
      requestHash,
      settled: false,
      settle: () => {
        if (pending.settled) return;
        pending.settled = true;
        inFlight.delete(scope);
        settle();
      },
    };
    req.idempotency = pending;
    req.commandIdHint = `idem-${scope.slice(0, 40)}`;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const p = req.idempotency;
    if (!p || p.settled) return payload;
    if (!transient(reply.statusCode) && typeof payload === 'string') {
      // Kept in the order they were set, so the replay's header block is the same bytes.
      const headers: Record<string, string> = {};
      for (const [h, v] of Object.entries(reply.getHeaders())) {
        if ((RESPONSE_HEADERS_KEPT as readonly string[]).includes(h) && v !== undefined) headers[h] = String(v);
      }
      const mine = { requestHash: p.requestHash, status: reply.statusCode, headers, body: payload };
      let kept: StoredResponse = mine;
      try {
        kept = (await store.put(p.scope, mine)) ?? mine;
      } catch (e) {
        // Not kept (the database went away): the command id derived from the key still makes a retry
        // write nothing; this answer goes out as it is.
        req.log.error({ err: e }, 'idempotency record not kept');
      }
      p.settle();
      if (kept === mine) return payload;
      // Another instance answered this key first: everyone gets that answer.
      for (const h of RESPONSE_HEADERS_KEPT) if (!(h in kept.headers)) reply.removeHeader(h);
      for (const [k, v] of Object.entries(kept.headers)) reply.header(k, v);
      reply.code(kept.status);
      return kept.body;
    }
    p.settle();
    return payload;
  });

  const release = async (req: FastifyRequest): Promise<void> => {
    req.idempotency?.settle();
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
}
