// The sign-in form: the key is checked against the API (a keyed route), then kept in sessionStorage.
import { useState } from 'preact/hooks';
import { apiClient } from './api/client.js';
import { type Lang, useT } from './i18n.js';

export function SignIn(props: { lang: Lang; onSignedIn: (key: string) => void }) {
  const t = useT();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const key = String(new FormData(e.currentTarget as HTMLFormElement).get('key') ?? '').trim();
    if (!key) return setError(t('keyRequired'));
    setBusy(true);
    setError('');
    try {
      const { response } = await apiClient(key, props.lang).GET('/v1/procedures');
      if (response.status === 401) return setError(t('keyRefused'));
      props.onSignedIn(key);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card sign-in" onSubmit={submit} method="post" action="#" autocomplete="off">
      <h2>{t('signInTitle')}</h2>
      <label>
        {t('keyLabel')}
        <input name="key" type="password" autocomplete="off" required aria-describedby="key-hint key-error" />
      </label>
      <p id="key-hint" class="hint">
        {t('keyHint')}
      </p>
      <p id="key-error" class="error" role="alert">
        {error}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('checking') : t('signIn')}
      </button>
    </form>
  );
}
