// Roll-ups office → commune → district → province from an office hierarchy given as data: a unit's
// report is Form 06 over every office under it, so a roll-up always equals the sum of its offices.
import { ProjectionError } from './errors.js';
import type { Form06Query, Ledger } from './ledger.js';
import type { Form06Report } from './report.js';

export type UnitLevel = 'office' | 'commune' | 'district' | 'province';

export interface OfficeUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parent: string | null;
}

const RANK: Record<UnitLevel, number> = { office: 0, commune: 1, district: 2, province: 3 };

function invalid(message: string, details: Record<string, unknown>): never {
  throw new ProjectionError('INVALID_HIERARCHY', message, details);
}

/** Unique codes, known levels, parents that exist and sit higher, no cycles. Throws naming the unit. */
export function validateHierarchy(hierarchy: readonly OfficeUnit[]): Map<string, OfficeUnit> {
  if (!Array.isArray(hierarchy as unknown)) invalid('hierarchy: expected a list of units', {});
  const byCode = new Map<string, OfficeUnit>();
  for (const [i, u] of hierarchy.entries()) {
    if (typeof u !== 'object' || u === null || typeof u.code !== 'string' || u.code === '') {
      invalid(`hierarchy[${i}].code: expected a unit code`, { index: i, field: 'code' });
    }
    if (!(u.level in RANK)) {
      invalid(`hierarchy[${i}] (${u.code}).level: expected office, commune, district or province`, {
        index: i,
        field: 'level',
      });
    }
    if (byCode.has(u.code)) invalid(`hierarchy[${i}].code: ${u.code} appears twice`, { index: i, field: 'code' });
    byCode.set(u.code, u);
  }
  for (const [i, u] of hierarchy.entries()) {
    if (u.parent === null || u.parent === undefined) continue;
    const p = byCode.get(u.parent);
    if (p === undefined)
      invalid(`hierarchy[${i}] (${u.code}).parent: unknown unit ${u.parent}`, { index: i, field: 'parent' });
    if (RANK[p.level] <= RANK[u.level]) {
      invalid(`hierarchy[${i}] (${u.code}).parent: a ${u.level} cannot belong to a ${p.level} (${p.code})`, {
        index: i,
        field: 'parent',
      });
    }
  }
  // Parents rank strictly higher, so there can be no cycle.
  return byCode;
}

/** Every unit code in the subtree of `unit`, itself included. */
export function unitsUnder(hierarchy: readonly OfficeUnit[], unit: string): string[] {
  const byCode = validateHierarchy(hierarchy);
  if (!byCode.has(unit)) {
    throw new ProjectionError('UNKNOWN_UNIT', `unit ${unit} is not in the office hierarchy`, { field: 'unit', unit });
  }
  const children = new Map<string, string[]>();
  for (const u of hierarchy) {
    if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.code]);
  }
  const out: string[] = [];
  const stack = [unit];
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...(children.get(c) ?? []));
  }
  return out.sort();
}

/**
 * Form 06 of a unit: over the offices under it (units of level office, and any unit in the subtree
 * the ledger holds dossiers for, e.g. a commune recorded as its own office).
 */
export function rollUp(
  ledger: Ledger,
  hierarchy: readonly OfficeUnit[],
  unit: string,
  q: Omit<Form06Query, 'offices'>,
): Form06Report {
  const byCode = validateHierarchy(hierarchy);
  const known = new Set(ledger.offices());
  const offices = unitsUnder(hierarchy, unit).filter((c) => byCode.get(c)?.level === 'office' || known.has(c));
  return ledger.form06({ ...q, offices, unit });
}
