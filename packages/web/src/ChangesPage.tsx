// What changed in a report: for a period, the report as known at T against as known now (or at a later
// T2): each cell whose number or dossiers moved, both numbers, and the dossiers that moved it with the
// events recorded after T that moved them (a late entry, a correction). The API computes all of it.
import type { ApiClient } from './api/client.js';
import { eventName } from './event-names.js';
import { FORM06_COLUMNS, FORM06_GROUP_TITLES } from './form06.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import { PeriodForm } from './PeriodForm.js';
import { PeriodShown } from './PeriodShown.js';
import { periodParams, readQuery, writeQuery } from './report-query.js';
import { type Go, hrefOf, linkProps, withView } from './route.js';
import { Status } from './Status.js';
import { officeTime } from './time.js';
import { useApi } from './use-api.js';

export function ChangesPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang } = props;
  const query = readQuery(props.search);
  const against = new URLSearchParams(props.search).get('against') ?? undefined;
  const { knownAt, unit } = query;
  const asked = knownAt ? { ...periodParams(query), knownAt, ...(against ? { against } : {}) } : null;
  // A unit's changes (its offices and days as its report covers them), else an office's.
  const state = useApi(
    asked && unit
      ? () => api.GET('/v1/units/{unit}/reports/form06/changes', { params: { path: { unit }, query: asked } })
      : asked && query.office
        ? () =>
            api.GET('/v1/offices/{office}/reports/form06/changes', {
              params: { path: { office: query.office }, query: asked },
            })
        : null,
    [api, props.search],
  );
  const label = (cell: string) => {
    const c = FORM06_COLUMNS.find((x) => x.key === cell);
    return c ? `${FORM06_GROUP_TITLES[c.group][lang]} › ${c.full[lang]}` : cell;
  };
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changesTitle')}</h2>
      <PeriodForm
        query={query}
        timeTravel
        units
        requireKnownAt
        against={against}
        onSubmit={(q, extra) =>
          props.go(
            `${withView('changes', writeQuery(q))}${extra.against ? `&against=${encodeURIComponent(extra.against)}` : ''}`,
          )
        }
      />
      {!knownAt && <p class="hint">{t('knownAtRequired')}</p>}
      <Status state={state} />
      {state.kind === 'ok' && (
        <div class="changes" data-office={state.data.office}>
          <PeriodShown office={state.data.office} period={state.data.period} knownAt={null} lang={lang} />
          <output class="known-at" data-known-at={state.data.knownAt}>
            {t('changesIntro', {
              a: officeTime(state.data.knownAt),
              b: state.data.against ? officeTime(state.data.against) : t('nowWord'),
            })}
          </output>
          {state.data.cells.length === 0 && <p data-no-changes>{t('noChanges')}</p>}
          {state.data.cells.map((c) => (
            <details
              class="card change"
              key={`${c.field}|${c.cell}`}
              data-field={c.field}
              data-cell={c.cell}
              open={c.field === '' || c.dossiers.length <= 3}
            >
              <summary>
                <strong>
                  {c.field || t('total')} — {label(c.cell)}: <span data-before>{c.before}</span> →{' '}
                  <span data-after>{c.after}</span>
                </strong>{' '}
                ({t('totalFound', { n: c.dossiers.length })})
              </summary>
              <table class="plain">
                <thead>
                  <tr>
                    <th scope="col">{t('dossierCode')}</th>
                    <th scope="col">{t('before')}</th>
                    <th scope="col">{t('after')}</th>
                    <th scope="col">{t('event')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.dossiers.map((d) => (
                    <tr key={`${d.office}/${d.code}`} data-dossier={d.code}>
                      <th scope="row">
                        <a {...linkProps(hrefOf('dossier', { office: d.office, code: d.code }), props.go)}>{d.code}</a>
                      </th>
                      <td>{d.before ? t('counted') : t('notCounted')}</td>
                      <td>{d.after ? t('counted') : t('notCounted')}</td>
                      <td>
                        <ul class="events">
                          {d.events.map((e) => (
                            <li key={e.eventId} data-event={e.type} data-position={e.position}>
                              {eventName(e.type, lang)} — {t('occurredAt')} {officeTime(e.occurredAt)},{' '}
                              {t('recordedAt')} {officeTime(e.recordedAt)} ({t('position')} {e.position}, {e.actor})
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
