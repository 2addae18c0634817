import { createDecider, type DossierEvent, defaultCalendar, eventIdFor, sampleCatalogue } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './messages.js';
import { planEvents } from './plan-events.js';
import { readNdjson } from './read-ndjson.js';

const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
const meta = (commandId: string, occurredAt: string, i = 0) => ({
  eventId: eventIdFor(commandId, i),
  occurredAt,
  actor: 'legacy',
  office: 'dongson',
  correlationId: commandId,
  causationId: null,
  commandId,
});
const received = {
  type: 'DossierReceived',
  schemaVersion: 1,
  data: {
    office: 'dongson',
    dossierCode: 'N1',
    procedureCode: null,
    field: 'Hộ tịch',
    channel: 'online',
    receivedAt: '2024-01-15T08:00:00+07:00',
    dueAt: '2024-01-17T17:00:00+07:00',
    applicantRef: null,
  },
  meta: meta('c1', '2024-01-15T08:00:00+07:00'),
};
const resolved = {
  streamId: 'dossier-dongson-N1',
  type: 'DossierResolved',
  schemaVersion: 1,
  data: { decision: 'approved', note: null },
  meta: meta('c2', '2024-01-16T08:00:00+07:00'),
};
const returned = {
  streamId: 'dossier-dongson-N1',
  type: 'ResultReturned',
  schemaVersion: 1,
  data: {},
  meta: meta('c3', '2024-01-16T09:00:00+07:00'),
};
// v1 FeePaid, upcast by the codec
const paidV1 = {
  streamId: 'dossier-dongson-N1',
  type: 'FeePaid',
  schemaVersion: 1,
  data: { method: 'counter', amount: '8.000 đ' },
  meta: meta('c4', '2024-01-15T08:00:00+07:00'),
};
const lines = (...objs: unknown[]) => objs.map((o) => JSON.stringify(o)).join('\n');
const ctx = (stored: Record<string, DossierEvent[]> = {}) => ({
  decider,
  issuedAt: '2024-06-01T00:00:00+07:00',
  stored: (id: string) => stored[id],
});

describe('NDJSON events', () => {
  it('validates and upcasts each line, deriving the stream of an opening event', () => {
    const r = readNdjson(lines(received, paidV1, resolved, returned), 'dongson');
    expect(r.issues).toEqual([]);
    expect(r.events.map((e) => [e.line, e.streamId, e.event.type])).toEqual([
      [1, 'dossier-dongson-N1', 'DossierReceived'],
      [2, 'dossier-dongson-N1', 'FeePaid'],
      [3, 'dossier-dongson-N1', 'DossierResolved'],
      [4, 'dossier-dongson-N1', 'ResultReturned'],
    ]);
    expect(r.events[1]!.event.data).toEqual({ method: 'counter', amountVnd: 8000 });
    const plan = planEvents(r.events, ctx());
    expect(plan.issues).toEqual([]);
    expect(plan.events).toBe(4);
  });

  it('names the line and the field of a bad event', () => {
    const bad = { ...resolved, data: { decision: 'maybe', note: null } };
    const r = readNdjson(
      `${lines(received)}\n\n{not json\n${lines(bad, { ...returned, streamId: undefined })}`,
      'dongson',
    );
    expect(r.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '3:*:BAD_JSON',
      '4:data.decision:INVALID_EVENT',
      '5:streamId:STREAM_REQUIRED',
    ]);
    // The field's fault in the clerk's language: zod's Vietnamese by default, its English with --lang en.
    const invalid = r.issues[1]!;
    expect(formatIssue(invalid, 'vi')).toMatch(/sự kiện không hợp lệ: data\.decision: .*(không hợp lệ|mong đợi)/i);
    expect(formatIssue(invalid, 'vi')).not.toMatch(/Invalid/);
    expect(formatIssue(invalid, 'en')).toMatch(/invalid event: data\.decision: Invalid/);
  });

  it("says where a line is not JSON, in the clerk's language, never in the parser's English", () => {
    const r = readNdjson('{not json\n[1, 2]\n{"type": "DossierReceived",\n{"type": }\n', 'dongson');
    expect(r.issues.map((i) => `${i.line}:${i.code}`)).toEqual([
      '1:BAD_JSON',
      '2:NOT_AN_OBJECT',
      '3:BAD_JSON',
      '4:BAD_JSON',
    ]);
    const [notJson, notObject, cut, token] = r.issues.map((i) => formatIssue(i, 'vi'));
    expect(notJson).toContain('JSON không hợp lệ ở ký tự thứ 2 của dòng');
    expect(notObject).toContain('mỗi dòng phải là một đối tượng JSON');
    expect(cut).toContain('JSON không hợp lệ: dòng kết thúc khi chưa đủ');
    // V8 names the token but not its place here ("Unexpected token '}', …"): not "the line ends too soon".
    expect(token).toContain('JSON không hợp lệ: gặp «}» không đúng chỗ');
    for (const text of [notJson, notObject, cut, token]) {
      expect(text).not.toMatch(/Expected|Unexpected|position|object per/);
    }
    expect(formatIssue(r.issues[0]!, 'en')).toContain('invalid JSON at character 2 of the line');
  });

  it('refuses events of another office', () => {
    const r = readNdjson(lines(received), 'other');
    expect(r.issues).toMatchObject([{ line: 1, column: 'meta.office', code: 'OFFICE_MISMATCH' }]);
  });

  it('applies the lifecycle rules: no return before resolution, nothing before the opening', () => {
    const r = readNdjson(lines(received, returned), 'dongson');
    const plan = planEvents(r.events, ctx());
    expect(plan.issues).toMatchObject([{ line: 2, code: 'REJECTED' }]);
    expect(plan.issues[0]!.detail).toContain('NOT_RESOLVED');
    const orphan = planEvents(readNdjson(lines(resolved), 'dongson').events, ctx());
    expect(orphan.issues).toMatchObject([{ line: 1, code: 'NOT_OPENED' }]);
  });

  it('skips events already stored and refuses the same id with other content', () => {
    const first = readNdjson(lines(received, resolved), 'dongson');
    const stored = { 'dossier-dongson-N1': first.events.map((e) => e.event) };
    const again = planEvents(readNdjson(lines(received, resolved, returned), 'dongson').events, ctx(stored));
    expect(again.issues).toEqual([]);
    expect(again.events).toBe(1);
    expect(again.requests[0]!.expectedRevision).toBe(1n);
    const changed = { ...resolved, meta: { ...resolved.meta, occurredAt: '2024-01-16T10:00:00+07:00' } };
    const conflict = planEvents(readNdjson(lines(received, changed), 'dongson').events, ctx(stored));
    expect(conflict.issues).toMatchObject([{ line: 2, column: 'meta.eventId', code: 'STORE_CONFLICT' }]);
  });

  it('accepts an event repeated in the file and refuses a repeated id with other content', () => {
    expect(readNdjson(lines(received, received), 'dongson').events).toHaveLength(1);
    const other = { ...received, data: { ...received.data, channel: 'direct' } };
    expect(readNdjson(lines(received, other), 'dongson').issues).toMatchObject([
      { line: 2, code: 'DUPLICATE_EVENT_DIFFERENT', detail: '1' },
    ]);
  });
});
