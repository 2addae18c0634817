// The row shape the SQL adapters read events in (SQLite and PostgreSQL select the same columns in the
// same order), and its mapping to a RecordedEvent. PostgreSQL hands bigint columns over as strings.
import type { RecordedEvent } from './port.js';

/** SELECT list giving a StoredRow. */
export const RECORDED_COLUMNS = 'position, stream_id, revision, type, schema_version, recorded_at, data, meta, hash';

export type StoredRow = [
  position: number | string,
  streamId: string,
  revision: number | string,
  type: string,
  schemaVersion: number,
  recordedAt: string,
  dataJson: string,
  metaJson: string,
  hash: string,
];

export function toRecorded(r: StoredRow): RecordedEvent {
  return {
    streamId: r[1],
    revision: BigInt(r[2]),
    position: BigInt(r[0]),
    recordedAt: r[5],
    type: r[3],
    schemaVersion: r[4],
    data: JSON.parse(r[6]) as unknown,
    meta: JSON.parse(r[7]) as RecordedEvent['meta'],
    hash: r[8],
  };
}
