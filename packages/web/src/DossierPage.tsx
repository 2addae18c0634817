// One dossier (from a drill-down list or the work list): its state, optionally as of a business time or as
// known at a recorded time (auditors), the due date and the working time left, its timeline, and the
// actions the key may take on it.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api/client.js';
import type { components } from './api/schema.js';
import { ClerkActions } from './ClerkActions.js';
import { eventName } from './event-names.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import { fromMoment, toMoment } from './report-query.js';
import { type Go, hrefOf } from './route.js';
import { Status } from './Status.js';
import { Timeline } from './Timeline.js';
import { nowMoment, officeTime } from './time.js';
import { useApi } from './use-api.js';

type DossierView = components['schemas']['DossierView'];

export interface DossierQuery {
  office: string;
  code: string;
  asOf?: string;
  knownAt?: string;
}

const readDossierQuery = (search: string): DossierQuery => {
  const p = new URLSearchParams(search);
  const q: DossierQuery = { office: p.get('office') ?? '', code: p.get('code') ?? '' };
  const asOf = p.get('asOf');
  const knownAt = p.get('knownAt');
  if (asOf) q.asOf = asOf;
  if (knownAt) q.knownAt = knownAt;
  return q;
};

export function DossierPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang, me } = props;
  const q = readDossierQuery(props.search);
  const [reload, setReload] = useState(0);
  const wanted = JSON.stringify(q);
  const state = useApi(
    () =>
      api.GET('/v1/offices/{office}/dossiers/{code}', {
        params: {
          path: { office: q.office, code: q.code },
          query: { ...(q.asOf ? { asOf: q.asOf } : {}), ...(q.knownAt ? { knownAt: q.knownAt } : {}) },
        },
      }),
    [api, wanted, reload],
  );

  const travel = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const asOf = toMoment(String(f.get('asOf') ?? ''));
    const knownAt = toMoment(String(f.get('knownAt') ?? ''));
    props.go(hrefOf('dossier', { office: q.office, code: q.code, asOf, knownAt }));
  };

  return (
    <section aria-labelledby="dossier-title" class="dossier-page" data-dossier-page={q.code}>
      <h2 id="dossier-title">{t('dossierTitle', { code: q.code })}</h2>
      <p>
        <button type="button" class="link" onClick={() => window.history.back()}>
          ← {t('back')}
        </button>
      </p>
      {me?.may.timeTravel && (
        <form class="card travel" onSubmit={travel} key={wanted}>
          <div class="row">
            <label>
              {t('asOf')} <span class="hint">({t('asOfNow')})</span>
              <input type="datetime-local" name="asOf" defaultValue={fromMoment(q.asOf)} />
            </label>
            <label>
              {t('knownAt')} <span class="hint">({t('knownAtNow')})</span>
              <input type="datetime-local" name="knownAt" defaultValue={fromMoment(q.knownAt)} />
            </label>
          </div>
          <button type="submit">{t('showDossier')}</button>
        </form>
      )}
      {q.knownAt && (
        <output class="known-at" data-known-at={q.knownAt}>
          {t('dossierKnownAtNotice', { t: officeTime(q.knownAt) })}
        </output>
      )}
      {q.asOf && (
        <output class="known-at" data-as-of={q.asOf}>
          {t('dossierAsOfNotice', { t: officeTime(q.asOf) })}
        </output>
      )}
      <Status state={state} />
      {state.kind === 'ok' && (
        <>
          <DossierState api={api} lang={lang} dossier={state.data} at={q.asOf} />
          {me?.may.write && !q.asOf && !q.knownAt && state.data.status !== 'finished' && (
            <ClerkActions
              api={api}
              dossier={state.data}
              etag={state.response.headers.get('etag')}
              onDone={() => setReload((n) => n + 1)}
            />
          )}
          <div class="card">
            <Timeline entries={state.data.timeline} lang={lang} receivedAt={state.data.receivedAt} />
          </div>
        </>
      )}
    </section>
  );
}

function DossierState(props: { api: ApiClient; lang: Lang; dossier: DossierView; at: string | undefined }) {
  const t = useT();
  const { dossier: d, lang } = props;
  const due = d.rescheduledDueAt ?? d.dueAt;
  const open = d.status !== 'finished';
  const [left, setLeft] = useState<{ over: boolean; ms: number; perDay: number } | null>(null);
  useEffect(() => {
    setLeft(null);
    if (!open) return;
    let live = true;
    const now = props.at ?? nowMoment();
    const over = Date.parse(now) > Date.parse(due);
    props.api
      .GET('/v1/calendar/working-time', { params: { query: over ? { from: due, to: now } : { from: now, to: due } } })
      .then(({ data }) => live && data && setLeft({ over, ms: data.workingMs, perDay: data.workingMsPerDay }));
    return () => {
      live = false;
    };
  }, [props.api, due, open, props.at]);

  const hm = (ms: number, perDay: number) =>
    t('hoursMinutes', {
      h: Math.floor(ms / 3600_000),
      m: Math.floor((ms % 3600_000) / 60_000),
      d: (Math.round((ms / perDay) * 10) / 10).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'),
    });
  const when = (m: string) => <time dateTime={m}>{officeTime(m)}</time>;
  return (
    <div class="card state" data-status={d.status}>
      <h3>{t('dossierState')}</h3>
      <dl class="facts">
        <dt>{t('status')}</dt>
        <dd data-fact="status">{t(`status_${d.status as 'processing'}`)}</dd>
        <dt>{t('field')}</dt>
        <dd>{d.field}</dd>
        <dt>{t('procedure')}</dt>
        <dd>{d.procedureCode ?? '—'}</dd>
        <dt>{t('channel')}</dt>
        <dd>{t(d.channel as 'online')}</dd>
        <dt>{t('receivedAt')}</dt>
        <dd>{when(d.receivedAt)}</dd>
        <dt>{t('dueAt')}</dt>
        <dd data-fact="dueAt">
          {when(d.dueAt)}
          {d.dueProvisional && <span class="tag"> {t('provisional')}</span>}
        </dd>
        {d.rescheduledDueAt && (
          <>
            <dt>{t('rescheduledDueAt')}</dt>
            <dd>{when(d.rescheduledDueAt)}</dd>
          </>
        )}
        {open && left && (
          <>
            <dt>{left.over ? t('workingOver') : t('workingLeft')}</dt>
            <dd data-fact="working-left" class={left.over ? 'error' : undefined}>
              {hm(left.ms, left.perDay)}
            </dd>
          </>
        )}
        {d.finished && (
          <>
            <dt>{t('finishedAs')}</dt>
            <dd data-fact="finished">
              {when(d.finished.at)} — {t(`outcome_${d.finished.outcome as 'late'}`)} (
              {eventName(d.finished.type, lang, d.receivedAt)})
            </dd>
          </>
        )}
        <dt>{t('digitised')}</dt>
        <dd>
          {t('papers')}: {t(d.digitised.papers ? 'yes' : 'no')}; {t('result')}: {t(d.digitised.result ? 'yes' : 'no')}
        </dd>
      </dl>
    </div>
  );
}
