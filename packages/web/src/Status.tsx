// What a page says while its data is on the way or when the API refused it; field errors beside a field.
import { useT } from './i18n.js';
import type { Loaded } from './use-api.js';

export function Status(props: { state: Loaded<unknown> }) {
  const t = useT();
  const { state } = props;
  if (state.kind === 'loading') return <p aria-live="polite">{t('loading')}</p>;
  if (state.kind === 'error')
    return (
      <p class="error" role="alert">
        {state.text}
      </p>
    );
  return null;
}

/** A form field's error, next to it; `id` is `<prefix><name>-error`. */
export function FieldError(props: { errors: Record<string, string>; name: string; prefix?: string }) {
  const text = props.errors[props.name];
  if (!text) return null;
  return (
    <span class="error" role="alert" id={`${props.prefix ?? ''}${props.name}-error`}>
      {text}
    </span>
  );
}

/** Whether the page is following the office's live stream (`data-live` on/off). */
export function LiveBadge(props: { connected: boolean }) {
  const t = useT();
  return (
    <p class="hint live" data-live={props.connected ? 'on' : 'off'}>
      {props.connected ? `● ${t('live')}` : t('liveOff')}
    </p>
  );
}
