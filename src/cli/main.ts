import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BACKUP_HELP, backup } from './commands/backup.ts';
import { ENDORSE_HELP, endorse } from './commands/endorse.ts';
import { KEYGEN_HELP, keygen } from './commands/keygen.ts';
import { SNAPSHOT_HELP, snapshot } from './commands/snapshot.ts';
import { TRUST_HELP, trust } from './commands/trust.ts';
import { VERIFY_HELP, verify } from './commands/verify.ts';
import { CliError, type Io, processIo } from './io.ts';

const COMMANDS = {
  verify: { run: verify, help: VERIFY_HELP },
  snapshot: { run: snapshot, help: SNAPSHOT_HELP },
  keygen: { run: keygen, help: KEYGEN_HELP },
  endorse: { run: endorse, help: ENDORSE_HELP },
  backup: { run: backup, help: BACKUP_HELP },
  trust: { run: trust, help: TRUST_HELP },
} as const;

export const HELP = `kompetenspass: make and check signed Kompetenspass snapshots (wire format v1), offline.

  kompetenspass verify <link | token | file | -> [--trust FILE] [--now ISO-8601] [--json] [--lang en|sv]
  kompetenspass snapshot --profile FILE --key FILE [--sections a,b] [--expires 7d] [--base-url URL]
  kompetenspass keygen [--out FILE]
  kompetenspass endorse --key FILE --name ORG --holder DID --section S --entry-json FILE ...
  kompetenspass endorse --request LINK --key FILE --name ORG [--statement TEXT] [--expires 365d]
  kompetenspass trust add|remove|list --list FILE ...
  kompetenspass backup open FILE (--code-file F | --passphrase-file F)
  kompetenspass backup create --profile FILE --key FILE (--code-file F | ...) --out FILE

"kompetenspass <command> --help" explains a command. docs/FORMAT.md describes the formats.`;

/**
 * Runs one command and returns the exit status. Everything is caught here: bad input gives a
 * one-line message and status 2, never a stack trace.
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    io.err(`kompetenspass: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${String(error)}`;
    io.err(`kompetenspass ${name}: ${message}`);
    return 2;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

// Run when started directly (`tsx src/cli/main.ts …`); bin/kompetenspass.mjs imports run().
if (isEntryPoint()) process.exitCode = await run(process.argv.slice(2));
