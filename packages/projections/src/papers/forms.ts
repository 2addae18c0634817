// The seven forms of Thông tư 03/2025/TT-VPCP, Phụ lục I, as plain data built from one dossier's story.
// One function per form; a form asked for a dossier that never reached its step is a PaperError. The
// wording follows the forms' structure; the ledger holds no names, addresses or papers of the applicant,
// so those lines carry the applicant reference or are left for the office to fill in (the DOCX is editable).
import { type Channel, PROVISIONAL_DUE } from '@motcua/domain';
import type { HandoverView, Outcome } from '../timeline.js';
import type { DossierStory, FinishKind } from './dossier-story.js';
import { paperHeading } from './heading.js';
import type { OfficeNames } from './office-name.js';
import { type Block, FORM_TITLES, type FormNumber, type Paper } from './paper.js';
import { type PaperError, paperError } from './paper-error.js';
import { vnClock, vnClockCell, vnDate, vnDay } from './vn-time.js';

export interface FormInput {
  readonly story: DossierStory;
  /** Hand-overs with the giver's step measured against its deadline (the dossier view's). */
  readonly handovers: readonly HandoverView[];
  /** The returned result against the due date (counting rule 5), when finished. */
  readonly finishOutcome: Outcome | null;
  readonly names: OfficeNames;
  readonly procedureName: string | null;
  readonly asOf: Date;
  /** Whether a promised date falls in a year without announced days off (the working calendar's). */
  readonly isProvisional: (instant: string) => boolean;
}

/** A date promised to the citizen, marked when the calendar it was counted on is not yet announced. */
const promised = (i: FormInput, instant: string): string =>
  i.isProvisional(instant) ? `${vnClock(instant)} (${PROVISIONAL_DUE.vi})` : vnClock(instant);

type Built = { ok: true; paper: Paper } | { ok: false; error: PaperError };

const CHANNEL_VI: Readonly<Record<Channel, string>> = {
  direct: 'trực tiếp',
  online: 'trực tuyến',
  postal: 'qua dịch vụ bưu chính công ích',
};
const OUTCOME_VI: Readonly<Record<Outcome, string>> = { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' };
const FINISH_VI = {
  returned: 'Đã trả kết quả',
  withdrawn: 'Rút hồ sơ (dừng giải quyết)',
  returnedUnprocessed: 'Từ chối, trả lại hồ sơ',
  refused: 'Từ chối giải quyết',
  stopped: 'Dừng giải quyết hồ sơ',
} as const;
const STATUS_VI = (s: DossierStory): string =>
  s.finish
    ? FINISH_VI[s.finish.kind].toLowerCase()
    : s.resolution
      ? 'đã giải quyết, chưa trả kết quả'
      : 'đang giải quyết';

const applicant = (s: DossierStory): string =>
  s.applicantRef ? `${s.applicantRef} (mã tham chiếu người nộp)` : '(sổ cái không lưu thông tin người nộp)';
const request = (s: DossierStory, procedureName: string | null): string =>
  s.procedureCode
    ? `${procedureName ?? 'Thủ tục hành chính'} (mã thủ tục ${s.procedureCode})`
    : `Thủ tục thuộc lĩnh vực ${s.field}`;
const subject = (s: DossierStory): string => `${s.office}/${s.code}`;

function paper(form: FormNumber, input: FormInput, day: string, blocks: Block[], landscape = false): Built {
  const number = form === '07' ? null : 'Số: ........../..........';
  return {
    ok: true,
    paper: {
      form,
      title: FORM_TITLES[form],
      heading: paperHeading(input.names, day, number),
      landscape,
      blocks: [
        { kind: 'title', text: FORM_TITLES[form].toUpperCase(), sub: `Mã hồ sơ: ${input.story.code}` },
        ...blocks,
      ],
      asOf: input.asOf,
    },
  };
}

const notApplicable = (form: FormNumber, s: DossierStory, en: string, vi: string): Built => ({
  ok: false,
  error: paperError(
    'FORM_NOT_APPLICABLE',
    form,
    subject(s),
    `${subject(s)}: form ${form} (${FORM_TITLES[form]}) cannot be made: ${en}`,
    `${subject(s)}: không lập được mẫu ${form} (${FORM_TITLES[form]}): ${vi}`,
  ),
});

const received = (i: FormInput): Block => ({
  kind: 'paragraph',
  text: `Ngày ${vnDate(i.story.receivedAt)}, ${i.names.office} tiếp nhận hồ sơ của: ${applicant(i.story)}.`,
});
const requestFields = (i: FormInput): Block => ({
  kind: 'fields',
  rows: [
    ['Nội dung yêu cầu giải quyết', request(i.story, i.procedureName)],
    ['Lĩnh vực', i.story.field],
  ],
});

/** 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả: every received dossier has one. */
function form01(i: FormInput): Built {
  const s = i.story;
  return paper('01', i, vnDay(s.receivedAt), [
    { kind: 'paragraph', text: `${i.names.office} đã tiếp nhận hồ sơ của:` },
    {
      kind: 'fields',
      rows: [
        ['Người nộp hồ sơ', applicant(s)],
        ['Nội dung yêu cầu giải quyết', request(s, i.procedureName)],
        ['Lĩnh vực', s.field],
        ['Hình thức tiếp nhận', CHANNEL_VI[s.channel]],
        ['Số lượng hồ sơ', '01 (bộ)'],
        ['Thời gian nhận hồ sơ', vnClock(s.receivedAt)],
        ['Thời gian trả kết quả giải quyết hồ sơ', promised(i, s.dueAtOnReceipt)],
      ],
    },
    { kind: 'paragraph', text: 'Vào Sổ theo dõi hồ sơ, Quyển số: .......... Số thứ tự: ..........', italic: true },
    {
      kind: 'signatures',
      cells: [
        { title: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký và ghi rõ họ tên)' },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: '(Ký và ghi rõ họ tên)' },
      ],
    },
  ]);
}

/** 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the latest supplement request. */
function form02(i: FormInput): Built {
  const s = i.story;
  const n = s.supplements.length;
  const last = s.supplements[n - 1];
  if (!last) {
    return notApplicable('02', s, 'no supplement was ever requested', 'hồ sơ chưa từng có yêu cầu bổ sung, hoàn thiện');
  }
  const after: Block[] = last.providedAt
    ? [
        {
          kind: 'paragraph',
          text: `Hồ sơ đã được bổ sung lúc ${vnClock(last.providedAt)}; thời gian trả kết quả được tính lại đến ${vnClock(last.dueAfter ?? s.dueAt)}.`,
          italic: true,
        },
      ]
    : [];
  return paper('02', i, vnDay(last.requestedAt), [
    received(i),
    requestFields(i),
    {
      kind: 'paragraph',
      text: `Sau khi xem xét, thẩm định hồ sơ, đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau (yêu cầu lần thứ ${n}, lúc ${vnClock(last.requestedAt)}):`,
    },
    { kind: 'paragraph', text: `1. ${last.reason}`, bold: true },
    {
      kind: 'paragraph',
      text: 'Thời gian giải quyết hồ sơ tạm dừng từ khi có phiếu này cho đến khi nhận đủ hồ sơ bổ sung, hoàn thiện.',
    },
    ...after,
    {
      kind: 'paragraph',
      text: `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ${i.names.office} để được hướng dẫn.`,
    },
    { kind: 'signatures', cells: [{ title: 'NGƯỜI HƯỚNG DẪN', note: '(Ký và ghi rõ họ tên)' }] },
  ]);
}

/** The finish a notice needs (refusal for 03, stop for 05), or why there is none yet. */
function finishedAs(
  form: FormNumber,
  s: DossierStory,
  kinds: ReadonlyArray<FinishKind>,
  en: string,
  vi: string,
): NonNullable<DossierStory['finish']> | Built {
  const f = s.finish;
  if (f && kinds.includes(f.kind)) return f;
  const now = f ? f.kind : s.resolution ? 'approved' : 'in progress';
  return notApplicable(form, s, `${en} (${now})`, `${vi} (${STATUS_VI(s)})`);
}

/** A notice about the whole dossier: who handed it in, for what, what the office says and why. */
const notice = (i: FormInput, says: string, reason: string, when: readonly [string, string] | null, signer: string) => [
  received(i),
  requestFields(i),
  { kind: 'paragraph' as const, text: says },
  { kind: 'paragraph' as const, text: reason, bold: true },
  ...(when ? [{ kind: 'fields' as const, rows: [when] }] : []),
  { kind: 'paragraph' as const, text: 'Xin thông báo để ông/bà được biết và thực hiện./.' },
  { kind: 'signatures' as const, cells: [{ title: signer, note: SIGNER_NOTE[signer] ?? '(Ký và ghi rõ họ tên)' }] },
];
const SIGNER_NOTE: Readonly<Record<string, string>> = { 'THỦ TRƯỞNG CƠ QUAN': '(Ký, ghi rõ họ tên và đóng dấu)' };

/** 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ: a dossier refused or returned unprocessed. */
function form03(i: FormInput): Built {
  const f = finishedAs(
    '03',
    i.story,
    ['refused', 'returnedUnprocessed'],
    'the dossier was not refused',
    'hồ sơ không bị từ chối',
  );
  if ('ok' in f) return f;
  const says = `Qua xem xét, ${i.names.office} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`;
  const when = ['Thời điểm từ chối', vnClock(f.at)] as const;
  return paper('03', i, vnDay(f.at), notice(i, says, f.reason ?? '(không ghi lý do)', when, 'NGƯỜI TIẾP NHẬN HỒ SƠ'));
}

/** 04 Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết: the (only) rescheduling. */
function form04(i: FormInput): Built {
  const s = i.story;
  const r = s.reschedule;
  if (!r) {
    return notApplicable(
      '04',
      s,
      'the due date was never rescheduled (no apology)',
      'hồ sơ chưa từng được xin lỗi, gia hạn thời gian giải quyết',
    );
  }
  return paper('04', i, vnDay(r.at), [
    {
      kind: 'paragraph',
      text: `Ngày ${vnDate(s.receivedAt)}, ${i.names.office} tiếp nhận, giải quyết hồ sơ của ${applicant(s)}, hẹn trả kết quả lúc ${vnClock(r.dueBefore)}.`,
    },
    requestFields(i),
    {
      kind: 'paragraph',
      text: 'Tuy nhiên, đến nay hồ sơ chưa giải quyết xong, không trả kết quả đúng hẹn. Lý do:',
    },
    { kind: 'paragraph', text: r.reason, bold: true },
    {
      kind: 'paragraph',
      text: `${i.names.office} xin lỗi ông/bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết, hẹn trả kết quả vào lúc ${promised(i, r.newDueAt)}.`,
    },
    { kind: 'fields', rows: [['Thời điểm lập phiếu', vnClock(r.at)]] },
    { kind: 'paragraph', text: 'Mong nhận được sự thông cảm của ông/bà./.' },
    { kind: 'signatures', cells: [{ title: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký, ghi rõ họ tên và đóng dấu)' }] },
  ]);
}

/** 05 Thông báo dừng giải quyết hồ sơ: a dossier whose processing the office stopped (the stop notice of
 *  Nghị định 118/2025), or that the applicant withdrew (which stops it too). */
function form05(i: FormInput): Built {
  const f = finishedAs(
    '05',
    i.story,
    ['stopped', 'withdrawn'],
    "the dossier's processing was not stopped",
    'hồ sơ không bị dừng giải quyết',
  );
  if ('ok' in f) return f;
  const says = `${i.names.office} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${vnClock(f.at)}. Lý do:`;
  const reason = f.reason ?? 'Theo đề nghị rút hồ sơ của người nộp hồ sơ.';
  return paper('05', i, vnDay(f.at), notice(i, says, reason, null, 'THỦ TRƯỞNG CƠ QUAN'));
}

const stepCell = (h: HandoverView): string =>
  `Giao: ${h.fromUnit}\nNgười giao: ${h.giver}\nNhận: ${h.toUnit}\nNgười nhận: ${h.receiver}`;

/** 06 Phiếu kiểm soát quá trình giải quyết hồ sơ: receipt, each hand-over, and the finish. */
function form06(i: FormInput): Built {
  const s = i.story;
  const rows: string[][] = [
    [
      `Giao: Người nộp hồ sơ (${CHANNEL_VI[s.channel]})\nNhận: ${i.names.office}`,
      vnClockCell(s.receivedAt),
      '—',
      `Hẹn trả kết quả: ${vnClock(s.dueAtOnReceipt)}`,
    ],
  ];
  for (const h of i.handovers) {
    rows.push([
      stepCell(h),
      vnClockCell(h.at),
      h.outcome ? OUTCOME_VI[h.outcome] : '—',
      [h.stepDueAt ? `Hạn xử lý của bước: ${vnClock(h.stepDueAt)}` : 'Bước không đặt hạn riêng', h.note ?? '']
        .filter(Boolean)
        .join('\n'),
    ]);
  }
  if (s.finish) {
    rows.push([
      s.finish.kind === 'returned' ? 'Trả kết quả cho tổ chức, cá nhân' : FINISH_VI[s.finish.kind],
      vnClockCell(s.finish.at),
      i.finishOutcome ? OUTCOME_VI[i.finishOutcome] : '—',
      `Hạn trả kết quả: ${vnClock(s.dueAt)}`,
    ]);
  }
  return paper('06', i, vnDay(i.asOf.toISOString()), [
    {
      kind: 'fields',
      rows: [
        ['Người nộp hồ sơ', applicant(s)],
        ['Nội dung yêu cầu giải quyết', request(s, i.procedureName)],
        ['Ngày nhận hồ sơ', vnClock(s.receivedAt)],
        ['Hẹn trả kết quả', vnClock(s.dueAt)],
        ['Tình trạng', STATUS_VI(s)],
      ],
    },
    {
      kind: 'table',
      columns: [
        { title: 'TÊN CƠ QUAN, ĐƠN VỊ; NGƯỜI GIAO, NHẬN', width: 0.38 },
        { title: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', width: 0.22 },
        { title: 'KẾT QUẢ GIẢI QUYẾT (trước hạn / đúng hạn / quá hạn)', width: 0.16 },
        { title: 'GHI CHÚ', width: 0.24 },
      ],
      rows,
    },
    {
      kind: 'paragraph',
      text: 'Kết quả của mỗi lần giao là bước của bên giao, so với hạn bước đó được giao; theo ngày làm việc tại cơ quan.',
      italic: true,
    },
  ]);
}

/** 07 Sổ theo dõi hồ sơ: the dossier's line of the tracking book of its field. */
function form07(i: FormInput): Built {
  const s = i.story;
  const due = s.reschedule ? `${vnDate(s.dueAt)}\n(hẹn lại ${vnDate(s.reschedule.newDueAt)})` : vnDate(s.dueAt);
  const note = s.finish
    ? `${FINISH_VI[s.finish.kind]}${i.finishOutcome && s.finish.kind === 'returned' ? `, ${OUTCOME_VI[i.finishOutcome].toLowerCase()}` : ''}`
    : STATUS_VI(s);
  return paper(
    '07',
    i,
    vnDay(i.asOf.toISOString()),
    [
      { kind: 'paragraph', text: `Lĩnh vực: ${s.field} — năm ${vnDay(s.receivedAt).slice(0, 4)}`, bold: true },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 0.05 },
          { title: 'Mã hồ sơ', width: 0.09 },
          { title: 'Tên thủ tục hành chính', width: 0.12 },
          { title: 'Tên tổ chức, cá nhân', width: 0.09 },
          { title: 'Địa chỉ, số điện thoại', width: 0.075 },
          { title: 'Cơ quan chủ trì giải quyết', width: 0.125 },
          { title: 'Nhận hồ sơ', width: 0.095 },
          { title: 'Hẹn trả kết quả', width: 0.095 },
          { title: 'Ngày có kết quả / trả', width: 0.095 },
          { title: 'Phương thức nhận kết quả', width: 0.08 },
          { title: 'Ghi chú', width: 0.085 },
        ],
        rows: [
          [
            '1',
            s.code,
            request(s, i.procedureName),
            s.applicantRef ?? '—',
            '(không lưu)',
            s.lastUnit ?? i.names.office,
            vnDate(s.receivedAt),
            due,
            s.finish ? vnDate(s.finish.at) : '—',
            CHANNEL_VI[s.channel],
            note,
          ],
        ],
      },
    ],
    true,
  );
}

const BUILDERS: Readonly<Record<FormNumber, (i: FormInput) => Built>> = {
  '01': form01,
  '02': form02,
  '03': form03,
  '04': form04,
  '05': form05,
  '06': form06,
  '07': form07,
};

export const buildForm = (form: FormNumber, input: FormInput): Built => BUILDERS[form](input);
