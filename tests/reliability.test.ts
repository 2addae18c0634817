// The standing reliability suite (issue 16, item 16), small enough for every test run: kill -9 of `motcua
// serve` under write load, and a property-based HTTP fuzzer over every route of /openapi.json. The same
// checks at scale: `pnpm bench:soak`. kill -9 of `motcua import` is held in cli-import-books.test.ts (a new
// ledger: nothing left) and below (an existing ledger: all of the book or none).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { trackingBook } from '../bench/book.js';
import { BOOK_Q1, ensureBuilt, ledgerDigest, MAIN, motcua } from './cli-support.js';
import { fuzzBooks, fuzzServer, serveKillCycles } from './reliability-harness.js';

beforeAll(() => ensureBuilt());

describe('kill -9 of motcua serve under concurrent receive load', () => {
  it('keeps every acknowledged command, and the ledger verifies after each kill', async () => {
    const r = await serveKillCycles({ cycles: 3, loadMs: 1500, clients: 6, deadlineMs: 90_000 });
    expect(r.cycles).toBe(3);
    expect(r.acknowledged, 'the load acknowledged no write at all').toBeGreaterThan(20);
    expect(r.lost).toEqual([]);
    expect(r.verifyFailures).toEqual([]);
  }, 120_000);
});

describe('a property-based HTTP fuzzer over every route of /openapi.json', () => {
  it('finds no 5xx, no request left unanswered, and no key or personal data in the log', async () => {
    const runs = Number(process.env.MOTCUA_FUZZ_RUNS ?? 300);
    const r = await fuzzServer({ runs, timeoutMs: 10_000 });
    expect(r.requests).toBe(runs);
    expect(r.serverErrors).toEqual([]);
    expect(r.hangs).toEqual([]);
    expect(r.unanswered).toEqual([]);
    expect(r.leaks).toEqual([]);
    // It reached past the door: some requests were answered with data, some refused as bad input.
    expect(r.statuses['200'] ?? 0, JSON.stringify(r.statuses)).toBeGreaterThan(0);
    expect((r.statuses['400'] ?? 0) + (r.statuses['404'] ?? 0), JSON.stringify(r.statuses)).toBeGreaterThan(0);
  }, 180_000);
});

describe('kill -9 of motcua import into an existing ledger', () => {
  it('leaves the ledger holding none of the book (or all of it), and verifying', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-import-kill-'));
    try {
      const db = join(dir, 'ledger.db');
      writeFileSync(join(dir, 'q1.csv'), BOOK_Q1);
      expect(motcua(['import', '--db', db, '--office', 'dongson', join(dir, 'q1.csv')]).status).toBe(0);
      const before = ledgerDigest(db);
      const book = join(dir, 'big.csv');
      writeFileSync(book, trackingBook(60_000, ['Hộ tịch', 'Chứng thực'], true));
      const child = spawn(process.execPath, [MAIN, 'import', '--db', db, '--office', 'BIG', book], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      // Kill it once its write-ahead log has grown: the bulk transaction is under way.
      const wal = `${db}-wal`;
      const until = Date.now() + 60_000;
      while (Date.now() < until && child.exitCode === null && !(existsSync(wal) && statSync(wal).size > 1 << 20)) {
        await new Promise((r) => setTimeout(r, 5));
      }
      const midway = child.exitCode === null;
      child.kill('SIGKILL');
      await exited;
      expect(midway, 'the import finished before it could be killed').toBe(true);
      expect(ledgerDigest(db)).toBe(before);
      expect(motcua(['verify', '--db', db]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('fuzzed tracking books', () => {
  it('are imported or refused with a message, never a crash, and a refusal leaves no ledger', () => {
    const r = fuzzBooks({ books: 6, rowsPerBook: 200, spoilRate: 0.01, seed: 7, deadlineMs: 60_000 });
    expect(r.books).toBe(6);
    expect(r.crashes).toEqual([]);
    expect(r.leftovers).toEqual([]);
    expect(r.refused, 'no spoiled book was refused: the spoiling did nothing').toBeGreaterThan(0);
  }, 90_000);
});
