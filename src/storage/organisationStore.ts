import { type OrganisationRecord, withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

/** Organisation mode's identity on this device, if one was made. */
export function getOrganisation(): Promise<StorageResult<OrganisationRecord | undefined>> {
  return tryStorage(() => withDb((db) => db.organisation.get('self')));
}

/**
 * Makes the organisation's identity with a new signing key, once: a second call (another tab)
 * keeps the first key, because endorsements already given name it.
 */
export function createOrganisation(name: string, url?: string): Promise<StorageResult<OrganisationRecord>> {
  return tryStorage(async () => {
    const { generateHolderKey } = await import('../core/crypto/holderKey.ts');
    const { keyIdentity } = await import('../core/crypto/identity.ts');
    const identity = await keyIdentity((await generateHolderKey()).privateJwk);
    const fresh: OrganisationRecord = {
      id: 'self',
      name,
      ...(url !== undefined && { url }),
      ...identity,
      createdAt: Date.now(),
    };
    return withDb((db) =>
      db.transaction('rw', db.organisation, async () => {
        const stored = await db.organisation.get('self');
        if (stored) return stored;
        await db.organisation.add(fresh);
        return fresh;
      }),
    );
  });
}

/** A new name or address for later endorsements; those already given keep the name they were signed with. */
export function renameOrganisation(name: string, url?: string): Promise<StorageResult<void>> {
  return tryStorage(() =>
    withDb((db) =>
      db.transaction('rw', db.organisation, async () => {
        const stored = await db.organisation.get('self');
        if (!stored) return;
        const { url: _old, ...rest } = stored;
        await db.organisation.put({ ...rest, name, ...(url !== undefined && { url }) });
      }),
    ),
  );
}
