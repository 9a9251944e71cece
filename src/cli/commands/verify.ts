import { stat } from 'node:fs/promises';
import { parseTrustListJson, type TrustList, verifySnapshot } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { parseNow } from '../expires.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { describeVerification, verificationJson } from '../report.ts';

export const VERIFY_HELP = `kompetenspass verify <link | token | file | -> [--trust FILE] [--now ISO-8601] [--json]

Verifies a snapshot offline: a share link, its "#s1.…" part, a compact JWS, a file holding
one of those, or "-" for standard input.

  --trust FILE   trust list {"name","issuers":[{"did","name","url"?}]}; endorsements by
                 issuers on it are "trusted", others "valid, unknown issuer"
  --now TIME     check validity at this time instead of now
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
  });
  if (positionals.length !== 1) throw new CliError('verify takes one link, token, file or "-"');
  const trust = await readTrust(values.trust);
  const now = values.now === undefined ? new Date() : parseNow(values.now);
  const input = await readInput(positionals[0]!, io);
  const result = await verifySnapshot(input, { now, ...(trust && { trust }) });
  io.out(values.json ? JSON.stringify(verificationJson(result), null, 2) : describeVerification(result));
  return result.ok ? 0 : 1;
}
