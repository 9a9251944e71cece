import { open } from 'node:fs/promises';

/** Where a command writes; tests and the bin pass process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as UTF-8, or null as soon as it holds more than `maxBytes`. */
  readStdin(maxBytes: number): Promise<string | null>;
}

/** A usage or I/O problem: the command stops with exit code 2 and this message, no stack trace. */
export class CliError extends Error {}

/** Reads chunks until the end or until more than `maxBytes` came: then null, and reading stops. */
async function collectUpTo(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: async (maxBytes) => {
    const text = await collectUpTo(process.stdin, maxBytes);
    // Stop reading what is left: a producer that never ends must not keep us waiting.
    if (text === null) process.stdin.destroy();
    return text;
  },
};

/** Far above anything legitimate of each kind, so that a wrong or hostile file cannot exhaust memory. */
export const FILE_LIMITS = {
  input: 1_050_000,
  profile: 4 * 1024 * 1024,
  key: 64 * 1024,
  'trust list': 16 * 1024 * 1024,
  endorsement: 64 * 1024,
  entry: 64 * 1024,
  // A request or organisation entry link is at most about 20,000 characters.
  request: 64 * 1024,
  'organisation entry': 64 * 1024,
  // A backup file holds at most BACKUP_LIMITS.textChars characters of ASCII (FORMAT.md §12.1).
  backup: 8_388_608,
  code: 1024,
  passphrase: 64 * 1024,
} as const;
export type FileKind = keyof typeof FILE_LIMITS;

const failure = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/**
 * A file's text, or null when it holds more than `maxBytes`. A regular file's size is checked
 * before anything is read; anything else (a pipe, a device) is read until the limit.
 */
export async function readFileUpTo(path: string, what: FileKind, maxBytes: number): Promise<string | null> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new CliError(`cannot read the ${what} file ${path} (${failure(error)})`);
  });
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) return null;
    return await collectUpTo(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    throw new CliError(`cannot read the ${what} file ${path} (${failure(error)})`);
  } finally {
    await handle.close().catch(() => {});
  }
}

export async function readTextFile(path: string, what: FileKind): Promise<string> {
  const limit = FILE_LIMITS[what];
  const text = await readFileUpTo(path, what, limit);
  if (text === null) throw new CliError(`the ${what} file ${path} is larger than ${limit} bytes`);
  return text;
}

export async function readJsonFile(path: string, what: FileKind): Promise<unknown> {
  const text = await readTextFile(path, what);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`the ${what} file ${path} is not JSON`);
  }
}
