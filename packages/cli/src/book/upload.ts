// The importer `motcua serve` hands to the server for POST /v1/offices/{office}/imports: the same reading,
// checking and planning as `motcua import` (produce.ts), over bytes uploaded instead of a file. The book
// is planned against the ledger as it stands, then written in one short transaction on a connection of
// its own, so the server's writers wait for one commit rather than for the whole reading; a dossier
// written by someone else in between makes the append a conflict and nothing is written.
import type { CalendarData } from '@motcua/domain';
import { toVnIso } from '@motcua/domain';
import type { BookImporter, BookImportResult } from '@motcua/server';
import { openSqliteStore, type PreparedRequest } from '@motcua/store';
import { kindOf } from './load.js';
import { formatIssue } from './messages.js';
import { produce } from './produce.js';
import type { Issue } from './types.js';

export function bookImporter(opts: { calendar?: CalendarData } = {}): BookImporter {
  return async (upload) => {
    const issues: Issue[] = [];
    const requests: PreparedRequest[] = [];
    let events = 0;
    let skipped = 0;
    let rows = 0;
    let dossiers = 0;
    const produced = produce({
      bytes: upload.bytes,
      // A workbook is known by its zip signature whatever the Content-Type said.
      kind: kindOf(upload.kind === 'xlsx' ? 'book.xlsx' : 'book.csv', upload.bytes),
      office: upload.office,
      actor: upload.actor,
      issuedAt: toVnIso(Date.now()),
      ledger: upload.ledgerPath,
      ...(opts.calendar ? { calendar: opts.calendar } : {}),
    });
    for await (const m of produced) {
      if (m.kind === 'end') {
        rows = m.lines;
        dossiers = m.dossiers;
        continue;
      }
      issues.push(...m.issues);
      if (m.kind === 'chunk') {
        events += m.events;
        skipped += m.skipped;
        requests.push(...m.requests);
      }
    }
    const result: BookImportResult = {
      ok: issues.length === 0,
      rows,
      dossiers,
      events,
      skipped,
      issues: issues
        .sort((a, b) => a.line - b.line)
        .map((i) => ({
          line: i.line,
          column: i.column,
          header: i.header ?? null,
          code: i.code,
          message: formatIssue(i, upload.lang),
        })),
    };
    if (!result.ok || upload.dryRun || requests.length === 0) return result;
    const store = openSqliteStore({ path: upload.ledgerPath });
    try {
      const bulk = store.beginBulk();
      try {
        bulk.appendPrepared(requests);
        bulk.commit();
      } finally {
        bulk.rollback(); // nothing once committed
      }
    } finally {
      await store.close();
    }
    return result;
  };
}
