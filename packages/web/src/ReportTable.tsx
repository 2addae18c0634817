// Biểu 06 as the API computed it: one row per field and the total, every number a cell named by its key.
import type { Form06Report } from './api/client.js';
import { cellValue, FORM06_COLUMNS, FORM06_GROUP_TITLES, FORM06_GROUPS, tallyIdentities } from './form06.js';
import { type Lang, useT } from './i18n.js';

/** A cell's link: the same report with `cell` and `field` set, so the dossiers behind it open below. */
export type CellHref = (cell: string, field: string) => { href: string; onClick: (e: MouseEvent) => void };

/** `link` null: plain numbers (a unit roll-up has no drill-down route). */
function Row(props: { field: string; label: string; counts: unknown; total?: boolean; link: CellHref | null }) {
  return (
    <tr data-field={props.field} class={props.total ? 'total' : undefined}>
      <th scope="row">{props.label}</th>
      {FORM06_COLUMNS.map((c) => (
        <td key={c.key} data-cell={c.key}>
          {props.link ? (
            <a {...props.link(c.key, props.field)}>{cellValue(props.counts, c.key) ?? ''}</a>
          ) : (
            (cellValue(props.counts, c.key) ?? '')
          )}
        </td>
      ))}
    </tr>
  );
}

export function ReportTable(props: { report: Form06Report; lang: Lang; link: CellHref | null }) {
  const t = useT();
  const { report, lang } = props;
  const tally = tallyIdentities(report, { lang });
  return (
    <>
      <table class="form06">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('field')}
            </th>
            {FORM06_GROUPS.map((g) => (
              <th scope="colgroup" key={g} colSpan={FORM06_COLUMNS.filter((c) => c.group === g).length}>
                {FORM06_GROUP_TITLES[g][lang]}
              </th>
            ))}
          </tr>
          <tr>
            {FORM06_COLUMNS.map((c) => (
              <th scope="col" key={c.key} title={`(${c.no})`}>
                {c.full[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <Row key={r.field} field={r.field} label={r.field} counts={r} link={props.link} />
          ))}
        </tbody>
        <tfoot>
          <Row field="" label={t('total')} counts={report.total} total link={props.link} />
        </tfoot>
      </table>
      {tally.breaks.length === 0 ? (
        <p class="identities ok" data-identities="ok">
          ✓ {t('identitiesOk', { n: tally.checked })}
        </p>
      ) : (
        <div class="identities broken" data-identities="broken" role="alert">
          <p>{t('identitiesBroken')}</p>
          <ul>
            {tally.breaks.map((b) => (
              <li key={`${b.where} ${b.identity}`}>{b.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
