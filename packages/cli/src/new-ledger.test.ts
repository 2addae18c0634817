import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishLedger, removeStaleTemps, tempLedgerPath } from './new-ledger.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-new-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has ended. */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

describe('a new ledger', () => {
  it('gets its name only when published, and never over a file someone made meanwhile', () => {
    const path = join(dir, 'a.db');
    const temp = tempLedgerPath(path);
    writeFileSync(temp, 'ours');
    expect(publishLedger(temp, path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('ours');
    expect(existsSync(temp)).toBe(false);

    writeFileSync(temp, 'ours again');
    expect(publishLedger(temp, path)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('ours');
  });

  it("removes the temporary files of ended imports into the same path, and no one else's", () => {
    const path = join(dir, 'b.db');
    const dead = deadPid();
    for (const s of ['', '-wal', '-shm']) writeFileSync(`${path}.import-${dead}.tmp${s}`, '');
    writeFileSync(tempLedgerPath(path), ''); // this live process's
    writeFileSync(join(dir, `other.db.import-${dead}.tmp`), ''); // another ledger's
    writeFileSync(join(dir, 'b.db.import-notes.txt'), ''); // not a temporary ledger
    removeStaleTemps(path);
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('b.db') || n.startsWith('other'))
        .sort(),
    ).toEqual([`b.db.import-${process.pid}.tmp`, 'b.db.import-notes.txt', `other.db.import-${dead}.tmp`].sort());
  });
});
