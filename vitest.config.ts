import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

// Tests run against the TypeScript sources; the CLI e2e tests spawn the built dist like a user would.
export default defineConfig({
  resolve: {
    alias: {
      // Before '@motcua/domain', which would otherwise match the subpath as a prefix.
      '@motcua/domain/internal': src('domain', 'internal'),
      '@motcua/domain/testing': src('domain', 'testing'),
      '@motcua/domain': src('domain'),
      '@motcua/store': src('store'),
      '@motcua/projections': src('projections'),
      '@motcua/server': src('server'),
      '@motcua/cli': src('cli'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'bench/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
