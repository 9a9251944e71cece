import { createEndorsement, LIST_SECTIONS, type ListSection } from '../../core/index.ts';
import { parseCommandArgs, required } from '../args.ts';
import { parseExpires } from '../expires.ts';
import { CliError, type Io, readJsonFile } from '../io.ts';
import { readPrivateKey } from '../key.ts';
import { readProfile } from '../profile.ts';
import { endorseRequest } from './endorseRequest.ts';

export const ENDORSE_HELP = `kompetenspass endorse --key FILE --name ORG --holder DID --section S
                      (--entry-json FILE | --entry-id ID --profile FILE) [options]
kompetenspass endorse --request LINK --key FILE --name ORG [options]

An organisation confirms one entry of a holder's profile; prints the endorsement as a compact
JWS, which the holder adds to their snapshots. With --request, it confirms the entry of a
request made in the app (a "#q1." link, or a file holding one), after checking the request's
signature and dates, and prints the reply link for the holder.

  --key FILE          the organisation's private JWK (kompetenspass keygen)
  --name ORG          the organisation's name as it signs
  --url URL           the organisation's https: address
  --holder DID        the holder's did:jwk (shown by verify)
  --section S         ${LIST_SECTIONS.join(', ')}
  --entry-json FILE   the entry as endorsed, as JSON
  --entry-id ID       ... or the entry with this id in --profile FILE
  --statement TEXT    what the organisation confirms, in its words
  --expires 365d      how long the endorsement holds (default: no end)
  --request LINK      the holder's request (instead of --holder, --section and the entry)
  --base-url URL      with --request: the app's address in front of the reply's "#e1."
                      (or set KOMPETENSPASS_BASE_URL)
  --token             with --request: print the compact JWS instead of the reply link
  --now TIME          with --request: check the request at this time instead of now

Exit status: 0 signed, 1 the request is not valid (the reason is printed), 2 usage or I/O error.`;

export const CREATE_TEXT: Record<string, string> = {
  bad_key: 'the key is not a usable private P-256 key',
  bad_holder: '--holder is not a P-256 did:jwk',
  bad_entry: 'the entry is not a valid entry of that section',
  bad_option: '--name, --url or --statement has the wrong form or is too long',
  bad_validity: '--expires must lie in the future',
};

async function entryFrom(values: Record<string, unknown>, section: string): Promise<unknown> {
  if (typeof values['entry-json'] === 'string') return readJsonFile(values['entry-json'], 'entry');
  const id = required(values['entry-id'] as string | undefined, 'entry-id (or --entry-json)');
  const profile = await readProfile(required(values.profile as string | undefined, 'profile'));
  if (!(LIST_SECTIONS as readonly string[]).includes(section))
    throw new CliError(`unknown section ${section}`);
  const entry = (profile[section as ListSection] as { id: string }[]).find((e) => e.id === id);
  if (!entry) throw new CliError(`no ${section} entry with id ${id} in the profile`);
  return entry;
}

export async function endorse(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    key: { type: 'string' },
    name: { type: 'string' },
    url: { type: 'string' },
    holder: { type: 'string' },
    section: { type: 'string' },
    'entry-json': { type: 'string' },
    'entry-id': { type: 'string' },
    profile: { type: 'string' },
    statement: { type: 'string' },
    expires: { type: 'string' },
    request: { type: 'string' },
    'base-url': { type: 'string' },
    token: { type: 'boolean' },
    now: { type: 'string' },
  });
  if (values.request !== undefined) return endorseRequest(values, io);
  for (const name of ['base-url', 'token', 'now'] as const)
    if (values[name] !== undefined) throw new CliError(`--${name} goes with --request`);
  const section = required(values.section, 'section');
  const created = await createEndorsement({
    privateJwk: await readPrivateKey(required(values.key, 'key')),
    issuerName: required(values.name, 'name'),
    ...(values.url !== undefined && { issuerUrl: values.url }),
    holder: required(values.holder, 'holder'),
    section,
    entry: await entryFrom(values, section),
    ...(values.statement !== undefined && { statement: values.statement }),
    ...(values.expires !== undefined && { validity: parseExpires(values.expires) }),
  });
  if (!created.ok)
    throw new CliError(`cannot make the endorsement: ${CREATE_TEXT[created.reason] ?? created.reason}`);
  io.out(created.value.token);
  return 0;
}
