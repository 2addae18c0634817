// The report's charts: received per month by channel and the early-or-on-time rate over the 12 months
// ending with the report's last month (each month the API's own report, as known at the same moment), and
// resolved early / on time / late by field from the report on the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient, Form06Report } from './api/client.js';
import { Chart } from './charts/Chart.js';
import { type Lang, useT } from './i18n.js';
import { type MonthReport, monthlyReports, scopeOf } from './monthly.js';
import { chartPercent, monthText, percentOf, rateText } from './numbers.js';

const COLORS = {
  online: '#1d4e89',
  direct: '#c98a00',
  postal: '#5b8c3a',
  early: '#14613a',
  onTime: '#4f8fd6',
  late: '#a00000',
};

/** `tick`: the live counter; the months are read again when it moves. */
export function ReportCharts(props: { api: ApiClient; lang: Lang; report: Form06Report; tick?: number }) {
  const t = useT();
  const { api, report, lang } = props;
  const [months, setMonths] = useState<MonthReport[] | null>(null);
  const [error, setError] = useState('');
  const knownAt = report.knownAt ?? undefined;
  const scope = JSON.stringify(scopeOf(report));
  // A live re-read (only the tick moved) keeps the charts drawn until the new months are in.
  const drawnFor = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    const asked = JSON.stringify([scope, report.period.to, knownAt ?? null]);
    if (drawnFor.current !== asked) setMonths(null);
    drawnFor.current = asked;
    setError('');
    monthlyReports(api, JSON.parse(scope), report.period.to, knownAt)
      .then((m) => live && setMonths(m))
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [api, scope, report.period.to, knownAt, props.tick]);

  const fields = report.rows.map((r) => r.field);
  const byField = (
    <Chart
      name="resolved-by-field"
      title={t('chartResolved')}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 140, right: 20, top: 10, bottom: 40 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: fields, inverse: true },
        series: (['early', 'onTime', 'late'] as const).map((k) => ({
          name: t(k),
          type: 'bar',
          stack: 'resolved',
          color: COLORS[k],
          data: report.rows.map((r) => r.resolved[k]),
        })),
      }}
      table={
        <table class="plain">
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('early')}</th>
              <th scope="col">{t('onTime')}</th>
              <th scope="col">{t('late')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{r.field}</th>
                <td>{r.resolved.early}</td>
                <td>{r.resolved.onTime}</td>
                <td>{r.resolved.late}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );

  const labels = months?.map((m) => monthText(m.month)) ?? [];
  return (
    <section class="charts" aria-label={t('chartsTitle')}>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {months && (
        <Chart
          name="received-by-channel"
          title={t('chartReceived')}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0 },
            grid: { left: 50, right: 20, top: 10, bottom: 60 },
            xAxis: { type: 'category', data: labels },
            yAxis: { type: 'value' },
            series: (['online', 'direct', 'postal'] as const).map((k) => ({
              name: t(k),
              type: 'bar',
              stack: 'received',
              color: COLORS[k],
              data: months.map((m) => m.report.total.received[k]),
            })),
          }}
          table={
            <table class="plain">
              <thead>
                <tr>
                  <th scope="col">{t('month')}</th>
                  <th scope="col">{t('online')}</th>
                  <th scope="col">{t('direct')}</th>
                  <th scope="col">{t('postal')}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthText(m.month)}</th>
                    <td>{m.report.total.received.online}</td>
                    <td>{m.report.total.received.direct}</td>
                    <td>{m.report.total.received.postal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {byField}
      {months && (
        <Chart
          name="on-time-trend"
          title={t('chartTrend')}
          option={{
            tooltip: {
              trigger: 'axis',
              valueFormatter: (v: unknown) => chartPercent(v, lang),
            },
            grid: { left: 50, right: 20, top: 10, bottom: 30 },
            xAxis: { type: 'category', data: labels },
            yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            series: [
              {
                name: t('rate'),
                type: 'line',
                color: COLORS.early,
                connectNulls: false,
                data: months.map((m) => percentOf(m.report.indicators.earlyOrOnTimeOverHandled.value)),
              },
            ],
          }}
          table={
            <table class="plain">
              <tbody>
                {months.map((m) => {
                  const i = m.report.indicators.earlyOrOnTimeOverHandled;
                  return (
                    <tr key={m.month}>
                      <th scope="row">{monthText(m.month)}</th>
                      <td>
                        {i.numerator}/{i.denominator}
                      </td>
                      <td>{i.value === null ? '—' : rateText(i.value, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}
