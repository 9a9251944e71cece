import { useEffect, useState } from 'react';

/** How long to wait for an idle moment before going ahead anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * True once `ready` (the first screen is up), the page has loaded and the browser has had an idle
 * moment. Work that can wait, like installing the service worker (its precache downloads the
 * whole app), starts then, so that it does not compete with the first screen on a slow line.
 */
export function useWhenSettled(ready: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    // Safari has no requestIdleCallback: there the next turn after the load event will do.
    const hasIdle = typeof window.requestIdleCallback === 'function';
    let idle: number | undefined;
    const whenIdle = () => {
      idle = hasIdle
        ? window.requestIdleCallback(() => setSettled(true), { timeout: IDLE_TIMEOUT_MS })
        : window.setTimeout(() => setSettled(true), 1);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      if (idle === undefined) return;
      if (hasIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [ready, settled]);
  return settled;
}
