// A ledger restored from a snapshot answers every query exactly as one folded from the log (issue 13 item
// 7): random histories, a snapshot taken at a random position while the ledger goes on, its bytes read
// back, more events, then a second snapshot of the restored ledger, on both ledger paths and with small
// blocks; Form 06 for random periods (and the 2024 quarters under both conventions), offices and knownAt
// instants, every cell's drill-down by field, the dossier cells, and dossier views and timelines.
import {
  CELLS,
  createLedger,
  decodeImageParts,
  encodeImageParts,
  type Form06Query,
  type Ledger,
  type LedgerImage,
  type LedgerOptions,
  ledgerFromImage,
  ledgerImage,
  ledgerProjection,
  periodOf,
} from '@motcua/projections';
import type { RecordedEvent } from '@motcua/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLog, FIELDS, historyArb, knownAtArb, OFFICES, queryArb } from './projections-history.js';

const RUNS = Number(process.env.MOTCUA_PROPERTY_RUNS ?? 150);

const optionsArb = fc.record({
  generalOnly: fc.boolean(),
  blockBits: fc.constantFrom(1, 2, 10),
  timelines: fc.constantFrom('source', 'none'),
});

/** Every answer the ledger gives for these queries, as plain data. */
function answers(
  l: Ledger,
  queries: readonly Form06Query[],
  dossiers: ReadonlyArray<readonly [string, string]>,
  knownAts: ReadonlyArray<string | undefined>,
  timelines: boolean,
) {
  const out: unknown[] = [l.lastPosition, l.dossierCount, l.eventCount, l.offices(), l.fields()];
  for (const office of [...OFFICES, 'Z9']) out.push(l.hasOffice(office));
  for (const q of queries) {
    out.push(l.form06(q), l.dossierCells(q));
    for (const cell of CELLS) {
      out.push(l.drillDown({ ...q, cell }));
      for (const field of FIELDS) out.push(l.drillDown({ ...q, cell, field }));
    }
  }
  if (timelines) {
    for (const [office, code] of dossiers) {
      for (const knownAt of knownAts) {
        const opts = knownAt === undefined ? {} : { knownAt };
        out.push(
          l.dossier(office, code, opts),
          l.dossier(office, code, { ...opts, asOf: knownAts[0] ?? '2024-03-01' }),
        );
        out.push(l.timeline(office, code, opts));
      }
    }
  }
  return out;
}

/**
 * The log, then a late digitisation of each dossier: an event after its corrections, so a dossier on the
 * general path computes its facts again from every event it holds, the corrections restored included.
 */
function withLateEvents(log: readonly RecordedEvent[]): RecordedEvent[] {
  const last = new Map<string, RecordedEvent>();
  for (const e of log) last.set(e.streamId, e);
  let rec = log.length > 0 ? Date.parse(log[log.length - 1]!.recordedAt) : 0;
  const late = [...last.values()].map((e, k) => {
    rec += 60_000;
    const eventId = `late-${k}`;
    return {
      ...e,
      position: BigInt(log.length + k + 1),
      revision: e.revision + 1n,
      recordedAt: new Date(rec).toISOString(),
      type: 'DossierDigitised',
      schemaVersion: 1,
      data: { what: 'papers' },
      meta: { ...e.meta, eventId, commandId: `cmd-${eventId}`, occurredAt: new Date(rec).toISOString() },
    };
  });
  return [...log, ...late];
}

describe('a ledger restored from its snapshot', () => {
  it('answers every query exactly as the ledger folded from the whole log', () => {
    fc.assert(
      fc.property(
        historyArb(40, 'medium'),
        optionsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(queryArb, { minLength: 1, maxLength: 3 }),
        fc.array(knownAtArb, { minLength: 1, maxLength: 2 }),
        (specs, o, cut1, cut2, queries, knownAts) => {
          const log = withLateEvents(buildLog(specs));
          const byStream = new Map<string, RecordedEvent[]>();
          for (const e of log) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);
          const options: LedgerOptions = {
            generalOnly: o.generalOnly,
            blockBits: o.blockBits,
            ...(o.timelines === 'source'
              ? { eventSource: (s: string) => byStream.get(s) ?? [] }
              : { keepEvents: false }),
          };
          const whole = createLedger(options);
          for (const e of log) whole.apply(e);

          // The first snapshot: taken at a1, encoded while the ledger goes on to a2, read back at a2.
          const a1 = Math.floor(cut1 * log.length);
          const a2 = a1 + Math.floor(cut2 * (log.length - a1));
          const source = createLedger(options);
          for (const e of log.slice(0, a1)) source.apply(e);
          const pending = encodeImageParts(ledgerImage(source));
          for (const e of log.slice(a1, a2)) source.apply(e);
          const restored = ledgerFromImage(decodeImageParts<LedgerImage>([...pending.parts]), options);
          expect(restored.lastPosition).toBe(a1 > 0 ? log[a1 - 1]!.position : -1n);
          for (const e of log.slice(a1, a2)) restored.apply(e);
          // A second snapshot, of the restored ledger, through the projection's own serialize.
          const again = ledgerProjection(options).deserialize!(ledgerProjection(options).serialize!(restored));
          for (const e of log.slice(a2)) {
            again.apply(e);
            source.apply(e);
          }

          const dossiers = specs.slice(0, 4).map((s, d) => [s.office, `D${d}`] as const);
          const wanted = answers(whole, queries, dossiers, knownAts, o.timelines === 'source');
          expect(answers(again, queries, dossiers, knownAts, o.timelines === 'source')).toEqual(wanted);
          expect(answers(source, queries, dossiers, knownAts, o.timelines === 'source')).toEqual(wanted);
          // The months and quarters of 2024 in the window, under both conventions.
          for (const quarter of [1, 2] as const) {
            for (const convention of ['calendar', 'cutoff'] as const) {
              const q = periodOf({ year: 2024, quarter, convention });
              expect(again.form06(q)).toEqual(whole.form06(q));
              expect(again.dossierCells(q)).toEqual(whole.dossierCells(q));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
