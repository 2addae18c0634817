// API keys: loaded from a JSON file, held only as SHA-256 digests, compared in constant time.
// Policy (documented in the README of this package and in /openapi.json):
//   clerk   – read and write for its offices, no time travel;
//   leader  – read for its offices, no time travel;
//   auditor – read for its offices including time travel (knownAt, asOf) and GET /v1/audit/verify;
//   admin   – everything, every office.
// A key's scope is its `offices` and its `units`: a unit of the office hierarchy (a district, a province)
// stands for every office below it in the hierarchy the server loaded, so a district's key keeps covering
// the district when an office is added to it. (An `offices` entry naming a unit works the same way, as it
// always has; `units` entries are checked against the hierarchy when the keys are loaded.)
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FileRefused, fileRefused, firstIssue } from './file-refused.js';

export const ROLES = ['clerk', 'leader', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// Unknown fields (a note, an owner) are ignored rather than refused, so a keys file can carry its own
// bookkeeping. Admins cover every office whatever their list says.
const KeyEntrySchema = z
  .object({
    key: z.string().min(1).max(512),
    role: z.enum(ROLES),
    offices: z.array(z.string().min(1).max(64)).default([]),
    /** Units of the office hierarchy: every office below each one. */
    units: z.array(z.string().min(1).max(64)).default([]),
    /** A label for logs and event metadata (actor); defaults to role + a digest prefix. */
    name: z.string().min(1).max(100).optional(),
    /** Requests per minute for this key; overrides the server default. */
    rateLimit: z.number().int().positive().optional(),
  })
  .strip();
export type KeyEntry = z.input<typeof KeyEntrySchema>;
type ParsedKey = z.output<typeof KeyEntrySchema>;

export interface Principal {
  /** Stable, non-secret id: the first 16 hex digits of the key's SHA-256. Used as rate-limit bucket. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** '*' for every office, else the office and unit codes as written (`offices` and `units` together). */
  readonly offices: '*' | ReadonlySet<string>;
  readonly rateLimit?: number;
}

interface HeldKey {
  readonly digest: Buffer;
  readonly principal: Principal;
}

export interface KeyRing {
  /** The principal for an Authorization header value, or null. Constant time in the key compared. */
  authenticate(authorization: string | undefined): Principal | null;
  readonly size: number;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

const AT_LEAST_ONE_KEY = 'at least one key';

export function parseKeys(raw: unknown, source = 'keys'): ParsedKey[] {
  const r = z.array(KeyEntrySchema).min(1, AT_LEAST_ONE_KEY).safeParse(raw);
  if (!r.success) {
    const { path, text } = firstIssue(r.error);
    const vi = text.en === AT_LEAST_ONE_KEY ? 'cần ít nhất một khóa' : text.vi;
    throw fileRefused(
      source,
      `tệp khóa không hợp lệ tại [${path}]: ${vi}`,
      `invalid key file at [${path}]: ${text.en}`,
    );
  }
  return r.data;
}

export function loadKeysFile(path: string): ParsedKey[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileRefused(
      { vi: `không đọc được tệp khóa ${path}`, en: `cannot read keys file ${path}: ${(e as Error).message}` },
      { cause: e },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new FileRefused(
      {
        vi: `tệp khóa ${path} không phải JSON hợp lệ`,
        en: `keys file ${path} is not valid JSON: ${(e as Error).message}`,
      },
      { cause: e },
    );
  }
  return parseKeys(raw, path);
}

/** What the office hierarchy says a code is: a unit, an office, or nothing it knows (null). */
export type CodeKind = (code: string) => 'unit' | 'office' | null;

/**
 * The hierarchy file's kinds, with the units of the catalogue recorded in the log (issue 14) as units
 * too; null when neither holds anything.
 */
export function unitKinds(file: CodeKind | null, catalogueUnits: ReadonlySet<string>): CodeKind | null {
  if (catalogueUnits.size === 0) return file;
  return (code) => file?.(code) ?? (catalogueUnits.has(code) ? 'unit' : null);
}

/**
 * Every `units` entry must be a unit of the hierarchy: a typo would otherwise leave a district's leader
 * with a key that covers nothing, found out only when a report is refused. Throws naming the key entry
 * (its index and name) and the field. `kindOf` null: the server has no hierarchy.
 */
export function checkKeyUnits(entries: readonly ParsedKey[], kindOf: CodeKind | null, source = 'keys'): void {
  entries.forEach((e, i) => {
    e.units.forEach((unit, j) => {
      const named = e.name ? ` (${e.name})` : '';
      const refused = (vi: string, en: string) =>
        fileRefused(source, `khóa [${i}]${named} units[${j}]: ${vi}`, `key [${i}]${named} units[${j}]: ${en}`);
      if (kindOf === null) {
        throw refused(
          `${unit} là một đơn vị, nhưng chưa nạp cây đơn vị (serve --hierarchy TỆP) và sổ cái chưa có danh mục đơn vị (motcua units import TỆP)`,
          `${unit} names a unit, but no office hierarchy is loaded (serve --hierarchy FILE) and the ledger holds no units catalogue (motcua units import FILE)`,
        );
      }
      const kind = kindOf(unit);
      if (kind === 'office') {
        throw refused(
          `${unit} là một bộ phận một cửa, không phải đơn vị; hãy liệt kê nó trong "offices"`,
          `${unit} is an office, not a unit; list it under "offices"`,
        );
      }
      if (kind === null) {
        throw refused(`${unit} không phải đơn vị nào của cây đơn vị`, `${unit} is not a unit of the office hierarchy`);
      }
    });
  });
}

export function createKeyRing(input: readonly KeyEntry[], kindOf: CodeKind | null = null): KeyRing {
  const entries = parseKeys(input);
  checkKeyUnits(entries, kindOf);
  const seen = new Set<string>();
  const held: HeldKey[] = entries.map((e) => {
    const digest = sha256(e.key);
    const hex = digest.toString('hex');
    if (seen.has(hex)) {
      throw new FileRefused({
        vi: 'tệp khóa: một khóa được liệt kê hai lần',
        en: 'keys file: the same key is listed twice',
      });
    }
    seen.add(hex);
    const id = hex.slice(0, 16);
    const principal: Principal = {
      id,
      name: e.name ?? `${e.role}-${id.slice(0, 8)}`,
      role: e.role,
      offices: e.role === 'admin' || e.offices.includes('*') ? '*' : new Set([...e.offices, ...e.units]),
      ...(e.rateLimit !== undefined ? { rateLimit: e.rateLimit } : {}),
    };
    return { digest, principal };
  });
  return {
    size: held.length,
    authenticate(authorization) {
      if (!authorization) return null;
      const m = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
      if (!m) return null;
      const digest = sha256(m[1]!);
      let found: Principal | null = null;
      // Compare against every key, without stopping early, so timing says nothing about which matched.
      for (const h of held) {
        if (timingSafeEqual(h.digest, digest) && found === null) found = h.principal;
      }
      return found;
    },
  };
}

/** True when the principal may see or act for the office; unit codes expand through `unitsOf`. */
export function coversOffice(
  p: Principal,
  office: string,
  unitsOf: (office: string) => readonly string[] = () => [],
): boolean {
  if (p.offices === '*') return true;
  if (p.offices.has(office)) return true;
  for (const u of unitsOf(office)) if (p.offices.has(u)) return true;
  return false;
}

export const canWrite = (p: Principal): boolean => p.role === 'clerk' || p.role === 'admin';
export const canTimeTravel = (p: Principal): boolean => p.role === 'auditor' || p.role === 'admin';
export const canVerify = (p: Principal): boolean => p.role === 'auditor' || p.role === 'admin';
