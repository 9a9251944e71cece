import { writeFile } from 'node:fs/promises';
import {
  type BackupTables,
  createBackup,
  emptyTables,
  formatBackupCode,
  generateBackupCode,
  keyIdentity,
  makeContents,
  openBackup,
} from '../../core/index.ts';
import { parseCommandArgs, required } from '../args.ts';
import { CliError, type Io, readTextFile } from '../io.ts';
import { readPrivateKey } from '../key.ts';
import { readProfile } from '../profile.ts';

export const BACKUP_HELP = `kompetenspass backup open FILE (--code-file F | --passphrase-file F)
kompetenspass backup create --profile FILE --key FILE
                            (--code-file F | --passphrase-file F | --new-code-file F)
                            --out FILE [--force]

Reads or writes a Kompetenspass backup file (docs/FORMAT.md §12), offline.

  open     decrypts FILE and prints what it holds as JSON, private keys included: keep the
           output as safe as the backup code. Exit status 1 for a wrong code or passphrase
           or a damaged file, 2 for usage or I/O errors.
  create   makes a backup of a Profile v1 file and a holder key (kompetenspass keygen) that
           the person restores in the app: Settings → Restore from a backup.

  --code-file F        a file holding the 30-digit backup code (spaces and dashes allowed)
  --passphrase-file F  a file holding the passphrase (one trailing line break is ignored)
  --new-code-file F    create only: make a new backup code and write it to F (mode 0600)
  --out FILE           create only: where to write the backup (mode 0600; --force replaces)`;

/** Texts for the reasons a backup cannot be opened or made, for people at a terminal. */
const REASON_TEXT: Record<string, string> = {
  too_large: 'the file is far larger than any backup',
  not_a_backup: 'this is not a Kompetenspass backup file',
  truncated: 'the file is cut short: its end line is missing',
  damaged: 'the file is damaged',
  newer_version: 'the file was made by a newer version of Kompetenspass',
  unsupported_parameters: 'the file asks for key derivation parameters outside the allowed range',
  code_not_digits: 'a backup code has digits only',
  code_wrong_length: 'a backup code has 30 digits',
  kdf_failed: 'the key could not be derived (out of memory?)',
  wrong_secret: 'wrong backup code or passphrase',
  bad_contents: 'the file decrypts, but what it holds is not a valid backup',
  passphrase_too_short: 'the passphrase is too short (at least 12 characters)',
  passphrase_too_simple: 'the passphrase is too easy to guess',
};

const secretOptions = {
  'code-file': { type: 'string' },
  'passphrase-file': { type: 'string' },
} as const;

async function readSecret(values: { 'code-file'?: string; 'passphrase-file'?: string }) {
  const given = [values['code-file'], values['passphrase-file']].filter((v) => v !== undefined);
  if (given.length !== 1) throw new CliError('give exactly one of --code-file and --passphrase-file');
  if (values['code-file'] !== undefined)
    return { kind: 'code' as const, text: (await readTextFile(values['code-file'], 'code')).trim() };
  const text = (await readTextFile(values['passphrase-file']!, 'passphrase')).replace(/\r?\n$/, '');
  return { kind: 'passphrase' as const, text };
}

async function writeSecretFile(path: string, text: string, force: boolean, what: string): Promise<void> {
  try {
    // 'wx' refuses to replace a file by accident; 0600 keeps it from other users.
    await writeFile(path, text, { mode: 0o600, flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EEXIST' ? ' (it exists; use --force to replace it)' : '';
    throw new CliError(`cannot write the ${what} ${path}: ${code ?? 'error'}${hint}`);
  }
}

async function open(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, secretOptions);
  if (positionals.length !== 1) throw new CliError('backup open takes one backup file');
  const text = await readTextFile(positionals[0]!, 'backup');
  const secret = await readSecret(values);
  const opened = await openBackup(text, secret.text);
  if (!opened.ok) {
    io.err(`kompetenspass backup open: ${REASON_TEXT[opened.reason] ?? opened.reason} (${opened.reason})`);
    return 1;
  }
  io.out(JSON.stringify(opened.value.contents, null, 2));
  return 0;
}

async function create(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    ...secretOptions,
    'new-code-file': { type: 'string' },
    profile: { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const profile = await readProfile(required(values.profile, 'profile'));
  const privateJwk = await readPrivateKey(required(values.key, 'key'));
  const out = required(values.out, 'out');
  let secret: { kind: 'code' | 'passphrase'; text: string };
  if (values['new-code-file'] !== undefined) {
    if (values['code-file'] !== undefined || values['passphrase-file'] !== undefined)
      throw new CliError('--new-code-file makes the code: give no other secret');
    secret = { kind: 'code', text: generateBackupCode() };
  } else secret = await readSecret(values);

  const now = new Date();
  const tables: BackupTables = {
    ...emptyTables(),
    profile: [{ id: 'current', profile, updatedAt: now.getTime() }],
    keys: [{ id: 'holder', ...(await keyIdentity(privateJwk)), createdAt: now.getTime() }],
  };
  const made = await createBackup(
    makeContents(tables, 2, now),
    secret.kind === 'code'
      ? { kind: 'code', code: secret.text }
      : { kind: 'passphrase', passphrase: secret.text },
  );
  if (!made.ok) throw new CliError(`cannot make the backup: ${REASON_TEXT[made.reason] ?? made.reason}`);
  if (values['new-code-file'] !== undefined)
    await writeSecretFile(
      values['new-code-file'],
      `${formatBackupCode(secret.text)}\n`,
      !!values.force,
      'code file',
    );
  await writeSecretFile(out, made.value, !!values.force, 'backup');
  io.err(
    `backup written to ${out} (${made.value.length} bytes); holder fingerprint ${tables.keys[0]!.fingerprint}`,
  );
  return 0;
}

export async function backup(args: string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'open') return open(rest, io);
  if (action === 'create') return create(rest, io);
  throw new CliError('say "backup open" or "backup create" (see kompetenspass backup --help)');
}
