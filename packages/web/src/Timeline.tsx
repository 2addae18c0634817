// A dossier's events as the ledger holds them: when each happened (occurredAt) beside when it was written
// down (recordedAt), a late entry marked, and each event's position, revision and hash in the chain.
import type { components } from './api/schema.js';
import { eventName } from './event-names.js';
import { type Lang, useT } from './i18n.js';
import { officeDay, officeTime } from './time.js';

export type TimelineEntry = components['schemas']['TimelineEntry'];

/** Written into the ledger on a later office day than the day it happened. */
const isLateEntry = (e: Pick<TimelineEntry, 'occurredAt' | 'recordedAt'>): boolean =>
  officeDay(e.recordedAt) > officeDay(e.occurredAt);

/** `receivedAt`: the dossier's receipt, whose rule set names some events (the apology). */
export function Timeline(props: { entries: readonly TimelineEntry[]; lang: Lang; receivedAt?: string | null }) {
  const t = useT();
  const { lang } = props;
  return (
    <table class="timeline plain">
      <caption>{t('timeline')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('event')}</th>
          <th scope="col">{t('occurredAt')}</th>
          <th scope="col">{t('recordedAt')}</th>
          <th scope="col">{t('actor')}</th>
          <th scope="col">{t('position')}</th>
          <th scope="col">{t('revision')}</th>
          <th scope="col">{t('hash')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const late = isLateEntry(e);
          return (
            <tr
              key={e.eventId}
              data-event={e.type}
              data-position={e.position}
              data-late-entry={late ? 'yes' : undefined}
              class={late ? 'late-entry' : undefined}
            >
              <th scope="row">
                {eventName(e.type, lang, props.receivedAt ?? null)}
                {e.retracted && <span class="tag">{t('retracted')}</span>}
                {e.correctedBy && <span class="tag">{t('corrected')}</span>}
              </th>
              <td>
                <time dateTime={e.occurredAt}>{officeTime(e.occurredAt)}</time>
              </td>
              <td>
                <time dateTime={e.recordedAt}>{officeTime(e.recordedAt)}</time>
                {late && (
                  <span class="tag late" title={t('lateEntryHint')}>
                    {t('lateEntry')}
                  </span>
                )}
              </td>
              <td>{e.actor}</td>
              <td class="num">{e.position}</td>
              <td class="num">{e.revision}</td>
              <td>
                <code class="hash" data-hash={e.hash}>
                  {e.hash}
                </code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
