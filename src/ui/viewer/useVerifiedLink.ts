import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { becameCurrent, expireIfDue, msUntilVerdictChanges } from '../../core/snapshot/clock.ts';
import { type SnapshotVerification, verifySnapshot } from '../../core/snapshot/verify.ts';

export interface Verdict {
  /** The link this verdict is about. */
  link: string;
  result: SnapshotVerification;
  /** When the clock was last checked against it, on this device. */
  checkedAt: Date;
}

/** Checked now and then while the page is open, and at the exact moment the verdict changes. */
const RECHECK_EVERY_MS = 60_000;
/** setTimeout runs at once for delays above 2^31 − 1 ms (about 24.8 days): never wait longer. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/**
 * The verdict on the link in the address bar, kept true: verified again when the link
 * changes (nothing of the old verdict is shown meanwhile), and checked against the clock on a
 * timer, when the page becomes visible again, when it is restored from the back-forward cache,
 * and before it is printed, so that an expired snapshot stops showing its profile. Null while
 * checking.
 */
export function useVerifiedLink(): Verdict | null {
  const link = useSyncExternalStore(subscribeToAddress, () => location.href);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  // Bumped to verify the same link again (a link that was not valid yet has come into its time).
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the same link again
  useEffect(() => {
    let live = true;
    const now = new Date();
    void verifySnapshot(link, { now }).then((result) => {
      if (live) setVerdict({ link, result, checkedAt: now });
    });
    return () => {
      live = false;
    };
  }, [link, round]);

  const current = verdict?.link === link ? verdict : null;

  useEffect(() => {
    if (!current) return;
    const recheck = () => {
      const now = new Date();
      if (becameCurrent(current.result, now)) {
        setRound((n) => n + 1);
        return;
      }
      // Synchronously: before printing, the page must already show the verdict as of now.
      flushSync(() => setVerdict({ ...current, result: expireIfDue(current.result, now), checkedAt: now }));
    };
    const interval = window.setInterval(recheck, RECHECK_EVERY_MS);
    const untilChange = msUntilVerdictChanges(current.result, new Date());
    const exact =
      untilChange === null
        ? undefined
        : window.setTimeout(recheck, Math.min(untilChange, LONGEST_TIMEOUT_MS));
    const onVisible = () => {
      if (document.visibilityState === 'visible') recheck();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', recheck);
    window.addEventListener('beforeprint', recheck);
    return () => {
      window.clearInterval(interval);
      window.clearTimeout(exact);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', recheck);
      window.removeEventListener('beforeprint', recheck);
    };
  }, [current]);

  return current;
}
