import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/core/index.ts';
import { getDb } from '../../src/storage/db.ts';
import { ensureHolderKey, getHolderKey } from '../../src/storage/keyStore.ts';
import { loadProfile, updateProfile } from '../../src/storage/profileStore.ts';
import { getSetting, setSetting } from '../../src/storage/settings.ts';
import { forgetShare, listShares, recordShare } from '../../src/storage/shareHistory.ts';
import { typicalProfile } from './support.ts';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterAll(() => getDb().close());

describe('profile store', () => {
  it('gives an empty profile in the default language before anything is saved', async () => {
    const loaded = await loadProfile('ar');
    expect(loaded).toMatchObject({ ok: true, updatedAt: null, profile: { v: 1, lang: 'ar', work: [] } });
  });

  it('keeps what was saved, parsed, across connections', async () => {
    const typical = typicalProfile();
    await updateProfile(() => typical);
    getDb().close();
    await getDb().open();
    const loaded = await loadProfile();
    expect(loaded.ok && loaded.profile).toEqual(typical);
    expect(loaded.ok && loaded.updatedAt).toBeGreaterThan(0);
  });

  it('applies concurrent changes to different fields without losing either', async () => {
    await Promise.all([
      updateProfile((p) => ({ ...p, person: { ...p.person, givenName: 'Samira' } })),
      updateProfile((p) => ({ ...p, person: { ...p.person, familyName: 'Haddad' } })),
      updateProfile((p) => ({ ...p, wishes: { ...p.wishes, workTime: 'part' } })),
    ]);
    const loaded = await loadProfile();
    expect(loaded.ok && loaded.profile.person).toMatchObject({ givenName: 'Samira', familyName: 'Haddad' });
    expect(loaded.ok && loaded.profile.wishes.workTime).toBe('part');
  });

  it('refuses a change that breaks the schema and keeps the previous profile', async () => {
    await updateProfile((p) => ({ ...p, person: { ...p.person, givenName: 'Amal' } }));
    const bad = await updateProfile((p) => ({ ...p, person: { ...p.person, birthYear: 1700 } }));
    expect(bad).toMatchObject({ ok: false, reason: 'rejected', problems: [{ path: 'person.birthYear' }] });
    const loaded = await loadProfile();
    expect(loaded.ok && loaded.profile.person.givenName).toBe('Amal');
    expect(loaded.ok && loaded.profile.person.birthYear).toBeUndefined();
  });

  it('reports a damaged record as unreadable and leaves it untouched', async () => {
    const damaged = { v: 1, lang: 'sv', person: 'not an object' };
    await getDb().profile.put({ id: 'current', profile: damaged as never, updatedAt: 1 });
    const loaded = await loadProfile();
    expect(loaded).toMatchObject({ ok: false, reason: 'unreadable', raw: damaged });
    expect(loaded.ok || loaded.reason !== 'unreadable' ? [] : loaded.problems.length).toBeGreaterThan(0);
    expect(await updateProfile((p) => p)).toEqual({ ok: false, reason: 'unreadable' });
    expect((await getDb().profile.get('current'))?.profile).toEqual(damaged);
  });
});

describe('holder key store', () => {
  it('makes the key once, on first use, and keeps it', async () => {
    expect(await getHolderKey()).toEqual({ ok: true, value: undefined });
    const first = unwrap(await ensureHolderKey());
    const again = unwrap(await ensureHolderKey());
    expect(again).toEqual(first);
    expect(first.did).toMatch(/^did:jwk:/);
    expect(first.fingerprint).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    expect(first.fingerprint).toBe(await fingerprintOf(first.publicJwk));
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(first.privateJwk).toHaveProperty('d');
  });

  it('makes exactly one key when two callers race for the first one', async () => {
    const [a, b] = (await Promise.all([ensureHolderKey(), ensureHolderKey()])).map(unwrap);
    expect(a!.did).toBe(b!.did);
    expect(await getDb().keys.count()).toBe(1);
  });
});

describe('share history and settings', () => {
  const share = (jti: string, createdAt: number) => ({
    jti,
    createdAt,
    expiresAt: createdAt + 7 * 86_400_000,
    recipient: 'Café Nova',
    lang: 'sv',
    summary: { sections: ['work' as const], entries: 1, personFields: ['givenName'] },
    link: `https://example.test/#s1.${jti}`,
  });

  it('lists shares newest first and forgets one', async () => {
    await recordShare(share('a', 1_000));
    await recordShare(share('c', 3_000));
    await recordShare(share('b', 2_000));
    expect((await listShares()).map((s) => s.jti)).toEqual(['c', 'b', 'a']);
    await forgetShare('c');
    expect((await listShares()).map((s) => s.jti)).toEqual(['b', 'a']);
  });

  it('stores settings and falls back when unset', async () => {
    expect(await getSetting('lastBackupAt')).toEqual({ ok: true, value: undefined });
    await setSetting('lastBackupAt', 1234);
    expect(await getSetting('lastBackupAt')).toEqual({ ok: true, value: 1234 });
  });
});
