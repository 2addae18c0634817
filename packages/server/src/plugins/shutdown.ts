// Shutdown, in one place because its order matters: stop taking requests (503 SHUTTING_DOWN, every answer
// closes its connection), end the live streams so the listener can close, let in-flight requests finish,
// then drain the group commit, flush the idempotency records, stop the writer thread and close the store.
import type { EventStore } from '@motcua/store';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { GroupCommit } from '../group-commit.js';
import type { IdempotencyStore } from '../idempotency.js';
import { text } from '../lang.js';
import type { LiveRegistry } from '../live-registry.js';
import { sendProblem } from '../problem.js';
import type { WriterSlot } from './writer-thread.js';

export interface ShutdownOptions {
  readonly state: { closing: boolean };
  readonly liveStreams: LiveRegistry;
  readonly commit: GroupCommit;
  readonly idempotency: IdempotencyStore;
  readonly writer: WriterSlot;
  readonly store: EventStore;
  /** Close the store with the server (the server opened it). */
  readonly closeStore: boolean;
}

async function shutdown(app: FastifyInstance, opts: ShutdownOptions): Promise<void> {
  app.addHook('preClose', async () => {
    opts.state.closing = true;
    opts.liveStreams.endAll();
  });
  app.addHook('onRequest', async (_req, reply) => {
    if (opts.state.closing) {
      return sendProblem(
        reply,
        { status: 503, code: 'SHUTTING_DOWN', detail: text('máy chủ đang tắt', 'the server is shutting down') },
        { 'retry-after': '5' },
      );
    }
  });
  // While closing, every answer ends its connection, so keep-alive sockets that were busy when the
  // shutdown began do not hold the listener open until their idle timeout.
  app.addHook('onSend', async (_req, reply, payload) => {
    if (opts.state.closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onClose', async () => {
    await opts.commit.drain();
    app.log.info({ batches: opts.commit.batches, requests: opts.commit.written }, 'group commit totals');
    await opts.idempotency.flush();
    await opts.writer.close();
    if (opts.closeStore) await opts.store.close();
  });
}

export const shutdownPlugin = fp(shutdown, { name: 'motcua-shutdown' });
