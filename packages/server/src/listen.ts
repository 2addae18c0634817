// Taking the port. A failure is a typed value (the CLI words it for the clerk) and leaves nothing behind:
// the port is tried before the ledger is opened and read, and a listen that still fails (another process
// took the port meanwhile) closes everything the server had started: poll timer, writer thread, store.
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';

export type ListenFailure = 'in-use' | 'not-allowed' | 'no-such-address' | 'other';

export class ListenError extends Error {
  constructor(
    readonly failure: ListenFailure,
    readonly host: string,
    readonly port: number,
    /** The system's code (EADDRINUSE, EACCES, …). */
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(`cannot listen on ${host} port ${port}: ${code}`, options);
    this.name = 'ListenError';
  }
}

const FAILURES: Record<string, ListenFailure> = {
  EADDRINUSE: 'in-use',
  EACCES: 'not-allowed',
  EPERM: 'not-allowed',
  EADDRNOTAVAIL: 'no-such-address',
  ENOTFOUND: 'no-such-address',
  EAI_AGAIN: 'no-such-address',
  EAI_NONAME: 'no-such-address',
};

function listenErrorOf(e: unknown, host: string, port: number): ListenError {
  if (e instanceof ListenError) return e;
  const code = String((e as { code?: unknown } | null)?.code ?? 'UNKNOWN');
  return new ListenError(FAILURES[code] ?? 'other', host, port, code, { cause: e });
}

/** Binds and releases the address, so a taken or forbidden port is found before anything is started. */
export function probeListen(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e) => reject(listenErrorOf(e, host, port)));
    probe.listen({ host, port }, () => probe.close(() => resolve()));
  });
}

/** app.listen, or on failure app.close (its hooks stop the timers, the writer thread and the store). */
export async function listenOrClose(app: FastifyInstance, host: string, port: number): Promise<void> {
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close().catch(() => {});
    throw listenErrorOf(e, host, port);
  }
}
