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

export function chainHash(prevHash: string, f: ChainFields): string {
  const header = JSON.stringify([
    String(f.position),
    f.streamId,
    String(f.revision),
    f.type,
    f.schemaVersion,
    f.occurredAt,
    f.recordedAt,
    f.payloadHash,
  ]);
  return sha256Hex(`${prevHash}\n${header}`);
}
