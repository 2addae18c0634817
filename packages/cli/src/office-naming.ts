// The office's name for the papers the CLI prints: from --hierarchy FILE (the units catalogue, in any
// shape `motcua serve --hierarchy` takes), else the built-in sample office, else its code.
import { namingFromCatalogue, type OfficeIdentity, officeIdentity } from '@motcua/projections';
import { CliFailure } from './exit.js';
import type { Lang } from './i18n.js';

export async function officeIdentityOf(
  code: string,
  hierarchyFile: string | undefined,
  lang: Lang,
): Promise<OfficeIdentity> {
  if (hierarchyFile === undefined) return officeIdentity(code);
  const { loadHierarchyFile, refusalText } = await import('@motcua/server');
  let catalogue: ReturnType<typeof loadHierarchyFile>;
  try {
    catalogue = loadHierarchyFile(hierarchyFile);
  } catch (e) {
    throw new CliFailure(`--hierarchy: ${refusalText(e, lang)}`);
  }
  return officeIdentity(code, namingFromCatalogue(catalogue, code));
}
