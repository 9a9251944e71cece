import { describe, expect, it } from 'vitest';
import { defaultSelection, LIST_SECTIONS, type ShareSelection } from '../../src/core/index.ts';
import { makeShareLink } from '../../src/ui/holder/share/makeShareLink.ts';
import { makeQr, QR_MAX_BYTES, QR_MAX_VERSION } from '../../src/ui/holder/share/qr.ts';
import { TEST_KEYS, typicalProfile } from './support.ts';

const options = {
  privateJwk: TEST_KEYS.holder.privateJwk,
  validity: { days: 7 },
  baseUrl: 'https://kompetenspass.example/',
};

function withoutEntries(selection: ShareSelection, drop: { section: string; id: string }[]): ShareSelection {
  const entries = { ...selection.entries };
  for (const section of LIST_SECTIONS)
    entries[section] = entries[section].filter(
      (id) => !drop.some((d) => d.section === section && d.id === id),
    );
  return { ...selection, entries };
}

describe('QR codes for share links', () => {
  it('encodes a link up to the byte limit and refuses a longer one', () => {
    const fits = `https://kompetenspass.example/#s1.${'A'.repeat(QR_MAX_BYTES - 34)}`;
    expect(new TextEncoder().encode(fits).length).toBe(QR_MAX_BYTES);
    expect(makeQr(fits)?.version).toBeLessThanOrEqual(QR_MAX_VERSION);
    expect(makeQr(`${fits}A`)).toBeNull();
  });

  it('says a small selection fits', async () => {
    const profile = typicalProfile();
    const small: ShareSelection = {
      person: ['givenName'],
      entries: { languages: [], education: [], work: [profile.work[0]!.id], skills: [], licences: [] },
      wishes: false,
    };
    const made = await makeShareLink(profile, small, options);
    expect(made.ok && made.value.leaveOutForQr).toBe(0);
  });

  it('counts the entries to leave out, and leaving out that many really makes it fit', async () => {
    const profile = typicalProfile();
    const selection = {
      ...defaultSelection(profile),
      person: ['givenName', 'familyName'] as const,
      wishes: false,
    };
    const made = await makeShareLink(profile, { ...selection, person: [...selection.person] }, options);
    if (!made.ok) throw new Error(made.reason);
    const count = made.value.leaveOutForQr;
    expect(count).toBeGreaterThan(0);
    const bySize = LIST_SECTIONS.flatMap((section) =>
      (profile[section] as { id: string }[]).map((entry) => ({
        section,
        id: entry.id,
        size: JSON.stringify(entry).length,
      })),
    ).sort((a, b) => b.size - a.size);
    const fitsAfter = async (n: number) => {
      const trimmed = withoutEntries({ ...selection, person: [...selection.person] }, bySize.slice(0, n));
      const again = await makeShareLink(profile, trimmed, options);
      return again.ok && again.value.leaveOutForQr === 0;
    };
    expect(await fitsAfter(count!)).toBe(true);
    // Largest first: far fewer than leaving out the last entries one by one would need.
    expect(count).toBeLessThan(bySize.length / 2);
  });

  it('says when leaving out entries is not enough', async () => {
    const profile = typicalProfile();
    // Text that does not compress, as a long story in one's own words nearly does not.
    let seed = 7;
    const letter = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return 'abcdefghijklmnopqrstuvwxyzåäö '[seed % 30];
    };
    profile.person.about = Array.from({ length: 1900 }, letter).join('');
    const selection = { ...defaultSelection(profile), wishes: false };
    const made = await makeShareLink(profile, selection, options);
    expect(made.ok && made.value.leaveOutForQr).toBeNull();
  });
});
