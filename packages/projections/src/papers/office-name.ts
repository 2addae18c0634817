// The name an office's papers are headed with: from the units catalogue when it knows the office, else its
// code, so a paper is never headed with nothing. The parent unit's name (cơ quan chủ quản) goes above it.
import { namingFromCatalogue, type UnitsCatalogue } from '../filed/office-identity.js';

export interface NamedUnit {
  readonly code: string;
  readonly name: string | null;
  /** The unit it belongs to, when known. */
  readonly parent: string | null;
}

export interface OfficeNames {
  /** The office's own name (or its code) and its parent's name, if the catalogue has one. */
  readonly office: string;
  readonly parent: string | null;
}

/** One naming rule with the filed Biểu 06 (filed/office-identity.ts): the named units read as a catalogue's
 *  units; the last one listed under a code wins, as namedUnitsOf expects. */
export function officeNames(office: string, catalogue: readonly NamedUnit[] = []): OfficeNames {
  const units = [...new Map(catalogue.map((u) => [u.code, u])).values()];
  const naming = namingFromCatalogue({ units, offices: [] }, office);
  return { office: naming?.name?.trim() || office, parent: naming?.parentName?.trim() || null };
}

/** The units catalogue as the server's hierarchy file holds it (units with parents, offices with their
 *  unit), flattened to named units. */
export function namedUnits(h: UnitsCatalogue): NamedUnit[] {
  return [...h.units, ...h.offices.map((o) => ({ code: o.code, name: o.name, parent: o.unit }))];
}

/** The units catalogue recorded in the log (issue 14), flattened to named units: each unit under its own
 *  code, and under its office's code when the ledger writes its dossiers under another one. */
export function namedUnitsOfCatalogue(
  catalogue: ReadonlyMap<
    string,
    { readonly code: string; readonly name: string; readonly parent: string | null; readonly office: string | null }
  >,
): NamedUnit[] {
  const out: NamedUnit[] = [];
  for (const u of catalogue.values()) {
    out.push({ code: u.code, name: u.name, parent: u.parent });
    if (u.office && u.office !== u.code) out.push({ code: u.office, name: u.name, parent: u.parent });
  }
  return out;
}

/** The hierarchy file's units over the recorded catalogue's: the file, when given, names first (it is read
 *  later into the map, so it wins), and the catalogue names what the file does not. */
export const namedUnitsOf = (file: readonly NamedUnit[], recorded: readonly NamedUnit[]): NamedUnit[] => [
  ...recorded,
  ...file,
];
