// Writes test/vectors/backup-v1.json: backup files with the secret that opens them and what
// opening must give. Run: npx tsx scripts/make-backup-vectors.ts
//
// Unlike the snapshot vectors, this file is a record of what earlier versions of the app wrote:
// once a later backup version exists, do not regenerate it; add new vectors beside it, so that
// test/unit/backup-vectors.test.ts keeps proving that old backups restore.
import { readFileSync, writeFileSync } from 'node:fs';
import { armor } from '../src/core/backup/armor.ts';
import { encodeHeader } from '../src/core/backup/container.ts';
import { deflateRaw } from '../src/core/encoding/deflate.ts';
import {
  type BackupContents,
  type BackupTables,
  createBackup,
  createEndorsement,
  DEFAULT_KDF,
  deriveKeyMaterial,
  type KdfParams,
  keyIdentity,
  type PrivateJwk,
  parseProfile,
  readBackupFile,
} from '../src/core/index.ts';

const snapshotVectors = JSON.parse(
  readFileSync(new URL('../test/vectors/snapshot-v1.json', import.meta.url), 'utf8'),
) as {
  keys: Record<'holder' | 'org', { privateJwk: PrivateJwk }>;
  vectors: { name: string; input: string }[];
};
const KEYS = snapshotVectors.keys;
const fixture = parseProfile(
  JSON.parse(readFileSync(new URL('../../shared/fixtures/typical-profile.json', import.meta.url), 'utf8')),
);
if (!fixture.ok) throw new Error('the typical profile fixture does not parse');
const profile = fixture.value;

const CREATED = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));
const T = CREATED.getTime();
const CODE = '190347285610934857261049385721';
const PASSPHRASE = 'Korrekt häst batteri häftklammer';
const FAST: KdfParams = { logN: 14, r: 8, p: 1 };
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i);
const NONCE = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);

const identity = async (privateJwk: PrivateJwk) => ({
  ...(await keyIdentity(privateJwk)),
  createdAt: T - 90 * 86_400_000,
});

const holder = await identity(KEYS.holder.privateJwk);
const org = await identity(KEYS.org.privateJwk);
const skill = profile.skills[0]!;
const endorsement = await createEndorsement({
  privateJwk: KEYS.org.privateJwk,
  issuerName: 'Café Nova AB',
  holder: holder.did,
  section: 'skills',
  entry: skill,
  statement: 'Arbetade hos oss i sex månader.',
  now: new Date(T - 86_400_000),
});
if (!endorsement.ok) throw new Error(endorsement.reason);

const full: BackupTables = {
  profile: [{ id: 'current', profile, updatedAt: T - 3_600_000 }],
  keys: [{ id: 'holder', ...holder }],
  shares: [
    {
      jti: 'test-vector-jti-0001',
      createdAt: T - 7_200_000,
      expiresAt: T - 7_200_000 + 7 * 86_400_000,
      recipient: 'Café Nova',
      lang: 'sv',
      summary: {
        sections: ['languages', 'work', 'skills'],
        entries: 6,
        personFields: ['givenName', 'familyName'],
      },
      link: snapshotVectors.vectors.find((v) => v.name === 'valid')!.input,
    },
  ],
  settings: [{ key: 'backupSecret', value: { kind: 'code', code: CODE } }],
  endorsements: [
    {
      jti: endorsement.value.jti,
      token: endorsement.value.token,
      section: 'skills',
      entryId: skill.id,
      issuerDid: org.did,
      receivedAt: T - 80_000_000,
    },
  ],
  organisation: [{ id: 'self', name: 'Café Nova AB', url: 'https://cafenova.example/', ...org }],
  trust: [{ did: org.did, name: 'Café Nova AB', url: 'https://cafenova.example/', addedAt: T - 50_000_000 }],
};

const contents = (tables: Partial<BackupTables>, schema = 2, v = 1) =>
  ({
    format: 'kompetenspass-backup',
    v,
    createdAt: CREATED.toISOString(),
    schema,
    tables: { ...tables },
  }) as BackupContents;

async function file(c: BackupContents, secret: Parameters<typeof createBackup>[1], kdf = FAST) {
  const made = await createBackup(c, secret, { kdf, salt: SALT, nonce: NONCE });
  if (made.ok) return made.value;
  if (c.v !== 1) return forceFile(c, secret, kdf);
  throw new Error(made.reason);
}

/** createBackup refuses contents it could not restore; a "newer version" file is built by hand. */
async function forceFile(c: BackupContents, secret: Parameters<typeof createBackup>[1], kdf: KdfParams) {
  const made = await createBackup(contents(full), secret, { kdf, salt: SALT, nonce: NONCE });
  if (!made.ok) throw new Error(made.reason);
  const container = readBackupFile(made.value);
  if (!container.ok) throw new Error(container.reason);
  const material = await deriveKeyMaterial(new TextEncoder().encode(CODE), SALT, kdf);
  const key = await crypto.subtle.importKey('raw', material.slice(0, 32), 'AES-GCM', false, ['encrypt']);
  const header = encodeHeader(container.value.header);
  const plaintext = await deflateRaw(new TextEncoder().encode(JSON.stringify(c)));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: NONCE, additionalData: new Uint8Array(header) },
    key,
    new Uint8Array(plaintext),
  );
  return armor(new Uint8Array([...header, ...new Uint8Array(ciphertext)]));
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const base64Lines = (text: string) => text.split('\n').slice(1, -2).join('');
const bytesOf = (text: string) => Uint8Array.from(atob(base64Lines(text)), (c) => c.charCodeAt(0));

const codeFull = await file(contents(full), { kind: 'code', code: CODE });
const fullBytes = bytesOf(codeFull);
const changed = (offset: number, xor = 0x01) => {
  const copy = new Uint8Array(fullBytes);
  copy[offset]! ^= xor;
  return armor(copy);
};

interface Vector {
  name: string;
  description: string;
  secret: string;
  file: string;
  expect: { ok: true; contents: BackupContents } | { ok: false; reason: string };
}
const vectors: Vector[] = [];
const add = (name: string, description: string, secret: string, text: string, expect: Vector['expect']) =>
  vectors.push({ name, description, secret, file: text, expect });
const refused = (reason: string) => ({ ok: false as const, reason });

add('code-full', 'Every table filled, backup code, scrypt N = 2^14.', CODE, codeFull, {
  ok: true,
  contents: contents(full),
});
add(
  'code-typed-with-groups',
  'The same file; the code typed in groups of five with Arabic-Indic digits.',
  '١٩٠٣٤ ٧٢٨٥٦ ١٠٩٣٤ ٨٥٧٢٦ ١٠٤٩٣ ٨٥٧٢١',
  codeFull,
  { ok: true, contents: contents(full) },
);
const minimal = { profile: full.profile, keys: full.keys };
add(
  'passphrase-default-parameters',
  "Profile and key only, the person's own passphrase (NFC), the app's default scrypt N = 2^17.",
  PASSPHRASE,
  await file(contents(minimal), { kind: 'passphrase', passphrase: PASSPHRASE }, DEFAULT_KDF),
  {
    ok: true,
    contents: contents({ ...full, shares: [], settings: [], endorsements: [], organisation: [], trust: [] }),
  },
);
const v1Tables = { profile: full.profile, keys: full.keys, shares: full.shares, settings: full.settings };
add(
  'schema-1-tables',
  'Contents read from a schema-1 database: the tables of schema 2 are absent and restore empty.',
  CODE,
  await file(contents(v1Tables, 1), { kind: 'code', code: CODE }),
  { ok: true, contents: contents({ ...v1Tables, endorsements: [], organisation: [], trust: [] }, 1) },
);
add(
  'wrong-code',
  'code-full opened with another code.',
  '190347285610934857261049385722',
  codeFull,
  refused('wrong_secret'),
);
add('code-too-short', 'A code of 29 digits.', CODE.slice(1), codeFull, refused('code_wrong_length'));
add(
  'truncated',
  'code-full cut in the middle (no end line).',
  CODE,
  codeFull.slice(0, 1000),
  refused('truncated'),
);
add('changed-ciphertext-byte', 'One bit of the ciphertext flipped.', CODE, changed(100), refused('damaged'));
add(
  'changed-tag-byte',
  'One bit of the tag flipped.',
  CODE,
  changed(fullBytes.length - 1),
  refused('damaged'),
);
add(
  'changed-nonce',
  'One bit of the nonce flipped (authenticated header).',
  CODE,
  changed(30),
  refused('damaged'),
);
add(
  'changed-salt',
  'One bit of the salt flipped: another key, so the key check fails.',
  CODE,
  changed(14),
  refused('wrong_secret'),
);
add('newer-container-version', 'Container version byte 2.', CODE, changed(8, 0x03), refused('newer_version'));
add(
  'unsupported-parameters',
  'log2 N = 24 (2 GiB).',
  CODE,
  changed(11, 14 ^ 24),
  refused('unsupported_parameters'),
);
add(
  'newer-contents-version',
  'A container of version 1 whose contents say "v": 2.',
  CODE,
  await file(contents(full, 2, 2), { kind: 'code', code: CODE }),
  refused('newer_version'),
);
add('not-a-backup', 'A share link.', CODE, snapshotVectors.vectors[0]!.input, refused('not_a_backup'));
add('bad-base64', 'A "!" inside the base64.', CODE, codeFull.replace(/\n(.)/, '\n!'), refused('damaged'));

const material = await deriveKeyMaterial(new TextEncoder().encode(CODE), SALT, FAST);
const out = {
  description:
    'Kompetenspass backup file v1 test vectors (docs/FORMAT.md §12). Open `file` with `secret`; expect the contents or the reason. Generated by scripts/make-backup-vectors.ts; never regenerated once a later version exists.',
  warning:
    'The keys inside are the published TEST keys of snapshot-v1.json: never use them for anything real.',
  example: {
    vector: 'code-full',
    secretBytes: CODE,
    salt: hex(SALT),
    nonce: hex(NONCE),
    kdf: { name: 'scrypt', N: 2 ** FAST.logN, r: FAST.r, p: FAST.p, dkLen: 48 },
    derived: hex(material),
    aesKey: hex(material.slice(0, 32)),
    check: hex(material.slice(32)),
    headerHex: hex(fullBytes.slice(0, 58)),
    containerBytes: fullBytes.length,
  },
  vectors,
};
writeFileSync(
  new URL('../test/vectors/backup-v1.json', import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(`wrote ${vectors.length} vectors`);
