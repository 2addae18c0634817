// The sample's units catalogue: the real change of 1 July 2025 around the seed's commune (issue 14). Đông
// Sơn (national code 07273) is recorded under its code, and its one-stop office is the seed's office
// DONGSON (the `office` column): the catalogue code is the office code unless that column says otherwise.
// Thị trấn Bố Hạ and xã Hương Vĩ carry readable codes (their national codes are not confirmed here), and so
// do the provinces and the district: the national code 24 passed from Bắc Giang to the merged Bắc Ninh,
// and one catalogue code names one unit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The file as shipped with the package (packages/projections/sample/units-bac-ninh-2025.csv). */
export const SAMPLE_UNITS_FILE = fileURLToPath(new URL('../sample/units-bac-ninh-2025.csv', import.meta.url));

export const sampleUnitsCsv = (): string => readFileSync(SAMPLE_UNITS_FILE, 'utf8');
