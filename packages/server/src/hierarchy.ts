// The office hierarchy (office → district → province…) as data, for roll-ups and for keys that name a
// unit. Three accepted shapes:
//   list (as @motcua/projections' rollUp takes it): [{ "code", "name", "level": office|commune|district|province,
//         "parent" }]; units of level office, and units nothing belongs to, are the offices;
//   flat: { "units": [{ "code", "name"?, "level"?, "parent"? }], "offices": [{ "code", "name"?, "unit" }] }
//   tree: { "code", "name"?, "level"?, "children": [ ...same... ] }   (a node without children is an office)
import { readFileSync } from 'node:fs';
import { OFFICE_CODE_PATTERN, UNIT_CODE_RULE } from '@motcua/domain';
import { isProjectionError, type OfficeUnit, validateHierarchy } from '@motcua/projections';
import { z } from 'zod';
import { FileRefused, fileRefused, firstIssue } from './file-refused.js';

const Code = z.string().regex(OFFICE_CODE_PATTERN, UNIT_CODE_RULE);

const FlatSchema = z
  .object({
    units: z.array(
      z
        .object({
          code: Code,
          name: z.string().max(300).nullish(),
          level: z.string().max(50).nullish(),
          parent: Code.nullish(),
        })
        .strict(),
    ),
    offices: z.array(z.object({ code: Code, name: z.string().max(300).nullish(), unit: Code }).strict()),
  })
  .strict();

interface TreeNode {
  code: string;
  name?: string | undefined;
  level?: string | undefined;
  children?: TreeNode[] | undefined;
}
const TreeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z
    .object({
      code: Code,
      name: z.string().max(300).optional(),
      level: z.string().max(50).optional(),
      children: z.array(TreeSchema).optional(),
    })
    .strict(),
);

export interface HierarchyUnit {
  readonly code: string;
  readonly name: string | null;
  readonly level: string | null;
  readonly parent: string | null;
}

/** Normalised form: units with parents, offices with their unit. */
export interface Hierarchy {
  readonly units: readonly HierarchyUnit[];
  readonly offices: ReadonlyArray<{ readonly code: string; readonly name: string | null; readonly unit: string }>;
}

export interface HierarchyIndex {
  /** Every unit above an office (or above a unit), nearest first. */
  unitsOf(office: string): readonly string[];
  /** Every office below a unit (sorted), or null when the unit is unknown. */
  officesOf(unit: string): readonly string[] | null;
  unit(code: string): HierarchyUnit | undefined;
  /** Whether a code is a unit or an office of the hierarchy, or neither (null). */
  kindOf(code: string): 'unit' | 'office' | null;
  readonly hierarchy: Hierarchy;
}

/** The projections' list of units: leaves and units of level office are offices, the rest are units. */
function fromUnitList(list: readonly OfficeUnit[], source: string): Hierarchy {
  try {
    validateHierarchy(list);
  } catch (e) {
    if (!isProjectionError(e)) throw e;
    // The projections say which unit and field in English; the place is enough to find it in Vietnamese.
    const { index, field } = e.details as { index?: number; field?: string };
    const at = index === undefined ? '' : ` tại [${index}]${field ? `.${field}` : ''}`;
    throw fileRefused(source, `danh sách đơn vị không hợp lệ${at}`, e.message, { cause: e });
  }
  const hasChildren = new Set(list.map((u) => u.parent).filter((p): p is string => typeof p === 'string'));
  const isOffice = (u: OfficeUnit) => u.level === 'office' || !hasChildren.has(u.code);
  const units = list
    .filter((u) => !isOffice(u))
    .map((u) => ({ code: u.code, name: u.name ?? null, level: u.level, parent: u.parent ?? null }));
  const offices = list
    .filter((u) => isOffice(u))
    .map((u) => {
      if (!u.parent) {
        throw fileRefused(source, `bộ phận ${u.code} không thuộc đơn vị nào`, `office ${u.code} belongs to no unit`);
      }
      return { code: u.code, name: u.name ?? null, unit: u.parent };
    });
  return { units, offices };
}

export function parseHierarchy(raw: unknown, source = 'hierarchy'): Hierarchy {
  const flat = FlatSchema.safeParse(raw);
  let h: Hierarchy;
  if (Array.isArray(raw)) {
    h = fromUnitList(raw as OfficeUnit[], source);
  } else if (flat.success) {
    h = {
      units: flat.data.units.map((u) => ({
        code: u.code,
        name: u.name ?? null,
        level: u.level ?? null,
        parent: u.parent ?? null,
      })),
      offices: flat.data.offices.map((o) => ({ code: o.code, name: o.name ?? null, unit: o.unit })),
    };
  } else {
    const tree = TreeSchema.safeParse(raw);
    if (!tree.success) {
      const { path, text } = firstIssue(flat.error);
      throw fileRefused(
        source,
        `cần { units, offices } hoặc một cây { code, children }; tại [${path}]: ${text.vi}`,
        `expected { units, offices } or a tree { code, children }; at [${path}]: ${text.en}`,
      );
    }
    const units: HierarchyUnit[] = [];
    const offices: Array<{ code: string; name: string | null; unit: string }> = [];
    const walk = (n: TreeNode, parent: string | null): void => {
      if (n.children && n.children.length > 0) {
        units.push({ code: n.code, name: n.name ?? null, level: n.level ?? null, parent });
        for (const c of n.children) walk(c, n.code);
      } else if (parent === null) {
        throw fileRefused(source, `gốc ${n.code} không có đơn vị con`, `the root ${n.code} has no children`);
      } else {
        offices.push({ code: n.code, name: n.name ?? null, unit: parent });
      }
    };
    walk(tree.data, null);
    h = { units, offices };
  }
  const unitCodes = new Set<string>();
  for (const u of h.units) {
    if (unitCodes.has(u.code)) {
      throw fileRefused(source, `đơn vị ${u.code} được liệt kê hai lần`, `unit ${u.code} is listed twice`);
    }
    unitCodes.add(u.code);
  }
  for (const u of h.units) {
    if (u.parent !== null && !unitCodes.has(u.parent))
      throw fileRefused(
        source,
        `đơn vị ${u.code} có đơn vị cấp trên ${u.parent} không có trong tệp`,
        `unit ${u.code} has unknown parent ${u.parent}`,
      );
  }
  const officeCodes = new Set<string>();
  for (const o of h.offices) {
    if (officeCodes.has(o.code)) {
      throw fileRefused(source, `bộ phận ${o.code} được liệt kê hai lần`, `office ${o.code} is listed twice`);
    }
    if (unitCodes.has(o.code)) {
      throw fileRefused(source, `${o.code} vừa là đơn vị vừa là bộ phận`, `${o.code} is both a unit and an office`);
    }
    if (!unitCodes.has(o.unit)) {
      throw fileRefused(
        source,
        `bộ phận ${o.code} thuộc đơn vị ${o.unit} không có trong tệp`,
        `office ${o.code} belongs to unknown unit ${o.unit}`,
      );
    }
    officeCodes.add(o.code);
  }
  // Cycles would make roll-ups loop forever.
  const parentOf = new Map(h.units.map((u) => [u.code, u.parent]));
  for (const u of h.units) {
    const seen = new Set<string>();
    for (let c: string | null | undefined = u.code; c; c = parentOf.get(c)) {
      if (seen.has(c)) {
        throw fileRefused(source, `các đơn vị tạo thành vòng lặp qua ${c}`, `units form a cycle through ${c}`);
      }
      seen.add(c);
    }
  }
  return h;
}

export function loadHierarchyFile(path: string): Hierarchy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new FileRefused(
      {
        vi: `không đọc được tệp cây đơn vị ${path} (không có, không đọc được, hoặc không phải JSON)`,
        en: `cannot read hierarchy file ${path}: ${(e as Error).message}`,
      },
      { cause: e },
    );
  }
  return parseHierarchy(raw, path);
}

export function hierarchyIndex(h: Hierarchy = { units: [], offices: [] }): HierarchyIndex {
  const parentOf = new Map(h.units.map((u) => [u.code, u.parent]));
  const above = new Map<string, string[]>();
  const below = new Map<string, string[]>(h.units.map((u) => [u.code, []]));
  for (const o of h.offices) {
    const chain: string[] = [];
    for (let c: string | null | undefined = o.unit; c; c = parentOf.get(c)) {
      chain.push(c);
      below.get(c)?.push(o.code);
    }
    above.set(o.code, chain);
  }
  for (const list of below.values()) list.sort();
  const units = new Map(h.units.map((u) => [u.code, u]));
  // A unit's own ancestors too, so a province's key covers a district with no office yet.
  const aboveUnit = new Map<string, string[]>();
  for (const u of h.units) {
    const chain: string[] = [];
    for (let c: string | null | undefined = u.parent; c; c = parentOf.get(c)) chain.push(c);
    aboveUnit.set(u.code, chain);
  }
  return {
    unitsOf: (code) => above.get(code) ?? aboveUnit.get(code) ?? [],
    officesOf: (unit) => below.get(unit) ?? null,
    unit: (code) => units.get(code),
    kindOf: (code) => (units.has(code) ? 'unit' : above.has(code) ? 'office' : null),
    hierarchy: h,
  };
}
