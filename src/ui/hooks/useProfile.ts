import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Profile } from '../../core/profile/types.ts';
import { type LoadedProfile, loadProfile } from '../../storage/profileStore.ts';

export type ProfileState = { status: 'loading' } | { status: 'error'; error: unknown } | LoadedProfile;

/** The stored profile, live: changes from this tab and from other tabs arrive here. */
export function useProfile(defaultLang: string): ProfileState {
  const [state, setState] = useState<ProfileState>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(() => loadProfile(defaultLang)).subscribe({
      next: (loaded) => setState(loaded),
      error: (error) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, [defaultLang]);
  return state;
}

export function isReady(
  state: ProfileState,
): state is { ok: true; profile: Profile; updatedAt: number | null } {
  return 'ok' in state && state.ok;
}
