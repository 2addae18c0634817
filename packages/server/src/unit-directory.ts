// The units the server knows: the hierarchy file (--hierarchy, no dates) and the units catalogue recorded
// in the log (motcua units import, with dates and successors), asked the same questions: which units are
// above an office (for keys that name a unit), which offices are below a unit, which offices exist.
// The catalogue is read as recorded now; a unit covers its predecessors' offices too, so a key of the
// successor reaches the dossiers it took over.
import { allPredecessorsOf, officeOfUnit, type UnitCatalogue, unitsOfOffice } from '@motcua/domain';
import { type KnownOffices, type UnitLog, type UnitReach, unitReach } from '@motcua/projections';
import type { HierarchyIndex } from './hierarchy.js';

export interface UnitDirectory {
  /** Units above an office or unit (file and catalogue, any day, successors' ancestry included). */
  unitsOf(code: string): readonly string[];
  /** Offices below a unit (file, else catalogue with predecessors), or null when the unit is unknown. */
  officesOf(unit: string): readonly string[] | null;
  /** Whether the catalogue declares the office (as some unit's office). */
  declaresOffice(office: string): boolean;
  catalogue(knownAt?: string | null): UnitCatalogue;
  /**
   * The offices and days a unit's figures cover over a period (`unitReach`): the catalogue as known at
   * `mapAt` (default: as recorded now), else the hierarchy file. Throws the projections' UNKNOWN_UNIT or
   * UNIT_NOT_IN_FORCE, which `projectionProblem` turns into problem details.
   */
  reach(unit: string, period: { from: string; to: string }, mapAt?: string | null): UnitReach;
}

/** The unit and every unit above it, any day: parents, their parents, and each one's successors' ancestry. */
function aboveInCatalogue(catalogue: UnitCatalogue, start: readonly string[]): string[] {
  const out = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (out.has(c)) continue;
    out.add(c);
    const u = catalogue.get(c);
    if (!u) continue;
    if (u.parent) stack.push(u.parent);
    if (u.successor) stack.push(u.successor);
  }
  return [...out];
}

/** Every office below a unit of the catalogue, any day, with its predecessors' (what its keys may reach). */
function officesBelow(catalogue: UnitCatalogue, unit: string): string[] {
  const units = new Set<string>();
  const stack = [unit];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (units.has(c)) continue;
    units.add(c);
    for (const u of catalogue.values()) if (u.parent === c) stack.push(u.code);
    stack.push(...allPredecessorsOf(catalogue, c));
  }
  return [...new Set([...units].map((c) => officeOfUnit(catalogue.get(c)!)))].sort();
}

export function createUnitDirectory(file: HierarchyIndex, log: UnitLog): UnitDirectory {
  return {
    unitsOf(code) {
      const catalogue = log.at();
      const own = unitsOfOffice(catalogue, code).map((u) => u.code);
      const fromCatalogue = aboveInCatalogue(catalogue, catalogue.has(code) ? [code, ...own] : own).filter(
        (c) => c !== code,
      );
      const fromFile = file.unitsOf(code);
      return fromCatalogue.length === 0 ? fromFile : [...new Set([...fromFile, ...fromCatalogue])];
    },
    officesOf(unit) {
      const fromFile = file.officesOf(unit);
      if (fromFile) return fromFile;
      const catalogue = log.at();
      return catalogue.has(unit) ? officesBelow(catalogue, unit) : null;
    },
    declaresOffice: (office) => unitsOfOffice(log.at(), office).length > 0,
    catalogue: (knownAt) => log.at(knownAt),
    reach: (unit, period, mapAt) => unitReach(log.at(mapAt), unit, period, file.officesOf),
  };
}

/** Known offices plus the catalogue's: an office the catalogue declares takes commands and reads. */
export const withCatalogueOffices = (known: KnownOffices, units: UnitDirectory): KnownOffices => ({
  has: (office) => known.has(office) || units.declaresOffice(office),
  list: () => [...new Set([...known.list(), ...[...units.catalogue().values()].map((u) => officeOfUnit(u))])].sort(),
});
