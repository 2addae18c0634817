// What each event is called at the counter: the domain's own Vietnamese names (a pure module); in English
// the event's type as the API names it.
import { EVENT_NAMES_VI } from '../../domain/src/event-names.js';
import type { Lang } from './i18n.js';

export const eventName = (type: string, lang: Lang): string =>
  lang === 'vi' ? ((EVENT_NAMES_VI as Record<string, string>)[type] ?? type) : type;
