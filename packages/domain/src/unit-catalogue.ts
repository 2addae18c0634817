// The units catalogue as a pure fold of its events, and the questions the rest of the code asks of it:
// which units are in force on a day, who came before and after a unit, which office records a unit's
// dossiers, and whether a command addressed to an office after its unit ended must go to the successor.

import { type DomainError, domainError } from './errors.js';
import { addDays } from './time.js';
import type { UnitData, UnitEvent, UnitLevel } from './unit-events.js';

/** Units by code (the latest version of each), as known after the events folded so far. */
export type UnitCatalogue = ReadonlyMap<string, UnitData>;

export const emptyCatalogue: UnitCatalogue = new Map();

/** One event more. Copy on write: a catalogue once handed out never changes. */
export function evolveCatalogue(catalogue: UnitCatalogue, e: Pick<UnitEvent, 'type' | 'data'>): UnitCatalogue {
  const next = new Map(catalogue);
  next.set(e.data.code, e.data);
  return next;
}

export const foldCatalogue = (events: Iterable<Pick<UnitEvent, 'type' | 'data'>>): UnitCatalogue => {
  const next = new Map<string, UnitData>();
  for (const e of events) next.set(e.data.code, e.data);
  return next;
};

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

/** 30/06/2025 from 2025-06-30, as a clerk writes a day. */
const viDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

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
