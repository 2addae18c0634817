// Catch-up-then-live subscriptions built on readAll: the subscriber always reads the log by
// position from just after the last event it delivered, so it sees each event exactly once and
// in order, whether the event was already stored or arrives later. Appends only wake it up.
import type { ReadAllOptions, RecordedEvent, Subscription } from './port.js';

/** Wakes waiting subscribers; `version` lets a waiter notice an append it raced with. */
export class ChangeSignal {
  version = 0;
  private waiters = new Set<() => void>();

  notify(): void {
    this.version++;
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** Resolves when version moves past `seen`, on wake(), or after `pollMs` (to see other writers). */
  wait(seen: number, pollMs: number | null): { promise: Promise<void>; cancel: () => void } {
    if (this.version !== seen) return { promise: Promise.resolve(), cancel: () => {} };
    let done!: () => void;
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
      done = () => {
        if (timer) clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      this.waiters.add(done);
      // unref: a forgotten subscription must not keep the process alive on its own.
      if (pollMs !== null) timer = setTimeout(done, pollMs).unref();
    });
    return { promise, cancel: done };
  }
}

export function createSubscription(
  readAll: (options: ReadAllOptions) => AsyncIterable<RecordedEvent[]>,
  signal: ChangeSignal,
  fromPosition: bigint,
  pollMs: number | null,
  onClose?: () => void,
): Subscription {
  let closed = false;
  let cancelWait: (() => void) | undefined;
  let started = false;

  async function* run(): AsyncGenerator<RecordedEvent> {
    // Resume from the last delivered event itself (inclusive, then skipped): EventStoreDB only
    // accepts positions of real records, so "last + 1" is not a position we may ask for.
    let last: bigint | null = null;
    while (!closed) {
      const seen = signal.version;
      for await (const batch of readAll({ fromPosition: last ?? fromPosition })) {
        for (const e of batch) {
          if (closed) return;
          if (last !== null && e.position <= last) continue;
          yield e;
          last = e.position;
        }
      }
      if (closed) return;
      const w = signal.wait(seen, pollMs);
      cancelWait = w.cancel;
      await w.promise;
      cancelWait = undefined;
    }
  }

  return {
    [Symbol.asyncIterator]() {
      if (started) throw new Error('a subscription can be iterated only once');
      started = true;
      return run();
    },
    async close() {
      if (closed) return;
      closed = true;
      cancelWait?.();
      onClose?.();
    },
  };
}
