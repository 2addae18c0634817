import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line.js';

describe('oneLine', () => {
  it('joins the lines of a text with one space, whatever the line ends and the spaces around them', () => {
    expect(oneLine('Thiếu chữ ký\r\ncủa người nộp')).toBe('Thiếu chữ ký của người nộp');
    expect(oneLine('a  \n\n  b\rc')).toBe('a b c');
    expect(oneLine('một dòng  hai khoảng')).toBe('một dòng  hai khoảng');
  });
});
