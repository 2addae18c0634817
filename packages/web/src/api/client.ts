// Every call to the API goes through this client, typed by schema.d.ts (generated from /openapi.json).
// The key is added here as a Bearer header, and the language so the API's refusals come back in it.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type Form06Report = components['schemas']['Form06Report'];
export type Problem = components['schemas']['Problem'];

export function apiClient(key: string, lang: 'vi' | 'en') {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  const headers: Middleware = {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${key}`);
      request.headers.set('Accept-Language', lang);
      return request;
    },
  };
  client.use(headers);
  return client;
}

export type ApiClient = ReturnType<typeof apiClient>;

/** A problem document's detail (already in the requested language), or the status when there is none. */
export function problemText(error: unknown, status: number): string {
  const p = error as Partial<Problem> | undefined;
  return (p?.detail as string | undefined) ?? (p?.title as string | undefined) ?? `HTTP ${status}`;
}
