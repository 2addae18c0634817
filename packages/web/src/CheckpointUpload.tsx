// A checkpoint file checked by upload (POST /v1/audit/checkpoints): the file's text is the body, the signer's
// public key (a PEM file, optional when the server holds its own checkpoint key) goes as publicKey. The
// answer says plainly whether the ledger still holds what was signed, and where it first differs.
import { useState } from 'preact/hooks';
import { type ApiClient, problemText } from './api/client.js';
import type { paths } from './api/schema.js';
import { type Lang, useT } from './i18n.js';
import { FieldError } from './Status.js';
import { officeTime } from './time.js';

type Answer = paths['/v1/audit/checkpoints']['post']['responses'][200]['content']['application/json'];

export function CheckpointUpload(props: { api: ApiClient; lang: Lang }) {
  const t = useT();
  const { api } = props;
  const [file, setFile] = useState<File | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);

  const send = async () => {
    setRefusal('');
    setAnswer(null);
    if (!file) return setErrors({ checkpoint: t('checkpointUploadChoose') });
    setErrors({});
    setBusy(true);
    try {
      const publicKey = keyFile ? await keyFile.text() : '';
      const { data, error, response } = await api.POST('/v1/audit/checkpoints', {
        params: { query: publicKey ? { publicKey } : {} },
        body: await file.text(),
        bodySerializer: (b: unknown) => b as string,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
      if (data) setAnswer(data);
      else setRefusal(problemText(error, response.status));
    } catch (e) {
      setRefusal(String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="checkpoint-upload"
      aria-labelledby="checkpoint-upload-title"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h3 id="checkpoint-upload-title">{t('checkpointUploadTitle')}</h3>
      <label>
        {t('checkpointUploadFile')}
        <input
          type="file"
          name="checkpoint"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setAnswer(null);
          }}
        />
        <FieldError errors={errors} name="checkpoint" />
      </label>
      <label>
        {t('checkpointUploadKey')}
        <input
          type="file"
          name="publicKey"
          accept=".pem,.pub,text/plain"
          onChange={(e) => setKeyFile(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('checkpointUploadSend')}
      </button>
      {busy && <p aria-live="polite">{t('checking')}</p>}
      {refusal && (
        <p class="error refusal" role="alert" data-refusal>
          {refusal}
        </p>
      )}
      {answer && (
        <div data-upload-holds={answer.holds ? 'yes' : 'no'} aria-live="polite">
          <p class={answer.holds ? 'identities ok' : 'identities broken'}>
            {answer.holds
              ? `✓ ${t('checkpointUploadHolds', { size: answer.size, logSize: answer.logSize ?? '' })}`
              : `✗ ${t('checkpointUploadFails')}`}
          </p>
          <dl class="facts">
            <dt>{t('checkpointLog')}</dt>
            <dd>
              <code>{answer.logName}</code>
            </dd>
            <dt>{t('size')}</dt>
            <dd data-fact="checkpointSize">{answer.size}</dd>
            <dt>{t('headHash')}</dt>
            <dd>
              <code class="hash">{answer.headHash}</code>
            </dd>
            {answer.signedAt && (
              <>
                <dt>{t('checkpointSignedAt')}</dt>
                <dd>{officeTime(answer.signedAt)}</dd>
              </>
            )}
            {answer.logSize !== null && (
              <>
                <dt>{t('checkpointLogSize')}</dt>
                <dd>{answer.logSize}</dd>
              </>
            )}
            {answer.firstBadPosition !== null && (
              <>
                <dt>{t('firstBad')}</dt>
                <dd data-fact="uploadFirstBad">{answer.firstBadPosition}</dd>
              </>
            )}
            {answer.reason !== null && (
              <>
                <dt>{t('reason')}</dt>
                <dd>{answer.reason}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </form>
  );
}
