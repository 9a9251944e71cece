import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The route is the part of the hash after "#/", e.g. "edit/work"; "" is the overview. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => location.hash.replace(/^#\/?/, ''));
}

export function routeHref(route: string): string {
  return `#/${route}`;
}
