// Small signed tokens the server hands out and takes back: a list cursor, a stream token. The payload is
// JSON, base64url, followed by an HMAC-SHA-256 of it under the server's secret, so a client can carry it
// but not forge or alter it. Nothing secret goes inside: the payload is readable, only its integrity counts.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Signer {
  sign(payload: unknown): string;
  /** The payload, or null when the text is not a token this secret signed (malformed, altered). */
  verify(token: string): unknown;
}

const mac = (secret: Buffer, purpose: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`${purpose}\n${body}`).digest();

/** `purpose` keeps one kind of token from being accepted as another (a cursor is not a stream token). */
export function createSigner(secret: Buffer, purpose: string): Signer {
  return {
    sign(payload) {
      const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
      return `${body}.${mac(secret, purpose, body).toString('base64url')}`;
    },
    verify(token) {
      const m = /^([A-Za-z0-9_-]{1,4096})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!m) return null;
      const [, body, sig] = m as unknown as [string, string, string];
      const expected = mac(secret, purpose, body);
      const given = Buffer.from(sig, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
      } catch {
        return null;
      }
    },
  };
}
