// Authorization matrix: every route × every role × own / other office. Allowed calls must succeed
// (2xx), refused ones give 403 (401 without or with a wrong key) and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  call,
  eventCount,
  type KeyName,
  receiveBody,
  startTestServer,
  type TestServer,
} from './server-helpers.js';

let s: TestServer;
let seq = 0;
const fresh = (prefix: string) => `${prefix}-${++seq}`;

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const admin = async (method: string, path: string, body?: unknown) => {
  const r = await call(s.base, method, path, { who: 'admin', body });
  if (r.status >= 300) throw new Error(`setup ${method} ${path}: ${r.status} ${r.text}`);
  return r;
};

/** Puts a dossier in the state a command needs; returns the body to send. */
type Prepare = (office: string, code: string) => Promise<unknown>;

const received = async (office: string, code: string, extra: Record<string, unknown> = {}) =>
  admin('POST', `/v1/offices/${office}/dossiers`, receiveBody(code, extra));
const at = '2024-01-15T10:00:00+07:00';

interface CommandRoute {
  readonly path: string;
  readonly prepare: Prepare;
}

const COMMANDS: CommandRoute[] = [
  {
    path: 'supplement-requests',
    prepare: async (o, c) => {
      await received(o, c);
      return { reason: 'thiếu giấy', at };
    },
  },
  {
    path: 'supplement-provided',
    prepare: async (o, c) => {
      await received(o, c);
      await admin('POST', `/v1/offices/${o}/dossiers/${c}/supplement-requests`, { reason: 'thiếu giấy', at });
      return { at: '2024-01-16T10:00:00+07:00' };
    },
  },
  {
    path: 'reschedule',
    prepare: async (o, c) => {
      await received(o, c, { procedureCode: '1.000894' });
      return { reason: 'chờ xác minh', newDueAt: '2024-02-15T10:00:00+07:00', at };
    },
  },
  {
    path: 'resolve',
    prepare: async (o, c) => {
      await received(o, c);
      return { decision: 'approved', at };
    },
  },
  {
    path: 'return',
    prepare: async (o, c) => {
      await received(o, c);
      await admin('POST', `/v1/offices/${o}/dossiers/${c}/resolve`, { decision: 'approved', at });
      return { at };
    },
  },
  {
    path: 'withdraw',
    prepare: async (o, c) => {
      await received(o, c);
      return { reason: 'người nộp rút', at };
    },
  },
  {
    path: 'return-unprocessed',
    prepare: async (o, c) => {
      await received(o, c);
      return { reason: 'sai thẩm quyền', at };
    },
  },
  {
    path: 'digitise',
    prepare: async (o, c) => {
      await received(o, c);
      return { what: 'papers', at };
    },
  },
  {
    path: 'payments',
    prepare: async (o, c) => {
      await received(o, c);
      return { method: 'online', amountVnd: 8000, at };
    },
  },
  {
    path: 'rating',
    prepare: async (o, c) => {
      await received(o, c);
      return { score: 5, complaint: false, at };
    },
  },
  {
    path: 'corrections',
    prepare: async (o, c) => {
      const r = await received(o, c);
      return {
        supersedes: r.json.events[0].eventId,
        reason: 'nhập sai kênh',
        replacement: {
          type: 'DossierReceived',
          occurredAt: '2024-01-15T08:30:00+07:00',
          data: {
            office: o,
            dossierCode: c,
            procedureCode: '1.001193',
            field: 'Hộ tịch',
            channel: 'direct',
            receivedAt: '2024-01-15T08:30:00+07:00',
            dueAt: '2024-01-16T08:30:00+07:00',
            applicantRef: null,
          },
        },
      };
    },
  },
  {
    // The stop notice exists for dossiers received from 1 July 2025 (Nghị định 118/2025).
    path: 'stop',
    prepare: async (o, c) => {
      await received(o, c, { receivedAt: '2025-07-15T08:30:00+07:00' });
      return { reason: 'không bổ sung hồ sơ', at: '2025-07-18T10:00:00+07:00' };
    },
  },
];

const ALL_ROLES: KeyName[] = ['clerkA', 'clerkB', 'leaderA', 'auditorA', 'admin'];
const READERS_OF_A: KeyName[] = ['clerkA', 'leaderA', 'auditorA', 'admin', 'leaderDistrict'];

describe('no key or a wrong key: 401 on every protected route', () => {
  const routes: Array<[string, string]> = [
    ['POST', '/v1/offices/A/dossiers'],
    ...COMMANDS.map((c): [string, string] => ['POST', `/v1/offices/A/dossiers/X-1/${c.path}`]),
    ['POST', '/v1/offices/A/dossiers/X-1/transfer-in'],
    ['GET', '/v1/offices/A/reports/form06?year=2024'],
    ['GET', '/v1/offices/A/reports/form06/cells/received.total?year=2024'],
    ['GET', '/v1/offices/A/reports/form06/drill-down?cell=received.total&year=2024'],
    ['GET', '/v1/offices/A/indicators?year=2024'],
    ['GET', '/v1/offices/A/dossiers/X-1'],
    ['GET', '/v1/offices/A/dossiers/X-1/timeline'],
    ['GET', '/v1/offices/A/events'],
    ['GET', '/v1/procedures'],
    ['GET', '/v1/units'],
    ['GET', '/v1/units/D1/reports/form06?year=2024'],
    ['GET', '/v1/audit/verify'],
  ];
  it.each(routes)('%s %s', async (method, path) => {
    const before = await eventCount(s.store);
    const body = method === 'POST' ? receiveBody('X-1') : undefined;
    const variants: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer not-a-key-at-all-0000' },
      { authorization: 'Basic abc' },
    ];
    for (const headers of variants) {
      const r = await call(s.base, method, path, { body, headers });
      expect(r.status).toBe(401);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.json.code).toBe('UNAUTHORIZED');
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect(await eventCount(s.store)).toBe(before);
  });
});

describe('commands: clerks of the office and admins only', () => {
  const cases: Array<[string, KeyName, string]> = [];
  for (const route of ['receive', 'transfer-in', ...COMMANDS.map((c) => c.path)]) {
    for (const who of ALL_ROLES) for (const office of ['A', 'B']) cases.push([route, who, office]);
  }
  it.each(cases)('%s as %s on office %s', async (route, who, office) => {
    const allowed = who === 'admin' || (who === 'clerkA' && office === 'A') || (who === 'clerkB' && office === 'B');
    const code = fresh(`M-${route}`);
    let path: string;
    let body: unknown;
    if (route === 'receive') {
      path = `/v1/offices/${office}/dossiers`;
      body = receiveBody(code);
    } else if (route === 'transfer-in') {
      path = `/v1/offices/${office}/dossiers/${code}/transfer-in`;
      body = {
        procedureCode: '1.001193',
        channel: 'direct',
        receivedAt: '2023-12-20T08:00:00+07:00',
        source: 'prior-period',
      };
    } else {
      const c = COMMANDS.find((x) => x.path === route)!;
      body = await c.prepare(office, code);
      path = `/v1/offices/${office}/dossiers/${code}/${route}`;
    }
    const before = await eventCount(s.store);
    const r = await call(s.base, 'POST', path, { who, body });
    if (allowed) {
      expect(r.status, r.text).toBeGreaterThanOrEqual(200);
      expect(r.status, r.text).toBeLessThan(300);
      expect(r.headers.get('etag')).toMatch(/^"\d+"$/);
      expect(await eventCount(s.store)).toBe(before + 1);
    } else {
      expect(r.status, r.text).toBe(403);
      expect(r.json.code).toBe('FORBIDDEN');
      expect(await eventCount(s.store)).toBe(before);
    }
  });
});

describe('reads: every role that covers the office, nobody else', () => {
  beforeAll(async () => {
    for (const office of ['A', 'B']) {
      await received(office, 'R-1');
      await admin('POST', `/v1/offices/${office}/dossiers/R-1/resolve`, { decision: 'approved', at });
    }
  });
  const reads = (office: string): Array<[string, string]> => [
    ['form06', `/v1/offices/${office}/reports/form06?year=2024&quarter=1`],
    ['form06 csv', `/v1/offices/${office}/reports/form06?year=2024&quarter=1&format=csv`],
    ['form06 xlsx', `/v1/offices/${office}/reports/form06?from=2024-01-01&to=2024-01-31&format=xlsx`],
    ['drill-down', `/v1/offices/${office}/reports/form06/cells/received.online?year=2024&quarter=1`],
    ['drill-down (query)', `/v1/offices/${office}/reports/form06/drill-down?cell=resolved.total&year=2024`],
    ['indicators', `/v1/offices/${office}/indicators?year=2024&quarter=1`],
    ['dossier', `/v1/offices/${office}/dossiers/R-1`],
    ['timeline', `/v1/offices/${office}/dossiers/R-1/timeline`],
  ];
  const cases: Array<[string, KeyName, string, string]> = [];
  for (const who of [...ALL_ROLES, 'leaderDistrict' as KeyName]) {
    for (const office of ['A', 'B']) for (const [name, path] of reads(office)) cases.push([name, who, office, path]);
  }
  it.each(cases)('%s as %s on office %s', async (_name, who, office, path) => {
    const covers =
      who === 'admin' ||
      who === 'leaderDistrict' ||
      (office === 'A' && READERS_OF_A.includes(who)) ||
      (office === 'B' && who === 'clerkB');
    const r = await call(s.base, 'GET', path, { who });
    if (covers) {
      expect(r.status, r.text).toBe(200);
    } else {
      expect(r.status, r.text).toBe(403);
      expect(r.json.code).toBe('FORBIDDEN');
      // Nothing of the other office's data in the refusal: only the problem fields.
      expect(Object.keys(r.json).sort()).toEqual(['code', 'detail', 'instance', 'status', 'title', 'type']);
      expect(r.text).not.toContain('Hộ tịch');
      expect(r.text).not.toContain('DossierReceived');
    }
  });

  it.each(ALL_ROLES.map((w) => [w]))('live events as %s', async (who) => {
    for (const office of ['A', 'B']) {
      const covers =
        who === 'admin' || (office === 'A' && READERS_OF_A.includes(who)) || (office === 'B' && who === 'clerkB');
      const ctl = new AbortController();
      const res = await fetch(`${s.base}/v1/offices/${office}/events`, {
        headers: auth(who),
        signal: ctl.signal,
      });
      if (covers) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      } else {
        expect(res.status).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe('FORBIDDEN');
      }
      ctl.abort();
    }
  });
});

describe('time travel (knownAt, asOf) is for auditors and admins', () => {
  const paths = [
    '/v1/offices/A/reports/form06?year=2024&quarter=1&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/reports/form06/cells/received.total?year=2024&quarter=1&knownAt=2030-01-01',
    '/v1/offices/A/indicators?year=2024&quarter=1&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/dossiers/R-1?knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/dossiers/R-1?asOf=2024-01-15T09:00:00%2B07:00',
    '/v1/offices/A/dossiers/R-1/timeline?knownAt=2030-01-01T00:00:00Z',
    '/v1/units/D1/reports/form06?year=2024&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/reports/form06/drill-down?year=2024&quarter=1&cell=received.total&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/dossiers?knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/reports/form06/changes?year=2024&quarter=1&knownAt=2024-02-01T00:00:00Z',
    '/v1/units/D1/reports/form06/changes?year=2024&knownAt=2024-02-01T00:00:00Z',
    '/v1/offices/A/book?year=2024&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/scorecard?year=2024&quarter=1&knownAt=2030-01-01T00:00:00Z',
    '/v1/units/D1/scorecard?year=2024&knownAt=2030-01-01T00:00:00Z',
    '/v1/offices/A/dossiers/R-1/papers/01?format=pdf&knownAt=2030-01-01T00:00:00Z',
  ];
  // Every read route whose query takes a moment in the past is in the list above, so a new route that
  // forgets to declare `timeTravel` fails here rather than serving the past to a clerk.
  it('lists every route that takes knownAt, asOf or against', async () => {
    const doc = (await call(s.base, 'GET', '/openapi.json')).json as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    const travelling = Object.entries(doc.paths)
      .filter(([, ops]) =>
        (ops.get?.parameters ?? []).some((p) => p.in === 'query' && ['knownAt', 'asOf', 'against'].includes(p.name)),
      )
      .map(([template]) => template)
      // The units catalogue as known at a moment holds no dossier: any key may read the map's history.
      .filter((template) => template !== '/v1/units');
    expect(travelling.length).toBeGreaterThan(8);
    for (const template of travelling) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/?]+')}\\?`);
      expect(
        paths.some((p) => pattern.test(p)),
        `${template} takes a moment in the past but is not checked here`,
      ).toBe(true);
    }
  });
  const cases: Array<[KeyName, string]> = [];
  for (const who of ['clerkA', 'leaderA', 'auditorA', 'admin', 'leaderDistrict'] as KeyName[]) {
    for (const p of paths) cases.push([who, p]);
  }
  it.each(cases)('%s GET %s', async (who, path) => {
    const r = await call(s.base, 'GET', path, { who });
    if (path.startsWith('/v1/units/') && (who === 'clerkA' || who === 'leaderA' || who === 'auditorA')) {
      expect(r.status).toBe(403); // the unit has office B too
      return;
    }
    if (who === 'auditorA' || who === 'admin') expect(r.status, r.text).toBe(200);
    else {
      expect(r.status).toBe(403);
      expect(r.json.code).toBe('TIME_TRAVEL_FORBIDDEN');
    }
  });
});

describe('catalogue, units and verification', () => {
  it.each(ALL_ROLES.map((w) => [w]))('procedures and units as %s', async (who) => {
    const r = await call(s.base, 'GET', '/v1/procedures', { who });
    expect(r.status).toBe(200);
    expect(r.json.procedures.length).toBeGreaterThanOrEqual(25);
    const u = await call(s.base, 'GET', '/v1/units', { who });
    expect(u.status).toBe(200);
    const codes = u.json.units.map((x: { code: string }) => x.code);
    expect(codes).toEqual(who === 'admin' ? ['P', 'D1', 'D2'] : []);
  });

  it('district leader sees its district only', async () => {
    const u = await call(s.base, 'GET', '/v1/units', { who: 'leaderDistrict' });
    expect(u.json.units.map((x: { code: string }) => x.code)).toEqual(['D1']);
    expect((await call(s.base, 'GET', '/v1/units/D1/reports/form06?year=2024', { who: 'leaderDistrict' })).status).toBe(
      200,
    );
    expect((await call(s.base, 'GET', '/v1/units/D2/reports/form06?year=2024', { who: 'leaderDistrict' })).status).toBe(
      403,
    );
    expect((await call(s.base, 'GET', '/v1/units/P/reports/form06?year=2024', { who: 'leaderDistrict' })).status).toBe(
      403,
    );
    expect(
      (await call(s.base, 'GET', '/v1/offices/C/reports/form06?year=2024', { who: 'leaderDistrict' })).status,
    ).toBe(403);
    // Leaders never write, whatever they cover.
    const w = await call(s.base, 'POST', '/v1/offices/A/dossiers', {
      who: 'leaderDistrict',
      body: receiveBody('LD-1'),
    });
    expect(w.status).toBe(403);
  });

  it.each(ALL_ROLES.map((w) => [w]))('audit verify as %s', async (who) => {
    const r = await call(s.base, 'GET', '/v1/audit/verify', { who });
    if (who === 'auditorA' || who === 'admin') {
      expect(r.status).toBe(200);
      expect(r.json.ok).toBe(true);
      expect(BigInt(r.json.size)).toBeGreaterThan(0n);
    } else {
      expect(r.status).toBe(403);
      expect(r.json.code).toBe('FORBIDDEN');
    }
  });

  it('public routes need no key', async () => {
    expect((await call(s.base, 'GET', '/healthz')).status).toBe(200);
    expect((await call(s.base, 'GET', '/readyz')).status).toBe(200);
    expect((await call(s.base, 'GET', '/openapi.json')).status).toBe(200);
    const docs = await fetch(`${s.base}/docs`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
  });
});
