// One form for one dossier, from its events as known at a moment: read the stream, fold the story, build
// the form's data, render it as PDF or DOCX. Errors are values; nothing here writes anything.
import { type ProcedureCatalogue, sampleCatalogue } from '@motcua/domain';
import type { EventStore, RecordedEvent } from '@motcua/store';
import { buildDossierView, streamAsKnown } from '../timeline.js';
import { domainEvents, dossierStory } from './dossier-story.js';
import { buildForm } from './forms.js';
import { type NamedUnit, officeNames } from './office-name.js';
import { type FormNumber, isFormNumber, type Paper } from './paper.js';
import { type PaperError, paperError } from './paper-error.js';
import { paperDocx } from './render-docx.js';
import { paperPdf } from './render-pdf.js';

export type PaperFormat = 'pdf' | 'docx';
export const PAPER_FORMATS: readonly PaperFormat[] = ['pdf', 'docx'];

export const PAPER_CONTENT_TYPES: Readonly<Record<PaperFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface PaperOptions {
  /** Units catalogue entries (code, name, parent) to head the paper with the office's name. */
  readonly units?: readonly NamedUnit[];
  readonly catalogue?: ProcedureCatalogue;
  /** ISO instant: only events recorded by then are read. */
  readonly knownAt?: string;
  /** The working calendar's: a promised date in a year without announced days off is printed as provisional. */
  readonly isProvisional?: (instant: string) => boolean;
}

export type PaperResult = { ok: true; paper: Paper } | { ok: false; error: PaperError };

/** The form's data from the dossier's recorded events (already cut at knownAt). */
export function paperFromEvents(
  form: string,
  office: string,
  code: string,
  events: readonly RecordedEvent[],
  opts: PaperOptions = {},
): PaperResult {
  const subject = `${office}/${code}`;
  if (!isFormNumber(form)) {
    return {
      ok: false,
      error: paperError(
        'UNKNOWN_FORM',
        form,
        subject,
        `form ${JSON.stringify(form.slice(0, 20))} is not one of 01…07 (Thông tư 03/2025/TT-VPCP, Phụ lục I)`,
        `mẫu ${JSON.stringify(form.slice(0, 20))} không phải một trong 01…07 (Thông tư 03/2025/TT-VPCP, Phụ lục I)`,
      ),
    };
  }
  const story = dossierStory(domainEvents(events));
  const view = buildDossierView(office, code, events, { asOfMs: undefined, asOf: null, knownAt: opts.knownAt ?? null });
  if (!story || !view) {
    const when = opts.knownAt ? ` as known at ${opts.knownAt}` : '';
    const whenVi = opts.knownAt ? ` (theo dữ liệu ghi đến ${opts.knownAt})` : '';
    return {
      ok: false,
      error: paperError(
        'DOSSIER_NOT_FOUND',
        form,
        subject,
        `${subject}: no such dossier${when}`,
        `${subject}: không có hồ sơ này${whenVi}`,
      ),
    };
  }
  const last = events.at(-1)?.recordedAt;
  const asOf = new Date(opts.knownAt ?? last ?? story.receivedAt);
  const catalogue = opts.catalogue ?? sampleCatalogue;
  const built = buildForm(form, {
    story,
    handovers: view.handovers,
    finishOutcome: view.finished?.outcome ?? null,
    names: officeNames(office, opts.units),
    procedureName: story.procedureCode ? (catalogue.byCode(story.procedureCode)?.name ?? null) : null,
    asOf,
    isProvisional: opts.isProvisional ?? (() => false),
  });
  return built.ok ? { ok: true, paper: built.paper } : { ok: false, error: built.error };
}

/** Reads the dossier's stream as known at opts.knownAt and builds the form. */
export async function dossierPaper(
  store: Pick<EventStore, 'readStream'>,
  form: string,
  office: string,
  code: string,
  opts: PaperOptions = {},
): Promise<PaperResult> {
  const events = await streamAsKnown(store, office, code, opts.knownAt);
  return paperFromEvents(form, office, code, events, opts);
}

export const renderPaper = (p: Paper, format: PaperFormat): Promise<Buffer> =>
  format === 'pdf' ? paperPdf(p) : paperDocx(p);

/** A file name for the paper: mau-01-CODE.pdf. */
export const paperFileName = (form: FormNumber, code: string, format: PaperFormat): string =>
  `mau-${form}-${code.replace(/[^A-Za-z0-9_.-]/g, '_')}.${format}`;
