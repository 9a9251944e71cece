import { stat } from 'node:fs/promises';
import { type Organisation, type RequestReason, replyToRequest, verifyRequest } from '../../core/index.ts';
import { parseExpires, parseNow } from '../expires.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { readPrivateKey } from '../key.ts';
import { REQUEST_TEXT } from '../reasons.ts';
import { quoted } from '../report.ts';
import { CREATE_TEXT } from './endorse.ts';

const HOLDER_OPTIONS = ['holder', 'section', 'entry-json', 'entry-id', 'profile'] as const;

/** The request's text: a file's contents when it names a file, else the argument itself. */
async function requestText(arg: string): Promise<string> {
  const isFile = await stat(arg).then(
    (info) => info.isFile(),
    () => false,
  );
  return isFile ? readTextFile(arg, 'request') : arg;
}

/** What the entry is called: its title, label, language or licence category. */
function entryText(entry: object): string {
  const e = entry as { title?: string; label?: string; category?: string; lang?: string };
  return e.title ?? e.label ?? e.category ?? e.lang ?? '';
}

type Values = Record<string, string | boolean | undefined>;

/** `endorse --request LINK`: checks a request made in the app, then signs exactly its entry. */
export async function endorseRequest(values: Values, io: Io): Promise<number> {
  for (const name of HOLDER_OPTIONS)
    if (values[name] !== undefined) throw new CliError(`--${name} cannot be used with --request`);
  const str = (name: string) => values[name] as string | undefined;
  const key = str('key');
  const name = str('name');
  if (key === undefined) throw new CliError('--key is required');
  if (name === undefined) throw new CliError('--name is required');
  const organisation: Organisation = { privateJwk: await readPrivateKey(key), name, url: str('url') };
  const now = str('now') === undefined ? new Date() : parseNow(str('now')!);
  const validity = str('expires') === undefined ? undefined : parseExpires(str('expires')!);
  const request = await verifyRequest(await requestText(str('request')!), { now });
  if (!request.ok) {
    const reason: RequestReason = request.reason;
    io.err(`kompetenspass endorse: the request is not valid: ${REQUEST_TEXT[reason]} (${reason})`);
    return 1;
  }
  const { section, entry, fingerprint } = request.value;
  io.err(
    `Confirming the ${section} entry ${quoted(entryText(entry))} for the holder key ${fingerprint}` +
      (request.value.name === undefined ? '' : `, who calls themselves ${quoted(request.value.name)}`),
  );
  const baseUrl = str('base-url') ?? process.env.KOMPETENSPASS_BASE_URL;
  const reply = await replyToRequest(request.value, organisation, {
    statement: str('statement'),
    validity,
    now,
    ...(baseUrl !== undefined && { baseUrl }),
  });
  if (!reply.ok)
    throw new CliError(`cannot make the endorsement: ${CREATE_TEXT[reply.reason] ?? reply.reason}`);
  io.out(values.token ? reply.value.token : reply.value.link);
  return 0;
}
