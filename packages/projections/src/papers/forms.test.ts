// The seven forms opened after they are made (issue 15, items 2, 3 and 6): each PDF's text extracted with
// pdftotext and checked for its Vietnamese wording and figures, each DOCX's word/document.xml read back,
// each PDF's first page rendered to PNG under test-output/papers/ to be looked at; a form for a step the
// dossier never reached is a typed error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from '@motcua/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { logBuilder } from '../fixtures.js';
import { paperFromEvents, renderPaper } from './dossier-paper.js';
import { FORM_NUMBERS, type FormNumber } from './paper.js';

const OUT = join(import.meta.dirname, '../../../../test-output/papers');
const OFF = 'BO-HA';
const UNITS = [
  { code: 'BAC-NINH', name: 'Ủy ban nhân dân xã Bố Hạ', parent: null },
  { code: OFF, name: 'Bộ phận một cửa xã Bố Hạ', parent: 'BAC-NINH' },
];

/** Four dossiers, one for each way a dossier goes: returned late after an apology, refused, withdrawn, open. */
function ledger() {
  const b = logBuilder();
  const open = (code: string, channel: 'direct' | 'online', procedureCode: string | null) =>
    b.add(
      OFF,
      code,
      'DossierReceived',
      {
        office: OFF,
        dossierCode: code,
        procedureCode,
        field: 'Hộ tịch',
        channel,
        receivedAt: '2026-03-02T08:30:00+07:00',
        dueAt: '2026-03-06T17:00:00+07:00',
        applicantRef: `CD-${code}`,
      },
      { at: '2026-03-02T08:30:00+07:00' },
    );
  const step = (code: string, at: string, fromUnit: string, toUnit: string, stepDueAt: string | null) =>
    b.add(
      OFF,
      code,
      'DossierHandedOver',
      { fromUnit, giver: 'cb.motcua', toUnit, receiver: 'cb.tuphap', stepDueAt, note: null },
      { at },
    );
  // HS-1: hand-overs, a supplement, an apology with a new date, returned late.
  // The desk's step is due on 6 March (handed on that day: on time), the leader's on 9 March (late on the 11th).
  open('HS-1', 'direct', '1.000894');
  step(
    'HS-1',
    '2026-03-02T10:00:00+07:00',
    'Bộ phận một cửa',
    'Công chức Tư pháp - Hộ tịch',
    '2026-03-06T17:00:00+07:00',
  );
  b.add(
    OFF,
    'HS-1',
    'SupplementRequested',
    { reason: 'Thiếu bản sao Giấy xác nhận tình trạng hôn nhân' },
    {
      at: '2026-03-03T09:00:00+07:00',
    },
  );
  b.add(OFF, 'HS-1', 'SupplementProvided', { dueAt: '2026-03-09T17:00:00+07:00' }, { at: '2026-03-05T09:00:00+07:00' });
  b.add(
    OFF,
    'HS-1',
    'DueDateRescheduled',
    { reason: 'Chờ xác minh hộ tịch tại nơi cư trú trước', newDueAt: '2026-03-13T17:00:00+07:00' },
    {
      at: '2026-03-06T15:00:00+07:00',
    },
  );
  step(
    'HS-1',
    '2026-03-06T16:00:00+07:00',
    'Công chức Tư pháp - Hộ tịch',
    'Lãnh đạo UBND xã',
    '2026-03-09T17:00:00+07:00',
  );
  step('HS-1', '2026-03-11T08:00:00+07:00', 'Lãnh đạo UBND xã', 'Bộ phận một cửa', null);
  b.add(OFF, 'HS-1', 'DossierResolved', { decision: 'approved', note: null }, { at: '2026-03-11T08:00:00+07:00' });
  b.add(OFF, 'HS-1', 'ResultReturned', {}, { at: '2026-03-12T09:00:00+07:00' });
  // HS-2: returned unprocessed (refused).
  open('HS-2', 'online', '1.001193');
  b.add(
    OFF,
    'HS-2',
    'DossierReturnedUnprocessed',
    { reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của xã' },
    {
      at: '2026-03-03T10:00:00+07:00',
    },
  );
  // HS-3: withdrawn by the applicant.
  open('HS-3', 'direct', null);
  b.add(
    OFF,
    'HS-3',
    'DossierWithdrawn',
    { reason: 'Người nộp đề nghị rút hồ sơ' },
    { at: '2026-03-04T14:00:00+07:00' },
  );
  // HS-4: still open, nothing but the receipt.
  open('HS-4', 'direct', '1.001193');
  // HS-5: the office stopped processing it (the stop notice of Nghị định 118/2025).
  open('HS-5', 'online', '1.001193');
  b.add(
    OFF,
    'HS-5',
    'ProcessingStopped',
    { reason: 'Người nộp không bổ sung hồ sơ trong thời hạn' },
    { at: '2026-03-05T10:30:00+07:00' },
  );
  return b.events;
}

const streamOf = (events: RecordedEvent[], code: string) => events.filter((e) => e.streamId.endsWith(`-${code}`));
const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
const docxXml = (file: string): string =>
  execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
/** The document's text: the runs joined per paragraph, so a phrase split across runs still reads whole. */
const docxText = (file: string): string =>
  docxXml(file)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replaceAll('&amp;', '&');

/** Which dossier each form is made for, and what its pages must say. */
const CASES: Record<FormNumber, { code: string; says: string[] }> = {
  '01': {
    code: 'HS-1',
    says: [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Đăng ký kết hôn (mã thủ tục 1.000894)',
      '08 giờ 30 phút, ngày 02/03/2026',
      '17 giờ 00 phút, ngày 06/03/2026',
      'CD-HS-1',
    ],
  },
  '02': {
    code: 'HS-1',
    says: [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Thiếu bản sao Giấy xác nhận tình trạng hôn nhân',
      'yêu cầu lần thứ 1',
      '17 giờ 00 phút, ngày 09/03/2026',
    ],
  },
  '03': {
    code: 'HS-2',
    says: [
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'Hồ sơ không thuộc thẩm quyền giải quyết của xã',
      '10 giờ 00 phút, ngày 03/03/2026',
    ],
  },
  '04': {
    code: 'HS-1',
    says: [
      'PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'Chờ xác minh hộ tịch tại nơi cư trú trước',
      '17 giờ 00 phút, ngày 13/03/2026',
      '17 giờ 00 phút, ngày 09/03/2026',
    ],
  },
  '05': {
    code: 'HS-3',
    says: ['THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Người nộp đề nghị rút hồ sơ', '14 giờ 00 phút, ngày 04/03/2026'],
  },
  '06': {
    code: 'HS-1',
    says: [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Công chức Tư pháp - Hộ tịch',
      'Lãnh đạo UBND xã',
      'Đúng hạn',
      'Quá hạn',
      'Trả kết quả cho tổ chức, cá nhân',
      '16 giờ 00 phút,',
      'ngày 06/03/2026',
      'ngày 11/03/2026',
    ],
  },
  '07': {
    code: 'HS-1',
    says: ['SỔ THEO DÕI HỒ SƠ', 'Lĩnh vực: Hộ tịch', 'HS-1', '02/03/2026', '12/03/2026', 'Bộ phận một cửa'],
  },
};

describe('the seven forms of Thông tư 03/2025/TT-VPCP, Phụ lục I', () => {
  const events = ledger();
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  for (const form of FORM_NUMBERS) {
    it(`form ${form}: PDF text and DOCX read back say what the events say, under the national heading`, async () => {
      const { code, says } = CASES[form];
      const r = paperFromEvents(form, OFF, code, streamOf(events, code), { units: UNITS });
      if (!r.ok) throw new Error(r.error.message);
      const pdfFile = join(OUT, `mau-${form}.pdf`);
      const docxFile = join(OUT, `mau-${form}.docx`);
      writeFileSync(pdfFile, await renderPaper(r.paper, 'pdf'));
      writeFileSync(docxFile, await renderPaper(r.paper, 'docx'));

      const text = pdfText(pdfFile);
      const doc = docxText(docxFile);
      for (const heading of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BỘ PHẬN MỘT CỬA XÃ BỐ HẠ',
      ]) {
        expect(text).toContain(heading);
        expect(doc).toContain(heading);
      }
      for (const s of says) {
        expect(text.replace(/\s+/g, ' '), s).toContain(s);
        expect(doc.replace(/\s+/g, ' '), s).toContain(s);
      }
      // A4 (portrait, or landscape for the book), the font embedded.
      const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
      expect(info).toMatch(form === '07' ? /Page size:\s+841\.89 x 595\.28/ : /Page size:\s+595\.28 x 841\.89/);
      expect(execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })).toMatch(/DejaVuSerif\S*\s+.*yes\s+yes/);
      expect(docxXml(docxFile)).toContain(
        form === '07'
          ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
          : '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      );
      // Each table's grid spans the text width (A4 less 30 + 15 mm margins) in its columns' shares:
      // LibreOffice lays a table out by its grid, not by the cells' percentages, so with the grid docx
      // writes by default every column came out equally wide and the Quốc hiệu wrapped.
      const textWidth = form === '07' ? 16838 - 2551 : 11906 - 2551;
      const grids = [...docxXml(docxFile).matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((g) =>
        [...g[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
      );
      expect(grids.length).toBeGreaterThanOrEqual(2);
      for (const g of grids) expect(Math.abs(g.reduce((a, b) => a + b, 0) - textWidth)).toBeLessThanOrEqual(g.length);
      expect(Math.abs((grids[0]?.[0] ?? 0) - 0.42 * textWidth)).toBeLessThanOrEqual(1);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, join(OUT, `mau-${form}`)]);
    });
  }

  it('keeps personal data out: the applicant appears only by reference', async () => {
    const r = paperFromEvents('01', OFF, 'HS-1', streamOf(events, 'HS-1'), { units: UNITS });
    if (!r.ok) throw new Error(r.error.message);
    const json = JSON.stringify(r.paper.blocks);
    expect(json).toContain('CD-HS-1');
    expect(json).not.toMatch(/officer-1/);
  });

  it('reads the events as known at a moment: before the apology was recorded there is no form 04', () => {
    const r = paperFromEvents(
      '04',
      OFF,
      'HS-1',
      streamOf(events, 'HS-1').filter((e) => Date.parse(e.recordedAt) < Date.parse('2026-03-06T08:00:00Z')),
      {
        knownAt: '2026-03-06T08:00:00Z',
      },
    );
    expect(!r.ok && r.error.code).toBe('FORM_NOT_APPLICABLE');
  });

  it.each([
    ['04', 'HS-4', 'chưa từng được xin lỗi'],
    ['02', 'HS-4', 'chưa từng có yêu cầu bổ sung'],
    ['03', 'HS-1', 'hồ sơ không bị từ chối (đã trả kết quả)'],
    ['03', 'HS-4', 'hồ sơ không bị từ chối (đang giải quyết)'],
    ['05', 'HS-2', 'hồ sơ không bị dừng giải quyết'],
  ])('form %s for %s, which never reached that step, is FORM_NOT_APPLICABLE', (form, code, vi) => {
    const r = paperFromEvents(form, OFF, code, streamOf(events, code), { units: UNITS });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FORM_NOT_APPLICABLE');
    expect(r.error.messageVi).toContain(`${OFF}/${code}`);
    expect(r.error.messageVi).toContain(vi);
  });

  it('form 05 for a dossier the office stopped says the reason and time of the stop notice, and its finish', async () => {
    const r = paperFromEvents('05', OFF, 'HS-5', streamOf(events, 'HS-5'), { units: UNITS });
    if (!r.ok) throw new Error(r.error.message);
    const pdfFile = join(OUT, 'mau-05-stopped.pdf');
    writeFileSync(pdfFile, await renderPaper(r.paper, 'pdf'));
    const text = pdfText(pdfFile).replace(/\s+/g, ' ');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Người nộp không bổ sung hồ sơ trong thời hạn');
    expect(text).toContain('10 giờ 30 phút, ngày 05/03/2026');
    // The stop is the dossier's finish on the tracking book too.
    const book = paperFromEvents('07', OFF, 'HS-5', streamOf(events, 'HS-5'), { units: UNITS });
    expect(book.ok && JSON.stringify(book.paper.blocks)).toContain('Dừng giải quyết hồ sơ');
  });

  it('names an unknown form and a dossier the ledger does not hold', () => {
    const bad = paperFromEvents('08', OFF, 'HS-1', streamOf(events, 'HS-1'));
    expect(!bad.ok && bad.error.code).toBe('UNKNOWN_FORM');
    const none = paperFromEvents('01', OFF, 'HS-9', []);
    expect(!none.ok && none.error.code).toBe('DOSSIER_NOT_FOUND');
  });

  it('heads the paper with the office code when the catalogue does not know the office', () => {
    const r = paperFromEvents('01', OFF, 'HS-4', streamOf(events, 'HS-4'));
    expect(r.ok && r.paper.heading.issuer).toEqual(['BO-HA']);
  });
});
