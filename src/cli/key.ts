import { type PrivateJwk, parsePrivateJwk } from '../core/index.ts';
import { CliError, readJsonFile } from './io.ts';

export async function readPrivateKey(path: string): Promise<PrivateJwk> {
  const key = parsePrivateJwk(await readJsonFile(path, 'key'));
  if (!key.ok) throw new CliError(`${path} is not a private P-256 JWK (make one with: kompetenspass keygen)`);
  return key.value;
}
