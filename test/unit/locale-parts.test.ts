/**
 * The viewer downloads only the "reader" part of a locale file (src/ui/i18n/parts.ts). These
 * tests keep that split honest: every key that code loaded by the viewer asks for is in the
 * reader's part, and the two parts together are exactly the file, in every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/ui/i18n/languages.ts';
import { isReaderKey, LOCALE_PARTS, pickPart, READER_KEYS } from '../../src/ui/i18n/parts.ts';
import type { Strings } from '../../src/ui/i18n/translate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (lang: string): Strings =>
  JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}/translation.json`), 'utf8'));
const en = load('en');

/** Source without comments, so that a key named in a comment does not count. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every source file the viewer can load: its static and dynamic imports from startViewer. */
function viewerFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of code(file).matchAll(/(?:from\s+|import\(\s*)'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), spec!);
      if (/\.tsx?$/.test(target) && existsSync(target)) visit(target);
    }
  };
  visit(resolve(ROOT, 'src/ui/viewer/startViewer.tsx'));
  return [...seen];
}

/**
 * Translation keys written in a file: string literals that start with a top-level block of the
 * locale files. A key built at run time (`codes.cefr.${level}`) counts as its fixed prefix, which
 * must then be in the reader's part with everything under it.
 */
function keysIn(file: string): string[] {
  const blocks = new Set(Object.keys(en));
  const keys: string[] = [];
  for (const [, key, next] of code(file).matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z_]+)*\.?)(\$\{|['"`])?/g)) {
    const name = key!.replace(/\.$/, '');
    if (!blocks.has(name.split('.')[0]!)) continue;
    if (!name.includes('.') && next !== '${' && !key!.endsWith('.')) continue;
    keys.push(name);
  }
  return keys;
}

describe('the reader part of the locale files', () => {
  it("holds every key that the viewer's code uses", () => {
    const missing = viewerFiles().flatMap((file) =>
      keysIn(file)
        .filter((key) => !isReaderKey(key))
        .map((key) => `${key} (${relative(ROOT, file)}): add it to READER_KEYS in src/ui/i18n/parts.ts`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the keys it checks (the scan reads the viewer)', () => {
    const found = viewerFiles().flatMap(keysIn);
    expect(found).toContain('viewer.card.signed');
    expect(found).toContain('codes.cefr');
  });

  it('lists only keys that exist', () => {
    const exists = (key: string) => {
      let node: string | Strings | undefined = en;
      for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
      return node !== undefined;
    };
    expect(READER_KEYS.filter((key) => !exists(key))).toEqual([]);
  });

  it.each(UI_LANGUAGES.map((lang) => [lang]))('%s: the parts together are the whole file, once', (lang) => {
    const { _meta, ...whole } = load(lang);
    const [reader, holder] = LOCALE_PARTS.map((part) => pickPart(load(lang), part));
    const flat = (tree: Strings, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'string' ? [prefix + k] : flat(v, `${prefix}${k}.`),
      );
    const readerKeys = flat(reader!);
    const holderKeys = flat(holder!);
    expect(readerKeys.filter((key) => holderKeys.includes(key))).toEqual([]);
    expect([...readerKeys, ...holderKeys].sort()).toEqual(flat(whole).sort());
    expect(readerKeys.every(isReaderKey)).toBe(true);
  });
});
