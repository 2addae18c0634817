// `motcua paper FORM CODE --office O [--known-at T] --out FILE` as a clerk runs it (issue 15, items 1-3 and
// 6): a tracking book with a hand-over column imported, the control sheet and the receipt slip written as
// PDF and DOCX and read back; a form the dossier never reached refused with exit 1, in Vietnamese, and no
// file written.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, motcua, tempDir } from './cli-support.js';

const tmp = tempDir('motcua-paper-');
const db = join(tmp.dir, 'ledger.db');
const BOOK = [
  'dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at,procedure_code,handover_at,handover_to,handover_receiver,handover_due_at',
  'P1,Hộ tịch,direct,2024-01-15 08:00,2024-01-19,2024-01-18 10:00,,1.000894,2024-01-15 09:30,Công chức Tư pháp - Hộ tịch,cb.tuphap,2024-01-17',
  'P2,Chứng thực,online,2024-01-16 08:00,2024-01-16,,,,,,,',
].join('\n');
const hierarchy = tmp.file(
  'units.json',
  JSON.stringify({
    units: [{ code: 'BAC-GIANG', name: 'Ủy ban nhân dân xã Đông Sơn', level: 'commune' }],
    offices: [{ code: 'dongson', name: 'Bộ phận một cửa xã Đông Sơn', unit: 'BAC-GIANG' }],
  }),
);

beforeAll(() => {
  ensureBuilt();
  const r = motcua(['import', '--db', db, '--office', 'dongson', tmp.file('book.csv', BOOK)]);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => tmp.cleanup());

/** The PDF's text with every run of white space as one space (a long office name may wrap). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** `motcua paper 01 P1` on the test ledger, with more options. */
const receiptOfP1 = (...more: string[]) => motcua(['paper', '01', 'P1', '--db', db, '--office', 'dongson', ...more]);

describe('motcua paper', () => {
  it('writes the control sheet (06) as PDF with the imported hand-over and the office name from the hierarchy', () => {
    const out = join(tmp.dir, 'kiem-soat.pdf');
    const r = motcua(['paper', '06', 'P1', '--db', db, '--office', 'dongson', '--hierarchy', hierarchy, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã ghi mẫu 06');
    const text = pdfText(out);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('BỘ PHẬN MỘT CỬA XÃ ĐÔNG SƠN');
    expect(text).toContain('Công chức Tư pháp - Hộ tịch');
    expect(text).toContain('09 giờ 30 phút,');
    expect(text).toContain('Trước hạn'); // returned on the 18th, due on the 19th
  });

  it('writes the receipt slip (01) as DOCX from --format, whatever the file is called', () => {
    const out = join(tmp.dir, 'giay-tiep-nhan.bin');
    const r = motcua(['paper', '01', 'P2', '--db', db, '--office', 'dongson', '--format', 'docx', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(xml).toContain('dongson'.toUpperCase());
    expect(xml).toContain('08 giờ 00 phút, ngày 16/01/2024');
  });

  it('prints the promised date as provisional when --calendar does not announce its year (2024 here)', () => {
    const calendar = tmp.file(
      'only-2023.csv',
      ['date,kind,name,basis,status', '2023-09-01,off,Quốc khánh,Bộ luật Lao động 2019 điều 112,announced'].join('\n'),
    );
    const provisional = join(tmp.dir, 'tiep-nhan-du-kien.pdf');
    const r = receiptOfP1('--calendar', calendar, '--out', provisional);
    expect(r.status, r.stderr).toBe(0);
    expect(pdfText(provisional)).toContain('(dự kiến: năm chưa có lịch nghỉ công bố)');
    // The shipped calendar announces 2024: the same receipt promises a plain date.
    const announced = join(tmp.dir, 'tiep-nhan.pdf');
    expect(receiptOfP1('--out', announced).status).toBe(0);
    expect(pdfText(announced)).not.toContain('dự kiến');
    expect(pdfText(announced)).toContain('Thời gian trả kết quả giải quyết hồ sơ');
  });

  it('refuses an apology (04) for a dossier never rescheduled: exit 1, Vietnamese message, no file', () => {
    const out = join(tmp.dir, 'xin-loi.pdf');
    const r = motcua(['paper', '04', 'P1', '--db', db, '--office', 'dongson', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dongson/P1');
    expect(r.stderr).toContain('chưa từng được xin lỗi');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('xin-loi'))).toEqual([]);
  });

  it('reads the ledger as known at a moment: before the import there is no dossier', () => {
    const out = join(tmp.dir, 'truoc.pdf');
    const r = receiptOfP1('--known-at', '2020-01-01', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không có hồ sơ này');
    expect(existsSync(out)).toBe(false);
  });

  it('says what is wrong with the command line (exit 2): an unknown form, a file of no known format', () => {
    const a = motcua(['paper', '09', 'P1', '--db', db, '--office', 'dongson', '--out', join(tmp.dir, 'x.pdf')]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('01…07');
    const b = motcua(['paper', '01', 'P1', '--db', db, '--office', 'dongson', '--out', join(tmp.dir, 'x.txt')]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('.pdf hoặc .docx');
  });
});
