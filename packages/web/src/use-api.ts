// One API read bound to a page's inputs: loading, the API's refusal (its problem text, already in the
// page's language) or the data. A newer request replaces an older one still on its way.
import { useEffect, useState } from 'preact/hooks';
import { problemText } from './api/client.js';

export type Loaded<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ok'; data: T; response: Response };

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** `load` null: nothing to ask yet (idle). `deps`: what the request depends on. */
export function useApi<T>(load: (() => Promise<Answer<T>>) | null, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: load ? 'loading' : 'idle' });
  useEffect(() => {
    if (!load) return setState({ kind: 'idle' });
    let live = true;
    setState({ kind: 'loading' });
    load()
      .then(({ data, error, response }) => {
        if (!live) return;
        if (error || data === undefined) setState({ kind: 'error', text: problemText(error, response.status) });
        else setState({ kind: 'ok', data, response });
      })
      .catch((e: unknown) => live && setState({ kind: 'error', text: String(e) }));
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
