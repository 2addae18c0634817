// Form 06 of a unit of the catalogue across changes of the map (issue 14 item 2, in DOMAIN.md's terms):
// - the hierarchy used is the one in force on the report's last day;
// - a unit's report counts its predecessors' dossiers too (and theirs, with the units below them on their
//   last day), for the whole period: before the change they are the predecessors' own, after it their
//   dossiers still open on the successor's first day are carried over (rule 3) and finish in the successor;
// - a unit that ended reports up to its last day: the period is cut there;
// - the report says what it covered (`coverage`).
// Counting itself is unchanged: a unit's report is Form 06 over the offices of every unit it covers, so
// every identity holds and a roll-up is the sum of its units.
import {
  officeOfUnit,
  predecessorsOf,
  subtreeOn,
  type UnitCatalogue,
  type UnitLevel,
  unitsOfOffice,
  viDay,
} from '@motcua/domain';
import { ProjectionError } from './errors.js';
import type { Form06Query, Ledger } from './ledger.js';
import type { Form06Report } from './report.js';

/** What a unit's report covered, in the report object (`coverage`). */
export interface UnitCoverage {
  unit: string;
  name: string;
  level: UnitLevel;
  validFrom: string | null;
  validTo: string | null;
  /** The period asked for; the report's own period is cut at the unit's last day (endsOn). */
  requested: { from: string; to: string };
  /** The unit's last day when it ended inside the period asked for (the report ends there), else null. */
  endsOn: string | null;
  /** The day whose hierarchy the report used: its last day. */
  hierarchyOn: string;
  /** Every unit whose dossiers are counted (the unit, the units below it, their predecessors). */
  units: string[];
  /** The predecessors among them, counted for the whole period. */
  predecessors: string[];
  /** The same, said in words. */
  note: { vi: string; en: string };
}

export interface UnitScope {
  from: string;
  to: string;
  offices: string[];
  coverage: UnitCoverage;
}

/** The units, offices and days a unit's report over [from, to] covers. */
export function unitScope(catalogue: UnitCatalogue, unit: string, period: { from: string; to: string }): UnitScope {
  const u = catalogue.get(unit);
  if (!u) {
    throw new ProjectionError('UNKNOWN_UNIT', `unit ${unit} is not in the units catalogue`, { field: 'unit', unit });
  }
  if (u.validTo !== null && period.from > u.validTo) {
    const s = u.successor === null ? null : (catalogue.get(u.successor) ?? null);
    throw new ProjectionError(
      'UNIT_NOT_IN_FORCE',
      `unit ${unit} ended on ${u.validTo}, before the period starts (${period.from})${s ? `: its successor ${s.code} (${s.name}) reports for it` : ''}`,
      {
        field: 'unit',
        unit,
        validTo: u.validTo,
        successor: s?.code ?? null,
        messageVi: `đơn vị ${unit} (${u.name}) đã kết thúc ngày ${viDay(u.validTo)}, trước khi kỳ báo cáo bắt đầu (${viDay(period.from)})${s ? `: đơn vị kế tiếp ${s.code} (${s.name}) báo cáo thay` : ''}`,
      },
    );
  }
  const to = u.validTo !== null && u.validTo < period.to ? u.validTo : period.to;
  const counted = new Set<string>();
  const predecessors = new Set<string>();
  const visit = (code: string, day: string, isPredecessor: boolean) => {
    for (const c of subtreeOn(catalogue, code, day)) {
      if (counted.has(c)) continue;
      counted.add(c);
      if (isPredecessor) predecessors.add(c);
      for (const p of predecessorsOf(catalogue, c)) {
        const pu = catalogue.get(p)!;
        // A predecessor's own hierarchy is the one of its last day.
        visit(p, pu.validTo ?? day, true);
      }
    }
  };
  visit(unit, to, false);
  const offices = [...new Set([...counted].map((c) => officeOfUnit(catalogue.get(c)!)))].sort();
  const preds = [...predecessors].sort();
  const endsOn = to < period.to ? to : null;
  const viList = preds.map((p) => `${p} (${catalogue.get(p)!.name})`).join(', ');
  const note = {
    vi:
      (preds.length > 0
        ? `Gồm cả hồ sơ của các đơn vị trước đó ${viList} trong cả kỳ báo cáo (hồ sơ còn đang giải quyết khi đơn vị kế tiếp bắt đầu được tính là kỳ trước chuyển qua). `
        : '') +
      (endsOn ? `Đơn vị kết thúc ngày ${viDay(endsOn)}: kỳ báo cáo dừng ở ngày đó. ` : '') +
      `Cây đơn vị theo ngày ${viDay(to)}.`,
    en:
      (preds.length > 0
        ? `Includes the dossiers of the predecessor units ${preds.map((p) => `${p} (${catalogue.get(p)!.name})`).join(', ')} for the whole period (those still open when the successor began are carried over). `
        : '') +
      (endsOn ? `The unit ended on ${endsOn}: the report ends that day. ` : '') +
      `Hierarchy as in force on ${to}.`,
  };
  return {
    from: period.from,
    to,
    offices,
    coverage: {
      unit,
      name: u.name,
      level: u.level,
      validFrom: u.validFrom,
      validTo: u.validTo,
      requested: { from: period.from, to: period.to },
      endsOn,
      hierarchyOn: to,
      units: [...counted].sort(),
      predecessors: preds,
      note,
    },
  };
}

/** Form 06 of a unit of the catalogue (see the top of this file). */
export function unitForm06(
  ledger: Ledger,
  catalogue: UnitCatalogue,
  unit: string,
  q: Omit<Form06Query, 'offices' | 'unit'>,
): Form06Report {
  return reachReport(ledger, unitScope(catalogue, unit, q), unit, q);
}

/** What a unit's figures cover: the days and offices, and for a unit of the catalogue what it covered. */
export interface UnitReach {
  from: string;
  to: string;
  offices: string[];
  coverage: UnitCoverage | null;
}

/**
 * Which offices and days a unit's figures cover, the one rule for its report and its 766 scorecard (CLI and
 * API): a unit of the catalogue recorded in the log (as known at the moment asked), or the office of exactly
 * one such unit, covers what `unitScope` says; else a unit of a hierarchy file without dates (`officesOf`)
 * covers its offices over the period as asked; else UNKNOWN_UNIT.
 */
export function unitReach(
  catalogue: UnitCatalogue,
  unit: string,
  period: { from: string; to: string },
  officesOf: (unit: string) => readonly string[] | null = () => null,
): UnitReach {
  const inCatalogue = catalogue.has(unit) ? unit : undefined;
  const byOffice = inCatalogue === undefined ? unitsOfOffice(catalogue, unit) : [];
  const code = inCatalogue ?? (byOffice.length === 1 ? byOffice[0]!.code : undefined);
  if (code !== undefined) return unitScope(catalogue, code, period);
  const offices = officesOf(unit);
  if (offices) return { from: period.from, to: period.to, offices: [...offices], coverage: null };
  throw new ProjectionError('UNKNOWN_UNIT', `unit ${unit} is not in the units catalogue`, { field: 'unit', unit });
}

/**
 * Form 06 over what a unit covers (`unitReach`), saying what it covered when the catalogue decided it: a
 * unit's report for the CLI (`motcua report --unit`) and the API (`/v1/units/{unit}/reports/form06`).
 */
export function reachReport(
  ledger: Ledger,
  reach: UnitReach,
  unit: string,
  q: Omit<Form06Query, 'offices' | 'unit' | 'from' | 'to'>,
): Form06Report {
  const report = ledger.form06({ ...q, from: reach.from, to: reach.to, offices: reach.offices, unit });
  return reach.coverage ? { ...report, coverage: reach.coverage } : report;
}
