// The ledger's hash chain as the server verifies it (GET /v1/audit/verify): whether it holds, its size and
// head hash, when it was checked, and the newest signed checkpoint beside the ledger; below, any checkpoint
// file the auditor holds, checked by upload (CheckpointUpload).
import { useState } from 'preact/hooks';
import type { ApiClient } from './api/client.js';
import { CheckpointUpload } from './CheckpointUpload.js';
import { type Lang, useT } from './i18n.js';
import type { Me } from './me.js';
import type { Go } from './route.js';
import { Status } from './Status.js';
import { officeTime } from './time.js';
import { useApi } from './use-api.js';

export function AuditPage(props: { api: ApiClient; lang: Lang; me: Me | null; search: string; go: Go }) {
  const t = useT();
  const { api, lang } = props;
  const [round, setRound] = useState(0);
  const state = useApi(() => api.GET('/v1/audit/verify'), [api, round]);
  const v = state.kind === 'ok' ? state.data : null;

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <button type="button" onClick={() => setRound((n) => n + 1)}>
        {t('verify')}
      </button>
      <Status state={state} />
      {v && (
        <div class="card audit" data-verified={v.ok ? 'yes' : 'no'}>
          <p class={v.ok ? 'identities ok' : 'identities broken'}>{v.ok ? `✓ ${t('verified')}` : `✗ ${t('broken')}`}</p>
          <dl class="facts">
            {v.size !== null && (
              <>
                <dt>{t('size')}</dt>
                <dd data-fact="size">{v.size}</dd>
              </>
            )}
            {v.headHash !== null && (
              <>
                <dt>{t('headHash')}</dt>
                <dd>
                  <code class="hash" data-fact="headHash">
                    {v.headHash}
                  </code>
                </dd>
              </>
            )}
            {v.firstBadPosition !== null && (
              <>
                <dt>{t('firstBad')}</dt>
                <dd data-fact="firstBadPosition">{v.firstBadPosition}</dd>
                <dt>{t('reason')}</dt>
                <dd>{v.reason}</dd>
              </>
            )}
            <dt>{t('checkedAt')}</dt>
            <dd>
              <time dateTime={v.checkedAt}>{officeTime(v.checkedAt)}</time>
            </dd>
          </dl>
          <h3>{t('checkpointTitle')}</h3>
          {v.checkpoint ? (
            <dl class="facts" data-checkpoint={v.checkpoint.holds ? 'holds' : 'fails'}>
              <dt>{t('checkpointFile')}</dt>
              <dd>
                <code>{v.checkpoint.file}</code>
              </dd>
              <dt>{t('size')}</dt>
              <dd>{v.checkpoint.size}</dd>
              {v.checkpoint.signedAt && (
                <>
                  <dt>{t('checkpointSignedAt')}</dt>
                  <dd>{officeTime(v.checkpoint.signedAt)}</dd>
                </>
              )}
              <dt>{t('status')}</dt>
              <dd>
                {v.checkpoint.holds === false
                  ? `${t('checkpointFails')}: ${v.checkpoint.reason ?? ''}`
                  : t('checkpointHolds')}
              </dd>
            </dl>
          ) : (
            <p data-checkpoint="none">{t('checkpointNone')}</p>
          )}
        </div>
      )}
      <div class="card">
        <CheckpointUpload api={api} lang={lang} />
      </div>
    </section>
  );
}
