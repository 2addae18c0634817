// One API read bound to a page's inputs: loading, the API's refusal (its problem text, already in the
// page's language) or the data. A newer request replaces an older one still on its way.
import { useEffect, useRef, useState } from 'preact/hooks';
import { problemText } from './api/client.js';

export type Loaded<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ok'; data: T; response: Response };

type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * `load` null: nothing to ask yet (idle). `deps`: what the request depends on. `refresh`: a live counter;
 * when only it moves, the page keeps showing what it has while the new answer is on its way (a live
 * re-read that blanked the page lost the clerk's place and any click made in that moment).
 */
export function useApi<T>(
  load: (() => Promise<Answer<T>>) | null,
  deps: readonly unknown[],
  refresh: number = 0,
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: load ? 'loading' : 'idle' });
  const asked = useRef<readonly unknown[] | null>(null);
  useEffect(() => {
    if (!load) {
      asked.current = null;
      return setState({ kind: 'idle' });
    }
    const same = asked.current !== null && sameDeps(asked.current, deps);
    asked.current = deps;
    let live = true;
    if (!same) setState({ kind: 'loading' });
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
  }, [...deps, refresh]);
  return state;
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
