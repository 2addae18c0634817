// Live updates: a short-lived stream token (POST /v1/stream-tokens, with the key as Bearer) opens the
// office's event stream in an EventSource (?token=, never the key). Each event of the office bumps a
// counter the page re-reads on; a lost stream is reopened with a new token after the last position seen.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api/client.js';

export interface Live {
  /** Changes whenever an event of the office arrives (a page's reads depend on it). */
  readonly tick: number;
  readonly connected: boolean;
}

/** Events arriving together (an import, a batch) make one re-read. */
const SETTLE_MS = 150;
const RETRY_MS = 2000;

export function useLive(api: ApiClient, office: string | null): Live {
  const [tick, setTick] = useState(0);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!office) return;
    let stopped = false;
    let source: EventSource | null = null;
    let last: string | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = async () => {
      if (stopped) return;
      const { data } = await api.POST('/v1/stream-tokens', { body: { office } }).catch(() => ({ data: undefined }));
      if (stopped) return;
      if (!data) {
        retry = setTimeout(open, RETRY_MS);
        return;
      }
      const p = new URLSearchParams({ token: data.token });
      if (last) p.set('after', last);
      source = new EventSource(`/v1/offices/${encodeURIComponent(office)}/events?${p}`);
      source.onopen = () => setConnected(true);
      source.onmessage = (e) => {
        if (e.lastEventId) last = e.lastEventId;
        clearTimeout(settle);
        settle = setTimeout(() => setTick((n) => n + 1), SETTLE_MS);
      };
      // The token is good for one opening only: reconnect with a new one rather than let EventSource retry.
      source.onerror = () => {
        source?.close();
        setConnected(false);
        retry = setTimeout(open, RETRY_MS);
      };
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(settle);
      clearTimeout(retry);
      source?.close();
      setConnected(false);
    };
  }, [api, office]);
  return { tick, connected };
}
