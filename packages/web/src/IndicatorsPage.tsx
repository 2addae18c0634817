// The 766 indicators the API computes for an office and period (GET …/indicators), each with its
// numerator and denominator, as a gauge, and the 12-month trend of each (the API's indicators per month).
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api/client.js';
import { Chart } from './charts/Chart.js';
import { type Lang, useT, type Word } from './i18n.js';
import type { Me } from './me.js';
import { type MonthReport, monthlyReports } from './monthly.js';
import { chartPercent, monthText, percentOf, percentText, rateText } from './numbers.js';
import { PeriodForm } from './PeriodForm.js';
import { PeriodShown } from './PeriodShown.js';
import { periodParams, readQuery, writeQuery } from './report-query.js';
import { type Go, withView } from './route.js';
import { Status } from './Status.js';
import { useApi } from './use-api.js';

type Figure = { numerator: number; denominator: number; value: number | null };

export function IndicatorsPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang } = props;
  const query = readQuery(props.search);
  const [months, setMonths] = useState<MonthReport[] | null>(null);
  const state = useApi(
    query.office
      ? () =>
          api.GET('/v1/offices/{office}/indicators', {
            params: { path: { office: query.office }, query: periodParams(query) },
          })
      : null,
    [api, JSON.stringify(periodParams(query)) + query.office],
  );
  const lastDay = state.kind === 'ok' ? state.data.period.to : null;
  useEffect(() => {
    setMonths(null);
    if (!lastDay) return;
    let live = true;
    monthlyReports(api, { office: query.office }, lastDay, query.knownAt).then((m) => live && setMonths(m));
    return () => {
      live = false;
    };
  }, [api, query.office, lastDay, query.knownAt]);

  const names = state.kind === 'ok' ? Object.keys(state.data.indicators) : [];
  const figure = (name: string): Figure =>
    (state.kind === 'ok' ? (state.data.indicators as Record<string, Figure>)[name] : undefined) ?? {
      numerator: 0,
      denominator: 0,
      value: null,
    };
  const label = (name: string) => t(`ind_${name}` as Word);

  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('indicatorsTitle')}</h2>
      <PeriodForm
        query={query}
        timeTravel={props.me?.may.timeTravel ?? false}
        onSubmit={(q) => props.go(withView('indicators', writeQuery(q)))}
      />
      <Status state={state} />
      {state.kind === 'ok' && (
        <div class="indicators" data-office={state.data.office}>
          <PeriodShown office={state.data.office} period={state.data.period} knownAt={state.data.knownAt} lang={lang} />
          <table class="plain figures">
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('numerator')}</th>
                <th scope="col">{t('denominator')}</th>
                <th scope="col">{t('value')}</th>
              </tr>
            </thead>
            <tbody>
              {names.map((n) => {
                const f = figure(n);
                return (
                  <tr key={n} data-indicator={n}>
                    <th scope="row">{label(n)}</th>
                    <td data-part="numerator">{f.numerator}</td>
                    <td data-part="denominator">{f.denominator}</td>
                    <td data-part="value">{f.value === null ? t('noData') : rateText(f.value, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="gauges">
            {names.map((n) => {
              const f = figure(n);
              return (
                <Chart
                  key={n}
                  name={`gauge-${n}`}
                  title={`${label(n)}: ${f.numerator}/${f.denominator}`}
                  height={200}
                  option={{
                    series: [
                      {
                        type: 'gauge',
                        min: 0,
                        max: 100,
                        radius: '95%',
                        progress: { show: true, width: 12 },
                        axisLine: { lineStyle: { width: 12 } },
                        axisLabel: { distance: 16, fontSize: 10 },
                        splitLine: { distance: 0, length: 6 },
                        detail: {
                          formatter: (v: number) => (f.value === null ? '—' : percentText(v, lang)),
                          fontSize: 18,
                          offsetCenter: [0, '60%'],
                        },
                        data: [{ value: percentOf(f.value) ?? 0 }],
                      },
                    ],
                  }}
                />
              );
            })}
          </div>
          {months && (
            <Chart
              name="indicators-trend"
              title={t('indicatorsTrend')}
              height={320}
              option={{
                tooltip: {
                  trigger: 'axis',
                  valueFormatter: (v: unknown) => chartPercent(v, lang),
                },
                legend: { bottom: 0 },
                grid: { left: 50, right: 20, top: 10, bottom: 80 },
                xAxis: { type: 'category', data: months.map((m) => monthText(m.month)) },
                yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
                series: names.map((n) => ({
                  name: label(n),
                  type: 'line',
                  data: months.map((m) =>
                    percentOf((m.report.indicators as unknown as Record<string, Figure>)[n]?.value ?? null),
                  ),
                })),
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
