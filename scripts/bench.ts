// `npm run bench`: figures for the signed-snapshot core, printed as plain tables. Asserts
// nothing (size budgets live in the tests; time is only ever printed).
//
//   link sizes     the typical profile with every section and with the default selection
//   time           create and verify a snapshot with Node's Web Crypto, median and p95
//   backup         file size for the typical profile; key derivation (scrypt) in Node and in
//                  Chromium's Web Worker, median
//   first load     JavaScript (gzip) of the editor's and the viewer's first visit, in Chromium,
//                  against the production build in dist/ (the npm script builds it first)
//   catalogue      search time per keystroke, index build time, pack sizes (bench-catalogue.ts)
//   first minute   time to the viewer's verdict and the editor's first screen on a throttled
//                  phone, and Lighthouse's mobile scores (bench-first-minute.ts)
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus } from 'node:os';
import {
  type BackupTables,
  createBackup,
  createSnapshot,
  DEFAULT_KDF,
  decodeShareLink,
  defaultSelection,
  deriveKeyMaterial,
  emptyTables,
  fullSelection,
  generateBackupCode,
  generateHolderKey,
  keyIdentity,
  makeContents,
  type PrivateJwk,
  type Profile,
  parseProfileJson,
  type ShareSelection,
  verifySnapshot,
} from '../src/core/index.ts';
import { catalogueFigures } from './bench-catalogue.ts';
import { firstMinuteFigures } from './bench-first-minute.ts';
import { table } from './bench-table.ts';
import { launchChromium } from './chromium.ts';
import { measureFirstLoads } from './first-load.ts';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from './serve.mjs';

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

// Backup: size of the file for the typical profile and its key, and the key derivation (scrypt,
// the app's parameters), in Node and in Chromium's Web Worker as the app runs it.
const KDF_RUNS = Number(process.env.BENCH_KDF_RUNS ?? 7);
const tables: BackupTables = {
  ...emptyTables(),
  profile: [{ id: 'current', profile, updatedAt: Date.now() }],
  keys: [{ id: 'holder', ...(await keyIdentity(privateJwk)), createdAt: Date.now() }],
  shares: [
    {
      jti: 'bench-share',
      createdAt: Date.now(),
      expiresAt: Date.now() + 7 * 86_400_000,
      recipient: 'Café Nova',
      lang: 'sv',
      summary: { sections: ['work'], entries: 4, personFields: ['givenName', 'familyName'] },
      link: full.link,
    },
  ],
};
const backupText = async (t: BackupTables) => {
  const made = await createBackup(makeContents(t, 2), { kind: 'code', code: generateBackupCode() });
  if (!made.ok) throw new Error(made.reason);
  return made.value;
};
const withoutShare = await backupText({ ...tables, shares: [] });
const withShare = await backupText(tables);
const kdfSamples: number[] = [];
const salt = crypto.getRandomValues(new Uint8Array(16));
for (let i = 0; i < KDF_RUNS; i++) {
  const started = performance.now();
  await deriveKeyMaterial(new TextEncoder().encode(generateBackupCode()), salt, DEFAULT_KDF);
  kdfSamples.push(performance.now() - started);
}
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
table(
  `Backup (scrypt N = 2^${DEFAULT_KDF.logN}, r = ${DEFAULT_KDF.r}, p = ${DEFAULT_KDF.p}; AES-256-GCM; text file)`,
  ['what', 'value'],
  [
    ['file, typical profile + key', `${withoutShare.length} bytes`],
    ['file, typical profile + key + one shared link', `${withShare.length} bytes`],
    [`key derivation in Node, median of ${KDF_RUNS}`, `${ms(median(kdfSamples))} ms`],
  ],
);

/** The production worker (dist/assets/kdf.worker-*.js) timed in Chromium, as the app runs it. */
async function kdfInChromium(): Promise<number[]> {
  const worker = readdirSync('dist/assets').find((name) => /^kdf\.worker-.*\.js$/.test(name));
  if (!worker) throw new Error('no kdf worker in dist/assets');
  const server = await startServer({ dir: 'dist', port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
    return await page.evaluate(
      async ({ url, runs, params }) => {
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await new Promise<void>((resolve, reject) => {
            const w = new Worker(url, { type: 'module' });
            w.onmessage = ({ data }) => {
              if ('progress' in data) return;
              w.terminate();
              if ('result' in data) resolve();
              else reject(new Error(data.error));
            };
            w.postMessage({
              secret: new TextEncoder().encode(String(Math.random()).slice(2)),
              salt: crypto.getRandomValues(new Uint8Array(16)),
              params,
            });
          });
          samples.push(performance.now() - started);
        }
        return samples;
      },
      { url: `assets/${worker}`, runs: KDF_RUNS, params: DEFAULT_KDF },
    );
  } finally {
    await browser.close();
    server.close();
  }
}
try {
  const samples = await kdfInChromium();
  table(
    "Key derivation in Chromium (the app's Web Worker)",
    ['what', 'ms'],
    [
      [`median of ${KDF_RUNS}`, ms(median(samples))],
      ['fastest / slowest', `${ms(Math.min(...samples))} / ${ms(Math.max(...samples))}`],
    ],
  );
} catch (error) {
  console.log(`\nKey derivation in Chromium: not measured (${(error as Error).message.split('\n')[0]})`);
}

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

// The first minute as people feel it: throttled cold loads and Lighthouse, against dist/.
try {
  await firstMinuteFigures(table, profileJson);
} catch (error) {
  console.log(`\nFirst minute: not measured (${(error as Error).message.split('\n')[0]})`);
}
