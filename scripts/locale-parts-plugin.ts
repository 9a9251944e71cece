/**
 * Vite plugin: `locales/<lang>/translation.json?part=reader` (or `holder`) is the JSON of that
 * part of the file only (src/ui/i18n/parts.ts), so that each part becomes its own chunk.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LOCALE_PARTS, type LocalePart, pickPart } from '../src/ui/i18n/parts.ts';

const PART = /\/locales\/[a-z]{2,3}\/translation\.json\?part=([a-z]+)$/;

export function localeParts(): Plugin {
  return {
    name: 'kompetenspass:locale-parts',
    enforce: 'pre',
    load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const part = match[1] as LocalePart;
      if (!LOCALE_PARTS.includes(part)) this.error(`unknown locale part "${part}" in ${id}`);
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const strings = pickPart(JSON.parse(readFileSync(file, 'utf8')), part);
      return { code: `export default ${JSON.stringify(strings)};`, moduleType: 'js' };
    },
  };
}
