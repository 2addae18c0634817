// Files written aside under a temporary name that carries the writer's process id, then renamed or linked
// into place (a new ledger by an import, a snapshot beside a SQLite log). A writer killed before that leaves
// its temporary file behind, hundreds of MB for a province's snapshot; the next writer to the same path
// removes those whose process has ended.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `<path><infix><pid>.tmp`: where process `pid` writes `path` aside. */
export const tempNameOf = (path: string, infix: string, pid = process.pid): string => `${path}${infix}${pid}.tmp`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's live process
  }
}

/** Removes the temporary files of `path` (tempNameOf, and SQLite's -wal/-shm/-journal beside them) whose writer has ended. */
export function removeStaleTemps(path: string, infix: string): void {
  const prefix = `${basename(path)}${infix}`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // no folder yet: nothing left behind
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.tmp(?:-wal|-shm|-journal)?$/.exec(name.slice(prefix.length));
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dirname(path), name), { force: true });
  }
}
