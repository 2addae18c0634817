// Dossier codes generated for receipts that give none, in the Thông tư 04/2025 form (@motcua/domain's
// dossier-code.ts holds the form). The sequence comes from the ledger: the number of the office's codes of
// that day already recorded + 1. Within this process a counter per office and day hands out numbers one
// after another, so concurrent receipts get distinct, dense numbers; the store's "no stream yet" check on
// the receipt is what guarantees uniqueness (against another process, or a counter that went stale), and
// the caller retries with a fresh number when it reports the code taken.
import { type Day, DEFAULT_SYSTEM_CODE, dossierCodePrefix, formatDossierCode } from '@motcua/domain';

export interface CodeAllocator {
  /** The next free code of an office for a receipt day (office time). */
  next(office: string, receivedDay: Day): Promise<string>;
  /** Forget what is known of that office and day: the next code is worked out from the ledger again. */
  forget(office: string, receivedDay: Day): void;
}

/** `exists` answers whether the ledger holds a dossier with that code. */
export function createCodeAllocator(exists: (office: string, code: string) => Promise<boolean>): CodeAllocator {
  const counters = new Map<string, number>();
  const loading = new Map<string, Promise<void>>();
  const keyOf = (office: string, day: Day): string => dossierCodePrefix(office, day, DEFAULT_SYSTEM_CODE);
  const codeOf = (office: string, day: Day, sequence: number): string =>
    formatDossierCode({ agency: office, receivedDay: day, system: DEFAULT_SYSTEM_CODE, sequence });

  /** The first sequence not in the ledger; numbers are dense (1..n taken), so a binary search finds it. */
  async function firstFree(office: string, day: Day): Promise<number> {
    let taken = 0;
    let hi = 1;
    while (await exists(office, codeOf(office, day, hi))) {
      taken = hi;
      hi *= 2;
    }
    while (hi - taken > 1) {
      const mid = Math.floor((taken + hi) / 2);
      if (await exists(office, codeOf(office, day, mid))) taken = mid;
      else hi = mid;
    }
    return hi;
  }

  return {
    async next(office, day) {
      const key = keyOf(office, day);
      let load = loading.get(key);
      if (!load) {
        load = firstFree(office, day).then((n) => {
          if (!counters.has(key)) counters.set(key, n);
        });
        loading.set(key, load);
        load.catch(() => loading.delete(key));
      }
      await load;
      const n = counters.get(key) ?? (await firstFree(office, day));
      counters.set(key, n + 1);
      return codeOf(office, day, n);
    },
    forget(office, day) {
      const key = keyOf(office, day);
      counters.delete(key);
      loading.delete(key);
    },
  };
}
