// Who a paper is from: the office's name as the units catalogue (the office hierarchy) gives it, the
// unit above it, and the place written in the date line ("Đông Sơn, ngày … tháng … năm …"). A code the
// catalogue does not name is printed as the code: a paper never invents a name.
import { dongSonOffice } from '@motcua/domain';

export interface OfficeIdentity {
  readonly code: string;
  /** The office's name, or its code when no catalogue names it. */
  readonly name: string;
  /** The unit the office belongs to (UBND xã …), when known. */
  readonly parentName: string | null;
  /** The place of the date line, when known. */
  readonly place: string | null;
}

/** What the units catalogue says about an office; any shape the CLI's and the server's hierarchies give. */
export interface OfficeNaming {
  readonly name?: string | null | undefined;
  readonly parentName?: string | null | undefined;
  readonly place?: string | null | undefined;
}

/** The built-in sample office (the seed's Đông Sơn), named when no catalogue is given. */
const SAMPLE: Readonly<Record<string, OfficeNaming>> = {
  [dongSonOffice.code]: {
    name: dongSonOffice.name,
    parentName: `UBND xã ${dongSonOffice.commune}`,
    place: dongSonOffice.commune,
  },
};

export function officeIdentity(code: string, naming?: OfficeNaming | null): OfficeIdentity {
  const known = naming ?? SAMPLE[code] ?? {};
  return {
    code,
    name: known.name?.trim() || code,
    parentName: known.parentName?.trim() || null,
    place: known.place?.trim() || null,
  };
}

/** Vietnamese date line of a paper: "Đông Sơn, ngày 05 tháng 04 năm 2024" (place dotted when unknown). */
export function placeDateLine(place: string | null, day: string, lang: 'vi' | 'en' = 'vi'): string {
  const [y, m, d] = day.split('-');
  if (lang === 'en') return `${place ?? '…'}, ${day}`;
  return `${place ?? '……'}, ngày ${d} tháng ${m} năm ${y}`;
}

/** The units catalogue as the server and the CLI hold it (server/hierarchy.ts, normalised form). */
export interface UnitsCatalogue {
  readonly units: ReadonlyArray<{
    readonly code: string;
    readonly name: string | null;
    readonly parent: string | null;
  }>;
  readonly offices: ReadonlyArray<{ readonly code: string; readonly name: string | null; readonly unit: string }>;
}

/** A unit's name without its rank ("UBND xã Đông Sơn" → "Đông Sơn"): the place of a date line. */
const placeOfUnit = (name: string): string =>
  name
    .replace(/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, '')
    .replace(/^(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s+/iu, '')
    .trim();

/** What the catalogue says of an office (or of a unit, for a unit's scorecard); null when it is not there. */
export function namingFromCatalogue(catalogue: UnitsCatalogue | null | undefined, code: string): OfficeNaming | null {
  if (!catalogue) return null;
  const office = catalogue.offices.find((o) => o.code === code);
  if (office) {
    const unit = catalogue.units.find((u) => u.code === office.unit);
    const unitName = unit?.name ?? null;
    return {
      name: office.name,
      parentName: unitName,
      place: unitName ? placeOfUnit(unitName) : office.name ? placeOfUnit(office.name) : null,
    };
  }
  const unit = catalogue.units.find((u) => u.code === code);
  if (!unit) return null;
  const parent = unit.parent ? catalogue.units.find((u) => u.code === unit.parent) : undefined;
  return { name: unit.name, parentName: parent?.name ?? null, place: unit.name ? placeOfUnit(unit.name) : null };
}
