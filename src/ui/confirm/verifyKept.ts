import { type EndorsementResult, verifyEndorsement } from '../../core/endorsement/verify.ts';
import type { Profile } from '../../core/profile/types.ts';
import type { EndorsementRecord } from '../../storage/db.ts';

export interface KeptEndorsement {
  record: EndorsementRecord;
  /** Verified again now, for the holder's own DID, against the profile as it stands. */
  result: EndorsementResult;
}

/** Each kept endorsement verified again (FORMAT.md §12.4: a kept token is checked whenever it is used). */
export function verifyKept(
  records: readonly EndorsementRecord[],
  holder: string,
  profile: Profile,
  now = new Date(),
): Promise<KeptEndorsement[]> {
  return Promise.all(
    records.map(async (record) => ({
      record,
      result: await verifyEndorsement(record.token, { holder, profile, now }),
    })),
  );
}

/**
 * The endorsements a snapshot of the chosen entries carries: valid ones about those entries,
 * whether the entry is unchanged or has changed since (the reader is told which), at most 20.
 */
export function endorsementsForEntries(
  kept: readonly KeptEndorsement[],
  chosen: { [section: string]: readonly string[] },
): string[] {
  return kept
    .filter(
      ({ record, result }) =>
        result.status !== 'invalid' && (chosen[record.section] ?? []).includes(record.entryId),
    )
    .map(({ record }) => record.token)
    .slice(0, 20);
}
