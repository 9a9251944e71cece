import { stat } from 'node:fs/promises';
import { parseTrustListJson, type TrustList, verifySnapshot } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { codedValueLines, loadLabelsFor, REPORT_LANGUAGES, type ReportLanguage } from '../catalogueLabels.ts';
import { parseNow } from '../expires.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { describeVerification, verificationJson } from '../report.ts';

export const VERIFY_HELP = `kompetenspass verify <link | token | file | -> [--trust FILE] [--now ISO-8601] [--json] [--lang en|sv]

Verifies a snapshot offline: a share link, its "#s1.…" part, a compact JWS, a file holding
one of those, or "-" for standard input.

  --trust FILE   trust list {"name","issuers":[{"did","name","url"?}]}; endorsements by
                 issuers on it are "trusted", others "valid, unknown issuer"
  --now TIME     check validity at this time instead of now
  --lang en|sv   name coded occupations and skills in English (default) or Swedish
  --json         print {status, reasons, holder, fingerprint, issuedAt, expiresAt,
                 endorsements, profile}

Exit status: 0 valid, 1 not valid (invalid, expired, not yet valid), 2 usage or I/O error.`;

function looksLikeLinkOrToken(text: string): boolean {
  return /^(https?:\/\/|#|s\d+\.)/i.test(text) || /^[\w-]+\.[\w-]+\.[\w-]*$/.test(text);
}

/** An existing file wins; otherwise the argument must look like a link or a token. */
async function readInput(arg: string, io: Io): Promise<string> {
  if (arg === '-') return io.readStdin();
  const isFile = await stat(arg).then(
    (info) => info.isFile(),
    () => false,
  );
  if (isFile) return readTextFile(arg, 'input');
  if (looksLikeLinkOrToken(arg)) return arg;
  throw new CliError(`${arg} is neither a file nor a link or token`);
}

async function readTrust(path: string | undefined): Promise<TrustList | undefined> {
  if (path === undefined) return undefined;
  const trust = parseTrustListJson(await readTextFile(path, 'trust list'));
  if (!trust.ok) throw new CliError(`${path} is not a valid trust list (at "${trust.path}")`);
  return trust.value;
}

export async function verify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    trust: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const lang = (values.lang ?? 'en') as ReportLanguage;
  if (!REPORT_LANGUAGES.includes(lang)) throw new CliError(`--lang takes en or sv, not "${values.lang}"`);
  if (positionals.length !== 1) throw new CliError('verify takes one link, token, file or "-"');
  const trust = await readTrust(values.trust);
  const now = values.now === undefined ? new Date() : parseNow(values.now);
  const input = await readInput(positionals[0]!, io);
  const result = await verifySnapshot(input, { now, ...(trust && { trust }) });
  if (values.json) io.out(JSON.stringify(verificationJson(result), null, 2));
  else {
    const labels = result.ok ? await loadLabelsFor(result.profile, lang) : undefined;
    const coded = result.ok
      ? codedValueLines(result.profile, labels?.ok ? labels.value : undefined, lang)
      : [];
    io.out([describeVerification(result), ...coded].join('\n'));
  }
  return result.ok ? 0 : 1;
}
