// A produced file appears whole or not at all: written beside its target, then renamed over it, so a
// crash or a refusal half-way leaves no half-written workbook or PDF under the name the clerk asked for.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeWhole(path: string, body: string | Buffer): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, body);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
