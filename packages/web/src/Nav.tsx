// The pages this key may use, as links that keep the office and period: a clerk gets the counter's pages,
// a leader reads, an auditor also time-travels and audits. The server enforces the same on every request.
import { useT, type Word } from './i18n.js';
import type { Me } from './me.js';
import { periodParams, readQuery } from './report-query.js';
import { type Go, hrefOf, linkProps, type View } from './route.js';

const PAGES: ReadonlyArray<{ view: View; word: Word; allowed: (me: Me) => boolean }> = [
  { view: 'report', word: 'navReport', allowed: () => true },
  { view: 'indicators', word: 'navIndicators', allowed: () => true },
  { view: 'worklist', word: 'navWorkList', allowed: () => true },
  { view: 'changes', word: 'navChanges', allowed: (me) => me.may.timeTravel },
  { view: 'receive', word: 'navReceive', allowed: (me) => me.may.write },
  { view: 'import', word: 'navImport', allowed: (me) => me.may.write },
  { view: 'audit', word: 'navAudit', allowed: (me) => me.may.verify },
];

export function Nav(props: { me: Me | null; view: View; search: string; go: Go }) {
  const t = useT();
  const { me } = props;
  if (!me) return null;
  const q = readQuery(props.search);
  const keep = { office: q.office, ...periodParams(q) };
  // Report-like pages keep the period; the others take the office alone (the audit page not even that).
  const paramsFor = (view: View) =>
    view === 'audit'
      ? {}
      : view === 'report' || view === 'indicators' || view === 'changes'
        ? keep
        : { office: q.office };
  return (
    <nav class="pages" aria-label={t('mainNav')}>
      <ul>
        {PAGES.filter((p) => p.allowed(me)).map((p) => (
          <li key={p.view}>
            <a
              {...linkProps(hrefOf(p.view, paramsFor(p.view)), props.go)}
              aria-current={p.view === props.view ? 'page' : undefined}
              data-nav={p.view}
            >
              {t(p.word)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
