import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite/sqlite.js';
import { received, streamOf } from './test-support.js';
import { verifyChain } from './verify.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('verify checks the id columns against the hashed metadata', () => {
  for (const [column, workers] of [
    ['event_id', 1],
    ['command_id', 1],
    ['event_id', 2],
    ['command_id', 2],
  ] as const) {
    it(`finds a ${column} edited by raw SQL (${workers} worker${workers > 1 ? 's' : ''})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'motcua-derived-'));
      dirs.push(dir);
      const path = join(dir, 'log.db');
      const store = openSqliteStore({ path });
      for (let i = 0; i < 5; i++) await store.append(streamOf(`D${i}`), [received(`D${i}`)], 'no-stream');
      await store.close();
      expect((await verifyChain(path, { workers })).ok).toBe(true);

      const raw = new Database(path);
      raw.prepare(`UPDATE events SET ${column} = 'forged' WHERE position = 3`).run();
      raw.close();
      const result = await verifyChain(path, { workers });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.firstBadPosition).toBe(3n);
        expect(result.reason).toContain(column);
      }
    });
  }
});
