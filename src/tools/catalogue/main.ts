/**
 * npm run catalogue:import -- --esco DIR [--lang sv,ar,…] [--out DIR] [--esco-version v1.2.0]
 *
 * Builds the catalogue packs from an ESCO CSV download and the starter sources in catalogue/,
 * and writes them with their index to --out (public/catalogue by default, which the app
 * serves). Exit status: 0 all rows imported; 1 packs written but some rows were left out (each
 * one is listed with its file and line); 2 usage or I/O error, nothing written.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildCatalogue } from './build.ts';
import { catalogueFiles } from './write.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const USAGE = `npm run catalogue:import -- --esco DIR [--lang sv,en,ar] [--out DIR] [--esco-version VERSION]

  --esco DIR          folder with the unzipped ESCO CSV download(s): occupations_<lang>.csv,
                      ISCOGroups_<lang>.csv, and where present skills_<lang>.csv and
                      occupationSkillRelations_<lang>.csv (several languages may share a folder)
  --lang LIST         ESCO languages to import (default: every language found)
  --out DIR           where to write the packs (default: public/catalogue)
  --esco-version V    ESCO version, named in the attribution (e.g. v1.2.0)`;

export interface ImportReport {
  status: 0 | 1 | 2;
  lines: string[];
}

function existingFiles(out: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^[a-z0-9-]+$/.test(name) && statSync(join(out, name)).isDirectory())
    .flatMap((dir) =>
      readdirSync(join(out, dir))
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${dir}/${name}`),
    );
}

/** Where the starter sources and the locale files are: the checkout, or a test's own. */
export interface ImportPaths {
  sources: string;
  locales: string;
}

const CHECKOUT: ImportPaths = { sources: join(ROOT, 'catalogue'), locales: join(ROOT, 'locales') };

export function runImport(args: string[], paths: ImportPaths = CHECKOUT): ImportReport {
  let values: { esco?: string; lang?: string; out?: string; 'esco-version'?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        esco: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        'esco-version': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { status: 2, lines: [(error as Error).message, USAGE] };
  }
  if (!values.esco) return { status: 2, lines: ['--esco DIR is required', USAGE] };
  const languages = values.lang
    ?.split(',')
    .map((lang) => lang.trim())
    .filter(Boolean);
  if (languages?.some((lang) => !/^[a-z]{2,3}$/.test(lang)))
    return { status: 2, lines: [`--lang takes language codes such as sv,en,ar, not "${values.lang}"`] };
  const escoDir = resolve(values.esco);
  const out = resolve(values.out ?? join(ROOT, 'public/catalogue'));
  let names: string[];
  try {
    names = readdirSync(escoDir);
  } catch (error) {
    return {
      status: 2,
      lines: [`cannot read the ESCO folder ${escoDir} (${(error as NodeJS.ErrnoException).code})`],
    };
  }
  const built = buildCatalogue({
    esco: { names, read: (name) => readFileSync(join(escoDir, name), 'utf8') },
    source: (path) => {
      try {
        return readFileSync(join(paths.sources, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    locale: (lang) => JSON.parse(readFileSync(join(paths.locales, lang, 'translation.json'), 'utf8')),
    ...(languages && { languages }),
    ...(values['esco-version'] && { escoVersion: values['esco-version'] }),
  });
  const { files } = catalogueFiles(built.packs);
  for (const stale of existingFiles(out)) if (!files.has(stale)) rmSync(join(out, stale));
  for (const [name, text] of files) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), text);
  }

  const lines = built.notes.map((note) => `note: ${note}`);
  for (const problem of built.problems)
    lines.push(`${problem.file}${problem.line > 0 ? `:${problem.line}` : ''}: ${problem.reason}`);
  lines.push(`Wrote ${files.size} files to ${out}:`);
  for (const pack of built.packs) {
    const size = [...files]
      .filter(([name]) => name.startsWith(`${pack.id}/`))
      .reduce((sum, [, text]) => sum + gzipSync(text).length, 0);
    lines.push(
      `  ${pack.id.padEnd(18)} ${String(pack.concepts.length).padStart(6)} concepts  ${[...pack.languages.keys()].join(',').padEnd(22)} ${(size / 1024).toFixed(1)} KiB gzip`,
    );
  }
  if (built.problems.length > 0)
    lines.push(`${built.problems.length} problem(s) above: those rows were left out of the packs.`);
  return { status: built.problems.length > 0 ? 1 : 0, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = runImport(process.argv.slice(2));
  (report.status === 0 ? console.log : console.error)(report.lines.join('\n'));
  process.exitCode = report.status;
}
