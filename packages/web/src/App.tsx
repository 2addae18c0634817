// The dashboard shell: language switch, sign-in / sign-out, and the report page driven by the URL.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient } from './api/client.js';
import { type Lang, LangContext, storedLang, storeLang, t } from './i18n.js';
import { ReportPage } from './ReportPage.js';
import { type ReportQuery, readQuery, writeQuery } from './report-query.js';
import { SignIn } from './SignIn.js';
import { session } from './session.js';

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang());
  const [key, setKey] = useState<string | null>(session.key());
  const [query, setQuery] = useState<ReportQuery>(readQuery(window.location.search));
  const api = useMemo(() => (key ? apiClient(key, lang) : null), [key, lang]);

  useEffect(() => {
    const onPop = () => setQuery(readQuery(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'title');
  }, [lang]);

  const navigate = (q: ReportQuery) => {
    const search = writeQuery(q);
    if (search !== window.location.search) window.history.pushState(null, '', `/${search}`);
    setQuery(readQuery(search));
  };
  const switchLang = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    storeLang(next);
    setLang(next);
  };

  return (
    <LangContext.Provider value={lang}>
      <header>
        <h1>{t(lang, 'title')}</h1>
        <nav>
          <button type="button" class="link" onClick={switchLang} lang={lang === 'vi' ? 'en' : 'vi'}>
            {t(lang, 'lang')}
          </button>
          {key && (
            <button
              type="button"
              onClick={() => {
                session.signOut();
                setKey(null);
              }}
            >
              {t(lang, 'signOut')}
            </button>
          )}
        </nav>
      </header>
      <main>
        {api ? (
          <ReportPage api={api} lang={lang} query={query} onNavigate={navigate} />
        ) : (
          <SignIn
            lang={lang}
            onSignedIn={(k) => {
              session.signIn(k);
              setKey(k);
            }}
          />
        )}
      </main>
    </LangContext.Provider>
  );
}
