// The report page: the controls, then Biểu 06 for the URL's office and period, fetched from the API.
import type { ApiClient, Form06Report } from './api/client.js';
import { DrillDown } from './DrillDown.js';
import { type Lang, useT } from './i18n.js';
import { useLive } from './live.js';
import type { Me } from './me.js';
import { PeriodForm } from './PeriodForm.js';
import { PeriodShown } from './PeriodShown.js';
import { ReportCharts } from './ReportCharts.js';
import { ReportDownloads } from './ReportDownloads.js';
import { type CellHref, ReportTable } from './ReportTable.js';
import { periodParams, type ReportQuery, writeQuery } from './report-query.js';
import { type Go, linkProps, withView } from './route.js';
import { LiveBadge, Status } from './Status.js';
import { useApi } from './use-api.js';

export function ReportPage(props: {
  api: ApiClient;
  lang: Lang;
  me: Me | null;
  go: Go;
  query: ReportQuery;
  onNavigate: (q: ReportQuery) => void;
}) {
  const t = useT();
  const { api, query, lang } = props;
  const link: CellHref = (cell, field) =>
    linkProps(`/${writeQuery({ ...query, cell: cell as ReportQuery['cell'], field })}`, props.go);

  const { unit } = query;
  // Live: a dossier of the office written by anyone redraws the report (a roll-up is not streamed).
  const live = useLive(api, unit || !query.office ? null : query.office);
  const state = useApi(
    unit
      ? () => api.GET('/v1/units/{unit}/reports/form06', { params: { path: { unit }, query: periodParams(query) } })
      : query.office
        ? () =>
            api.GET('/v1/offices/{office}/reports/form06', {
              params: { path: { office: query.office }, query: periodParams(query) },
            })
        : null,
    [api, JSON.stringify(periodParams(query)) + query.office + (unit ?? '')],
    live.tick,
  );
  const report = state.kind === 'ok' ? (state.data as Form06Report) : null;

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <PeriodForm query={query} onSubmit={props.onNavigate} timeTravel={props.me?.may.timeTravel ?? false} units />
      {!unit && query.office && <LiveBadge connected={live.connected} />}
      <Status state={state} />
      {report && (
        <div class="report" data-office={report.office}>
          <PeriodShown office={report.office} period={report.period} knownAt={report.knownAt} lang={lang} />
          {report.coverage && (
            // A unit of the catalogue across a change of the map: what its figures cover, said plainly.
            <p class="coverage" data-coverage={report.coverage.unit}>
              <strong>{report.coverage.name}</strong> — {report.coverage.note[lang]}
            </p>
          )}
          <ReportTable report={report} lang={lang} link={unit ? null : link} />
          <ReportDownloads api={api} lang={lang} query={query} />
          {query.cell && !unit && (
            <DrillDown api={api} lang={lang} go={props.go} query={{ ...query, cell: query.cell }} tick={live.tick} />
          )}
          {report.knownAt && props.me?.may.timeTravel && (
            <p>
              <a {...linkProps(withView('changes', writeQuery(query)), props.go)} data-see-changes>
                {t('seeChanges')}
              </a>
            </p>
          )}
          <ReportCharts api={api} lang={lang} report={report} tick={live.tick} />
        </div>
      )}
    </section>
  );
}
