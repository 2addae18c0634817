// The command handler without HTTP: outcomes and typed failures, on the in-memory store.
import { createDecider, type DossierCommand, defaultCalendar, sampleCatalogue } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from './command-handler.js';
import { createMemoryStore } from './memory.js';
import { WrongExpectedRevision } from './port.js';

const decider = createDecider({ calendar: defaultCalendar, catalogue: sampleCatalogue });
const NOW = '2024-03-01T09:00:00+07:00';
let seq = 0;
const meta = () => ({ commandId: `cmd-${++seq}`, actor: 'cb.tuphap', issuedAt: NOW });
const dossier = { office: 'DONGSON', dossierCode: 'HS-1' };
const receive = (): DossierCommand => ({
  type: 'ReceiveDossier',
  ...dossier,
  procedureCode: '1.000894',
  channel: 'direct',
  receivedAt: '2024-01-15T08:00:00+07:00',
  meta: meta(),
});
const resolve = (): DossierCommand => ({
  type: 'ResolveDossier',
  ...dossier,
  decision: 'approved',
  at: '2024-01-16T08:00:00+07:00',
  meta: meta(),
});

describe('createCommandHandler', () => {
  it('records a command and answers a retry of it from the log, writing nothing', async () => {
    const store = createMemoryStore();
    const handler = createCommandHandler({ store, decider });
    const command = receive();
    const first = await handler.execute(command);
    expect(first).toMatchObject({ ok: true, value: { revision: 0n, replayed: false } });
    const again = await handler.execute(command);
    expect(again).toMatchObject({ ok: true, value: { revision: 0n, replayed: true } });
    expect(await store.headPosition()).toBe(first.ok ? first.value.position : -2n);
  });

  it('returns a refusal of the decider as a typed failure, with nothing written', async () => {
    const store = createMemoryStore();
    const handler = createCommandHandler({ store, decider });
    const result = await handler.execute(resolve());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('rejected');
      if (result.error.kind === 'rejected') expect(result.error.error.code).toBe('DOSSIER_NOT_FOUND');
    }
    expect(await store.headPosition()).toBe(-1n);
  });

  it('returns a failed precondition with the revision the dossier is at', async () => {
    const store = createMemoryStore();
    const handler = createCommandHandler({ store, decider });
    expect((await handler.execute(receive())).ok).toBe(true);
    const result = await handler.execute(resolve(), [5n]);
    expect(result).toEqual({ ok: false, error: { kind: 'precondition-failed', ifMatch: [5n], actual: 0n } });
    const missing = await handler.execute({ ...resolve(), dossierCode: 'HS-404' }, '*');
    expect(missing).toEqual({ ok: false, error: { kind: 'precondition-failed', ifMatch: '*', actual: -1n } });
    expect((await handler.execute(resolve(), [0n])).ok).toBe(true);
  });

  it('gives up on a dossier that keeps changing between load and append, saying how often it tried', async () => {
    const store = createMemoryStore();
    const seed = createCommandHandler({ store, decider });
    expect((await seed.execute(receive())).ok).toBe(true);
    // An append that always loses the race: another writer got there first every time.
    const handler = createCommandHandler({
      store,
      decider,
      maxAttempts: 3,
      append: async (r) => {
        throw new WrongExpectedRevision(r.streamId, r.expectedRevision, 7n);
      },
    });
    const result = await handler.execute(resolve());
    expect(result).toEqual({ ok: false, error: { kind: 'kept-changing', ...dossier, attempts: 3 } });
  });
});
