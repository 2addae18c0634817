// motcua report --unit CODE and motcua scorecard --unit CODE: a unit of the units catalogue recorded in the
// ledger (as known at --known-at), or of a --hierarchy file, covers the offices and days `unitReach` gives,
// the same rule as the API's /v1/units/{unit}/reports/form06 and /v1/units/{unit}/scorecard.
import {
  type Form06Report,
  isProjectionError,
  type Ledger,
  loadUnitLog,
  reachReport,
  type UnitReach,
  unitReach,
} from '@motcua/projections';
import type { EventStore } from '@motcua/store';
import { clipText, quoteValue } from './excerpt.js';
import { CliFailure } from './exit.js';
import { type Lang, say } from './i18n.js';

/** The offices and days a unit covers over the period, or a refusal in the clerk's words. */
export async function unitReachOf(
  store: EventStore,
  unit: string,
  period: { from: string; to: string },
  knownAt: string | undefined,
  lang: Lang,
  hierarchyFile?: string,
): Promise<UnitReach> {
  const log = await loadUnitLog(store);
  const catalogue = log.at(knownAt);
  let officesOf: (unit: string) => readonly string[] | null = () => null;
  if (hierarchyFile !== undefined) {
    // The server's reader, so a file serve accepts is read the same way here.
    const { hierarchyIndex, loadHierarchyFile, refusalText } = await import('@motcua/server');
    try {
      officesOf = hierarchyIndex(loadHierarchyFile(hierarchyFile)).officesOf;
    } catch (e) {
      throw new CliFailure(`--hierarchy: ${clipText(refusalText(e, lang), lang)}`);
    }
  }
  try {
    return unitReach(catalogue, unit, period, officesOf);
  } catch (e) {
    if (!isProjectionError(e)) throw e;
    if (e.code === 'UNKNOWN_UNIT') {
      const there = [...catalogue.keys()].sort().join(', ') || say(lang, 'không có', 'none');
      throw new CliFailure(
        say(
          lang,
          `--unit ${quoteValue(unit, lang)}: không có đơn vị này trong danh mục đơn vị của sổ cái (có: ${there}; ghi danh mục bằng motcua units import)`,
          `--unit ${quoteValue(unit, lang)}: no such unit in the ledger's units catalogue (units: ${there}; record one with motcua units import)`,
        ),
      );
    }
    if (e.code === 'UNIT_NOT_IN_FORCE') {
      throw new CliFailure(lang === 'vi' ? String(e.details.messageVi ?? e.message) : e.message);
    }
    throw e;
  }
}

export async function unitReportOf(
  store: EventStore,
  ledger: Ledger,
  unit: string,
  period: { from: string; to: string },
  knownAt: string | undefined,
  lang: Lang,
  hierarchyFile?: string,
): Promise<Form06Report> {
  const reach = await unitReachOf(store, unit, period, knownAt, lang, hierarchyFile);
  return reachReport(ledger, reach, unit, knownAt ? { knownAt } : {});
}
