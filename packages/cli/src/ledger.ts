// Loading the in-memory ledger (the projections' bitemporal index) from the store, with the
// catalogue's fees for the online-payment rate.
import { sampleCatalogue } from '@motcua/domain';
import { knownOffices, type Ledger, loadLedger } from '@motcua/projections';
import type { EventStore } from '@motcua/store';
import { CliFailure, UsageError } from './exit.js';
import { type Lang, say } from './i18n.js';

export const procedureFee = (code: string): number | undefined => sampleCatalogue.byCode(code)?.feeVnd;

export function readLedger(store: EventStore, opts: { keepEvents?: boolean } = {}): Promise<Ledger> {
  return loadLedger(store, { procedureFee, keepEvents: opts.keepEvents ?? false });
}

/** --office a or --office a,b; every office must be in the ledger. Undefined means all offices. */
export function officesOf(option: string | undefined, ledger: Ledger, lang: Lang): string[] | undefined {
  if (option === undefined) return undefined;
  const wanted = option
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (wanted.length === 0)
    throw new UsageError(say(lang, '--office: thiếu mã đơn vị', '--office: no office code given'));
  const known = knownOffices(ledger);
  const unknown = wanted.filter((o) => !known.has(o));
  if (unknown.length > 0) {
    const there = known.list();
    throw new CliFailure(
      say(
        lang,
        `không có đơn vị ${unknown.join(', ')} trong sổ cái (có: ${there.join(', ') || 'không có'})`,
        `no office ${unknown.join(', ')} in the ledger (offices: ${there.join(', ') || 'none'})`,
      ),
    );
  }
  return wanted;
}
