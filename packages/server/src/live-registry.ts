// The open live streams: counted per key (a key may hold only so many), ended together at shutdown, and
// visible as a small gauge (app.liveStreams) for operators and tests.
import type { LiveConnection, LiveConnectionStats } from './live-stream.js';

export interface LiveGauge {
  /** Streams open now. */
  readonly open: number;
  /** Streams dropped because their client did not read. */
  readonly dropped: number;
  connections(): LiveConnectionStats[];
}

export interface LiveRegistry extends LiveGauge {
  add(c: LiveConnection): void;
  delete(c: LiveConnection): void;
  countFor(key: string): number;
  noteDropped(): void;
  endAll(): void;
}

export function createLiveRegistry(): LiveRegistry {
  const open = new Set<LiveConnection>();
  const perKey = new Map<string, number>();
  let dropped = 0;
  return {
    get open() {
      return open.size;
    },
    get dropped() {
      return dropped;
    },
    connections: () => [...open].map((c) => c.stats),
    add(c) {
      open.add(c);
      perKey.set(c.stats.key, (perKey.get(c.stats.key) ?? 0) + 1);
    },
    delete(c) {
      if (!open.delete(c)) return;
      const n = (perKey.get(c.stats.key) ?? 1) - 1;
      if (n > 0) perKey.set(c.stats.key, n);
      else perKey.delete(c.stats.key);
    },
    countFor: (key) => perKey.get(key) ?? 0,
    noteDropped() {
      dropped++;
    },
    endAll() {
      for (const c of [...open]) c.end();
    },
  };
}
