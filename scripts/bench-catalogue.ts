// Catalogue figures for `npm run bench`: search time per keystroke, index build time and the
// size of every pack. Asserts nothing; times are printed, never tested.
//
//   keystrokes  each query of QUERIES typed letter by letter; every prefix is one search, as the
//               editor runs one per keystroke (limit 8, interface language Swedish)
//   15,000      the real occupations and skills plus synthetic concepts up to 15,000: labels
//               made of 2-4 words drawn from ESCO's own labels (fixed seed), 8 search terms each,
//               the size of ESCO's full skills pillar with its occupations
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Catalogue, LoadedPack } from '../src/core/catalogue/catalogue.ts';
import type { ConceptKind } from '../src/core/catalogue/format.ts';
import { loadCatalogue } from '../src/core/catalogue/load.ts';
import { buildCatalogueSearch, type CatalogueSearch } from '../src/core/catalogue/search.ts';
import { fail, ok } from '../src/core/result.ts';

type Table = (title: string, head: string[], rows: (string | number)[][]) => void;

const DIR = fileURLToPath(new URL('../public/catalogue/', import.meta.url));
const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'];
const QUERIES = [
  'kock',
  'undersköterska',
  'lastbilsförare',
  'elektriker',
  'städare',
  'undersjöterska',
  'cook',
  'truck driver',
  'electrisian',
  'طباخ',
  'آشپز',
  'кухар',
  'ኣብሳሊ',
  'cunto kariye',
  'svetsa',
  'laga mat',
  'bakning',
  'excel',
];
const SYNTHETIC_TOTAL = 15_000;

const ms = (value: number) => value.toFixed(3);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function quantiles(samples: number[]) {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** Every prefix of every query, searched `rounds` times after one warm-up round. */
function perKeystroke(searches: CatalogueSearch[], rounds = 20) {
  const prefixes = QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
  const run = () => {
    const samples: number[] = [];
    for (const prefix of prefixes) {
      const started = performance.now();
      for (const search of searches) search.search(prefix, { lang: 'sv', limit: 8 });
      samples.push(performance.now() - started);
    }
    return samples;
  };
  run();
  return quantiles(Array.from({ length: rounds }, run).flat());
}

function timedBuild(catalogue: Catalogue, kind: ConceptKind) {
  const samples: number[] = [];
  let search: CatalogueSearch | undefined;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    search = buildCatalogueSearch(catalogue, kind);
    samples.push(performance.now() - started);
  }
  return { search: search!, build: quantiles(samples).median };
}

/** Random but repeatable: the same synthetic catalogue on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function synthetic(real: Catalogue): Catalogue {
  const base = real.packs.reduce((sum, pack) => sum + pack.concepts.length, 0);
  const words = [
    ...new Set(
      real.packs
        .filter((pack) => pack.entry.id === 'esco-occupations')
        .flatMap((pack) => [...(pack.languages.get('en')?.labels ?? [])])
        .flatMap((label) => label.split(/\s+/)),
    ),
  ];
  const random = seeded(42);
  const phrase = () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => words[Math.floor(random() * words.length)],
    ).join(' ');
  const count = Math.max(0, SYNTHETIC_TOTAL - base);
  const concepts = Array.from({ length: count }, (_, i) => ({ code: `synthetic-${i}` }));
  const pack: LoadedPack = {
    entry: { ...real.packs[0]!.entry, id: 'synthetic', scheme: 'synthetic', kind: 'occupation' },
    concepts,
    positions: new Map(concepts.map((concept, i) => [concept.code, i])),
    languages: new Map([
      [
        'en',
        {
          labels: concepts.map(phrase),
          terms: concepts.map(() => Array.from({ length: 8 }, phrase)),
          meta: undefined,
          machineTranslated: false,
        },
      ],
    ]),
  };
  // Every real pack searched as one kind, with the synthetic one.
  const packs = [
    ...real.packs.map((p) => ({ ...p, entry: { ...p.entry, kind: 'occupation' as const } })),
    pack,
  ];
  return { ...real, packs };
}

async function committed(packs: (id: string) => boolean, languages: string[]): Promise<Catalogue> {
  const loaded = await loadCatalogue(
    async (name) => {
      try {
        return ok(JSON.parse(readFileSync(join(DIR, name), 'utf8')) as unknown);
      } catch {
        return fail('catalogue_missing');
      }
    },
    { packs: (entry) => packs(entry.id), languages, terms: true },
  );
  if (!loaded.ok) throw new Error(`the catalogue in public/catalogue does not load: ${loaded.reason}`);
  return loaded.value;
}

export async function catalogueFigures(table: Table): Promise<void> {
  const occupationsAll = await committed((id) => id === 'isco-08' || id === 'esco-occupations', LANGUAGES);
  const skillsAll = await committed((id) => id === 'kp-skill', LANGUAGES);
  const occupationsSwedish = await committed(
    (id) => id === 'isco-08' || id === 'esco-occupations',
    ['sv', 'en'],
  );
  const occupations = timedBuild(occupationsAll, 'occupation');
  const swedish = timedBuild(occupationsSwedish, 'occupation');
  const skills = timedBuild(skillsAll, 'skill');
  const large = timedBuild(
    synthetic({ ...occupationsAll, packs: [...occupationsAll.packs, ...skillsAll.packs] }),
    'occupation',
  );
  const row = (name: string, searches: { search: CatalogueSearch; build: number }[]) => {
    const { median, p95 } = perKeystroke(searches.map((s) => s.search));
    const size = searches.reduce(
      (sum, s) => ({
        concepts: sum.concepts + s.search.size.concepts,
        labels: sum.labels + s.search.size.labels,
        words: sum.words + s.search.size.words,
      }),
      { concepts: 0, labels: 0, words: 0 },
    );
    const build = searches.reduce((sum, s) => sum + s.build, 0);
    return [name, size.concepts, size.labels, size.words, ms(build), ms(median), ms(p95)];
  };
  const prefixes = QUERIES.reduce((sum, query) => sum + query.length, 0);
  table(
    `Catalogue search per keystroke (ms; ${prefixes} keystrokes of ${QUERIES.length} queries × 20 rounds; build = index build, median of 5)`,
    ['index', 'concepts', 'labels', 'words', 'build', 'median', 'p95'],
    [
      row('ESCO occupations + ISCO-08 (sv, en: the Swedish editor)', [swedish]),
      row('ESCO occupations + ISCO-08 (all 7 languages)', [occupations]),
      row('starter skills (all 7 languages)', [skills]),
      row('full ESCO occupations + starter skills, one keystroke each', [occupations, skills]),
      row(
        `${SYNTHETIC_TOTAL.toLocaleString('en')} concepts (real + synthetic, see scripts/bench-catalogue.ts)`,
        [large],
      ),
    ],
  );

  // Pack sizes: what goes over the wire (gzip -9) per pack and language.
  const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as {
    packs: { id: string; concepts: string; languages: Record<string, { labels: string; terms?: string }> }[];
  };
  const gz = (name: string) => gzipSync(readFileSync(join(DIR, name)), { level: 9 }).length;
  const rows: (string | number)[][] = [['index.json', '', kib(gz('index.json')), '', '']];
  for (const pack of index.packs) {
    const languages = Object.entries(pack.languages);
    const labels = languages.map(([lang, files]) => `${lang} ${kib(gz(files.labels))}`).join(', ');
    const terms = languages
      .filter(([, files]) => files.terms)
      .map(([lang, files]) => `${lang} ${kib(gz(files.terms!))}`)
      .join(', ');
    const total =
      gz(pack.concepts) +
      languages.reduce((sum, [, files]) => sum + gz(files.labels) + (files.terms ? gz(files.terms) : 0), 0);
    rows.push([pack.id, kib(gz(pack.concepts)), labels, terms || '-', kib(total)]);
  }
  table(
    'Catalogue packs (KiB, gzip -9 of each file in public/catalogue)',
    ['pack', 'concepts', 'labels', 'search terms', 'total'],
    rows,
  );
  const files = readdirSync(DIR, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  console.log(
    `(${files.length} files; the service worker precaches only index.json, the rest when first used or warmed)`,
  );
}
