// Everything an append needs that does not touch storage: stream-name form, schema validation
// through the domain codec, and the JSON text + payload hash. Runs before any transaction
// opens, so a bad request is refused with nothing written and without holding the write lock.
import {
  DOSSIER_CODE_PATTERN,
  DOSSIER_CODE_SOURCE,
  type DomainError,
  type DossierCode,
  eventText,
  isUnitEventType,
  OFFICE_IN_STREAM_SOURCE,
  type OfficeCode,
  officeFromStream,
  parseDossierStreamId,
  type Trusted,
  UNITS_STREAM,
} from '@motcua/domain';
import { trust } from '@motcua/domain/internal';
import { sha256Hex } from './chain.js';
import { checkEvent } from './event-check.js';
import { type AppendRequest, type NewEvent, StoreError } from './port.js';

/** An event checked and serialised, ready for any adapter to write. */
export interface PreparedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly eventId: string;
  readonly commandId: string;
  readonly occurredAt: string;
  readonly dataJson: string;
  readonly metaJson: string;
  readonly payloadHash: string;
}

export interface PreparedFields {
  readonly streamId: string;
  readonly expectedRevision: AppendRequest['expectedRevision'];
  readonly events: readonly PreparedEvent[];
  /** Distinct command ids of the request, in first-seen order. */
  readonly commandIds: readonly string[];
}

/**
 * A request checked and serialised by prepareRequest: the writers that take one (appendPrepared, the
 * settled and bulk writes) do not validate it again, so the type admits only what prepareRequest made
 * (or the thread wire decoded from it: prepared-wire.ts).
 */
export type PreparedRequest = Trusted<PreparedFields>;

const MAX_STREAM_NAME = 512;
// A category of lowercase letters (the EventStoreDB convention, which also keeps `$` system names
// out), a dash, then an id with no whitespace and no control/format characters.
const STREAM_NAME = /^[a-z][a-z0-9_]*-[^\s\p{C}]+$/u;

export function checkStreamName(streamId: unknown): asserts streamId is string {
  checkedDossier(streamId);
}

// A well-formed dossier stream in one match: "dossier-", an office code, "-", a dossier code (what the
// general form, parseDossierStreamId and DOSSIER_CODE_PATTERN check in turn, which the import asked per row).
const DOSSIER_STREAM = new RegExp(`^dossier-(${OFFICE_IN_STREAM_SOURCE})-(${DOSSIER_CODE_SOURCE})$`);

const badName = (streamId: unknown, why: string): StoreError =>
  new StoreError('INVALID_STREAM_NAME', `stream name ${JSON.stringify(streamId)}: ${why}`, { streamId });

/** checkStreamName, returning the dossier a `dossier-` stream names (null for other streams). */
function checkedDossier(streamId: unknown): ReturnType<typeof parseDossierStreamId> {
  if (typeof streamId === 'string') {
    const m = DOSSIER_STREAM.exec(streamId);
    if (m) return { office: officeFromStream(m[1]!) as OfficeCode, code: m[2]! as DossierCode };
  }
  // Anything else, with the message of the first rule it breaks.
  if (typeof streamId !== 'string') throw badName(streamId, 'must be a string');
  if (streamId.length > MAX_STREAM_NAME) throw badName(streamId, `longer than ${MAX_STREAM_NAME} characters`);
  if (!STREAM_NAME.test(streamId)) {
    throw badName(streamId, 'expected "<category>-<id>" (lowercase category, no spaces or control characters)');
  }
  if (!streamId.startsWith('dossier-')) return null;
  const parsed = parseDossierStreamId(streamId);
  if (!parsed || !DOSSIER_CODE_PATTERN.test(parsed.code)) {
    throw badName(
      streamId,
      'expected "dossier-<office>-<code>" (office: letters, digits, _ . or ~ for "-"; code: letters, digits, . _ / -)',
    );
  }
  return parsed;
}

function checkExpectedRevision(streamId: string, expected: unknown): void {
  if (expected === 'no-stream' || expected === 'stream-exists' || expected === 'any') return;
  if (typeof expected === 'bigint' && expected >= 0n) return;
  throw new StoreError(
    'INVALID_EVENT',
    `stream ${streamId}: expected revision must be a bigint >= 0n, "no-stream", "stream-exists" or "any" (got ${String(expected)})`,
    { streamId },
  );
}

/** prepareRequest for each request of a group commit, a refusal becoming that request's answer. */
export function prepareSettled(requests: readonly AppendRequest[]): Array<PreparedRequest | StoreError> {
  return requests.map((r) => {
    try {
      return prepareRequest(r);
    } catch (e) {
      if (e instanceof StoreError) return e;
      throw e;
    }
  });
}

export function prepareRequest(req: AppendRequest, requestIndex?: number): PreparedRequest {
  const dossier = checkedDossier(req.streamId);
  checkExpectedRevision(req.streamId, req.expectedRevision);
  if (!Array.isArray(req.events) || req.events.length === 0) {
    throw new StoreError(
      'INVALID_EVENT',
      `stream ${req.streamId}${whereOf(requestIndex)}: an append needs at least one event`,
      {
        streamId: req.streamId,
      },
    );
  }
  const n = req.events.length;
  checkCatalogueStream(req.streamId, req.events, requestIndex);
  const events = new Array<PreparedEvent>(n);
  const commandIds: string[] = [];
  // Duplicate ids by scanning the few events before (an import's requests hold two or three); a Set
  // per request only pays for itself on long ones.
  const seen = n > 16 ? new Set<string>() : null;
  for (let i = 0; i < n; i++) {
    const p = prepareEvent(req.streamId, dossier, req.events[i]!, i, requestIndex);
    let duplicate = false;
    if (seen) {
      duplicate = seen.has(p.eventId);
      seen.add(p.eventId);
    } else for (let k = 0; k < i && !duplicate; k++) duplicate = events[k]!.eventId === p.eventId;
    if (duplicate) {
      throw invalid(req.streamId, i, p.type, requestIndex, [
        { path: 'meta.eventId', message: `duplicate event id ${p.eventId}` },
      ]);
    }
    if (!commandIds.includes(p.commandId)) commandIds.push(p.commandId);
    events[i] = p;
  }
  return trust({ streamId: req.streamId, expectedRevision: req.expectedRevision, events, commandIds });
}

/** The units catalogue's events live in their own stream, and only they do (issue 14). */
function checkCatalogueStream(streamId: string, events: readonly NewEvent[], where: number | undefined): void {
  const catalogue = streamId === UNITS_STREAM;
  for (let i = 0; i < events.length; i++) {
    const type = (events[i] as { type?: unknown } | undefined)?.type;
    if (isUnitEventType(type) === catalogue) continue;
    throw invalid(streamId, i, String(type), where, [
      {
        path: 'type',
        message: catalogue
          ? `only unit events (UnitRecorded, UnitRevised) belong to stream ${UNITS_STREAM}`
          : `unit events belong to stream ${UNITS_STREAM}`,
      },
    ]);
  }
}

function prepareEvent(
  streamId: string,
  dossier: ReturnType<typeof parseDossierStreamId>,
  e: NewEvent,
  index: number,
  where: number | undefined,
): PreparedEvent {
  // Every event is checked here, whoever made it (the decider, NDJSON, the API, a caller's literals):
  // the codec's fast checks make this cheaper than remembering which objects were checked before.
  const raw = (e ?? {}) as Partial<NewEvent>;
  const checked = checkEvent({ type: raw.type, schemaVersion: raw.schemaVersion, data: raw.data, meta: raw.meta });
  if (!checked.ok) throw invalid(streamId, index, String(raw.type), where, issuesOf(checked.error), checked.error);
  const ev = e;
  if (dossier) {
    // A dossier's events must name the dossier's own office (and, for openings, its own code).
    const d = ev.data as { office?: unknown; dossierCode?: unknown };
    const opening = d && typeof d === 'object' && 'dossierCode' in d;
    if (
      ev.meta.office !== dossier.office ||
      (opening && (d.office !== dossier.office || d.dossierCode !== dossier.code))
    ) {
      throw invalid(streamId, index, ev.type, where, mismatches(dossier, ev.meta.office, opening ? d : null));
    }
  }
  // Stored as JSON text exactly as given (key order included); the payload hash covers that text,
  // and JSON.stringify(JSON.parse(text)) === text, so any reader can recompute it. eventText makes the
  // payload (data's text, a newline, meta's text: chain.ts's payloadHash) as one flat string, and the two
  // texts are slices of it: hashing and SQLite then have nothing to flatten or copy again.
  const payload = eventText(ev.type, ev.data, ev.meta);
  const cut = payload.indexOf('\n');
  return {
    type: ev.type,
    schemaVersion: ev.schemaVersion,
    eventId: ev.meta.eventId,
    commandId: ev.meta.commandId,
    occurredAt: ev.meta.occurredAt,
    dataJson: payload.slice(0, cut),
    metaJson: payload.slice(cut + 1),
    payloadHash: sha256Hex(payload),
  };
}

/** Where an event names another office or dossier than its stream's. */
function mismatches(
  dossier: NonNullable<ReturnType<typeof parseDossierStreamId>>,
  office: unknown,
  data: { office?: unknown; dossierCode?: unknown } | null,
): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  if (office !== dossier.office) {
    out.push({ path: 'meta.office', message: `is ${String(office)}, stream belongs to office ${dossier.office}` });
  }
  if (data && data.office !== dossier.office) {
    out.push({ path: 'data.office', message: `is ${String(data.office)}, stream belongs to office ${dossier.office}` });
  }
  if (data && data.dossierCode !== dossier.code) {
    out.push({
      path: 'data.dossierCode',
      message: `is ${String(data.dossierCode)}, stream is dossier ${dossier.code}`,
    });
  }
  return out;
}

/** Where a request sits in a batch, for messages (built only for one). */
const whereOf = (requestIndex: number | undefined): string =>
  requestIndex === undefined ? '' : ` (request #${requestIndex})`;

function issuesOf(error: DomainError): Array<{ path: string; message: string }> {
  return error.issues && error.issues.length > 0 ? [...error.issues] : [{ path: '', message: error.message }];
}

function invalid(
  streamId: string,
  index: number,
  type: string,
  where: number | undefined,
  issues: ReadonlyArray<{ path: string; message: string }>,
  domain?: DomainError,
): StoreError {
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new StoreError('INVALID_EVENT', `stream ${streamId}${whereOf(where)}, event #${index} (${type}): ${list}`, {
    streamId,
    index,
    type,
    issues,
    ...(domain ? { domainCode: domain.code } : {}),
  });
}
