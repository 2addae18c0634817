// The in-memory projections follow the log: caught up once when the server is ready, then woken by the
// store's notifications of other instances' commits (a shared PostgreSQL log) and, for a notification
// lost with its connection, by a poll. Both stop when the server begins to close.
import type { EventStore, PostgresExtras } from '@motcua/store';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EventFeed } from '../event-feed.js';

export interface CatchUpOptions {
  readonly store: EventStore & Partial<Pick<PostgresExtras, 'watch'>>;
  readonly feed: EventFeed;
  /** Poll interval (ms); 0 turns the poll off. */
  readonly pollMs: number;
  /** Set once the projections have caught up for the first time (the readiness probe reads it). */
  readonly state: { ready: boolean };
}

async function catchUp(app: FastifyInstance, opts: CatchUpOptions): Promise<void> {
  let poll: NodeJS.Timeout | null = null;
  let unwatch: (() => void) | null = null;
  const again = () => {
    opts.feed.catchUp().catch((e) => app.log.error({ err: e }, 'catch-up failed'));
  };
  app.addHook('onReady', async () => {
    await opts.feed.catchUp();
    unwatch = opts.store.watch?.(again) ?? null;
    opts.state.ready = true;
    if (opts.pollMs > 0) {
      poll = setInterval(again, opts.pollMs);
      poll.unref();
    }
  });
  app.addHook('preClose', async () => {
    opts.state.ready = false;
    if (poll) clearInterval(poll);
    unwatch?.();
  });
}

export const catchUpPlugin = fp(catchUp, { name: 'motcua-catch-up' });
