/**
 * Offline after the first visit: once the service worker controls the page, the packs that the
 * search fields load for the person's language (with Swedish and English) are fetched in the
 * background, so that the service worker caches them before they are needed. Only those: all
 * languages of a full ESCO catalogue would be megabytes. Nothing happens without a service
 * worker (it could not keep the files), and failures are ignored: the fields still take free text.
 */
import { currentTranslator, onLanguageChanged } from '../i18n/setup.ts';

const FILE = /^[a-z0-9-]{1,40}\/[a-z0-9][a-z0-9.-]{0,80}\.json$/;
const SEARCHED = new Set(['occupation', 'skill']);

interface IndexShape {
  packs?: {
    kind?: string;
    concepts?: string;
    languages?: Record<string, { labels?: string; terms?: string }>;
  }[];
}

async function warm(languages: readonly string[]): Promise<void> {
  const base = new URL('catalogue/', document.baseURI);
  const index = (await (await fetch(new URL('index.json', base))).json()) as IndexShape;
  const files = (index.packs ?? [])
    .filter((pack) => SEARCHED.has(pack.kind ?? ''))
    .flatMap((pack) => [
      pack.concepts,
      ...languages.flatMap((lang) => [pack.languages?.[lang]?.labels, pack.languages?.[lang]?.terms]),
    ])
    .filter((name): name is string => typeof name === 'string' && FILE.test(name));
  // One at a time: this runs beside the person's own use of a slow connection.
  for (const name of files) await fetch(new URL(name, base)).then((response) => response.arrayBuffer());
}

export function keepCatalogueWarm(): void {
  if (!('serviceWorker' in navigator)) return;
  const warmed = new Set<string>();
  const run = () => {
    const lang = currentTranslator().language;
    if (!navigator.serviceWorker.controller || warmed.has(lang)) return;
    warmed.add(lang);
    warm([...new Set([lang, 'sv', 'en'])]).catch(() => warmed.delete(lang));
  };
  navigator.serviceWorker.addEventListener('controllerchange', run);
  onLanguageChanged(run);
  run();
}
