import { createSnapshot } from '../../core/index.ts';
import { parseCommandArgs, required } from '../args.ts';
import { formatTime, parseExpires } from '../expires.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { readPrivateKey } from '../key.ts';
import { readProfile } from '../profile.ts';
import { selectionFor } from '../selection.ts';

export const SNAPSHOT_HELP = `kompetenspass snapshot --profile FILE --key FILE [options]

Signs a time-limited snapshot of a Profile v1 JSON file and prints the share link.

  --sections a,b       sections to share (person, languages, education, work, skills,
                       licences, wishes); default: all
  --include-contact    also share phone, e-mail and birth year (left out by default)
  --expires 7d         7d, 24h, 2026-12-31 (through that day, UTC) or a date-time; at most
                       366 days; default 7d
  --for LABEL          who it is for, e.g. "Arbetsförmedlingen"
  --lang sv            language the reader should see it in
  --base-url URL       the app's address; without it only "#s1.…" is printed
                       (or set KOMPETENSPASS_BASE_URL)
  --endorsement FILE   a file holding an endorsement (compact JWS); may be repeated
  --token              print the compact JWS instead of the link`;

const CREATE_TEXT: Record<string, string> = {
  bad_key: 'the key is not a usable private P-256 key',
  bad_validity: '--expires must lie in the future',
  validity_too_long: 'a snapshot may be valid for at most 366 days',
  bad_option: '--for, --lang or an endorsement has the wrong form or is too long',
  bad_profile: 'the chosen part of the profile is not valid',
  too_large: 'the snapshot is too large for a link; share fewer sections',
};

export async function snapshot(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    profile: { type: 'string' },
    key: { type: 'string' },
    sections: { type: 'string' },
    'include-contact': { type: 'boolean' },
    expires: { type: 'string', default: '7d' },
    for: { type: 'string' },
    lang: { type: 'string' },
    'base-url': { type: 'string' },
    endorsement: { type: 'string', multiple: true },
    token: { type: 'boolean' },
  });
  const profile = await readProfile(required(values.profile, 'profile'));
  const privateJwk = await readPrivateKey(required(values.key, 'key'));
  const validity = parseExpires(values.expires);
  const endorsements = await Promise.all(
    (values.endorsement ?? []).map(async (file) => (await readTextFile(file, 'endorsement')).trim()),
  );
  const baseUrl = values['base-url'] ?? process.env.KOMPETENSPASS_BASE_URL;
  const created = await createSnapshot(
    profile,
    selectionFor(profile, values.sections, !!values['include-contact']),
    {
      privateJwk,
      validity,
      ...(values.for !== undefined && { for: values.for }),
      ...(values.lang !== undefined && { lang: values.lang }),
      ...(baseUrl !== undefined && { baseUrl }),
      endorsements,
    },
  );
  if (!created.ok)
    throw new CliError(`cannot make the snapshot: ${CREATE_TEXT[created.reason] ?? created.reason}`);
  const { link, token, fragment, expiresAt } = created.value;
  io.out(values.token ? token : link);
  io.err(`valid until ${formatTime(expiresAt)}; link fragment ${fragment.length} characters`);
  if (baseUrl === undefined && !values.token)
    io.err('no --base-url: put the app address in front of the "#"');
  return 0;
}
