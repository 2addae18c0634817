// The office and period a page shows, and, when it is time travel, the plain statement that it shows the
// figures as they stood at that moment (events recorded later are not counted).
import { reportPeriodText } from './form06.js';
import { type Lang, useT } from './i18n.js';
import { officeTime } from './time.js';

export function PeriodShown(props: {
  office: string;
  period: { from: string; to: string };
  knownAt: string | null;
  lang: Lang;
}) {
  const t = useT();
  const { lang, knownAt } = props;
  return (
    <>
      <p class="period-shown">
        <strong>{props.office}</strong> — {t('periodShown')}{' '}
        {reportPeriodText(props.period.from, props.period.to, lang)}
      </p>
      {knownAt && (
        <output class="known-at" data-known-at={knownAt}>
          {t('asOfNotice', { t: officeTime(knownAt) })}
        </output>
      )}
    </>
  );
}
