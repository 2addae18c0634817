// What the signed-in key is (GET /v1/me): its role and offices decide which pages and forms are offered.
// The server still checks every request; this only spares a clerk buttons that would be refused.
import { createContext } from 'preact';
import type { components, paths } from './api/schema.js';

export type Me = components['schemas']['Me'];

/** The office to open when the URL names none: the key's only office, if it has exactly one. */
export const defaultOffice = (me: Me | null): string =>
  me && !me.allOffices && me.offices.length === 1 ? me.offices[0]! : '';

/** The offices this key may see (GET /v1/offices), offered as choices wherever an office is typed. */
export type Office = paths['/v1/offices']['get']['responses'][200]['content']['application/json']['offices'][number];
export const OfficesContext = createContext<readonly Office[]>([]);
