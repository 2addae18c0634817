// The tamper-evident hash chain shared by every adapter that keeps one (SQLite, in-memory).
//
//   payloadHash = SHA-256( JSON(data) ‖ "\n" ‖ JSON(meta) )   -- the JSON text as stored
//   hash        = SHA-256( prevHash ‖ "\n" ‖ JSON.stringify([position, streamId, revision, type,
//                                                            schemaVersion, occurredAt, recordedAt,
//                                                            payloadHash]) )
//
// Hashes are lowercase hex; position and revision are decimal strings (bigint-safe); the first
// event's prevHash is GENESIS_HASH. "\n" cannot occur unescaped in JSON, so the concatenations are
// unambiguous. schemaVersion is bound too, so relabelling a payload's version is detected.
import { hash as sha256Once } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  readonly position: bigint | number;
  readonly streamId: string;
  readonly revision: bigint | number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly payloadHash: string;
}

export const sha256Hex = (text: string): string => sha256Once('sha256', text, 'hex');

export const payloadHash = (dataJson: string, metaJson: string): string => sha256Hex(`${dataJson}\n${metaJson}`);

/** A string JSON.stringify copies as is between quotes: no quote, backslash, control character or
 *  surrogate (a lone surrogate gets escaped; a paired one would pass, but is rare enough to leave
 *  to the slow path). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON.stringify escapes
export const PLAIN_JSON_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * JSON.stringify([String(position), streamId, String(revision), type, schemaVersion, occurredAt,
 * recordedAt, payloadHash]), joined by hand when no field needs escaping: building and stringifying the
 * array cost more than hashing it. chain.test.ts and verify-walk.test.ts hold it to JSON.stringify for
 * any input. It references nothing but PLAIN_JSON_STRING: the verify workers run its source text
 * (sqlite/verify-walk.ts), so it must stay free of imports and closures.
 */
export function chainHeader(
  position: unknown,
  streamId: unknown,
  revision: unknown,
  type: unknown,
  schemaVersion: unknown,
  occurredAt: unknown,
  recordedAt: unknown,
  payloadHash: string,
): string {
  if (
    typeof streamId === 'string' &&
    typeof type === 'string' &&
    typeof schemaVersion === 'number' &&
    Number.isFinite(schemaVersion) &&
    typeof occurredAt === 'string' &&
    typeof recordedAt === 'string' &&
    (typeof position === 'number' || typeof position === 'bigint') &&
    (typeof revision === 'number' || typeof revision === 'bigint') &&
    PLAIN_JSON_STRING.test(streamId) &&
    PLAIN_JSON_STRING.test(type) &&
    PLAIN_JSON_STRING.test(occurredAt) &&
    PLAIN_JSON_STRING.test(recordedAt) &&
    PLAIN_JSON_STRING.test(payloadHash)
  ) {
    return `["${position}","${streamId}","${revision}","${type}",${schemaVersion},"${occurredAt}","${recordedAt}","${payloadHash}"]`;
  }
  return JSON.stringify([
    String(position),
    streamId,
    String(revision),
    type,
    schemaVersion,
    occurredAt,
    recordedAt,
    payloadHash,
  ]);
}

export function chainHash(prevHash: string, f: ChainFields): string {
  const header = chainHeader(
    f.position,
    f.streamId,
    f.revision,
    f.type,
    f.schemaVersion,
    f.occurredAt,
    f.recordedAt,
    f.payloadHash,
  );
  return sha256Hex(`${prevHash}\n${header}`);
}
