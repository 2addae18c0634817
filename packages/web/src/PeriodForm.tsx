// The report's controls: office, period (quarter, month, year or custom days), convention and "as known
// at". Submitting writes them into the URL with the API's own parameter names.
import { useContext, useState } from 'preact/hooks';
import { useT } from './i18n.js';
import { OfficesContext } from './me.js';
import { fromMoment, type ReportQuery, toMoment } from './report-query.js';
import { FieldError } from './Status.js';

type Kind = 'quarter' | 'month' | 'year' | 'custom';

const kindOf = (q: ReportQuery): Kind =>
  q.from || q.to ? 'custom' : q.quarter ? 'quarter' : q.month ? 'month' : q.year ? 'year' : 'quarter';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function PeriodForm(props: {
  query: ReportQuery;
  onSubmit: (q: ReportQuery, extra: { against?: string }) => void;
  /** Offer "as known at" (auditors, admins: the API refuses it to other keys). */
  timeTravel: boolean;
  /** Offer a unit roll-up (the report page; the indicators are per office). */
  units?: boolean;
  /** The changes view: "as known at" is required, and "against" (a later moment) is offered. */
  requireKnownAt?: boolean;
  against?: string | undefined;
}) {
  const t = useT();
  const offices = useContext(OfficesContext);
  const q = props.query;
  const [kind, setKind] = useState<Kind>(kindOf(q));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const errs: Record<string, string> = {};
    const next: ReportQuery = { office: get('office') };
    const unit = get('unit');
    if (unit) next.unit = unit;
    else if (!next.office) errs.office = t('officeRequired');
    const convention = get('convention');
    if (convention === 'cutoff') next.convention = 'cutoff';
    if (kind === 'custom') {
      const from = get('from');
      const to = get('to');
      if (!DAY.test(from)) errs.from = t('badDate');
      if (!DAY.test(to)) errs.to = t('badDate');
      if (!errs.from && !errs.to && from > to) errs.to = t('fromAfterTo');
      next.from = from;
      next.to = to;
    } else {
      next.year = Number(get('year'));
      if (kind === 'quarter') next.quarter = Number(get('quarter'));
      if (kind === 'month') next.month = Number(get('month'));
    }
    const knownAt = get('knownAt');
    if (knownAt) {
      const m = toMoment(knownAt);
      if (m) next.knownAt = m;
      else errs.knownAt = t('badDate');
    } else if (props.requireKnownAt) errs.knownAt = t('knownAtRequired');
    const extra: { against?: string } = {};
    const against = get('against');
    if (against) {
      const m = toMoment(against);
      if (m) extra.against = m;
      else errs.against = t('badDate');
    }
    setErrors(errs);
    if (Object.keys(errs).length === 0) props.onSubmit(next, extra);
  };

  const now = new Date();
  const year = q.year ?? now.getFullYear();

  return (
    <form class="card period" onSubmit={submit} key={JSON.stringify(q)}>
      <label>
        {t('office')}
        <input name="office" defaultValue={q.office} list="office-list" autocomplete="off" />
        <datalist id="office-list">
          {offices.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name ?? o.code}
            </option>
          ))}
        </datalist>
        <FieldError errors={errors} name="office" />
      </label>
      {props.units && (
        <label>
          {t('unit')} <span class="hint">({t('unitHint')})</span>
          <input name="unit" defaultValue={q.unit ?? ''} />
        </label>
      )}
      <fieldset>
        <legend>{t('periodKind')}</legend>
        {(['quarter', 'month', 'year', 'custom'] as const).map((k) => (
          <label class="inline" key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(k)}
          </label>
        ))}
      </fieldset>
      {kind === 'custom' ? (
        <div class="row">
          <label>
            {t('from')}
            <input type="date" name="from" defaultValue={q.from ?? ''} />
            <FieldError errors={errors} name="from" />
          </label>
          <label>
            {t('to')}
            <input type="date" name="to" defaultValue={q.to ?? ''} />
            <FieldError errors={errors} name="to" />
          </label>
        </div>
      ) : (
        <div class="row">
          <label>
            {t('year')}
            <input type="number" name="year" min={1001} max={9999} defaultValue={String(year)} />
          </label>
          {kind === 'quarter' && (
            <label>
              {t('quarter')}
              {/* Preact sets no defaultValue on a <select>: the option the URL names carries `selected`. */}
              <select name="quarter">
                {[1, 2, 3, 4].map((n) => (
                  <option key={n} value={n} selected={n === (q.quarter ?? Math.floor(now.getMonth() / 3) + 1)}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kind === 'month' && (
            <label>
              {t('month')}
              <select name="month">
                {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n} selected={n === (q.month ?? now.getMonth() + 1)}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      <label>
        {t('convention')}
        <select name="convention">
          <option value="calendar">{t('calendar')}</option>
          <option value="cutoff" selected={q.convention === 'cutoff'}>
            {t('cutoff')}
          </option>
        </select>
      </label>
      {props.timeTravel && (
        <label>
          {t('knownAt')} <span class="hint">({t('knownAtNow')})</span>
          <input type="datetime-local" name="knownAt" defaultValue={fromMoment(q.knownAt)} />
          <FieldError errors={errors} name="knownAt" />
        </label>
      )}
      {props.requireKnownAt && (
        <label>
          {t('against')}
          <input type="datetime-local" name="against" defaultValue={fromMoment(props.against)} />
          <FieldError errors={errors} name="against" />
        </label>
      )}
      <button type="submit">{t('show')}</button>
    </form>
  );
}
