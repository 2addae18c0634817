// Every chain break and checkpoint failure in both languages: the Vietnamese a clerk or auditor reads is
// not the English, and carries what the break names (a stream, a column, the positions of a range).
import { describe, expect, it } from 'vitest';
import { type ChainBreak, type ChainBreakCode, chainBreakText, checkpointFailureText } from './chain-breaks.js';

// One of each code; a new code does not compile until it has a sample here.
const SAMPLES = {
  POSITION_MISSING: { code: 'POSITION_MISSING', position: 7 },
  POSITION_OUT_OF_ORDER: { code: 'POSITION_OUT_OF_ORDER', position: 9, expected: 8 },
  HASH_MISMATCH: { code: 'HASH_MISMATCH', position: 12 },
  REVISION_GAP: { code: 'REVISION_GAP', position: 13, stream: 'dossier-A-S1', revision: 3, follows: 1 },
  RECORDED_AT_BACKWARDS: {
    code: 'RECORDED_AT_BACKWARDS',
    position: 14,
    recordedAt: '2024-01-01T00:00:00.000Z',
    previous: '2024-02-01T00:00:00.000Z',
  },
  TAIL_MISSING: { code: 'TAIL_MISSING', position: 20, to: 25 },
  HEAD_MISMATCH: { code: 'HEAD_MISMATCH', position: 19, hash: 'ab'.repeat(32) },
  COMMAND_UNINDEXED: { code: 'COMMAND_UNINDEXED', position: 15 },
  COMMAND_MISPOINTED: { code: 'COMMAND_MISPOINTED', position: 16, commandId: 'cmd-1' },
  META_UNREADABLE: { code: 'META_UNREADABLE', position: 17 },
  ID_COLUMN_EDITED: {
    code: 'ID_COLUMN_EDITED',
    position: 18,
    column: 'event_id',
    stored: 'x'.repeat(500),
    hashed: 'e-1',
  },
  ID_COLUMNS_DIFFER: { code: 'ID_COLUMNS_DIFFER', position: 18 },
} satisfies { [K in ChainBreakCode]: Extract<ChainBreak, { code: K }> };

// Words that mark an English sentence; none may reach the Vietnamese.
const ENGLISH = /\b(position|missing|deleted|mismatch|edited|follows|earlier|handed|column|holds|differs)\b/i;

describe('chainBreakText', () => {
  for (const b of Object.values(SAMPLES) as ChainBreak[]) {
    it(`words ${b.code} in Vietnamese and in English`, () => {
      const vi = chainBreakText(b, 'vi');
      const en = chainBreakText(b, 'en');
      expect(vi).not.toBe(en);
      expect(vi).not.toMatch(ENGLISH);
      // Both name what the break names (the position is said before them, by the edge).
      for (const text of [vi, en]) {
        if ('stream' in b) expect(text).toContain(b.stream);
        if ('column' in b) expect(text).toContain(b.column);
        if ('to' in b) expect(text).toContain(String(b.to));
        if ('expected' in b) expect(text).toContain(String(b.expected));
      }
    });
  }

  it('quotes at most a short excerpt of a value read from the log', () => {
    const vi = chainBreakText(SAMPLES.ID_COLUMN_EDITED, 'vi');
    expect(vi).not.toContain('x'.repeat(61));
    expect(vi).toContain(`${'x'.repeat(60)}…`);
  });
});

describe('checkpointFailureText', () => {
  it('says a chain break under a checkpoint in Vietnamese, naming the break', () => {
    const why = { kind: 'chain', break: SAMPLES.HASH_MISMATCH } as const;
    const vi = checkpointFailureText(why, 'the English reason', 'vi');
    expect(vi).toContain(chainBreakText(SAMPLES.HASH_MISMATCH, 'vi'));
    expect(checkpointFailureText(why, 'the English reason', 'en')).toBe('the English reason');
  });
});
