// The report page: the controls, then Biểu 06 for the URL's office and period, fetched from the API.
import { useEffect, useState } from 'preact/hooks';
import { type ApiClient, type Form06Report, problemText } from './api/client.js';
import { DrillDown } from './DrillDown.js';
import { reportPeriodText } from './form06.js';
import { type Lang, useT } from './i18n.js';
import { PeriodForm } from './PeriodForm.js';
import { type CellHref, ReportTable } from './ReportTable.js';
import { periodParams, type ReportQuery, writeQuery } from './report-query.js';

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ok'; report: Form06Report };

const officeTime = (moment: string, lang: Lang) =>
  new Date(moment).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });

export function ReportPage(props: {
  api: ApiClient;
  lang: Lang;
  query: ReportQuery;
  onNavigate: (q: ReportQuery) => void;
}) {
  const t = useT();
  const { api, query, lang } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const wanted = JSON.stringify(periodParams(query)) + query.office;
  const link: CellHref = (cell, field) => {
    const next = { ...query, cell: cell as ReportQuery['cell'], field };
    return {
      href: `/${writeQuery(next)}`,
      onClick: (e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        props.onNavigate(next);
      },
    };
  };

  useEffect(() => {
    if (!query.office) return setState({ kind: 'idle' });
    let current = true;
    setState({ kind: 'loading' });
    api
      .GET('/v1/offices/{office}/reports/form06', {
        params: { path: { office: query.office }, query: periodParams(query) },
      })
      .then(({ data, error, response }) => {
        if (!current) return;
        if (error || !data) setState({ kind: 'error', text: problemText(error, response.status) });
        else setState({ kind: 'ok', report: data as Form06Report });
      })
      .catch((e: unknown) => current && setState({ kind: 'error', text: String(e) }));
    return () => {
      current = false;
    };
  }, [api, wanted]);

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <PeriodForm query={query} onSubmit={props.onNavigate} />
      {state.kind === 'loading' && <p aria-live="polite">{t('loading')}</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.text}
        </p>
      )}
      {state.kind === 'ok' && (
        <div class="report" data-office={state.report.office}>
          <p class="period-shown">
            <strong>{state.report.office}</strong> — {t('periodShown')}{' '}
            {reportPeriodText(state.report.period.from, state.report.period.to, lang)}
          </p>
          {state.report.knownAt && (
            <output class="known-at" data-known-at={state.report.knownAt}>
              {t('asOfNotice', { t: officeTime(state.report.knownAt, lang) })}
            </output>
          )}
          <ReportTable report={state.report} lang={lang} link={link} />
          {query.cell && <DrillDown api={api} lang={lang} query={{ ...query, cell: query.cell }} />}
        </div>
      )}
    </section>
  );
}
