// What a clerk does to an open dossier, through the API's own command routes: request or record a
// supplement, apologise and reschedule, resolve, return the result, withdraw, return unprocessed. The
// request names the revision the page showed (If-Match), so nothing is written over a change it did not
// see; a refusal is the API's own problem text (Vietnamese by default), shown next to the form.
import { useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import type { components } from './api/schema.js';
import { useT, type Word } from './i18n.js';
import { toMoment } from './report-query.js';
import { FieldError } from './Status.js';

type DossierView = components['schemas']['DossierView'];
type Input = 'reason' | 'reasonOptional' | 'newDueAt' | 'decision' | 'note';

interface Action {
  readonly path: string;
  readonly word: Word;
  readonly inputs: readonly Input[];
  readonly when: (d: DossierView) => boolean;
}

const processing = (d: DossierView) => d.status === 'processing';
const ACTIONS: readonly Action[] = [
  { path: 'supplement-requests', word: 'act_supplement', inputs: ['reason'], when: processing },
  { path: 'supplement-provided', word: 'act_supplementProvided', inputs: [], when: (d) => d.awaitingSupplement },
  {
    path: 'reschedule',
    word: 'act_reschedule',
    inputs: ['reason', 'newDueAt'],
    when: (d) => d.status !== 'finished' && !d.rescheduledDueAt,
  },
  { path: 'resolve', word: 'act_resolve', inputs: ['decision', 'note'], when: processing },
  { path: 'return', word: 'act_return', inputs: [], when: (d) => d.status === 'approved' },
  { path: 'withdraw', word: 'act_withdraw', inputs: ['reasonOptional'], when: (d) => d.status !== 'finished' },
  {
    path: 'return-unprocessed',
    word: 'act_returnUnprocessed',
    inputs: ['reason'],
    when: (d) => d.status !== 'finished',
  },
];

type Path = '/v1/offices/{office}/dossiers/{code}/return';

export function ClerkActions(props: { api: ApiClient; dossier: DossierView; etag: string | null; onDone: () => void }) {
  const t = useT();
  const d = props.dossier;
  const offered = ACTIONS.filter((a) => a.when(d));
  const [chosen, setChosen] = useState<string>(offered[0]?.path ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState('');
  const [busy, setBusy] = useState(false);
  const action = offered.find((a) => a.path === chosen) ?? offered[0];
  if (!action) return null;

  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    const errs: Record<string, string> = {};
    const body: Record<string, string> = {};
    for (const input of action.inputs) {
      const v = get(input);
      if (input === 'newDueAt') {
        const m = toMoment(v);
        if (!m) errs.newDueAt = v ? t('badDate') : t('required');
        else body.newDueAt = m;
      } else if (input === 'reasonOptional') {
        if (v) body.reason = v;
      } else if (v) body[input] = v;
      else if (input === 'reason' || input === 'decision') errs[input] = t('required');
    }
    const at = get('at');
    if (at) {
      const m = toMoment(at);
      if (m) body.at = m;
      else errs.at = t('badDate');
    }
    setErrors(errs);
    setRefusal('');
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      const { error, response } = await props.api.POST(`/v1/offices/{office}/dossiers/{code}/${action.path}` as Path, {
        params: {
          path: { office: d.office, code: d.code },
          header: props.etag ? ({ 'if-match': props.etag } as never) : undefined,
        },
        body: body as never,
      });
      if (error || !response.ok) setRefusal(problemText(error, response.status));
      else props.onDone();
    } catch (err) {
      setRefusal(String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card actions" aria-labelledby="actions-title">
      <h3 id="actions-title">{t('actionsTitle')}</h3>
      <fieldset>
        <legend>{t('actionsTitle')}</legend>
        {offered.map((a) => (
          <label class="inline" key={a.path}>
            <input
              type="radio"
              name="action"
              value={a.path}
              checked={a.path === action.path}
              onChange={() => {
                setChosen(a.path);
                setErrors({});
                setRefusal('');
              }}
            />
            {t(a.word)}
          </label>
        ))}
      </fieldset>
      <form class="action" data-action={action.path} onSubmit={submit} key={action.path} noValidate>
        {action.inputs.map((input) =>
          input === 'decision' ? (
            <label key={input}>
              {t('decision')}
              <select name="decision">
                <option value="approved">{t('approved')}</option>
                <option value="refused">{t('refused')}</option>
              </select>
            </label>
          ) : input === 'newDueAt' ? (
            <label key={input}>
              {t('newDueAt')}
              <input type="datetime-local" name="newDueAt" required />
              <FieldError errors={errors} name="newDueAt" prefix="act-" />
            </label>
          ) : (
            <label key={input}>
              {t(input === 'note' ? 'note' : 'reason')}
              <input name={input} required={input === 'reason'} maxLength={2000} />
              <FieldError errors={errors} name={input} prefix="act-" />
            </label>
          ),
        )}
        <label>
          {t('at')}
          <input type="datetime-local" name="at" />
          <FieldError errors={errors} name="at" prefix="act-" />
        </label>
        <button type="submit" disabled={busy}>
          {t(action.word)}
        </button>
        {refusal && (
          <p class="error refusal" role="alert" data-refusal>
            {refusal}
          </p>
        )}
      </form>
    </section>
  );
}
