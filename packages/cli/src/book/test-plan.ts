// Test support (not shipped to users): a CSV book through the importer's whole pipeline — header mapping,
// row reading, planning against the decider — with what it would write and every issue it raised.
import { createDecider, type DossierEvent, defaultCalendar, sampleCatalogue } from '@motcua/domain';
import { mapTable } from './columns.js';
import { planRows } from './plan.js';
import { readCsvTable } from './read-csv.js';
import { readRows } from './rows.js';

const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });

export function planBook(header: string, lines: readonly string[], stored: Record<string, DossierEvent[]> = {}) {
  const t = readCsvTable([header, ...lines].join('\n'));
  const m = mapTable(t.table!);
  const r = readRows(m.records, m.headers);
  const p = planRows(r.rows, {
    office: 'dongson',
    decider,
    catalogue: sampleCatalogue,
    issuedAt: '2024-06-01T00:00:00+07:00',
    actor: 'test',
    headers: m.headers,
    stored: (id) => stored[id],
  });
  const issues = [...m.issues, ...r.issues, ...p.issues];
  return {
    rows: r.rows,
    issues,
    requests: p.requests,
    events: p.requests.flatMap((q) => q.events),
    skipped: p.skipped,
  };
}

/** The issues ("line:column:code") of `line` edited from → to, planned against a ledger holding `line` as
 *  the book first wrote it: where a book contradicting the ledger is refused. */
export function conflictsOf(header: string, line: string, from: string, to: string): string[] {
  const first = planBook(header, [line]);
  const stored = Object.fromEntries(first.requests.map((r) => [r.streamId, r.events as DossierEvent[]]));
  return planBook(header, [line.replace(from, to)], stored).issues.map((i) => `${i.line}:${i.column}:${i.code}`);
}
