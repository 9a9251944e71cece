import { stat } from 'node:fs/promises';
import {
  MAX_TOKEN_LENGTH,
  parseTrustListJson,
  type RefusedSnapshot,
  type TrustList,
  verificationJsonText,
  verifySnapshot,
} from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { codedValueLines, loadLabelsFor, REPORT_LANGUAGES, type ReportLanguage } from '../catalogueLabels.ts';
import { parseNow } from '../expires.ts';
import { CliError, type Io, readFileUpTo, readTextFile } from '../io.ts';
import { describeVerification } from '../report.ts';

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

/**
 * UTF-8 spends at most 3 bytes on a UTF-16 code unit (and at most 3 bytes of malformed input
 * become one U+FFFD), so input of more bytes than this is longer than any snapshot may be
 * (FORMAT.md §7 step 1) without reading it.
 */
const MAX_INPUT_BYTES = 3 * MAX_TOKEN_LENGTH;

const TOO_LARGE: RefusedSnapshot = { ok: false, status: 'invalid', reason: 'too_large' };

function looksLikeLinkOrToken(text: string): boolean {
  return /^(https?:\/\/|#|s\d+\.)/i.test(text) || /^[\w-]+\.[\w-]+\.[\w-]*$/.test(text);
}

/** An existing file wins; otherwise the argument must look like a link or a token. Null: too large. */
async function readInput(arg: string, io: Io): Promise<string | null> {
  if (arg === '-') return io.readStdin(MAX_INPUT_BYTES);
  const isFile = await stat(arg).then(
    (info) => info.isFile(),
    () => false,
  );
  if (isFile) return readFileUpTo(arg, 'input', MAX_INPUT_BYTES);
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
  const result = input === null ? TOO_LARGE : await verifySnapshot(input, { now, ...(trust && { trust }) });
  if (values.json) io.out(verificationJsonText(result));
  else {
    const labels = result.ok ? await loadLabelsFor(result.profile, lang) : undefined;
    const coded = result.ok
      ? codedValueLines(result.profile, labels?.ok ? labels.value : undefined, lang)
      : [];
    io.out([describeVerification(result, { now, trust }), ...coded].join('\n'));
  }
  return result.ok ? 0 : 1;
}
