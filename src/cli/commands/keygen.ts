import { writeFile } from 'node:fs/promises';
import { didJwkFromPublicJwk, fingerprintOf, generateHolderKey } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError, type Io } from '../io.ts';

export const KEYGEN_HELP = `kompetenspass keygen [--out FILE] [--force]

Makes a new ES256 (P-256) signing key and writes its private JWK to FILE (mode 0600) or to
standard output. The DID and fingerprint go to standard error. --force overwrites FILE.`;

export async function keygen(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const { privateJwk, publicJwk } = await generateHolderKey();
  const text = `${JSON.stringify(privateJwk, null, 2)}\n`;
  if (values.out) {
    try {
      // 'wx' refuses to replace an existing key by accident; 0600 keeps it from other users.
      await writeFile(values.out, text, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const hint = code === 'EEXIST' ? ' (it exists; use --force to replace it)' : '';
      throw new CliError(`cannot write ${values.out}: ${code ?? 'error'}${hint}`);
    }
  } else {
    io.out(text.trimEnd());
  }
  io.err(`did: ${didJwkFromPublicJwk(publicJwk)}`);
  io.err(`fingerprint: ${await fingerprintOf(publicJwk)}`);
  return 0;
}
