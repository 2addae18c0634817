// The office-code rule and the stream-name encoding of an office, over generated codes of the alphabet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierStreamId, OfficeCodeSchema, parseDossierStreamId } from './ids.js';
import { isOfficeCode, officeFromStream, officeInStream } from './office-code.js';

const officeChar = fc.constantFrom(...'ABCZabcz0189-_.'.split(''), ...'XYxy'.split(''));
const officeCode = fc.array(officeChar, { minLength: 1, maxLength: 64 }).map((cs) => cs.join(''));
const dossierCode = fc
  .array(fc.constantFrom(...'Aa09-_./'.split('')), { minLength: 1, maxLength: 128 })
  .map((cs) => cs.join(''));

describe('office codes as people write them', () => {
  it.each(['xa-dong-son', 'XA_DONGSON', '26.H10', '000.00.25.H10', 'DONGSON'])('accepts %s', (code) => {
    expect(isOfficeCode(code)).toBe(true);
    expect(OfficeCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(['', 'xa dong son', 'xa/dong', 'xã', 'a~b', 'A'.repeat(65)])('refuses %j', (code) => {
    expect(isOfficeCode(code)).toBe(false);
    expect(OfficeCodeSchema.safeParse(code).success).toBe(false);
  });

  it('stream names round-trip for every office and dossier code', () => {
    fc.assert(
      fc.property(officeCode, dossierCode, (office, code) => {
        expect(isOfficeCode(office)).toBe(true);
        expect(parseDossierStreamId(dossierStreamId(office, code))).toEqual({ office, code });
      }),
      { numRuns: 2000 },
    );
  });

  it('two different dossiers never share a stream name', () => {
    fc.assert(
      fc.property(officeCode, dossierCode, officeCode, dossierCode, (o1, c1, o2, c2) => {
        fc.pre(o1 !== o2 || c1 !== c2);
        expect(dossierStreamId(o1, c1)).not.toBe(dossierStreamId(o2, c2));
      }),
      { numRuns: 2000 },
    );
    // The collisions a naive encoding would make: the dash moved between office and code.
    expect(dossierStreamId('xa-dong', 'son')).not.toBe(dossierStreamId('xa', 'dong-son'));
  });

  it('an office without a dash is written in the stream exactly as before (ledgers written earlier read the same)', () => {
    fc.assert(
      fc.property(officeCode, (office) => {
        fc.pre(!office.includes('-'));
        expect(officeInStream(office)).toBe(office);
        expect(officeFromStream(office)).toBe(office);
      }),
    );
    expect(parseDossierStreamId('dossier-DONGSON-A-2')).toEqual({ office: 'DONGSON', code: 'A-2' });
    expect(dossierStreamId('xa-dong-son', 'A-2')).toBe('dossier-xa~dong~son-A-2');
  });
});
