import { useEffect, useState } from 'react';

/** Long enough for a slow phone to finish its first screen; short enough that nothing waits for long. */
const AT_THE_LATEST_MS = 3000;

/**
 * Runs `task` once the browser is idle (at the latest after three seconds), so that work the
 * first screen does not show (a service worker's precache, a key made in the background) does
 * not compete with it for the network or the main thread. Returns a cancel function.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: AT_THE_LATEST_MS });
    return () => cancelIdleCallback(handle);
  }
  // Safari before 18 has no requestIdleCallback: after the next frame and the tasks queued so far.
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

/** False until `ready` has been true and the browser has been idle once; then true for good. */
export function useAfterFirstScreen(ready = true): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    return whenIdle(() => setAfter(true));
  }, [ready, after]);
  return after;
}
