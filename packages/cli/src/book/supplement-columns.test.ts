// The tracking book's optional supplement and apology columns (issue 15, item 3): several supplement
// rounds in one line (one per line in the cell), the apology with its new date, planned in time order
// between receipt and result, refused by line and column when they cannot be read or contradict the ledger,
// and written nothing the second time.
import type { DossierEvent } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { columnOf } from './columns.js';
import { formatIssue } from './messages.js';
import { conflictsOf, planBook } from './test-plan.js';

const HEADER =
  'Mã hồ sơ,Lĩnh vực,Hình thức tiếp nhận,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Ngày yêu cầu bổ sung,Nội dung yêu cầu bổ sung,Ngày nhận hồ sơ bổ sung,Ngày xin lỗi,Ngày hẹn trả mới,Lý do gia hạn';

const plan = (lines: string[], stored: Record<string, DossierEvent[]> = {}) => planBook(HEADER, lines, stored);

const TWO_ROUNDS =
  'A1,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,2024-01-26 15:00,"2024-01-16 09:00\n2024-01-18 09:00","Thiếu bản sao giấy khai sinh\nThiếu chữ ký",2024-01-17 10:00;2024-01-19 10:00,2024-01-22 09:00,2024-01-29,Chờ xác minh';

describe('supplement and apology columns of a tracking book', () => {
  it('recognises the Vietnamese headers and the import keys', () => {
    expect(columnOf('Ngày yêu cầu bổ sung')).toBe('supplement_requested_at');
    expect(columnOf('Nội dung yêu cầu bổ sung')).toBe('supplement_reason');
    expect(columnOf('Ngày nhận hồ sơ bổ sung')).toBe('supplement_provided_at');
    expect(columnOf('Ngày xin lỗi, gia hạn')).toBe('rescheduled_at');
    expect(columnOf('Ngày hẹn trả mới')).toBe('rescheduled_due_at');
    expect(columnOf('Lý do gia hạn')).toBe('reschedule_reason');
    expect(columnOf('supplement_requested_at')).toBe('supplement_requested_at');
  });

  it('plans two rounds and the apology between receipt and result, in time order, each due date moved once', () => {
    const p = plan([TWO_ROUNDS]);
    expect(p.issues).toEqual([]);
    expect(p.rows[0]!.supplements).toEqual([
      {
        requestedAt: '2024-01-16T09:00:00+07:00',
        reason: 'Thiếu bản sao giấy khai sinh',
        providedAt: '2024-01-17T10:00:00+07:00',
      },
      { requestedAt: '2024-01-18T09:00:00+07:00', reason: 'Thiếu chữ ký', providedAt: '2024-01-19T10:00:00+07:00' },
    ]);
    expect(p.events.map((e) => e.type)).toEqual([
      'DossierReceived',
      'SupplementRequested',
      'SupplementProvided',
      'SupplementRequested',
      'SupplementProvided',
      'DueDateRescheduled',
      'DossierResolved',
      'ResultReturned',
    ]);
    const provided = p.events.filter((e) => e.type === 'SupplementProvided').map((e) => e.data as { dueAt: string });
    // Each wait moves the slip's date (the 19th) later, the second from where the first left it.
    expect(provided[0]!.dueAt > '2024-01-19T23:59:59+07:00').toBe(true);
    expect(provided[1]!.dueAt > provided[0]!.dueAt).toBe(true);
    const apology = p.events.find((e) => e.type === 'DueDateRescheduled')!;
    expect(apology.data).toEqual({ reason: 'Chờ xác minh', newDueAt: '2024-01-29T23:59:59+07:00' });
    // Every step has its own command id, so a re-import recognises each.
    expect(new Set(p.events.map((e) => e.meta.commandId)).size).toBe(p.events.length);
  });

  it('leaves the last request waiting when its supplement has not come in, with a default reason', () => {
    const p = plan(['A2,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,2024-01-16 09:00,,,,,']);
    expect(p.issues).toEqual([]);
    expect(p.rows[0]!.supplements).toEqual([
      { requestedAt: '2024-01-16T09:00:00+07:00', reason: '(không ghi trong sổ)', providedAt: null },
    ]);
    expect(p.events.map((e) => e.type)).toEqual(['DossierReceived', 'SupplementRequested']);
  });

  it('refuses unreadable and inconsistent cells by line and column, in Vietnamese, with nothing planned', () => {
    const p = plan([
      'B1,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,"2024-01-16 09:00\nhôm qua",,,,,',
      'B2,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,2024-01-16 09:00,,2024-01-17 10:00;2024-01-18 10:00,,,',
      'B3,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,,,,2024-01-17 09:00,,',
      'B4,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,,,2024-01-17 10:00,,,',
      // Two requests with no supplement between them: the rules refuse the second.
      'B5,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,2024-01-16 09:00;2024-01-17 09:00,,,,,',
      // An apology on or after the due day.
      'B6,Hộ tịch,trực tiếp,2024-01-15 08:30,2024-01-19,,,,,2024-01-19 09:00,2024-01-25,Chậm',
    ]);
    expect(p.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '2:supplement_requested_at:BAD_TIME',
      // The first record's quoted cell spans two lines of the file: the next record starts on line 4.
      '4:supplement_provided_at:LIST_LENGTH',
      '5:rescheduled_due_at:REQUIRED',
      '6:supplement_requested_at:REQUIRED',
      '7:supplement_requested_at:REJECTED',
      '8:rescheduled_at:REJECTED',
    ]);
    expect(p.issues[0]!.value).toBe('hôm qua');
    expect(formatIssue(p.issues[1]!, 'vi')).toContain('cột Ngày nhận hồ sơ bổ sung (supplement_provided_at)');
    expect(formatIssue(p.issues[1]!, 'en')).toContain('more entries than there are supplement requests (1)');
    expect(p.issues[4]!.detail).toMatch(/^SUPPLEMENT_PENDING/);
    expect(p.issues[5]!.detail).toMatch(/^RESCHEDULE_TOO_LATE/);
  });

  it('writes nothing the second time, and refuses a book whose rounds contradict the ledger', () => {
    const first = plan([TWO_ROUNDS]);
    expect(first.issues).toEqual([]);
    const stored = Object.fromEntries(first.requests.map((r) => [r.streamId, r.events as DossierEvent[]]));
    const again = plan([TWO_ROUNDS], stored);
    expect(again).toMatchObject({ issues: [], events: [], skipped: 1 });
    const other = plan([TWO_ROUNDS.replace('2024-01-17 10:00;', '2024-01-17 11:00;')], stored);
    expect(other.events).toEqual([]);
    expect(other.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '2:supplement_provided_at:STORE_CONFLICT',
    ]);
  });

  it('takes a reason recorded on several lines as the book writes it, on one: a re-import writes nothing', () => {
    const first = plan([TWO_ROUNDS]);
    const twoLines = (e: DossierEvent): DossierEvent =>
      e.type === 'SupplementRequested' && e.data.reason === 'Thiếu chữ ký'
        ? { ...e, data: { reason: 'Thiếu\r\n  chữ ký' } }
        : e;
    const stored = Object.fromEntries(
      first.requests.map((r) => [r.streamId, (r.events as DossierEvent[]).map(twoLines)]),
    );
    expect(JSON.stringify(stored)).toContain('Thiếu\\r\\n  chữ ký');
    expect(plan([TWO_ROUNDS], stored)).toMatchObject({ issues: [], events: [], skipped: 1 });
    // Still a different reason when the words differ.
    expect(plan([TWO_ROUNDS.replace('Thiếu chữ ký', 'Thiếu ảnh')], stored).issues.map((i) => i.column)).toEqual([
      'supplement_reason',
    ]);
  });

  it('names the column that differs from the ledger: a reason or a new date, not only the time of the step', () => {
    const differing = (from: string, to: string) => conflictsOf(HEADER, TWO_ROUNDS, from, to);
    expect(differing('Thiếu chữ ký', 'Thiếu ảnh')).toEqual(['2:supplement_reason:STORE_CONFLICT']);
    expect(differing('2024-01-29', '2024-01-30')).toEqual(['2:rescheduled_due_at:STORE_CONFLICT']);
    expect(differing('Chờ xác minh', 'Chờ ý kiến')).toEqual(['2:reschedule_reason:STORE_CONFLICT']);
    expect(differing('2024-01-22 09:00', '2024-01-22 10:00')).toEqual(['2:rescheduled_at:STORE_CONFLICT']);
  });
});
