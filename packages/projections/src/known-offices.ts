// Which offices exist, written once for the CLI and the server: an office is known when the ledger holds
// a dossier of it, or when the units catalogue (the office hierarchy) declares it. Anything else is a
// code nobody has used: a report of it is not a row of zeros but a refusal naming it.
import type { Ledger } from './ledger.js';

export interface KnownOffices {
  has(office: string): boolean;
  /** Every known office, sorted (for messages that say what there is). */
  list(): string[];
}

export function knownOffices(
  ledger: Pick<Ledger, 'offices' | 'hasOffice'>,
  declared: Iterable<string> = [],
): KnownOffices {
  const declaredSet = new Set(declared);
  return {
    // The ledger is read at each question: a server's ledger grows as dossiers are received.
    has: (office) => declaredSet.has(office) || ledger.hasOffice(office),
    list: () => [...new Set([...declaredSet, ...ledger.offices()])].sort(),
  };
}
