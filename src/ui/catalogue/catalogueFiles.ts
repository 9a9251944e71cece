import { fetchCatalogueFile, type ReadCatalogueFile } from '../../core/catalogue/load.ts';

/**
 * The catalogue folder next to the app, read once per file and page: the search, the CV and the
 * typical skills share what has been fetched. A failed read is forgotten, so that the next use
 * tries again (the connection may be back).
 */
const cache = new Map<string, ReturnType<ReadCatalogueFile>>();

export const readCatalogueFile: ReadCatalogueFile = (name) => {
  const known = cache.get(name);
  if (known) return known;
  const read = fetchCatalogueFile(new URL('catalogue/', document.baseURI))(name).then((result) => {
    if (!result.ok) cache.delete(name);
    return result;
  });
  cache.set(name, read);
  return read;
};
