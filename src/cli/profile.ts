import { escapeForTerminal, type Profile, parseProfileJson } from '../core/index.ts';
import { CliError, readTextFile } from './io.ts';

export async function readProfile(path: string): Promise<Profile> {
  const profile = parseProfileJson(await readTextFile(path, 'profile'));
  if (profile.ok) return profile.value;
  const problems = profile.problems
    .map((p) => `  ${escapeForTerminal(p.path) || '(document)'}: ${p.reason}`)
    .join('\n');
  throw new CliError(`${path} is not a valid Profile v1:\n${problems}`);
}
