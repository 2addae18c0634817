// @motcua/domain as npm would publish it: `npm pack` the package, unpack the tarball into an outside
// project's node_modules, and build and run the embedding example against it. Its dependencies (those its
// package.json declares) are linked from the workspace instead of fetched, so the test needs no network.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from './main.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const domain = join(root, 'packages/domain');
let dir: string;
let packed: { filename: string; files: Array<{ path: string }> };

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', domain], { stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'motcua-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: domain, encoding: 'utf8' });
  packed = (JSON.parse(out) as Array<typeof packed>)[0]!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack @motcua/domain', () => {
  it('holds the built code, its types, README and LICENSE, and no build cache or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.includes('tsbuildinfo'))).toEqual([]);
    expect(files.filter((f) => /\.test\./.test(f))).toEqual([]);
  });

  it('builds and runs the embedding example like an outside project', () => {
    const project = join(dir, 'outside');
    const pkg = join(project, 'node_modules/@motcua/domain');
    mkdirSync(pkg, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', pkg, '--strip-components=1']);
    // Every runtime dependency the package declares (zod, uuid, immer…), read from its package.json.
    const deps = Object.keys(
      (JSON.parse(readFileSync(join(domain, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
        .dependencies,
    );
    for (const dep of deps) {
      symlinkSync(realpathSync(join(domain, 'node_modules', dep)), join(project, 'node_modules', dep));
    }
    mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
    symlinkSync(realpathSync(join(root, 'node_modules/@types/node')), join(project, 'node_modules/@types/node'));
    cpSync(join(root, 'examples/embed/src/main.ts'), join(project, 'src/main.ts'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'outside', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          outDir: 'dist',
          rootDir: 'src',
          types: ['node'],
        },
        include: ['src'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { stdio: 'pipe' });
    const out = execFileSync(process.execPath, [join(project, 'dist/main.js')], { cwd: project, encoding: 'utf8' });
    expect(out.trimEnd().split('\n')).toEqual([...runExample().lines]);
  });
});
