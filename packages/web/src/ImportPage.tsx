// Import a tracking book (CSV or XLSX) for an office: a dry run first (the API checks every line and writes
// nothing; each bad line is listed with its line and column, in Vietnamese by default), then the import
// itself, all or nothing. The file is sent as the request body, through the generated client.
import { useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import type { paths } from './api/schema.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import type { Go } from './route.js';
import { FieldError } from './Status.js';

type ImportResult = paths['/v1/offices/{office}/imports']['post']['responses'][200]['content']['application/json'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const typeOf = (file: File): string | null =>
  /\.csv$/i.test(file.name) ? 'text/csv' : /\.xlsx$/i.test(file.name) ? XLSX : null;

const counts = (r: ImportResult) => ({
  rows: r.rows,
  dossiers: r.dossiers,
  events: r.events,
  written: r.written,
  skipped: r.skipped,
});

const sizeText = (bytes: number, lang: Lang) =>
  `${(bytes / 1024).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} KiB`;

export function ImportPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang } = props;
  const office = new URLSearchParams(props.search).get('office') ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [refusal, setRefusal] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);

  const send = async (dryRun: boolean) => {
    setRefusal('');
    if (!file) return setErrors({ book: t('chooseFile') });
    const type = typeOf(file);
    if (!type) return setErrors({ book: t('notABook') });
    setErrors({});
    setBusy(file.size);
    try {
      const { data, error, response } = await api.POST('/v1/offices/{office}/imports', {
        params: { path: { office }, query: { dryRun: dryRun ? 'true' : 'false' } },
        body: file as never,
        bodySerializer: (b: unknown) => b as Blob,
        headers: { 'content-type': type },
      });
      const answer = (data ?? (error as Partial<ImportResult> | undefined)) as ImportResult | undefined;
      if (answer && Array.isArray(answer.issues)) setResult(answer);
      else {
        setResult(null);
        setRefusal(problemText(error, response.status));
      }
    } catch (e) {
      setRefusal(String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">
        {t('importTitle')} — {office}
      </h2>
      <form
        class="card import"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <label>
          {t('bookFile')}
          <input
            type="file"
            name="book"
            accept=".csv,.xlsx,text/csv"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setResult(null);
              setRefusal('');
            }}
          />
          <FieldError errors={errors} name="book" />
        </label>
        <button type="submit" disabled={busy !== null}>
          {t('dryRun')}
        </button>
        {busy !== null && (
          <p aria-live="polite">
            <progress aria-label={t('importing', { size: sizeText(busy, lang) })} />{' '}
            {t('importing', { size: sizeText(busy, lang) })}
          </p>
        )}
        {refusal && (
          <p class="error refusal" role="alert" data-refusal>
            {refusal}
          </p>
        )}
      </form>
      {result && (
        <div class="card import-result" data-dry-run={String(result.dryRun)} data-ok={String(result.ok)}>
          {result.ok && result.dryRun && (
            <>
              <p>{t('dryRunOk', counts(result))}</p>
              <button type="button" disabled={busy !== null} onClick={() => void send(false)}>
                {t('confirmImport')}
              </button>
            </>
          )}
          {result.ok && !result.dryRun && <output class="ok">{t('imported', counts(result))}</output>}
          {!result.ok && (
            <>
              <p class="error" role="alert">
                {t('dryRunBad', { n: result.issues.length })}
              </p>
              <table class="plain issues">
                <thead>
                  <tr>
                    <th scope="col">{t('line')}</th>
                    <th scope="col">{t('column')}</th>
                    <th scope="col">{t('message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.issues.map((i) => (
                    <tr key={`${i.line}|${i.column}|${i.code}`} data-line={i.line} data-column={i.column}>
                      <th scope="row">{i.line}</th>
                      <td>
                        {i.column}
                        {i.header ? ` (${i.header})` : ''}
                      </td>
                      <td>{i.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
