// Group commit: appends from concurrent requests wait in a queue and are written together, one
// transaction and one fsync per batch (the store runs synchronous = FULL). Each request still gets its
// own outcome: a conflict in one does not fail its neighbours.
import type { AppendRequest, AppendResult } from '@motcua/store';

export type Settled = { ok: true; value: AppendResult } | { ok: false; error: unknown };

/** Writes a batch of independent requests in one transaction; one outcome per request, in order. */
export type BatchWriter = (requests: readonly AppendRequest[]) => Promise<Settled[]>;

export interface GroupCommitOptions {
  readonly write: BatchWriter;
  /** Runs after each batch is durable and before its callers resume (e.g. to update projections). */
  readonly afterCommit?: () => Promise<void> | void;
  readonly maxBatch?: number;
}

export interface GroupCommit {
  append(request: AppendRequest): Promise<AppendResult>;
  /** Stop taking requests and resolve once everything queued is written. */
  drain(): Promise<void>;
  readonly pending: number;
  readonly batches: number;
  /** Requests written so far (batches × their sizes): their ratio says how well commits are shared. */
  readonly written: number;
}

export class ShuttingDown extends Error {
  constructor() {
    super('the server is shutting down and takes no more writes');
    this.name = 'ShuttingDown';
  }
}

interface Waiting {
  request: AppendRequest;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

export function createGroupCommit(opts: GroupCommitOptions): GroupCommit {
  const maxBatch = opts.maxBatch ?? 2000;
  let queue: Waiting[] = [];
  let flushing: Promise<void> | null = null;
  let scheduled = false;
  let closed = false;
  let batches = 0;
  let appended = 0;

  const schedule = (): void => {
    if (scheduled || flushing) return;
    scheduled = true;
    // setImmediate lets every request already read from the sockets join this batch.
    setImmediate(() => {
      scheduled = false;
      flushing = flush().finally(() => {
        flushing = null;
        if (queue.length > 0) schedule();
      });
    });
  };

  const take = (): { batch: Waiting[]; written: Promise<Settled[]> } | null => {
    if (queue.length === 0) return null;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    const written = opts.write(batch.map((w) => w.request));
    // flush awaits it only after answering the batch before (afterCommit): a failure meanwhile must not
    // count as unhandled (Node would end the process); flush hands it to this batch's callers.
    written.catch(() => {});
    return { batch, written };
  };

  // A pipeline: as soon as one batch is durable the next one (everything that arrived meanwhile) goes to
  // the writer, and only then are the projections brought up to date and the first batch answered, so
  // the catch-up overlaps the next fsync.
  const flush = async (): Promise<void> => {
    let current = take();
    while (current) {
      const { batch, written } = current;
      let outcomes: Settled[] | null = null;
      let failure: unknown = null;
      try {
        outcomes = await written;
        batches++;
        appended += batch.length;
      } catch (e) {
        failure = e;
      }
      current = take();
      if (!outcomes) {
        for (const w of batch) w.reject(failure);
        continue;
      }
      try {
        await opts.afterCommit?.();
      } catch {
        // The write is durable; projections catch up on the next batch or poll.
      }
      const settled = outcomes;
      batch.forEach((w, i) => {
        const o = settled[i];
        if (!o) w.reject(new Error('batch writer returned fewer outcomes than requests'));
        else if (o.ok) w.resolve(o.value);
        else w.reject(o.error);
      });
    }
  };

  return {
    append(request) {
      if (closed) return Promise.reject(new ShuttingDown());
      return new Promise<AppendResult>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        schedule();
      });
    },
    async drain() {
      closed = true;
      while (queue.length > 0 || flushing || scheduled) {
        if (flushing) await flushing;
        else await new Promise((r) => setImmediate(r));
      }
    },
    get pending() {
      return queue.length;
    },
    get batches() {
      return batches;
    },
    get written() {
      return appended;
    },
  };
}
