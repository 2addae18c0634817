// Where the group commit's batches are written: on the main thread until the writer thread is up (this
// plugin starts it when the server is ready), then in that thread, whose commits and fsyncs stay off the
// event loop; back on the main thread if the thread dies. The thread is closed by the shutdown plugin,
// after the group commit has drained into it.
import type { EventStore, SqliteExtras } from '@motcua/store';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { BatchWriter } from '../group-commit.js';
import type { IdempotencyEntry } from '../idempotency.js';
import { startWorkerWriter, type WorkerWriter, workerScript } from '../worker-writer.js';

export interface WriterSlot {
  /** Writes a batch where batches are written now. */
  readonly write: BatchWriter;
  /** Idempotency records go through the thread while it runs (one writer to the file), else `here`. */
  persistIdempotency(entries: IdempotencyEntry[], here: (entries: IdempotencyEntry[]) => Promise<void>): Promise<void>;
  /** From now on batches go to this thread; if it dies, back to the main thread (`onDeath` is told why). */
  useThread(thread: WorkerWriter, onDeath: (e: unknown) => void): void;
  close(): Promise<void>;
}

/** A slot writing on the main thread with `here` until a thread is put in it. */
export function createWriterSlot(here: BatchWriter): WriterSlot {
  let write: BatchWriter = here;
  let thread: WorkerWriter | null = null;
  return {
    write: (requests) => write(requests),
    persistIdempotency: (entries, fallback) => (thread ? thread.persistIdempotency(entries) : fallback(entries)),
    useThread(started, onDeath) {
      thread = started;
      write = async (requests) => {
        try {
          return await started.write(requests);
        } catch (e) {
          if (!started.dead) throw e;
          // The writer thread died (its transaction, if any, rolled back): write here from now on. A batch
          // it committed before dying is recognised by its command ids and not written twice.
          onDeath(e);
          write = here;
          thread = null;
          return here(requests);
        }
      };
    },
    close: async () => {
      await thread?.close();
    },
  };
}

export interface WriterThreadOptions {
  readonly store: EventStore & Partial<Omit<SqliteExtras, 'beginBulk'>>;
  readonly slot: WriterSlot;
  /** false: never start the thread (tests, stores without a file). */
  readonly enabled: boolean;
}

async function writerThread(app: FastifyInstance, opts: WriterThreadOptions): Promise<void> {
  app.addHook('onReady', async () => {
    const { store } = opts;
    const script = !opts.enabled || !store.path || !store.appendBatchSettled ? null : workerScript();
    if (!script || !store.path) return;
    try {
      const started = await startWorkerWriter(store.path, script);
      opts.slot.useThread(started, (e) =>
        app.log.error({ err: e }, 'writer thread died; committing on the main thread'),
      );
    } catch (e) {
      // Without the thread the server still works, committing on the main thread.
      app.log.warn({ err: e }, 'writer thread did not start; committing on the main thread');
    }
  });
}

export const writerThreadPlugin = fp(writerThread, { name: 'motcua-writer-thread' });
