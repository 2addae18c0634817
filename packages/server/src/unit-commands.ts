// Commands across a change of the map (issue 14 item 3). A dossier keeps the office that received it:
// its events stay in its own stream. After its unit ended, a command addressed to that office is refused
// with UNIT_ENDED naming the successor; the successor's office takes the command instead, finds the dossier
// among its predecessors' offices and records it there, saying in the event's actor which unit recorded it.
import { allPredecessorsOf, commandUnitError, type DossierCommand, officeOfUnit, unitsOfOffice } from '@motcua/domain';
import { domainProblem } from './errors-http.js';
import { text } from './lang.js';
import { HttpProblem } from './problem.js';
import type { UnitDirectory } from './unit-directory.js';

/** The command as it must be recorded, or a refusal (HttpProblem). */
export async function routeCommand(
  command: DossierCommand,
  units: UnitDirectory,
  exists: (office: string, code: string) => Promise<boolean>,
): Promise<DossierCommand> {
  const catalogue = units.catalogue();
  if (catalogue.size === 0) return command;
  const refused = commandUnitError(catalogue, command);
  if (refused) throw domainProblem(refused);
  if (command.type === 'ReceiveDossier' || command.type === 'TransferIn') return command;
  const predecessorOffices = [
    ...new Set(
      unitsOfOffice(catalogue, command.office)
        .flatMap((u) => allPredecessorsOf(catalogue, u.code))
        .map((c) => officeOfUnit(catalogue.get(c)!)),
    ),
  ].filter((o) => o !== command.office);
  // Most offices took over from nobody: their commands go straight on, with no extra read.
  if (predecessorOffices.length === 0 || (await exists(command.office, command.dossierCode))) return command;
  const found: string[] = [];
  for (const o of predecessorOffices) if (await exists(o, command.dossierCode)) found.push(o);
  if (found.length === 0) return command;
  if (found.length > 1) {
    throw new HttpProblem(
      409,
      'INVALID_COMMAND',
      text(
        `${command.office}/${command.dossierCode}: các đơn vị trước đó ${found.join(', ')} đều có hồ sơ mã này; hãy gửi lệnh tới cơ quan đã tiếp nhận nó`,
        `${command.office}/${command.dossierCode}: the predecessor offices ${found.join(', ')} all hold a dossier with this code; send the command to the office that received it`,
      ),
    );
  }
  return {
    ...command,
    office: found[0]!,
    // Who recorded it, and for which unit: the successor's office.
    meta: { ...command.meta, actor: `${command.meta.actor.slice(0, 120)} (${command.office})` },
  } as DossierCommand;
}
