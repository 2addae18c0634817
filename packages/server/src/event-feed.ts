// The server's one reader of the global log. It brings the in-memory projections up to the store's
// head and fans the same events out to live listeners (Server-Sent Events), so a client that wrote
// something reads it back in the very next request and sees it on its stream in position order.
import type { EventStore, RecordedEvent } from '@motcua/store';

export type Listener = (e: RecordedEvent) => void;

export interface EventFeed {
  /** Read everything past the last applied position; concurrent calls share one pass. */
  catchUp(): Promise<void>;
  /** Highest position applied and broadcast so far (-1n before the first event). */
  readonly position: bigint;
  /** Register a listener; it gets every event applied from now on. Returns the unsubscribe function. */
  listen(l: Listener): () => void;
  readonly listeners: number;
}

/** `from`: the position the projections already hold (a ledger snapshot's); the feed reads after it. */
export function createEventFeed(store: EventStore, apply: (e: RecordedEvent) => void, from = -1n): EventFeed {
  let position = from;
  const listeners = new Set<Listener>();
  // Passes run one after another; a call shares the next pass that has not started yet, so every
  // caller is answered by a pass that began after it called.
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;

  const pass = async (): Promise<void> => {
    for await (const batch of store.readAll({ fromPosition: position + 1n, batchSize: 5000 })) {
      for (const e of batch) {
        if (e.position <= position) continue;
        apply(e);
        position = e.position;
        for (const l of listeners) {
          try {
            l(e);
          } catch {
            // A broken listener (closed socket) must not stop the feed.
          }
        }
      }
    }
  };

  return {
    catchUp() {
      if (queued) return queued;
      const next = tail.then(() => {
        queued = null;
        return pass();
      });
      queued = next;
      tail = next.catch(() => {});
      return next;
    },
    get position() {
      return position;
    },
    listen(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    get listeners() {
      return listeners.size;
    },
  };
}
