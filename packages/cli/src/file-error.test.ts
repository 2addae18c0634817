// Why a file could not be read, and where JSON stopped, in the reader's words: from real file-system errors
// and V8's own JSON.parse errors, never their English.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileErrorWhy, jsonStop, jsonStopText, unreadableFile } from './file-error.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-file-error-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};
const parseError = (text: string) => errorOf(() => JSON.parse(text));

describe('file errors', () => {
  it('names a missing file and a folder in Vietnamese, in English with en, never the system call', () => {
    const missing = errorOf(() => readFileSync(join(dir, 'none.csv')));
    const folder = errorOf(() => readFileSync(dir));
    expect(fileErrorWhy(missing, 'vi')).toBe('không có tệp này');
    expect(fileErrorWhy(folder, 'vi')).toBe('đây là một thư mục, không phải tệp');
    expect(fileErrorWhy(missing, 'en')).toBe('no such file');
    const said = unreadableFile('none.csv', missing, 'vi', '--calendar').message;
    expect(said).toBe('--calendar không đọc được tệp none.csv: không có tệp này');
    expect(said).not.toMatch(/ENOENT|open|such/);
  });
});

describe('where JSON stopped', () => {
  it('gives the line and column V8 points at, the token it names without a place, or the end', () => {
    expect(jsonStop('{\n  "a": 1,\n  "b" 2\n}', parseError('{\n  "a": 1,\n  "b" 2\n}'))).toEqual({
      kind: 'at',
      line: 3,
      column: 7,
    });
    const token = '[{"code":"X",\n "name": }]';
    expect(jsonStop(token, parseError(token))).toEqual({ kind: 'token', token: '}' });
    expect(jsonStop('[1, 2', parseError('[1, 2'))).toEqual({ kind: 'end' });
    expect(jsonStop('', parseError(''))).toEqual({ kind: 'end' });
    for (const text of ['{"a": 1,}', token, '[1, 2', '{"a":1}x']) {
      const vi = jsonStopText(text, parseError(text), 'vi');
      expect(vi).toMatch(/dòng|gặp|tệp kết thúc/);
      expect(vi).not.toMatch(/Unexpected|Expected|position|JSON/);
    }
  });
});
