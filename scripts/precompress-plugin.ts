/**
 * Vite plugin: after the build (service worker included), writes `<file>.br` and `<file>.gz`
 * beside every text file of dist/, so that `npm start` and a static host (nginx `gzip_static`,
 * `brotli_static`; docs/HOSTING.md) send compressed bytes without compressing on each request.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { COMPRESSIBLE, compressAll, MIN_BYTES } from './compression.mjs';

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kompetenspass:precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const work: Promise<void>[] = [];
        for await (const file of files(outDir)) {
          if (!COMPRESSIBLE.test(file) || (await stat(file)).size < MIN_BYTES) continue;
          work.push(
            readFile(file).then(async (bytes) => {
              const { br, gzip } = await compressAll(bytes);
              // A copy that would not be smaller is not written: the server then sends the file.
              await Promise.all(
                [
                  [`${file}.br`, br],
                  [`${file}.gz`, gzip],
                ]
                  .filter(([, copy]) => copy.length < bytes.length)
                  .map(([name, copy]) => writeFile(name, copy)),
              );
            }),
          );
        }
        await Promise.all(work);
      },
    },
  };
}
