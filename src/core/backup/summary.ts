import { LIST_SECTIONS, type ListSection } from '../profile/codes.ts';
import type { BackupTables } from './records.ts';

/** What a restore preview shows before anything on the device changes. */
export interface BackupSummary {
  /** Given and family name as typed; empty when the profile has none. */
  name: string;
  entries: Record<ListSection, number>;
  totalEntries: number;
  /** The holder key's fingerprint, to compare with an old screen or a shared snapshot. */
  fingerprint?: string;
  shares: number;
  endorsements: number;
  organisation?: string;
  trusted: number;
  hasProfile: boolean;
}

export function summariseTables(tables: BackupTables): BackupSummary {
  const profile = tables.profile[0]?.profile;
  const entries = Object.fromEntries(
    LIST_SECTIONS.map((section) => [section, profile ? profile[section].length : 0]),
  ) as Record<ListSection, number>;
  const summary: BackupSummary = {
    name: profile ? [profile.person.givenName, profile.person.familyName].filter(Boolean).join(' ') : '',
    entries,
    totalEntries: LIST_SECTIONS.reduce((sum, section) => sum + entries[section], 0),
    shares: tables.shares.length,
    endorsements: tables.endorsements.length,
    trusted: tables.trust.length,
    hasProfile: profile !== undefined,
  };
  if (tables.keys[0]) summary.fingerprint = tables.keys[0].fingerprint;
  if (tables.organisation[0]) summary.organisation = tables.organisation[0].name;
  return summary;
}
