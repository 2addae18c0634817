// Reports are pure functions of (offices, period, knownAt) and the log; the log only grows, so a result
// stays right until the next event is applied. Dashboards poll the same few reports: keep the last
// answers (as serialised, schema-checked JSON) for the current log position.
export interface ReportCache<V> {
  get(key: string, position: bigint, compute: () => V): V;
  readonly size: number;
}

export function createReportCache<V>(capacity = 512): ReportCache<V> {
  const entries = new Map<string, { position: bigint; value: V }>();
  return {
    get(key, position, compute) {
      const hit = entries.get(key);
      if (hit && hit.position === position) {
        // Refresh its place so the least recently used entry is the first to go.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      const value = compute();
      entries.delete(key);
      entries.set(key, { position, value });
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
