// The tracking book motcua writes (projections' BOOK_COLUMNS) is read back by this importer: every column
// the importer needs must be under a header it recognises, in Vietnamese and in English, and no other
// header may be mistaken for one of its columns.
import { BOOK_COLUMNS } from '@motcua/projections';
import { describe, expect, it } from 'vitest';
import { columnOf, VIETNAMESE_HEADERS } from './columns.js';
import { COLUMNS } from './types.js';

describe('the exported tracking book’s headers', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`name every import column once (${lang})`, () => {
      const read = BOOK_COLUMNS.map((c) => columnOf(c.header[lang])).filter((c) => c !== null);
      expect([...read].sort()).toEqual([...COLUMNS].sort());
    });
  }
  it('are the importer’s own Vietnamese headers', () => {
    const headers = BOOK_COLUMNS.map((c) => c.header.vi);
    for (const h of Object.values(VIETNAMESE_HEADERS)) expect(headers).toContain(h);
  });
});
