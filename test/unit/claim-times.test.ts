import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaimTimes } from '../../src/core/vc/claimTimes.ts';

const ISSUED = 1_790_000_000;
const at = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

describe('checkClaimTimes (snapshots, requests and endorsements alike)', () => {
  it('accepts agreeing times, open-ended or not', () => {
    expect(checkClaimTimes({ validFrom: at(ISSUED), iat: ISSUED })).toEqual({
      ok: true,
      value: { iat: ISSUED },
    });
    const exp = ISSUED + 86_400;
    expect(checkClaimTimes({ validFrom: at(ISSUED), iat: ISSUED, validUntil: at(exp), exp })).toEqual({
      ok: true,
      value: { iat: ISSUED, exp },
    });
  });

  it('says bad_claim for a malformed time even when other times also disagree', () => {
    const malformed = fc.constantFrom<Record<string, unknown>>(
      { validUntil: '2026-02-30T00:00:00Z' },
      { validUntil: 'tomorrow' },
      { exp: '1790086400' },
      { exp: ISSUED },
      { exp: undefined },
      { validFrom: 'now' },
      { iat: -1.5 },
    );
    fc.assert(
      fc.property(malformed, fc.integer({ min: 1, max: 10_000 }), (defect, skew) => {
        const payload = {
          validFrom: at(ISSUED + skew), // disagrees with iat
          iat: ISSUED,
          validUntil: at(ISSUED + 86_400 + skew), // disagrees with exp
          exp: ISSUED + 86_400,
          ...defect,
        };
        expect(checkClaimTimes(payload)).toEqual({ ok: false, reason: 'bad_claim' });
      }),
    );
  });

  it('says claims_mismatch when well-formed times disagree', () => {
    const exp = ISSUED + 86_400;
    expect(checkClaimTimes({ validFrom: at(ISSUED + 1), iat: ISSUED })).toMatchObject({
      reason: 'claims_mismatch',
    });
    expect(
      checkClaimTimes({ validFrom: at(ISSUED), iat: ISSUED, validUntil: at(exp + 1), exp }),
    ).toMatchObject({
      reason: 'claims_mismatch',
    });
  });
});
