// The units catalogue as a pure fold of its events, and the questions the rest of the code asks of it:
// which units are in force on a day, who came before and after a unit, which office records a unit's
// dossiers, and whether a command addressed to an office after its unit ended must go to the successor.

import { enableMapSet, produce } from 'immer';
import { commandMoment, type DossierCommand } from './commands.js';
import { type DomainError, domainError } from './errors.js';
import { addDays, dayOf, viDay } from './time.js';
import type { UnitData, UnitEvent, UnitLevel } from './unit-events.js';

/** Units by code (the latest version of each), as known after the events folded so far. */
export type UnitCatalogue = ReadonlyMap<string, UnitData>;

export const emptyCatalogue: UnitCatalogue = new Map();

// immer's Map support, for the fold below (issue 11 item 9: immer where state is updated immutably).
enableMapSet();

/**
 * One event more, as immer's draft: a catalogue once handed out never changes (immer freezes it). Both
 * event types carry the unit's whole version, so each puts it in place; the difference (new code or not)
 * is the import's to decide, and a log read later must not fail on it.
 */
export const evolveCatalogue = (catalogue: UnitCatalogue, e: Pick<UnitEvent, 'type' | 'data'>): UnitCatalogue =>
  produce(catalogue as Map<string, UnitData>, (draft) => {
    draft.set(e.data.code, e.data);
  });

/** The events folded in one draft (a catalogue of thousands of units is folded at each knownAt). */
export const foldCatalogue = (events: Iterable<Pick<UnitEvent, 'type' | 'data'>>): UnitCatalogue =>
  produce(new Map<string, UnitData>(), (draft) => {
    for (const e of events) draft.set(e.data.code, e.data);
  });

export const LEVEL_RANK: Record<UnitLevel, number> = { commune: 1, district: 2, province: 3 };
export const LEVEL_VI: Record<UnitLevel, string> = { commune: 'xã', district: 'huyện', province: 'tỉnh' };

/** Whether the unit is in force on the day (both ends inclusive; null ends are open). */
export const inForce = (u: UnitData, day: string): boolean =>
  (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || u.validTo >= day);

/** The one-stop office whose dossiers are the unit's (the catalogue code unless `office` says otherwise). */
export const officeOfUnit = (u: UnitData): string => u.office ?? u.code;

/** Units that name `code` as their successor, sorted. */
export const predecessorsOf = (catalogue: UnitCatalogue, code: string): string[] =>
  [...catalogue.values()]
    .filter((u) => u.successor === code)
    .map((u) => u.code)
    .sort();

/** Every predecessor, theirs too, nearest first (a cycle, refused at import, cannot loop here). */
export function allPredecessorsOf(catalogue: UnitCatalogue, code: string): string[] {
  const out: string[] = [];
  const seen = new Set([code]);
  const queue = [code];
  while (queue.length > 0) {
    for (const p of predecessorsOf(catalogue, queue.shift()!)) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}

/** Units in force on `day` whose parent is `code`, sorted. */
export const childrenOn = (catalogue: UnitCatalogue, code: string, day: string): string[] =>
  [...catalogue.values()]
    .filter((u) => u.parent === code && inForce(u, day))
    .map((u) => u.code)
    .sort();

/** The unit and every unit below it in the hierarchy in force on `day` (the unit itself always). */
export function subtreeOn(catalogue: UnitCatalogue, code: string, day: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [code];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(c);
    stack.push(...childrenOn(catalogue, c, day));
  }
  return out.sort();
}

/** Units whose dossiers are recorded under `office`. */
export const unitsOfOffice = (catalogue: UnitCatalogue, office: string): UnitData[] =>
  [...catalogue.values()].filter((u) => officeOfUnit(u) === office);

const label = (u: UnitData): string => `${u.code} (${u.name})`;

/**
 * Rule of issue 14 item 3: an office whose units have all ended before `day` takes no command for that
 * day; the error names the unit in force that took over (following successors), so the clerk knows where
 * to send it. null when the office is in force that day, or not in the catalogue at all.
 */
export function unitEndedError(catalogue: UnitCatalogue, office: string, day: string): DomainError | null {
  const units = unitsOfOffice(catalogue, office);
  if (units.length === 0 || units.some((u) => inForce(u, day))) return null;
  const ended = units.filter((u) => u.validTo !== null && u.validTo < day);
  if (ended.length === 0) return null; // not yet begun: not this rule's business
  const last = ended.reduce((a, b) => ((a.validTo ?? '') >= (b.validTo ?? '') ? a : b));
  // Successor of the successor, until one in force on the day (or the chain ends).
  let successor: UnitData | undefined;
  const seen = new Set<string>([last.code]);
  for (let s = last.successor; s !== null && !seen.has(s); ) {
    seen.add(s);
    const u = catalogue.get(s);
    if (!u) break;
    successor = u;
    if (inForce(u, day)) break;
    s = u.successor;
  }
  const to = last.validTo!;
  const subject = office;
  if (!successor) {
    return domainError(
      'UNIT_ENDED',
      `${office}: unit ${label(last)} ended on ${to} and names no successor; it takes no commands for ${day}`,
      {
        subject,
        messageVi: `${office}: đơn vị ${label(last)} đã kết thúc ngày ${viDay(to)} và không có đơn vị kế tiếp; không nhận lệnh cho ngày ${viDay(day)}`,
      },
    );
  }
  const succOffice = officeOfUnit(successor);
  return domainError(
    'UNIT_ENDED',
    `${office}: unit ${label(last)} ended on ${to}; from ${addDays(to, 1)} its dossiers are handled by its successor ${label(successor)}: send the command to office ${succOffice}`,
    {
      subject,
      messageVi: `${office}: đơn vị ${label(last)} đã kết thúc ngày ${viDay(to)}; từ ngày ${viDay(addDays(to, 1))} hồ sơ do đơn vị kế tiếp ${label(successor)} giải quyết: hãy gửi lệnh tới cơ quan ${succOffice}`,
    },
  );
}

/**
 * A dossier received by an office before its unit began (xã Bố Hạ, 07294, on 15/06/2025) belongs to the
 * units in force that day, its predecessors: the receipt is refused naming them. null when the office is in
 * force on the day, has ended (unitEndedError's case), or is not in the catalogue. Receipts only: a later
 * command for a predecessor's dossier may be sent to the successor (the server records it there).
 */
export function unitNotBegunError(catalogue: UnitCatalogue, office: string, day: string): DomainError | null {
  const units = unitsOfOffice(catalogue, office);
  if (units.length === 0 || units.some((u) => inForce(u, day))) return null;
  const later = units.filter((u) => u.validFrom !== null && u.validFrom > day);
  if (later.length !== units.length) return null;
  const first = later.reduce((a, b) => ((a.validFrom ?? '') <= (b.validFrom ?? '') ? a : b));
  const before = [
    ...new Set(
      later.flatMap((u) => allPredecessorsOf(catalogue, u.code)).filter((c) => inForce(catalogue.get(c)!, day)),
    ),
  ]
    .sort()
    .map((c) => catalogue.get(c)!);
  const offices = [...new Set(before.map(officeOfUnit))];
  const from = first.validFrom!;
  const named = before.map(label).join(', ');
  return domainError(
    'UNIT_NOT_BEGUN',
    `${office}: unit ${label(first)} begins on ${from}; a dossier received on ${day} belongs to ${
      named
        ? `the unit(s) in force then, ${named}: send it to office ${offices.join(' or ')}`
        : 'no unit of this office'
    }`,
    {
      subject: office,
      messageVi: `${office}: đơn vị ${label(first)} bắt đầu từ ngày ${viDay(from)}; hồ sơ tiếp nhận ngày ${viDay(day)} thuộc ${
        named
          ? `đơn vị trước đó còn hoạt động ngày ấy, ${named}: hãy gửi tới cơ quan ${offices.join(' hoặc ')}`
          : 'không đơn vị nào của cơ quan này'
      }`,
    },
  );
}

/**
 * Whether the office a command is addressed to may take it on the command's day, by the catalogue: not
 * after its unit ended (UNIT_ENDED, naming the successor), and no receipt before it began (UNIT_NOT_BEGUN,
 * naming the units in force then). The one rule for the API and the import.
 */
export function commandUnitError(catalogue: UnitCatalogue, command: DossierCommand): DomainError | null {
  if (catalogue.size === 0) return null;
  const day = dayOf(commandMoment(command));
  const ended = unitEndedError(catalogue, command.office, day);
  if (ended) return ended;
  const opening = command.type === 'ReceiveDossier' || command.type === 'TransferIn';
  return opening ? unitNotBegunError(catalogue, command.office, day) : null;
}
