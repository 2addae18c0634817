import { describe, expect, it } from 'vitest';
import { clipText, DETAIL_CHARS, EXCERPT_CHARS, quoteValue } from './excerpt.js';

describe('quoteValue', () => {
  it('quotes a short value whole', () => {
    expect(quoteValue('Trực tuyến', 'vi')).toBe('"Trực tuyến"');
    expect(quoteValue('a'.repeat(EXCERPT_CHARS), 'en')).toBe(`"${'a'.repeat(EXCERPT_CHARS)}"`);
  });

  it('cuts a long value to its start, marked, with its length in the reader language', () => {
    const v = 'x'.repeat(5_242_880);
    expect(quoteValue(v, 'vi')).toBe(`"${'x'.repeat(40)}"… (5 242 880 ký tự)`);
    expect(quoteValue(v, 'en')).toBe(`"${'x'.repeat(40)}"… (5,242,880 characters)`);
  });

  it('counts and cuts by character, never inside an emoji', () => {
    const v = '😀'.repeat(41);
    expect(quoteValue(v, 'en')).toBe(`"${'😀'.repeat(40)}"… (41 characters)`);
    expect(quoteValue('😀'.repeat(40), 'en')).toBe(`"${'😀'.repeat(40)}"`);
    const long = '😀'.repeat(1000);
    expect(quoteValue(long, 'en')).toBe(`"${'😀'.repeat(40)}"… (1,000 characters)`);
  });

  it("clips another program's message that quotes a long value", () => {
    const detail = `data.channel: Invalid enum value, received '${'y'.repeat(100_000)}'`;
    const clipped = clipText(detail, 'vi');
    expect(clipped.startsWith(detail.slice(0, DETAIL_CHARS))).toBe(true);
    expect(clipped).toMatch(/… \(100 0\d\d ký tự\)$/);
    expect(clipped.length).toBeLessThan(DETAIL_CHARS + 30);
    expect(clipText('short', 'en')).toBe('short');
  });
});
