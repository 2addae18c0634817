// What each event is called at the counter: the domain's own Vietnamese names (a pure module).
export { EVENT_NAMES_VI } from '../../domain/src/event-names.js';
