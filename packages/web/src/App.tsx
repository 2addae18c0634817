// The dashboard shell: language switch, sign-in / sign-out, the pages the key's role allows, and the page
// the URL names (route.ts), driven by the URL so links, back and forward all work.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AuditPage } from './AuditPage.js';
import { apiClient } from './api/client.js';
import { ChangesPage } from './ChangesPage.js';
import { DossierPage } from './DossierPage.js';
import { ImportPage } from './ImportPage.js';
import { IndicatorsPage } from './IndicatorsPage.js';
import { type Lang, LangContext, storedLang, storeLang, t } from './i18n.js';
import { defaultOffice, type Me, type Office, OfficesContext } from './me.js';
import { Nav } from './Nav.js';
import { ReceivePage } from './ReceivePage.js';
import { ReportPage } from './ReportPage.js';
import { readQuery, writeQuery } from './report-query.js';
import { type Go, viewOf } from './route.js';
import { SignIn } from './SignIn.js';
import { session } from './session.js';
import { WorkListPage } from './WorkListPage.js';

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang());
  const [key, setKey] = useState<string | null>(session.key());
  const [search, setSearch] = useState(window.location.search);
  const [me, setMe] = useState<Me | null>(null);
  // Whether GET /v1/me has answered for this key. Pages wait for it: the key's one office is written into the
  // URL when it answers, which remounts the period form, and a clerk who had started typing lost what they typed.
  const [meKnown, setMeKnown] = useState(false);
  const [offices, setOffices] = useState<readonly Office[]>([]);
  const api = useMemo(() => (key ? apiClient(key, lang) : null), [key, lang]);

  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'title');
  }, [lang]);
  // A key with one office opens on it: the URL gets the office (replacing, not adding, a history entry).
  const openDefaultOffice = (answer: Me | null) => {
    const office = defaultOffice(answer);
    const p = new URLSearchParams(window.location.search);
    if (!office || p.get('office') || viewOf(window.location.search) === 'audit') return;
    p.set('office', office);
    window.history.replaceState(null, '', `/?${p}`);
    setSearch(window.location.search);
  };
  useEffect(() => {
    setMe(null);
    setMeKnown(false);
    setOffices([]);
    if (!key) return;
    let live = true;
    const client = apiClient(key, 'vi');
    client
      .GET('/v1/me')
      .then(({ data }) => data ?? null)
      .catch(() => null)
      .then((answer) => {
        if (!live) return;
        // In the same turn as the page appears, so no form is drawn before its office is in the URL.
        openDefaultOffice(answer);
        setMe(answer);
        setMeKnown(true);
      });
    client
      .GET('/v1/offices')
      .then(({ data }) => live && data && setOffices(data.offices))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [key]);

  const go: Go = (href) => {
    if (href !== window.location.pathname + window.location.search) window.history.pushState(null, '', href);
    setSearch(window.location.search);
  };
  const switchLang = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    storeLang(next);
    setLang(next);
  };

  const view = viewOf(search);
  const page = () => {
    if (!api) return null;
    if (!meKnown) return <p aria-live="polite">{t(lang, 'loading')}</p>;
    const common = { api, lang, me, search, go };
    switch (view) {
      case 'indicators':
        return <IndicatorsPage {...common} />;
      case 'dossier':
        return <DossierPage {...common} />;
      case 'receive':
        return <ReceivePage {...common} />;
      case 'audit':
        return <AuditPage {...common} />;
      case 'worklist':
        return <WorkListPage {...common} />;
      case 'changes':
        return <ChangesPage {...common} />;
      case 'import':
        return <ImportPage {...common} />;
      case 'report':
        return (
          <ReportPage
            api={api}
            lang={lang}
            me={me}
            go={go}
            query={readQuery(search)}
            onNavigate={(q) => go(`/${writeQuery(q)}`)}
          />
        );
      default:
        // viewOf answers a View: a view added to route.ts does not compile until it has its page here.
        return view satisfies never;
    }
  };

  return (
    <LangContext.Provider value={lang}>
      <OfficesContext.Provider value={offices}>
        <header>
          <h1>{t(lang, 'title')}</h1>
          <nav aria-label={lang === 'vi' ? 'Tài khoản' : 'Account'}>
            {me && (
              <span class="who" data-role={me.role}>
                {t(lang, 'signedInAs', { name: me.name, role: t(lang, `role_${me.role}`) })}
              </span>
            )}
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
        {api && <Nav me={me} view={view} search={search} go={go} />}
        <main>
          {api ? (
            page()
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
      </OfficesContext.Provider>
    </LangContext.Provider>
  );
}
