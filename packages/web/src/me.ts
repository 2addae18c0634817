// What the signed-in key is (GET /v1/me): its role and offices decide which pages and forms are offered.
// The server still checks every request; this only spares a clerk buttons that would be refused.
import type { components } from './api/schema.js';

export type Me = components['schemas']['Me'];

/** The office to open when the URL names none: the key's only office, if it has exactly one. */
export const defaultOffice = (me: Me | null): string =>
  me && !me.allOffices && me.offices.length === 1 ? me.offices[0]! : '';
