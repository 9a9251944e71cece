/**
 * Turns built packs into the files a web server serves: content-hashed names (so that a browser
 * and the service worker may keep them for ever) and an index that names them. The same input
 * gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import { CATALOGUE_FORMAT, type CatalogueIndex, type PackEntry } from '../../core/catalogue/format.ts';
import { ESCO_ATTRIBUTION, type PackData } from './build.ts';

export interface CatalogueFiles {
  /** File name relative to the catalogue folder → content. */
  files: Map<string, string>;
  index: CatalogueIndex;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** JSON with one array element per line: small, and a review reads it like a table. */
function stringify(head: Record<string, unknown>, listKey: string, list: readonly unknown[]): string {
  const start = JSON.stringify(head).slice(0, -1);
  const items = list.map((item) => JSON.stringify(item)).join(',\n');
  return `${start},${JSON.stringify(listKey)}:[\n${items}\n]}\n`;
}

export function catalogueFiles(packs: readonly PackData[]): CatalogueFiles {
  const files = new Map<string, string>();
  const entries: PackEntry[] = [];
  for (const pack of packs) {
    const conceptsText = stringify({ format: CATALOGUE_FORMAT, pack: pack.id }, 'concepts', pack.concepts);
    const version = hashOf(conceptsText);
    const conceptsName = `${pack.id}/concepts.${version}.json`;
    files.set(conceptsName, conceptsText);
    const languages: PackEntry['languages'] = {};
    for (const lang of [...pack.languages.keys()].sort()) {
      const data = pack.languages.get(lang)!;
      const head = {
        format: CATALOGUE_FORMAT,
        pack: pack.id,
        lang,
        version,
        ...(data.meta && { _meta: data.meta }),
      };
      const labelsText = stringify(head, 'labels', data.labels);
      const labelsName = `${pack.id}/${lang}.${hashOf(labelsText)}.json`;
      files.set(labelsName, labelsText);
      let termsName: string | undefined;
      if (data.terms?.some((terms) => terms.length > 0)) {
        const termsText = stringify(
          { format: CATALOGUE_FORMAT, pack: pack.id, lang, version },
          'terms',
          data.terms,
        );
        termsName = `${pack.id}/${lang}-terms.${hashOf(termsText)}.json`;
        files.set(termsName, termsText);
      }
      languages[lang] = {
        labels: labelsName,
        ...(termsName && { terms: termsName }),
        source: data.source,
        machineTranslated: data.machineTranslated,
        reviewed: data.reviewed,
      };
    }
    entries.push({
      id: pack.id,
      scheme: pack.scheme,
      kind: pack.kind,
      schemeName: pack.schemeName,
      version,
      count: pack.concepts.length,
      concepts: conceptsName,
      languages,
      ...(pack.attribution && { attribution: pack.attribution }),
    });
  }
  const index: CatalogueIndex = {
    format: CATALOGUE_FORMAT,
    attribution: `Occupations and skills: ${ESCO_ATTRIBUTION}; ISCO-08 © International Labour Organization. Labels marked machineTranslated are machine-made and not reviewed.`,
    packs: entries,
  };
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return { files, index };
}
