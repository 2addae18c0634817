// One live connection (Server-Sent Events) of one office. The store is its queue: the connection keeps
// only a cursor (the last position it has passed) and pages the history from the store, writing while the
// socket takes data and waiting for 'drain' when it does not. Once it has caught up with the feed it takes
// the feed's events as they come; if the client falls behind it goes back to paging from the store. So
// what one connection holds in memory is one page and the socket's own buffer, whatever the office's size
// or the client's speed; a client that does not read for `stallMs`, or whose buffer passes
// `maxQueuedBytes`, is dropped and its socket destroyed.
import type { ServerResponse } from 'node:http';
import { parseDossierStreamId } from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import type { EventFeed } from './event-feed.js';

export interface LiveLimits {
  /** Live streams one key may hold open at once. */
  readonly maxPerKey: number;
  /** Bytes one connection may have waiting in its socket buffer before it is dropped. */
  readonly maxQueuedBytes: number;
  /** A connection whose socket has not drained for this long is dropped (ms). */
  readonly stallMs: number;
  /** Events read from the store per page. */
  readonly pageSize: number;
  readonly heartbeatMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxPerKey: 8,
  maxQueuedBytes: 1024 * 1024,
  stallMs: 30_000,
  pageSize: 500,
  heartbeatMs: 15_000,
};

/** What the server can see of one connection (the gauge behind app.liveStreams). */
export interface LiveConnectionStats {
  readonly key: string;
  readonly name: string;
  readonly office: string;
  /** Bytes written to the socket and not yet taken by the kernel. */
  readonly queuedBytes: number;
  readonly peakQueuedBytes: number;
  /** Events of the current page read from the store and not yet written. */
  readonly heldEvents: number;
  readonly peakHeldEvents: number;
  /** Waiting for the client to read (the socket did not drain yet). */
  readonly waiting: boolean;
  /** The last position passed (written, or skipped as another office's). */
  readonly position: bigint;
}

export interface LiveConnection {
  readonly stats: LiveConnectionStats;
  /** Starts sending (after the caller has registered the connection, so onEnd always finds it). */
  start(): void;
  /** Ends the stream politely (shutdown). */
  end(): void;
}

const officeOf = (e: RecordedEvent): string | null => parseDossierStreamId(e.streamId)?.office ?? null;

/** The JSON sent as `data:`; bigints as decimal strings. */
const sseData = (e: RecordedEvent): string =>
  JSON.stringify({
    position: e.position.toString(),
    streamId: e.streamId,
    revision: e.revision.toString(),
    recordedAt: e.recordedAt,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    meta: e.meta,
  });

const frame = (e: RecordedEvent): string => `id: ${e.position}\ndata: ${sseData(e)}\n\n`;

export function openLiveStream(deps: {
  readonly res: ServerResponse;
  readonly store: EventStore;
  readonly feed: EventFeed;
  readonly office: string;
  /** Send the office's events after this position. */
  readonly after: bigint;
  readonly key: string;
  readonly name: string;
  readonly limits: LiveLimits;
  /** Called once when the connection ends, with why. */
  readonly onEnd: (how: 'closed' | 'dropped' | 'failed', error?: unknown) => void;
}): LiveConnection {
  const { res, store, feed, office, limits } = deps;
  let position = deps.after;
  let live = false;
  let closed = false;
  let pumping = false;
  let waiting = false;
  let held = 0;
  let peakQueued = 0;
  let peakHeld = 0;
  const wakers = new Set<() => void>();

  const finish = (how: 'closed' | 'dropped' | 'failed', error?: unknown): void => {
    if (closed) return;
    closed = true;
    live = false;
    clearInterval(heartbeat);
    unlisten();
    for (const wake of [...wakers]) wake();
    if (how === 'closed') res.end();
    // A client that does not read would never take the rest: close the socket, do not wait for it.
    else res.destroy();
    deps.onEnd(how, error);
  };

  /** Writes a chunk; false when the socket wants a 'drain' first (or the connection was dropped). */
  const write = (chunk: string): boolean => {
    const ok = res.write(chunk);
    const queued = res.writableLength;
    if (queued > peakQueued) peakQueued = queued;
    if (queued > limits.maxQueuedBytes) {
      finish('dropped');
      return false;
    }
    return ok;
  };

  /** Resolves true once the socket drained, false if the connection ended meanwhile (or stalled). */
  const drained = (): Promise<boolean> =>
    new Promise((resolve) => {
      if (closed) return resolve(false);
      waiting = true;
      const stall = setTimeout(() => finish('dropped'), limits.stallMs);
      const wake = (): void => {
        clearTimeout(stall);
        res.off('drain', wake);
        wakers.delete(wake);
        waiting = false;
        resolve(!closed);
      };
      res.once('drain', wake);
      wakers.add(wake);
    });

  // Pages from the store until caught up with the feed, then turns live. Only one runs at a time.
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        if (closed) return;
        if (res.writableNeedDrain && !(await drained())) return;
        const upTo = feed.position;
        // Synchronous from this check to `live = true`: the feed calls its listeners in the same tick
        // as it advances, so every event after upTo reaches the listener below, none before it does.
        if (position >= upTo) {
          live = true;
          return;
        }
        for await (const page of store.readAll({
          fromPosition: position + 1n,
          toPosition: upTo,
          batchSize: limits.pageSize,
        })) {
          held = page.length;
          if (held > peakHeld) peakHeld = held;
          for (const e of page) {
            if (closed) return;
            held--;
            position = e.position;
            if (officeOf(e) === office && !write(frame(e)) && !(await drained())) return;
          }
        }
      }
    } catch (error) {
      finish('failed', error);
    } finally {
      held = 0;
      pumping = false;
    }
  };

  /** Writes while live; a client that fell behind is served from the store again once it drains. */
  const sendLive = (chunk: string): void => {
    if (!write(chunk) && !closed) {
      live = false;
      void pump();
    }
  };
  const unlisten = feed.listen((e) => {
    if (!live || e.position <= position) return;
    position = e.position;
    if (officeOf(e) === office) sendLive(frame(e));
  });
  const heartbeat = setInterval(() => {
    if (live) sendLive(': ping\n\n');
  }, limits.heartbeatMs);
  heartbeat.unref();
  res.on('close', () => finish('closed'));

  return {
    stats: {
      key: deps.key,
      name: deps.name,
      office,
      get queuedBytes() {
        return res.writableLength;
      },
      get peakQueuedBytes() {
        return peakQueued;
      },
      get heldEvents() {
        return held;
      },
      get peakHeldEvents() {
        return peakHeld;
      },
      get waiting() {
        return waiting;
      },
      get position() {
        return position;
      },
    },
    start() {
      write('retry: 2000\n\n');
      void pump();
    },
    end: () => finish('closed'),
  };
}
