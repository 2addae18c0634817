import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, commandSubject, parseCommand } from './commands.js';

const meta = { commandId: 'c-1', actor: 'cb.tuphap', issuedAt: '2024-01-15T09:00:00+07:00' };

describe('parseCommand', () => {
  it('knows every command', () => {
    expect(COMMAND_TYPES).toEqual([
      'ReceiveDossier',
      'TransferIn',
      'RequestSupplement',
      'ProvideSupplement',
      'RescheduleDueDate',
      'ResolveDossier',
      'ReturnResult',
      'WithdrawDossier',
      'ReturnUnprocessed',
      'DigitiseDossier',
      'PayFee',
      'RateSatisfaction',
      'CorrectEvent',
      'HandOverDossier',
      'StopProcessing',
    ]);
  });

  it('accepts a minimal receipt and leaves the defaults to the decider', () => {
    const raw = {
      type: 'ReceiveDossier',
      office: 'DONGSON',
      dossierCode: '000.00.18.H05-240115-0001',
      procedureCode: '1.001193',
      channel: 'online',
      receivedAt: '2024-01-15T08:00:00+07:00',
      meta,
    };
    expect(parseCommand(raw)).toEqual({ ok: true, value: raw });
  });

  it('rejects an unknown command type', () => {
    const r = parseCommand({ type: 'Teleport', office: 'DONGSON', dossierCode: 'A', meta });
    expect(!r.ok && r.error.code).toBe('INVALID_COMMAND');
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('type');
  });

  it('names the dossier and each bad field', () => {
    const r = parseCommand({
      type: 'RateSatisfaction',
      office: 'DONGSON',
      dossierCode: 'HS-1',
      score: 0,
      complaint: 'no',
      meta: { ...meta, issuedAt: 'yesterday' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_COMMAND');
    expect(r.error.subject).toBe('DONGSON/HS-1');
    expect(r.error.message).toContain('DONGSON/HS-1');
    expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['complaint', 'meta.issuedAt', 'score']);
  });

  it('requires office and dossier code on every command', () => {
    const r = parseCommand({ type: 'ReturnResult', meta });
    expect(!r.ok && r.error.issues?.map((i) => i.path).sort()).toEqual(['dossierCode', 'office']);
  });

  it('rejects office codes outside the office-code alphabet', () => {
    const r = parseCommand({ type: 'ReturnResult', office: 'DONG SON', dossierCode: 'HS-1', meta });
    expect(!r.ok && r.error.issues?.[0]?.path).toBe('office');
  });

  it('rejects unknown fields (a typo is not silently dropped)', () => {
    const r = parseCommand({ type: 'ReturnResult', office: 'DONGSON', dossierCode: 'HS-1', when: 'now', meta });
    expect(!r.ok && r.error.code).toBe('INVALID_COMMAND');
  });

  it('accepts a correction that retracts an event', () => {
    const raw = {
      type: 'CorrectEvent',
      office: 'DONGSON',
      dossierCode: 'HS-1',
      supersedes: 'ev-1',
      reason: 'Nhập trùng',
      replacement: null,
      meta,
    };
    expect(parseCommand(raw).ok).toBe(true);
  });

  it('takes null for an optional field as left out', () => {
    const raw = {
      type: 'ResolveDossier',
      office: 'DONGSON',
      dossierCode: 'HS-1',
      decision: 'refused',
      note: null,
      at: null,
      meta: { ...meta, correlationId: null, causationId: null },
    };
    expect(parseCommand(raw).ok).toBe(true);
  });

  it('commandSubject is office/code', () => {
    expect(commandSubject({ office: 'DONGSON', dossierCode: 'HS-1' })).toBe('DONGSON/HS-1');
  });
});
