import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../src/core/catalogue/catalogue.ts';
import {
  type CatalogueRequest,
  loadCatalogue,
  type ReadCatalogueFile,
} from '../../src/core/catalogue/load.ts';
import { fail, ok } from '../../src/core/result.ts';

export const CATALOGUE_DIR = new URL('../../public/catalogue/', import.meta.url);
export const ESCO_DIR = new URL('../../../shared/esco/', import.meta.url);

/** The committed packs, read from disk the way the browser fetches them. */
export const readCommitted: ReadCatalogueFile = async (name) => {
  try {
    return ok(JSON.parse(readFileSync(new URL(name, CATALOGUE_DIR), 'utf8')) as unknown);
  } catch {
    return fail('catalogue_missing');
  }
};

export async function committedCatalogue(request: Partial<CatalogueRequest> = {}): Promise<Catalogue> {
  const loaded = await loadCatalogue(readCommitted, {
    packs: () => true,
    languages: ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'],
    terms: true,
    ...request,
  });
  if (!loaded.ok) throw new Error(`the committed catalogue does not load: ${loaded.reason}`);
  if (loaded.value.problems.length > 0) throw new Error(JSON.stringify(loaded.value.problems));
  return loaded.value;
}
