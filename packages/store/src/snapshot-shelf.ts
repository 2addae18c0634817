// Where snapshots of in-memory projections (the ledger's, issue 13) are kept beside the log: opaque parts
// in order, and the claims that say what they are (version, position, the log's event hash there, a
// checksum). Whether a snapshot may be used is the projection's decision (projections/ledger-snapshot.ts);
// the shelf only keeps them, and shows a snapshot only once it is written whole.
//
// SQLite keeps them in a FILE beside the database (`<db>.ledger-snapshot`), not in a table: a snapshot
// of a province is hundreds of MB, and writing that into the database would hold SQLite's one write lock
// for seconds, stalling every commit; a file is written aside and renamed into place (atomic), and a copy
// of the database without it only means one slower start. PostgreSQL keeps them in tables of the log's
// database (postgres/snapshot-shelf.ts), where every instance on every machine finds them.
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeStaleTemps, tempNameOf } from './stale-temps.js';

export interface SnapshotClaims {
  readonly name: string;
  readonly version: number;
  /** The last position of the log folded into the snapshot. */
  readonly position: bigint;
  /** The log's chain hash of the event at `position`: another log there is another history. */
  readonly eventHash: string;
  /** Hex digest the projection computed over the claims and the parts. */
  readonly checksum: string;
  readonly parts: number;
  readonly bytes: number;
}

export interface StoredSnapshot extends SnapshotClaims {
  /** When it was written (ISO). */
  readonly createdAt: string;
  /** The parts, in order; throws SnapshotUnreadable when they cannot be read whole. */
  readParts(): AsyncIterable<Uint8Array>;
}

export interface SnapshotShelf {
  /** Where they are kept, for log lines: a file path, or a table. */
  readonly where: string;
  /** The newest snapshot written whole under `name`; null when there is none. Throws SnapshotUnreadable. */
  newest(name: string): Promise<StoredSnapshot | null>;
  /**
   * Writes the parts, then the claims (asked for once the parts are all written: the checksum is made as
   * they pass), then makes the snapshot the newest and drops older ones. Visible only when whole.
   */
  put(
    name: string,
    parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    claims: () => SnapshotClaims,
  ): Promise<void>;
}

/** A snapshot that is there but cannot be read: its frame or its claims are damaged. */
export class SnapshotUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotUnreadable';
  }
}

const MAGIC = Buffer.from('MOTCUAS1');

/** The claims as JSON (bigint position as a string) and back, checking every field's type. */
export function claimsToJson(c: SnapshotClaims): string {
  return JSON.stringify({ ...c, position: c.position.toString() });
}

export function claimsFromJson(text: string): SnapshotClaims {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new SnapshotUnreadable('its claims are not JSON');
  }
  const ok =
    typeof v.name === 'string' &&
    Number.isInteger(v.version) &&
    typeof v.position === 'string' &&
    /^-?\d+$/.test(v.position) &&
    typeof v.eventHash === 'string' &&
    typeof v.checksum === 'string' &&
    Number.isInteger(v.parts) &&
    Number.isInteger(v.bytes);
  if (!ok) throw new SnapshotUnreadable('its claims are incomplete');
  return { ...(v as unknown as SnapshotClaims), position: BigInt(v.position as string) };
}

/** `<file>.<name>-snapshot`: the snapshot of `name` beside a SQLite log. */
export const snapshotFileOf = (dbPath: string, name: string): string => `${dbPath}.${name}-snapshot`;

/**
 * Snapshots in files beside a SQLite log. Layout: MAGIC, then each part as [u64 length][bytes], then the
 * claims' JSON, its u32 length and MAGIC again (so a torn or truncated file is seen at once).
 */
export function fileSnapshotShelf(dbPath: string): SnapshotShelf {
  return {
    where: snapshotFileOf(dbPath, 'ledger'),
    async newest(name) {
      const path = snapshotFileOf(dbPath, name);
      let fh: Awaited<ReturnType<typeof open>>;
      try {
        fh = await open(path, 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new SnapshotUnreadable(`${path}: ${(e as Error).message}`);
      }
      try {
        const size = (await fh.stat()).size;
        const tail = Buffer.alloc(12);
        if (size < 8 + 12) throw new SnapshotUnreadable(`${path}: ${size} bytes, too short`);
        await fh.read(tail, 0, 12, size - 12);
        const head = Buffer.alloc(8);
        await fh.read(head, 0, 8, 0);
        if (!head.equals(MAGIC) || !tail.subarray(4).equals(MAGIC)) {
          throw new SnapshotUnreadable(`${path}: not a whole snapshot file`);
        }
        const claimsLen = tail.readUInt32BE(0);
        const claimsAt = size - 12 - claimsLen;
        if (claimsAt < 8) throw new SnapshotUnreadable(`${path}: the claims' length is damaged`);
        const text = Buffer.alloc(claimsLen);
        await fh.read(text, 0, claimsLen, claimsAt);
        const claims = claimsFromJson(text.toString('utf8'));
        const st = await fh.stat();
        const createdAt = st.mtime.toISOString();
        return { ...claims, createdAt, readParts: () => readFileParts(path, claimsAt, st.ino, size) };
      } finally {
        await fh.close();
      }
    },
    async put(name, parts, claims) {
      const path = snapshotFileOf(dbPath, name);
      // A writer killed mid-snapshot left its file aside: gone once its process is.
      removeStaleTemps(path, '.');
      const tmp = tempNameOf(path, '.');
      const fh = await open(tmp, 'w');
      try {
        await fh.write(MAGIC);
        const len = Buffer.alloc(8);
        for await (const p of parts) {
          len.writeBigUInt64BE(BigInt(p.byteLength));
          await fh.write(len);
          await fh.write(p);
        }
        const text = Buffer.from(claimsToJson(claims()));
        const tail = Buffer.alloc(4);
        tail.writeUInt32BE(text.byteLength);
        await fh.write(Buffer.concat([text, tail, MAGIC]));
        await fh.sync();
      } catch (e) {
        await fh.close();
        rmSync(tmp, { force: true });
        throw e;
      }
      await fh.close();
      renameSync(tmp, path);
      // The rename itself reaches the disk with the folder's entry.
      const dir = openSync(dirname(path), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    },
  };
}

/**
 * The parts of the file `newest()` read the claims of (`ino`, `size`): a newer snapshot renamed over it in
 * between is another file, refused here as unreadable so the caller reads the newer one whole (its parts
 * read against the older one's claims would only fail the checksum, as if damaged).
 */
async function* readFileParts(path: string, end: number, ino: number, size: number): AsyncIterable<Uint8Array> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new SnapshotUnreadable(`${path}: ${(e as Error).message}`);
  }
  try {
    const st = await fh.stat();
    if (st.ino !== ino || st.size !== size) {
      throw new SnapshotUnreadable(`${path}: replaced by a newer snapshot while being read`);
    }
    let at = 8;
    const len = Buffer.alloc(8);
    while (at < end) {
      if (at + 8 > end) throw new SnapshotUnreadable(`${path}: a part's length is cut at byte ${at}`);
      await fh.read(len, 0, 8, at);
      const n = Number(len.readBigUInt64BE(0));
      if (at + 8 + n > end) throw new SnapshotUnreadable(`${path}: a part runs past the claims at byte ${at}`);
      const bytes = Buffer.allocUnsafe(n);
      await fh.read(bytes, 0, n, at + 8);
      at += 8 + n;
      yield bytes;
    }
  } finally {
    await fh.close();
  }
}
