// The dossiers behind one number of the report, as the API's drill-down route lists them, each a link to
// its dossier page (as known at the report's moment, when it has one).
import type { ApiClient } from './api/client.js';
import { FORM06_COLUMNS, FORM06_GROUP_TITLES } from './form06.js';
import { type Lang, useT } from './i18n.js';
import { periodParams, type ReportQuery } from './report-query.js';
import { type Go, hrefOf, linkProps } from './route.js';
import { Status } from './Status.js';
import { useApi } from './use-api.js';

/** `tick`: the live counter; the list is read again, in place, when it moves. */
export function DrillDown(props: {
  api: ApiClient;
  lang: Lang;
  go: Go;
  query: ReportQuery & { cell: string };
  tick?: number;
}) {
  const t = useT();
  const { api, query, lang } = props;
  const cell = query.cell as NonNullable<ReportQuery['cell']>;
  const state = useApi(
    () =>
      api.GET('/v1/offices/{office}/reports/form06/drill-down', {
        params: {
          path: { office: query.office },
          query: { ...periodParams(query), cell, ...(query.field ? { field: query.field } : {}) },
        },
      }),
    [api, JSON.stringify(query)],
    props.tick,
  );

  const column = FORM06_COLUMNS.find((c) => c.key === query.cell);
  return (
    <section class="card drill-down" aria-labelledby="drill-title" data-drill-cell={query.cell}>
      <h3 id="drill-title">
        {t('dossiersBehind')}:{' '}
        {column ? `${FORM06_GROUP_TITLES[column.group][lang]} › ${column.full[lang]}` : query.cell} —{' '}
        {query.field || t('total')}
      </h3>
      <Status state={state} />
      {state.kind === 'ok' && (
        <ul class="dossiers">
          {state.data.dossiers.map((d) => (
            <li key={d} data-dossier={d}>
              <a {...linkProps(hrefOf('dossier', { office: query.office, code: d, knownAt: query.knownAt }), props.go)}>
                {d}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
