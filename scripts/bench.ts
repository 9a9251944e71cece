// `npm run bench`: figures for the signed-snapshot core, printed as plain tables. Asserts
// nothing (size budgets live in the tests; time is only ever printed).
//
//   link sizes     the typical profile with every section and with the default selection
//   time           create and verify a snapshot with Node's Web Crypto, median and p95
//   first load     JavaScript (gzip) of the editor's and the viewer's first visit, in Chromium,
//                  against the production build in dist/ (the npm script builds it first)
//   catalogue      search time per keystroke, index build time, pack sizes (bench-catalogue.ts)
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import {
  createSnapshot,
  decodeShareLink,
  defaultSelection,
  fullSelection,
  generateHolderKey,
  type PrivateJwk,
  type Profile,
  parseProfileJson,
  type ShareSelection,
  verifySnapshot,
} from '../src/core/index.ts';
import { catalogueFigures } from './bench-catalogue.ts';
import { measureFirstLoads } from './first-load.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
const BASE_URL = 'https://kompetenspass.example/';

const profileJson = readFileSync(
  new URL('../../shared/fixtures/typical-profile.json', import.meta.url),
  'utf8',
);
const parsed = parseProfileJson(profileJson);
if (!parsed.ok) throw new Error('the typical profile fixture does not parse');
const profile = parsed.value;
const { privateJwk } = await generateHolderKey();

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

async function snapshotOf(selection: ShareSelection, key: PrivateJwk = privateJwk, from: Profile = profile) {
  const made = await createSnapshot(from, selection, {
    privateJwk: key,
    validity: { days: 7 },
    baseUrl: BASE_URL,
  });
  if (!made.ok) throw new Error(`createSnapshot failed: ${made.reason}`);
  return made.value;
}

/** Median and 95th percentile in milliseconds of `RUNS` runs after a warm-up. */
async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (value: number) => value.toFixed(2);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(
  `Kompetenspass bench: Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
);

// Link sizes (deterministic up to a character or two: the signature is random).
const full = await snapshotOf(fullSelection(profile));
const partial = await snapshotOf(defaultSelection(profile));
const sizeRow = (name: string, s: typeof full) => [
  name,
  s.fragment.length,
  s.link.length,
  s.token.length,
  (s.fragment.length / s.token.length).toFixed(3),
];
table(
  `Link size, typical profile (characters; link = ${BASE_URL} + "#" + fragment)`,
  ['selection', 'fragment', 'full link', 'compact JWS', 'fragment / JWS'],
  [sizeRow('every section and field', full), sizeRow('default (no phone, e-mail, birth year)', partial)],
);

// Time.
const now = new Date();
const create = await time(() => snapshotOf(fullSelection(profile)));
const verifyLink = await time(() => verifySnapshot(full.link, { now }));
const verifyToken = await time(() => verifySnapshot(full.token, { now }));
const decode = await time(() => decodeShareLink(full.link));
table(
  `Time, typical profile with every section (ms, ${RUNS} runs after ${WARMUP} warm-up, Node Web Crypto)`,
  ['operation', 'median', 'p95'],
  [
    ['createSnapshot (sign, deflate, encode)', ms(create.median), ms(create.p95)],
    ['verifySnapshot of the link', ms(verifyLink.median), ms(verifyLink.p95)],
    ['verifySnapshot of the compact JWS', ms(verifyToken.median), ms(verifyToken.p95)],
    ['  of which: decode the link (base64url, inflate)', ms(decode.median), ms(decode.p95)],
  ],
);

await catalogueFigures(table);

// First load, in Chromium against dist/.
try {
  const loads = await measureFirstLoads({ profileJson });
  table(
    'First-load JavaScript (gzip -9 of every script of a fresh visit, Chromium, dist/)',
    ['screen', 'gzip', 'bytes', 'files'],
    Object.entries(loads).map(([name, load]) => [name, kib(load.bytes), load.bytes, load.files.length]),
  );
} catch (error) {
  console.log(`\nFirst-load JavaScript: not measured (${(error as Error).message.split('\n')[0]})`);
  console.log('It needs dist/ (`npx vite build`) and a Chromium that starts.');
}
