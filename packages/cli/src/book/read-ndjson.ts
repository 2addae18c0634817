// NDJSON of native events, one `{streamId?, type, schemaVersion, data, meta}` per line, each validated
// (and upcast) by the domain codec. Lines are file lines; blank lines are skipped.
import { type DossierEvent, dossierStreamId, parseDossierStreamId, parseEvent } from '@motcua/domain';
import { jsonStop } from '../file-error.js';
import type { Issue } from './types.js';

export interface NdjsonEvent {
  readonly line: number;
  readonly streamId: string;
  readonly event: DossierEvent;
}

const OPENINGS = new Set(['DossierReceived', 'DossierTransferredIn']);

/** Stable text of a JSON value (keys sorted), to tell a repeated event from a conflicting one. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function readNdjson(text: string, office: string): { events: NdjsonEvent[]; issues: Issue[]; lines: number } {
  const events: NdjsonEvent[] = [];
  const issues: Issue[] = [];
  const byId = new Map<string, { line: number; text: string }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let count = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    count++;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      // Where the parser stopped, not its words (V8's English reached Vietnamese clerks).
      const stop = jsonStop(raw, e);
      const detail = stop.kind === 'at' ? String(stop.column) : stop.kind === 'token' ? `token:${stop.token}` : '';
      issues.push({ line, column: '*', code: 'BAD_JSON', detail });
      return;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      issues.push({ line, column: '*', code: 'NOT_AN_OBJECT' });
      return;
    }
    const rec = obj as Record<string, unknown>;
    const parsed = parseEvent({ type: rec.type, schemaVersion: rec.schemaVersion, data: rec.data, meta: rec.meta });
    if (!parsed.ok) {
      const e = parsed.error;
      const first = e.issues?.[0];
      issues.push({
        line,
        column: first?.path ?? (e.code === 'UNKNOWN_EVENT_TYPE' ? 'type' : 'schemaVersion'),
        code: 'INVALID_EVENT',
        detail: first ? e.issues?.map((x) => `${x.path}: ${x.message}`).join('; ') : e.message,
        // The clerk's words: zod's Vietnamese for each issue where the codec has it, else its English.
        detailVi: first
          ? e.issues?.map((x) => `${x.path}: ${x.messageVi ?? x.message}`).join('; ')
          : (e.messageVi ?? e.message),
      });
      return;
    }
    const event = parsed.value;
    if (event.meta.office !== office) {
      issues.push({ line, column: 'meta.office', code: 'OFFICE_MISMATCH', value: event.meta.office, detail: office });
      return;
    }
    let streamId: string;
    if (typeof rec.streamId === 'string' && rec.streamId !== '') {
      streamId = rec.streamId;
      const s = parseDossierStreamId(streamId);
      if (!s || s.office !== office) {
        issues.push({ line, column: 'streamId', code: 'STREAM_MISMATCH', value: streamId, detail: office });
        return;
      }
    } else if (OPENINGS.has(event.type)) {
      const d = event.data as { office: string; dossierCode: string };
      streamId = dossierStreamId(d.office, d.dossierCode);
    } else {
      issues.push({ line, column: 'streamId', code: 'STREAM_REQUIRED', detail: event.type });
      return;
    }
    if (OPENINGS.has(event.type)) {
      const d = event.data as { office: string; dossierCode: string };
      if (d.office !== office) {
        issues.push({ line, column: 'data.office', code: 'OFFICE_MISMATCH', value: d.office, detail: office });
        return;
      }
      if (dossierStreamId(d.office, d.dossierCode) !== streamId) {
        issues.push({ line, column: 'streamId', code: 'STREAM_MISMATCH', value: streamId, detail: office });
        return;
      }
    }
    const text = canonicalJson({ streamId, event });
    const prior = byId.get(event.meta.eventId);
    if (prior) {
      if (prior.text !== text) {
        issues.push({
          line,
          column: 'meta.eventId',
          code: 'DUPLICATE_EVENT_DIFFERENT',
          value: event.meta.eventId,
          detail: String(prior.line),
        });
      }
      return;
    }
    byId.set(event.meta.eventId, { line, text });
    events.push({ line, streamId, event });
  });
  return { events, issues, lines: count };
}
