// PostgreSQL runs against a real server: a throwaway cluster this file starts (initdb + pg_ctl on a
// free loopback port), or the one MOTCUA_PG_URL names. Skipped, and saying so, only off CI.
import { afterAll, beforeAll } from 'vitest';
import { runStoreContract } from './contract.js';
import { openPostgresStore } from './postgres/postgres.js';
import { pgTestTarget, startTestCluster, type TestCluster } from './postgres/test-cluster.js';

const target = pgTestTarget('PostgreSQL contract suite');
let cluster: TestCluster | undefined;
let url = target?.url ?? '';
beforeAll(async () => {
  if (target?.binDir) {
    cluster = await startTestCluster(target.binDir);
    url = cluster.url;
  }
});
afterAll(() => cluster?.stop());

// Each store gets a schema of its own: a fresh log, as the suite's clock test needs.
let n = 0;
const freshSchema = () => `contract_${process.pid}_${++n}`;

runStoreContract(
  'PostgreSQL',
  ({ clock }) => openPostgresStore({ connectionString: url, schema: freshSchema(), ...(clock ? { clock } : {}) }),
  { skip: target === null },
);
