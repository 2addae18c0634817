// Which page the URL shows. The report is the default (`/?office=…&from=…`, as before); every other page
// names itself with `view` and keeps the API's own parameter names for the rest (office, code, asOf,
// knownAt, status, field, channel, …), so a link opens the same state and back/forward walk the history.
export const VIEWS = ['report', 'indicators', 'dossier', 'worklist', 'changes', 'receive', 'import', 'audit'] as const;
export type View = (typeof VIEWS)[number];

export function viewOf(search: string): View {
  const v = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as View) : 'report';
}

/** `/?view=<view>&…` (no view for the report), leaving out empty values. */
export function hrefOf(view: View, params: Record<string, string | number | undefined | null> = {}): string {
  const p = new URLSearchParams();
  if (view !== 'report') p.set('view', view);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

/** A report-style query string (`?office=…`) moved to another view. */
export const withView = (view: View, search: string): string => {
  const p = new URLSearchParams(search);
  p.delete('view');
  p.delete('cell');
  p.delete('field');
  return hrefOf(view, Object.fromEntries(p));
};

/** Follows a link inside the app (history.pushState) unless the user asked for a new tab or window. */
export type Go = (href: string) => void;
export const linkProps = (href: string, go: Go) => ({
  href,
  onClick: (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(href);
  },
});
