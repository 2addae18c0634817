// Receive a dossier at the counter: procedure, channel, time of receipt; the due date the server's working
// calendar gives is shown before saving (GET …/due-date, the decider's own computation). The API's refusal
// is shown next to the form, in Vietnamese by default; on success the new dossier's page is a link away.
import { useEffect, useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import type { paths } from './api/schema.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import { fromMoment, toMoment } from './report-query.js';
import { type Go, hrefOf, linkProps } from './route.js';
import { FieldError } from './Status.js';
import { nowMoment, officeTime } from './time.js';

type Procedure = paths['/v1/procedures']['get']['responses'][200]['content']['application/json']['procedures'][number];

export function ReceivePage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang } = props;
  const office = new URLSearchParams(props.search).get('office') ?? '';
  const [procedures, setProcedures] = useState<Procedure[]>([]);
  const [procedureCode, setProcedureCode] = useState('');
  const [receivedAt, setReceivedAt] = useState(fromMoment(nowMoment()));
  const [due, setDue] = useState<{ text: string; error: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.GET('/v1/procedures').then(({ data }) => {
      if (!data) return;
      setProcedures(data.procedures);
      setProcedureCode((c) => c || (data.procedures[0]?.code ?? ''));
    });
  }, [api]);

  // The due date, asked again whenever the procedure or the time of receipt changes.
  useEffect(() => {
    const at = toMoment(receivedAt);
    if (!office || !procedureCode || !at) return setDue(null);
    let live = true;
    setDue({ text: t('dueComputing'), error: false });
    api
      .GET('/v1/offices/{office}/due-date', { params: { path: { office }, query: { procedureCode, receivedAt: at } } })
      .then(({ data, error, response }) => {
        if (!live) return;
        if (error || !data) setDue({ text: problemText(error, response.status), error: true });
        else
          setDue({
            text: `${t('dueComputed', { due: officeTime(data.dueAt) })}${data.dueProvisional ? ` (${t('provisional')})` : ''}`,
            error: false,
          });
      });
    return () => {
      live = false;
    };
  }, [api, office, procedureCode, receivedAt, lang]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const errs: Record<string, string> = {};
    const at = toMoment(get('receivedAt'));
    if (!at) errs.receivedAt = get('receivedAt') ? t('badDate') : t('required');
    if (!get('procedureCode')) errs.procedureCode = t('required');
    setErrors(errs);
    setRefusal('');
    setSaved(null);
    if (Object.keys(errs).length > 0 || !at) return;
    const code = get('dossierCode');
    const applicantRef = get('applicantRef');
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/v1/offices/{office}/dossiers', {
        params: { path: { office } },
        body: {
          procedureCode: get('procedureCode'),
          channel: get('channel') as 'online',
          receivedAt: at,
          ...(code ? { dossierCode: code } : {}),
          ...(applicantRef ? { applicantRef } : {}),
        },
      });
      if (error || !data) setRefusal(problemText(error, response.status));
      else setSaved(data.dossierCode);
    } catch (err) {
      setRefusal(String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="receive-title">
      <h2 id="receive-title">
        {t('receiveTitle')} — {office}
      </h2>
      {!props.me?.may.write && <p class="error">{t('readOnly')}</p>}
      <form class="card receive" onSubmit={submit} noValidate>
        <label>
          {t('procedure')}
          <select name="procedureCode" value={procedureCode} onChange={(e) => setProcedureCode(e.currentTarget.value)}>
            {procedures.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} — {p.name} ({p.field})
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="procedureCode" />
        </label>
        <fieldset>
          <legend>{t('channel')}</legend>
          {(['direct', 'online', 'postal'] as const).map((c, i) => (
            <label class="inline" key={c}>
              <input type="radio" name="channel" value={c} defaultChecked={i === 0} />
              {t(c)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('receivedAt')}
          <input
            type="datetime-local"
            name="receivedAt"
            value={receivedAt}
            onInput={(e) => setReceivedAt(e.currentTarget.value)}
            required
          />
          <FieldError errors={errors} name="receivedAt" />
        </label>
        {due && (
          <output class={due.error ? 'error due' : 'due'} data-due aria-live="polite">
            {due.text}
          </output>
        )}
        <label>
          {t('dossierCode')} <span class="hint">({t('dossierCodeHint')})</span>
          <input name="dossierCode" maxLength={128} />
        </label>
        <label>
          {t('applicantRef')}
          <input name="applicantRef" maxLength={128} />
        </label>
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        {refusal && (
          <p class="error refusal" role="alert" data-refusal>
            {refusal}
          </p>
        )}
        {saved && (
          <output class="ok" data-saved={saved}>
            {t('saved', { code: saved })}{' '}
            <a {...linkProps(hrefOf('dossier', { office, code: saved }), props.go)}>
              {t('openDossier', { code: saved })}
            </a>
          </output>
        )}
      </form>
    </section>
  );
}
