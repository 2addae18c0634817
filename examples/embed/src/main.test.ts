// Runs the embedding example twice: in-process, and as another project would, compiled and run by node
// against the built @motcua/domain package (resolved through node_modules, not through test aliases).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExample } from './main.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const expected = [
  'dossier: DONGSON/H05.18-240115-0001',
  'procedure: Đăng ký khai sinh (1.001193), field: Hộ tịch',
  'status: finished (returned)',
  // One working day from Monday 09:30 is Tuesday 09:30; the result went out Tuesday 08:15.
  'received: 2024-01-15, due: 2024-01-16, finished: 2024-01-16',
  'outcome: on time',
  'events: DossierReceived, DossierResolved, ResultReturned',
  'revision: 3',
  'second return: ALREADY_RETURNED',
];

describe('examples/embed', () => {
  it('receives, resolves and returns a dossier through the public API', () => {
    const run = runExample();
    expect(run.lines).toEqual(expected);
    expect(run.state).toMatchObject({ status: 'finished', finishKind: 'returned', revision: 3 });
  });

  it('builds with tsc and runs under node like an outside project', () => {
    const tsc = `${root}node_modules/typescript/bin/tsc`;
    execFileSync(process.execPath, [tsc, '-b', 'examples/embed'], { cwd: root, stdio: 'pipe' });
    const out = execFileSync(process.execPath, ['examples/embed/dist/main.js'], { cwd: root, encoding: 'utf8' });
    expect(out.trimEnd().split('\n')).toEqual(expected);
  });
});
