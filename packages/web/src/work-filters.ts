// The work list's filters as the API declares them: the server publishes the statuses and channels in its
// OpenAPI document, and the generated types carry them here. Each record below must name every value of
// its type and nothing else (the compiler checks both ways), so a status the server adds or drops breaks
// the web's typecheck instead of leaving a select without it; tests/web-work-filters.test.ts checks the order.
import type { paths } from './api/schema.js';

export type WorkQuery = NonNullable<paths['/v1/offices/{office}/dossiers']['get']['parameters']['query']>;
export type WorkStatus = NonNullable<WorkQuery['status']>;
export type WorkChannel = NonNullable<WorkQuery['channel']>;

const STATUS_SET: Record<WorkStatus, true> = {
  open: true,
  'within-deadline': true,
  'due-soon': true,
  overdue: true,
  'awaiting-supplement': true,
  resolved: true,
  finished: true,
  all: true,
};
const CHANNEL_SET: Record<WorkChannel, true> = { online: true, direct: true, postal: true };

/** In the order the select shows them (the API's order). */
export const STATUSES = Object.keys(STATUS_SET) as readonly WorkStatus[];
export const CHANNELS = Object.keys(CHANNEL_SET) as readonly WorkChannel[];

export const isStatus = (s: string | null): s is WorkStatus => s !== null && Object.hasOwn(STATUS_SET, s);
export const isChannel = (s: string | null): s is WorkChannel => s !== null && Object.hasOwn(CHANNEL_SET, s);
