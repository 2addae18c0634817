import { describe, expect, it } from 'vitest';
import { commanderVi, runCli } from './cli.js';
import type { Io } from './context.js';

function capture(): Io & { outText: () => string; errText: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    outText: () => out,
    errText: () => err,
  };
}

describe('exit codes (in-process)', () => {
  it('help and version exit 0 with output on stdout', async () => {
    for (const args of [['--help'], ['report', '--help'], ['help', 'import'], ['--version']]) {
      const io = capture();
      expect(await runCli(args, io)).toBe(0);
      expect(io.outText()).not.toBe('');
      expect(io.errText()).toBe('');
    }
  });

  it('usage errors exit 2 with the message on stderr, where commander would exit 1', async () => {
    for (const args of [[], ['nope'], ['import', 'f.csv'], ['report', '--bogus'], ['check-report'], ['report']]) {
      const io = capture();
      expect(await runCli(args, io)).toBe(2);
      expect(io.outText()).toBe('');
      expect(io.errText()).not.toBe('');
    }
  });

  it('a refused input exits 1', async () => {
    const io = capture();
    expect(await runCli(['check-report', '/no/such/file.json', '--lang', 'en'], io)).toBe(1);
    expect(io.errText()).toContain('cannot read /no/such/file.json');
  });
});

describe("commander's messages in Vietnamese", () => {
  it.each([
    ["error: unknown command 'bogus'", "lỗi: không có lệnh 'bogus'"],
    [
      "error: unknown option '--formt'\n(Did you mean --format?)",
      "lỗi: không có tùy chọn '--formt'\n(Ý bạn là --format?)",
    ],
    ["error: required option '--office <code>' not specified", "lỗi: thiếu tùy chọn bắt buộc '--office <code>'"],
    ["error: missing required argument 'file'", "lỗi: thiếu đối số bắt buộc 'file'"],
    [
      "error: too many arguments for 'check-report'. Expected 1 argument but got 2.",
      "lỗi: thừa đối số cho lệnh 'check-report': cần 1, nhận 2.",
    ],
    [
      "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are json, table.",
      "lỗi: tùy chọn '--format <format>' không nhận giá trị 'pdf'; chọn một trong json, table.",
    ],
  ])('%j', (en, vi) => {
    expect(commanderVi(en)).toBe(vi);
  });
});
