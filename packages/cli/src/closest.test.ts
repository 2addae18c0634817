import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, foldVietnamese } from './closest.js';

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai', 'Thi đua, khen thưởng'];

describe('closest', () => {
  it('finds a name typed without its marks or with one slip', () => {
    expect(closest('Ho tich', FIELDS)).toBe('Hộ tịch');
    expect(closest('dat dai', FIELDS)).toBe('Đất đai');
    expect(closest('Chung thuc', FIELDS)).toBe('Chứng thực');
    expect(closest('Hộ tich', FIELDS)).toBe('Hộ tịch');
    expect(closest('Xây dựng', FIELDS)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
  it('an exact name is its own closest, whatever else is known', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        (names) => {
          const folded = new Set(names.map(foldVietnamese));
          fc.pre(folded.size === names.length);
          for (const n of names) expect(foldVietnamese(closest(n, names) ?? '')).toBe(foldVietnamese(n));
        },
      ),
    );
  });
});
