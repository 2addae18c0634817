// The EventStoreDB client is loaded when an ESDB store connects, not when the package is imported.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connectEsdbStore } from './esdb.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const loadedClient = (code: string): string => {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const store = await import(${JSON.stringify(dist)});
       ${code}
       const { createRequire } = await import('node:module');
       const cache = createRequire(import.meta.url).cache;
       console.log(Object.keys(cache).some((k) => k.includes('@eventstore')));`,
    ],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
};

describe('EventStoreDB client loading', () => {
  it('is not loaded by importing the store package', () => {
    expect(loadedClient('')).toBe('false');
  });

  it('is loaded once an ESDB store is made (the client connects lazily: no server needed to make one)', async () => {
    expect(
      loadedClient("await store.connectEsdbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' }).close();"),
    ).toBe('true');
    const s = connectEsdbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' });
    await s.close();
  });
});
