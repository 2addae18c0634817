// The snapshot shelf beside a SQLite log, on real files: a snapshot is written aside and renamed into place,
// and the file a writer killed mid-snapshot left aside (named for its process) is removed by the next
// write once that process is gone, while a live writer's is left alone; a snapshot replaced by a newer one
// between reading its claims and its parts is refused as replaced, never read as the newer one's bytes.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSnapshotShelf, SnapshotUnreadable, snapshotFileOf } from './snapshot-shelf.js';
import { tempNameOf } from './stale-temps.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-shelf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process id no process has: the highest the kernel hands out, plus one. */
const DEAD_PID = 4_194_304 + 1;

describe('the snapshot shelf beside a SQLite log', () => {
  it('writes a snapshot whole, and clears what a killed writer left aside, not what a live one is writing', async () => {
    const db = join(dir, 'ledger.db');
    const shelf = fileSnapshotShelf(db);
    const path = snapshotFileOf(db, 'ledger');
    const dead = tempNameOf(path, '.', DEAD_PID);
    const live = tempNameOf(path, '.', process.ppid);
    writeFileSync(dead, 'half a snapshot');
    writeFileSync(live, 'another writer, still running');
    const claims = { name: 'ledger', version: 1, position: 3n, eventHash: 'h', checksum: 'c', parts: 2, bytes: 5 };
    await shelf.put('ledger', [Uint8Array.from([1, 2]), Uint8Array.from([3, 4, 5])], () => claims);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([live.slice(dir.length + 1)]);
    const stored = await shelf.newest('ledger');
    expect(stored).toMatchObject({ ...claims });
    const parts: number[][] = [];
    for await (const p of stored!.readParts()) parts.push([...p]);
    expect(parts).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it("refuses to read a snapshot's parts once a newer one was renamed over it, rather than read the newer one's", async () => {
    const db = join(dir, 'replaced.db');
    const shelf = fileSnapshotShelf(db);
    const claims = (position: bigint) => ({
      name: 'ledger',
      version: 1,
      position,
      eventHash: 'h',
      checksum: 'c',
      parts: 1,
      bytes: 3,
    });
    await shelf.put('ledger', [Uint8Array.from([1, 2, 3])], () => claims(3n));
    const older = await shelf.newest('ledger');
    // The same layout byte for byte but for the part: read against the older claims, it would pass as the older's.
    await shelf.put('ledger', [Uint8Array.from([7, 8, 9])], () => claims(4n));
    const read = async () => {
      for await (const _ of older!.readParts()) {
      }
    };
    await expect(read()).rejects.toThrow(SnapshotUnreadable);
    await expect(read()).rejects.toThrow(/replaced by a newer snapshot/);
    const newer = await shelf.newest('ledger');
    const parts: number[][] = [];
    for await (const p of newer!.readParts()) parts.push([...p]);
    expect(parts).toEqual([[7, 8, 9]]);
  });
});
