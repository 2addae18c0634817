// Import a tracking book (CSV or XLSX) for an office: a dry run first (the API checks every line and writes
// nothing; each bad line is listed with its line and column, in Vietnamese by default), then the import
// itself, all or nothing. The file is sent as the request body with XMLHttpRequest, whose upload events let
// the page say how much of a large file has gone ("x% of y MB sent", then "importing…" while the server works).
import { useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import type { paths } from './api/schema.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import type { Go } from './route.js';
import { FieldError } from './Status.js';
import { percentSent, type UploadProgress, uploadWithProgress } from './upload-progress.js';

const IMPORT_PATH = '/v1/offices/{office}/imports' satisfies keyof paths;
type ImportResult = paths[typeof IMPORT_PATH]['post']['responses'][200]['content']['application/json'];
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

/** "1,25 MB" for a large book; a small one in KB, where MB would read 0,00. */
const sizeText = (bytes: number, lang: Lang) => {
  const [n, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })} ${unit}`;
};

export function ImportPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { lang } = props;
  const office = new URLSearchParams(props.search).get('office') ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ dryRun: boolean; at: UploadProgress } | null>(null);
  const [refusal, setRefusal] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);

  const send = async (dryRun: boolean) => {
    setRefusal('');
    if (!file) return setErrors({ book: t('chooseFile') });
    const type = typeOf(file);
    if (!type) return setErrors({ book: t('notABook') });
    setErrors({});
    setBusy(true);
    try {
      const url = `${IMPORT_PATH.replace('{office}', encodeURIComponent(office))}?dryRun=${dryRun}`;
      const { status, body } = await uploadWithProgress({
        url,
        body: file,
        contentType: type,
        lang,
        onProgress: (at) => setProgress({ dryRun, at }),
      });
      const answer = body as Partial<ImportResult> | null;
      if (answer && Array.isArray(answer.issues)) setResult(answer as ImportResult);
      else {
        setResult(null);
        setRefusal(problemText(body, status));
      }
    } catch (e) {
      setRefusal(String(e));
    } finally {
      setBusy(false);
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
        <button type="submit" disabled={busy}>
          {t('dryRun')}
        </button>
        {progress && <SentSoFar progress={progress.at} dryRun={progress.dryRun} lang={lang} />}
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
              <button type="button" disabled={busy} onClick={() => void send(false)}>
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

/** How much of the book has been sent; once it all has, that the server is checking or importing it. */
function SentSoFar(props: { progress: UploadProgress; dryRun: boolean; lang: Lang }) {
  const t = useT();
  const { progress, lang } = props;
  const pct = percentSent(progress);
  const sent = t('uploadSent', { pct, size: sizeText(progress.total, lang) });
  return (
    <p class="upload-progress" aria-live="polite" data-phase={progress.phase}>
      <progress data-upload-progress value={pct} max={100} aria-label={sent} /> {sent}
      {progress.phase === 'working' && ` — ${t(props.dryRun ? 'uploadChecking' : 'uploadImporting')}`}
    </p>
  );
}
