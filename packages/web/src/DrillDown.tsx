// The dossiers behind one number of the report, as the API's drill-down route lists them.
import { useEffect, useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import { FORM06_COLUMNS, FORM06_GROUP_TITLES } from './form06.js';
import { type Lang, useT } from './i18n.js';
import { periodParams, type ReportQuery } from './report-query.js';

type State = { kind: 'loading' } | { kind: 'error'; text: string } | { kind: 'ok'; dossiers: string[] };

export function DrillDown(props: { api: ApiClient; lang: Lang; query: ReportQuery & { cell: string } }) {
  const t = useT();
  const { api, query, lang } = props;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const wanted = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    const cell = query.cell as NonNullable<ReportQuery['cell']>;
    api
      .GET('/v1/offices/{office}/reports/form06/drill-down', {
        params: {
          path: { office: query.office },
          query: { ...periodParams(query), cell, ...(query.field ? { field: query.field } : {}) },
        },
      })
      .then(({ data, error, response }) => {
        if (!current) return;
        if (error || !data) setState({ kind: 'error', text: problemText(error, response.status) });
        else setState({ kind: 'ok', dossiers: data.dossiers });
      })
      .catch((e: unknown) => current && setState({ kind: 'error', text: String(e) }));
    return () => {
      current = false;
    };
  }, [api, wanted]);

  const column = FORM06_COLUMNS.find((c) => c.key === query.cell);
  return (
    <section class="card drill-down" aria-labelledby="drill-title" data-drill-cell={query.cell}>
      <h3 id="drill-title">
        {t('dossiersBehind')}:{' '}
        {column ? `${FORM06_GROUP_TITLES[column.group][lang]} › ${column.full[lang]}` : query.cell} —{' '}
        {query.field || t('total')}
      </h3>
      {state.kind === 'loading' && <p>{t('loading')}</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.text}
        </p>
      )}
      {state.kind === 'ok' && (
        <ul class="dossiers">
          {state.dossiers.map((d) => (
            <li key={d} data-dossier={d}>
              {d}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
