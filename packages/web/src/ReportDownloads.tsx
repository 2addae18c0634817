// Downloads of the report on screen, as the API renders it (xlsx as filed, csv): fetched through the typed
// client, so the key travels in the Authorization header and never in a link, then saved from a blob URL.
import { useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import { type Lang, useT } from './i18n.js';
import { periodParams, type ReportQuery } from './report-query.js';

type Format = 'xlsx' | 'csv';

export function ReportDownloads(props: { api: ApiClient; lang: Lang; query: ReportQuery }) {
  const t = useT();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { api, query } = props;

  const download = async (format: Format) => {
    setBusy(format);
    setError(null);
    const q = { ...periodParams(query), format, lang: props.lang };
    const r = query.unit
      ? await api.GET('/v1/units/{unit}/reports/form06', {
          params: { path: { unit: query.unit }, query: q },
          parseAs: 'blob',
        })
      : await api.GET('/v1/offices/{office}/reports/form06', {
          params: { path: { office: query.office ?? '' }, query: q },
          parseAs: 'blob',
        });
    setBusy(null);
    if (!r.response.ok || !(r.data instanceof Blob)) {
      setError(problemText(r.error, r.response.status));
      return;
    }
    // The server names the file (form06-<office>-<from>_<to>.<format>).
    const name =
      /filename="([^"]+)"/.exec(r.response.headers.get('content-disposition') ?? '')?.[1] ?? `form06.${format}`;
    const url = URL.createObjectURL(r.data);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <p class="downloads">
      <button type="button" data-download="xlsx" disabled={busy !== null} onClick={() => download('xlsx')}>
        {busy === 'xlsx' ? t('downloading') : t('downloadXlsx')}
      </button>{' '}
      <button type="button" data-download="csv" disabled={busy !== null} onClick={() => download('csv')}>
        {busy === 'csv' ? t('downloading') : t('downloadCsv')}
      </button>
      {error && (
        <span role="alert" class="error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
