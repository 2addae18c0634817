// What one client may hold of the server's sockets. Without these a client that sends half a request
// holds its socket (and file descriptor) forever: 20,500 half-sent POSTs used them all up and /healthz
// failed. Long-lived live streams are not affected: a request counts as received once its headers (and
// body, if any) are in, and a stream's heartbeats keep its socket from idling.
import type { ServerOptions as HttpServerOptions, Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (ms); answered 408 otherwise. */
  readonly requestMs: number;
  /** The headers must arrive within this (ms; at most requestMs). */
  readonly headersMs: number;
  /** An idle keep-alive connection is closed after this (ms). */
  readonly keepAliveMs: number;
  /** A socket with no traffic either way is closed after this (ms). */
  readonly idleMs: number;
  /** Open connections one remote address may hold; more are closed at once. */
  readonly maxPerAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestMs: 30_000,
  headersMs: 10_000,
  keepAliveMs: 10_000,
  idleMs: 120_000,
  // Offices behind one NAT share an address: room for many clerks' browsers and scripts.
  maxPerAddress: 512,
};

/** Fastify's options for the timeouts above. */
export function timeoutOptions(l: ConnectionLimits): {
  requestTimeout: number;
  connectionTimeout: number;
  keepAliveTimeout: number;
  http: HttpServerOptions;
} {
  return {
    requestTimeout: l.requestMs,
    connectionTimeout: l.idleMs,
    keepAliveTimeout: l.keepAliveMs,
    http: {
      headersTimeout: Math.min(l.headersMs, l.requestMs),
      // Node checks the two timeouts above only this often (30 s by default, which would let a short
      // timeout run up to 30 s late).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(Math.min(l.headersMs, l.requestMs) / 4))),
    },
  };
}

/** Counts open sockets per remote address and destroys those past the cap as soon as they connect. */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const n = (open.get(address) ?? 0) + 1;
    if (n > max) {
      socket.destroy();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
