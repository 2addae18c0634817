// The shared setup read back: the heading in the PDF (pdftotext) and in the DOCX (word/document.xml).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxBytes, docxHeading } from './docx-document.js';
import { paperHeading } from './heading.js';
import { officeNames } from './office-name.js';
import { newPdf, pdfBytes } from './pdf-document.js';
import { drawPdfHeading } from './pdf-heading.js';

const CATALOGUE = [
  { code: 'BAC-NINH', name: 'Ủy ban nhân dân tỉnh Bắc Ninh', parent: null },
  { code: 'BO-HA', name: 'Bộ phận một cửa xã Bố Hạ', parent: 'BAC-NINH' },
];

describe('papers setup', () => {
  it('names an office from the catalogue, else by its code', () => {
    expect(officeNames('BO-HA', CATALOGUE)).toEqual({
      office: 'Bộ phận một cửa xã Bố Hạ',
      parent: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    });
    expect(officeNames('XA-KHAC', CATALOGUE)).toEqual({ office: 'XA-KHAC', parent: null });
  });

  it('writes the heading with Vietnamese text a PDF reader extracts, and a DOCX that holds it', async () => {
    const h = paperHeading(officeNames('BO-HA', CATALOGUE), '2026-12-04', 'Số: 07/GTN');
    const doc = newPdf({ title: 'thử', createdAt: new Date('2026-12-04T00:00:00Z') });
    drawPdfHeading(doc, h);
    doc.text('Hồ sơ được tiếp nhận; hẹn trả kết quả lúc 16 giờ 30.');
    const pdf = await pdfBytes(doc);
    const dir = mkdtempSync(join(tmpdir(), 'papers-'));
    writeFileSync(join(dir, 'h.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'h.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BỘ PHẬN MỘT CỬA XÃ BỐ HẠ');
    expect(text).toContain('ngày 04 tháng 12 năm 2026');
    expect(text).toContain('hẹn trả kết quả lúc 16 giờ 30');
    const fonts = execFileSync('pdffonts', [join(dir, 'h.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif.*yes/);

    const docx = await docxBytes({ title: 'thử', createdAt: new Date() }, docxHeading(h));
    writeFileSync(join(dir, 'h.docx'), docx);
    const xml = execFileSync('unzip', ['-p', join(dir, 'h.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('ỦY BAN NHÂN DÂN TỈNH BẮC NINH');
    expect(xml).toMatch(/w:pgSz w:w="11906" w:h="16838"/);
  });
});
