// A credential a browser can put in the URL of its EventSource, which cannot send an Authorization
// header: POST /v1/stream-tokens (with the key, as Bearer) returns a token signed by the server, scoped
// to one office and to the key's identity, that opens that office's event stream for about a minute.
// It opens nothing else, and the key itself is never accepted in a URL.
import type { Principal, Role } from './auth.js';
import { type Text, text } from './lang.js';
import { HttpProblem } from './problem.js';
import type { Signer } from './signed.js';

/** How long a token may be used to open a stream; an open stream stays open after that. */
export const STREAM_TOKEN_TTL_MS = 60_000;

interface Payload {
  v: 1;
  office: string;
  /** The key's id, name and role at issue time (the id is the rate-limit and stream-count bucket). */
  id: string;
  name: string;
  role: Role;
  /** Expiry, ms since the epoch. */
  exp: number;
}

export interface StreamTokens {
  issue(p: Principal, office: string): { token: string; office: string; expiresAt: string };
  /** The principal a token stands for on `office`'s stream, or a 401/403 problem. */
  principalFor(token: string, office: string): Principal;
}

const unauthorized = (detail: Text): HttpProblem =>
  new HttpProblem(401, 'UNAUTHORIZED', detail, [{ path: 'querystring.token', message: detail }], {
    'www-authenticate': 'Bearer realm="motcua"',
  });

export function createStreamTokens(
  signer: Signer,
  now: () => Date,
  isApiKey: (value: string) => boolean,
): StreamTokens {
  return {
    issue(p, office) {
      const exp = +now() + STREAM_TOKEN_TTL_MS;
      const payload: Payload = { v: 1, office, id: p.id, name: p.name, role: p.role, exp };
      return { token: signer.sign(payload), office, expiresAt: new Date(exp).toISOString() };
    },
    principalFor(token, office) {
      const p = signer.verify(token) as Payload | null;
      if (!p || p.v !== 1 || typeof p.office !== 'string' || typeof p.exp !== 'number') {
        // A key in a URL ends up in logs, histories and proxies: say so rather than just "unknown".
        if (isApiKey(token)) {
          throw unauthorized(
            text(
              'không được đặt khóa API vào URL; hãy lấy một mã luồng bằng POST /v1/stream-tokens và dùng ?token=',
              'never put the API key in a URL; get a stream token with POST /v1/stream-tokens and use ?token=',
            ),
          );
        }
        throw unauthorized(text('mã luồng (token) không hợp lệ', 'the stream token is not valid'));
      }
      if (p.exp < +now()) {
        throw unauthorized(
          text('mã luồng (token) đã hết hạn; hãy lấy mã mới', 'the stream token has expired; get a new one'),
        );
      }
      if (p.office !== office) {
        throw new HttpProblem(
          403,
          'FORBIDDEN',
          text(
            `mã luồng này dành cho cơ quan ${p.office}, không phải ${office}`,
            `this stream token is for office ${p.office}, not ${office}`,
          ),
        );
      }
      return { id: p.id, name: p.name, role: p.role, offices: new Set([office]) };
    },
  };
}
