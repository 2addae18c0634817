// Group commit's pipeline starts writing the next batch while the previous one's callers wait for the
// projections (afterCommit). When that next write fails meanwhile (the database lost mid-flight, as in
// a failover), its failure must reach its callers, not escape as an unhandled rejection: Node ends the
// process on one, and a `motcua serve` instance died that way when its PostgreSQL primary was killed.
import type { AppendRequest, AppendResult } from '@motcua/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

const request = (streamId: string) => ({ streamId, events: [], expectedRevision: 'any' }) as unknown as AppendRequest;
const result = (position: bigint) => ({ position, revision: 0n, deduplicated: false }) as unknown as AppendResult;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('group commit: a batch that fails while the one before is being answered', () => {
  const escaped: unknown[] = [];
  const record = (e: unknown) => escaped.push(e);
  beforeEach(() => {
    escaped.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('rejects its own callers, and nothing escapes as an unhandled rejection', async () => {
    const lost = new Error('the server closed the connection');
    let calls = 0;
    const group = createGroupCommit({
      write: async (requests) => {
        calls++;
        if (calls === 1) {
          await sleep(10);
          return requests.map(() => ({ ok: true as const, value: result(1n) }));
        }
        throw lost; // the second batch: the connection is gone
      },
      afterCommit: () => sleep(100), // the first batch's projections catch up meanwhile
    });
    const first = group.append(request('s-1'));
    await sleep(1); // the first batch is being written; the second queues behind it
    const second = group.append(request('s-2'));
    await expect(first).resolves.toMatchObject({ position: 1n });
    await expect(second).rejects.toBe(lost);
    await sleep(10); // an unhandled rejection is reported after the microtasks run out
    expect(escaped).toEqual([]);
  });
});
