// What each event is called at the counter: the domain's own Vietnamese names (a pure module), by the
// rule set of the dossier's receipt where it names an event otherwise (the 2025 apology asks to extend the
// time); in English the event's type as the API names it.
import { eventNameVi } from '../../domain/src/event-names.js';
import type { Lang } from './i18n.js';

export const eventName = (type: string, lang: Lang, receivedAt: string | null = null): string =>
  lang === 'vi' ? eventNameVi(type, receivedAt) : type;
