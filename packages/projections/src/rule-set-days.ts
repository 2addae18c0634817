// The domain's rule sets (RULE_SETS, by receipt day) as day numbers, so the counting loops can tell a
// dossier's rule set from its receipt day number without strings.
import { RULE_SETS } from '@motcua/domain';
import { dayNumOf } from './days.js';

/** Cell bits reserved for rule sets (facts.ts B.ruleSet0 and up); more rule sets need more bits. */
export const MAX_RULE_SETS = 4;
if (RULE_SETS.length > MAX_RULE_SETS) throw new Error(`${RULE_SETS.length} rule sets: raise MAX_RULE_SETS`);

/** First receipt day number of each rule set after the first. */
const STARTS = RULE_SETS.slice(1).map((r) => dayNumOf(r.validFrom ?? '1970-01-01'));

/** Index in RULE_SETS of the rule set a dossier received on day number `day` is handled under. */
export function ruleSetIndexOfDay(day: number): number {
  let i = 0;
  while (i < STARTS.length && day >= STARTS[i]!) i++;
  return i;
}
