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

// JSON.stringify of the header array cost more than hashing it; the same text is joined by hand. A
// string is written between quotes as it is when JSON would not escape anything in it (no quote,
// backslash, control character or surrogate); otherwise JSON.stringify writes it. chain.test.ts holds
// the result to JSON.stringify's for any input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const str = (s: string): string => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));
const num = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');

export function chainHash(prevHash: string, f: ChainFields): string {
  const header = `["${f.position}",${str(f.streamId)},"${f.revision}",${str(f.type)},${num(f.schemaVersion)},${str(f.occurredAt)},${str(f.recordedAt)},${str(f.payloadHash)}]`;
  return sha256Hex(`${prevHash}\n${header}`);
}
