import { rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import {
  parseTrustListJson,
  readOrganisationEntry,
  stringifyJson,
  type TrustedIssuer,
  TrustedIssuerSchema,
  type TrustList,
  withoutTrustedIssuer,
  withTrustedIssuer,
} from '../../core/index.ts';
import { parseCommandArgs, required } from '../args.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { REQUEST_TEXT } from '../reasons.ts';
import { quoted } from '../report.ts';

export const TRUST_HELP = `kompetenspass trust list --list FILE [--json]
kompetenspass trust add --list FILE (--entry LINK|FILE | --did DID --name NAME [--url URL]) [--name NAME] [--list-name NAME]
kompetenspass trust remove --list FILE --did DID

Edits a trust list file (FORMAT.md §8.5), the file that "verify --trust" reads.

  --list FILE       the trust list; "add" makes it when it does not exist yet
  --entry LINK|FILE an organisation's exported entry: its "#o1." link or its file
  --did DID         the organisation's did:jwk
  --name NAME       the name you give the organisation (with --entry: instead of its own)
  --url URL         the organisation's https: address
  --list-name NAME  the name of a new list (default: "Trusted organisations")
  --json            list: print the file's JSON

"add" replaces an entry with the same DID where it stands. It prints the organisation key's
fingerprint: compare it with the organisation's own screen before you rely on the list.

Exit status: 0 done, 1 the entry is not valid or the DID is not on the list, 2 usage or I/O error.`;

const DEFAULT_LIST_NAME = 'Trusted organisations';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readList(path: string): Promise<TrustList> {
  const list = parseTrustListJson(await readTextFile(path, 'trust list'));
  if (!list.ok) throw new CliError(`${path} is not a valid trust list (at "${list.path}")`);
  return list.value;
}

/** Written beside the old file and renamed over it: a failure never leaves half a list. */
async function writeList(path: string, list: TrustList): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, `${stringifyJson(list, 2)}\n`, { mode: 0o644 });
    await rename(temporary, path);
  } catch (error) {
    throw new CliError(
      `cannot write the trust list ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function checkedIssuer(issuer: TrustedIssuer): TrustedIssuer {
  const result = v.safeParse(TrustedIssuerSchema, issuer);
  if (result.success) return result.output;
  const field = String(result.issues[0].path?.[0]?.key ?? 'did');
  throw new CliError(`--${field} has the wrong form (a P-256 did:jwk, a one-line name, an https: address)`);
}

async function entryText(arg: string): Promise<string> {
  const isFile = await stat(arg).then(
    (info) => info.isFile(),
    () => false,
  );
  return isFile ? readTextFile(arg, 'organisation entry') : arg;
}

type Values = Record<string, string | boolean | undefined>;
const str = (values: Values, name: string) => values[name] as string | undefined;

async function add(values: Values, io: Io): Promise<number> {
  const path = required(str(values, 'list'), 'list');
  let issuer: TrustedIssuer;
  const entry = str(values, 'entry');
  if (entry !== undefined) {
    if (values.did !== undefined || values.url !== undefined)
      throw new CliError('--entry names the organisation: leave out --did and --url');
    const read = await readOrganisationEntry(await entryText(entry));
    if (!read.ok) {
      io.err(`kompetenspass trust: the entry is not valid: ${REQUEST_TEXT[read.reason]} (${read.reason})`);
      return 1;
    }
    const { fingerprint, ...listed } = read.value;
    io.err(
      `The organisation's key fingerprint is ${fingerprint}: compare it with the organisation's screen.`,
    );
    issuer = checkedIssuer({ ...listed, ...(values.name !== undefined && { name: str(values, 'name')! }) });
  } else {
    const url = str(values, 'url');
    issuer = checkedIssuer({
      did: required(str(values, 'did'), 'did (or --entry)'),
      name: required(str(values, 'name'), 'name'),
      ...(url !== undefined && { url }),
    });
  }
  const list = (await exists(path))
    ? await readList(path)
    : { name: str(values, 'list-name') ?? DEFAULT_LIST_NAME, issuers: [] };
  const changed = withTrustedIssuer(list, issuer);
  if (!changed.ok) throw new CliError(`${path} already holds the most issuers a trust list may hold`);
  const name = changed.value.name;
  if (values['list-name'] !== undefined && (await exists(path)) && name !== values['list-name'])
    io.err(`The list keeps its name ${quoted(name)}.`);
  await writeList(path, changed.value);
  io.err(`Added ${quoted(issuer.name)} to ${path} (${changed.value.issuers.length} organisations).`);
  return 0;
}

async function remove(values: Values, io: Io): Promise<number> {
  const path = required(str(values, 'list'), 'list');
  const did = required(str(values, 'did'), 'did');
  const changed = withoutTrustedIssuer(await readList(path), did);
  if (!changed.ok) {
    io.err(`kompetenspass trust: that DID is not on ${path}; nothing changed`);
    return 1;
  }
  await writeList(path, changed.value);
  io.err(`Removed it from ${path} (${changed.value.issuers.length} organisations left).`);
  return 0;
}

async function list(values: Values, io: Io): Promise<number> {
  const path = required(str(values, 'list'), 'list');
  const trust = await readList(path);
  if (values.json) {
    io.out(stringifyJson(trust, 2));
    return 0;
  }
  const lines = [`list ${quoted(trust.name)}, ${trust.issuers.length} organisations`];
  for (const issuer of trust.issuers) {
    lines.push(`  name ${quoted(issuer.name)}`);
    if (issuer.url !== undefined) lines.push(`    url ${quoted(issuer.url)}`);
    lines.push(`    did ${issuer.did}`);
  }
  io.out(lines.join('\n'));
  return 0;
}

const ACTIONS = { add, remove, list } as const;

export async function trust(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    list: { type: 'string' },
    entry: { type: 'string' },
    did: { type: 'string' },
    name: { type: 'string' },
    url: { type: 'string' },
    'list-name': { type: 'string' },
    json: { type: 'boolean' },
  });
  const [action, ...rest] = positionals;
  const run = ACTIONS[action as keyof typeof ACTIONS];
  if (!run || rest.length > 0) throw new CliError('trust takes one action: add, remove or list');
  return run(values, io);
}
