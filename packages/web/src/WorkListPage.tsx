// The clerks' work list: an office's dossiers (open ones by default) filtered by status, field, channel,
// due date and code prefix, sorted by due date, a page at a time (the API's cursor, kept in the URL so
// back returns to the page before). Updated live when a dossier of the office is written by anyone.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api/client.js';
import { type Lang, useT, type Word } from './i18n.js';
import { useLive } from './live.js';
import type { Me } from './me.js';
import { type Go, hrefOf, linkProps } from './route.js';
import { FieldError, LiveBadge, Status } from './Status.js';
import { officeTime } from './time.js';
import { useApi } from './use-api.js';
import { CHANNELS, isChannel, isStatus, STATUSES, type WorkQuery } from './work-filters.js';

const TEXTS = ['field', 'dueBefore', 'q', 'cursor', 'knownAt'] as const;

export function readWorkQuery(search: string): { office: string; query: WorkQuery } {
  const p = new URLSearchParams(search);
  const query: WorkQuery = {};
  for (const k of TEXTS) {
    const v = p.get(k);
    if (v) query[k] = v;
  }
  const status = p.get('status');
  if (isStatus(status)) query.status = status;
  const channel = p.get('channel');
  if (isChannel(channel)) query.channel = channel;
  const limit = Number(p.get('limit'));
  if (Number.isInteger(limit) && limit > 0) query.limit = limit;
  const hours = Number(p.get('dueWithinHours'));
  if (hours > 0) query.dueWithinHours = hours;
  return { office: p.get('office') ?? '', query };
}

export function WorkListPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api } = props;
  const { office, query } = readWorkQuery(props.search);
  const live = useLive(api, office || null);
  const [fields, setFields] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    api.GET('/v1/procedures').then(({ data }) => data && setFields(data.fields));
  }, [api]);
  const state = useApi(
    office ? () => api.GET('/v1/offices/{office}/dossiers', { params: { path: { office }, query } }) : null,
    [api, office, JSON.stringify(query)],
    live.tick,
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const errs: Record<string, string> = {};
    const dueBefore = get('dueBefore');
    if (dueBefore && !/^\d{4}-\d{2}-\d{2}$/.test(dueBefore)) errs.dueBefore = t('badDate');
    for (const k of ['limit', 'dueWithinHours']) {
      const v = get(k);
      if (v && !(Number(v) > 0)) errs[k] = t('notPositive');
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const status = get('status');
    props.go(
      hrefOf('worklist', {
        office,
        status: status === 'open' ? undefined : status,
        field: get('field'),
        channel: get('channel'),
        dueBefore,
        q: get('q'),
        dueWithinHours: get('dueWithinHours'),
        limit: get('limit'),
        knownAt: query.knownAt,
      }),
    );
  };

  const page = (cursor: string | null) =>
    hrefOf('worklist', { office, ...query, cursor: cursor ?? undefined } as Record<string, string | number>);
  return (
    <section aria-labelledby="worklist-title">
      <h2 id="worklist-title">
        {t('workListTitle')} — {office}
      </h2>
      <LiveBadge connected={live.connected} />
      <form class="card worklist-filter" onSubmit={submit} key={JSON.stringify(query)} noValidate>
        <div class="row">
          <label>
            {t('status')}
            {/* Preact sets no defaultValue on a <select>: the option the URL names carries `selected`. */}
            <select name="status">
              {STATUSES.map((s) => (
                <option key={s} value={s} selected={s === (query.status ?? 'open')}>
                  {t(`ws_${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dueWithinHours')}
            <input name="dueWithinHours" type="number" min={1} defaultValue={String(query.dueWithinHours ?? '')} />
            <FieldError errors={errors} name="dueWithinHours" />
          </label>
          <label>
            {t('field')}
            <select name="field">
              <option value="">{t('anyField')}</option>
              {fields.map((f) => (
                <option key={f} value={f} selected={f === query.field}>
                  {f}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('channel')}
            <select name="channel">
              <option value="">{t('anyChannel')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c} selected={c === query.channel}>
                  {t(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="row">
          <label>
            {t('dueBefore')}
            <input name="dueBefore" type="date" defaultValue={query.dueBefore?.slice(0, 10) ?? ''} />
            <FieldError errors={errors} name="dueBefore" />
          </label>
          <label>
            {t('codePrefix')}
            <input name="q" defaultValue={query.q ?? ''} maxLength={128} />
          </label>
          <label>
            {t('limit')}
            <input name="limit" type="number" min={1} max={500} defaultValue={String(query.limit ?? 50)} />
            <FieldError errors={errors} name="limit" />
          </label>
        </div>
        <button type="submit">{t('filter')}</button>
      </form>
      <Status state={state} />
      {state.kind === 'ok' && (
        <div class="card worklist" data-total={state.data.total}>
          {state.data.knownAt && (
            <output class="known-at" data-known-at={state.data.knownAt}>
              {t('asOfNotice', { t: officeTime(state.data.knownAt) })}
            </output>
          )}
          <p>{t('totalFound', { n: state.data.total })}</p>
          <table class="plain worklist-table">
            <thead>
              <tr>
                <th scope="col">{t('dossierCode')}</th>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('channel')}</th>
                <th scope="col">{t('receivedAt')}</th>
                <th scope="col">{t('dueAt')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('hoursLeft')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.items.map((d) => (
                <tr key={d.code} data-dossier={d.code} data-status={d.status}>
                  <th scope="row">
                    <a {...linkProps(hrefOf('dossier', { office, code: d.code, knownAt: query.knownAt }), props.go)}>
                      {d.code}
                    </a>
                  </th>
                  <td>{d.field}</td>
                  <td>{t(d.channel as 'online')}</td>
                  <td>{officeTime(d.receivedAt)}</td>
                  <td>
                    <time dateTime={d.dueAt}>{officeTime(d.dueAt)}</time>
                  </td>
                  <td>{t(`ws_${d.status}` as Word)}</td>
                  <td class={d.workingHoursLeft !== null && d.workingHoursLeft < 0 ? 'num error' : 'num'}>
                    {d.workingHoursLeft ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="pager">
            {query.cursor && <a {...linkProps(page(null), props.go)}>{t('firstPage')}</a>}{' '}
            {state.data.nextCursor && (
              <a {...linkProps(page(state.data.nextCursor), props.go)} rel="next">
                {t('nextPage')} →
              </a>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
