/**
 * The whole confirmation loop through the UI, in three separate browser profiles: the holder
 * asks, the organisation confirms, the holder receives the reply with the camera (Chromium's
 * fake camera fed a frame of the QR code the organisation's app drew), shares, and a case worker
 * verifies at the desk with the organisation on the trust list (trusted) and without it
 * (unknown). The holder's browser has its own process, with the fake camera.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEndorsement,
  createRequest,
  createSnapshot,
  encodeReply,
  fullSelection,
  type PrivateJwk,
  parseProfile,
  verificationJson,
  verifyRequest,
} from '../../src/core/index.ts';
import { decodeMessageLink, encodeMessageLink } from '../../src/core/links/message.ts';
import { TEST_KEYS } from '../unit/support.ts';
import { fakeCameraArgs, writeBlankFrame, writeQrFrame } from './camera.ts';
import {
  askForConfirmation,
  confirmRequest,
  expectStandings,
  fillHolder,
  fingerprintOf,
  openReply,
  setUpOrganisation,
} from './confirmation-helpers.ts';
import { baseUrl, openSession, type Session } from './helpers.ts';
import { launchChromium } from './launch.ts';

const dir = mkdtempSync(join(tmpdir(), 'kompetenspass-confirm-'));
const camera = join(dir, 'camera.y4m');
let holderBrowser: Browser;
let othersBrowser: Browser;
beforeAll(async () => {
  writeBlankFrame(camera);
  holderBrowser = await launchChromium(fakeCameraArgs(camera));
  othersBrowser = await launchChromium();
});
afterAll(async () => {
  await holderBrowser?.close();
  await othersBrowser?.close();
});

describe('the confirmation loop', () => {
  it('request → confirm → receive by camera → share → verify at the desk, trusted and unknown', async () => {
    // The holder, on a phone.
    const holder: Session = await openSession(holderBrowser, { locale: 'sv-SE' });
    await holder.context.grantPermissions(['camera'], { origin: baseUrl() });
    await fillHolder(holder.page);
    const requestLink = await askForConfirmation(holder.page);
    expect(requestLink).toMatch(/#q1\.[\w-]+$/);
    expect(await holder.page.getByTestId('request-qr').getAttribute('data-qr-version')).toBeTruthy();
    const request = await verifyRequest(requestLink);
    expect(request.ok && request.value.entry).toMatchObject({
      title: 'Kock och kassa',
      employer: 'Familjens restaurang',
    });
    const holderFingerprint = await fingerprintOf(holder.page);

    // The organisation, in English, on its own computer.
    const organisation = await openSession(othersBrowser, { locale: 'en-GB' });
    const org = await setUpOrganisation(organisation.page);
    expect(org.fingerprint).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    await organisation.page.goto(requestLink);
    await organisation.page.getByTestId('request-review').waitFor({ timeout: 20_000 });
    expect(await organisation.page.getByTestId('request-fingerprint').textContent()).toBe(holderFingerprint);
    expect(await organisation.page.getByTestId('request-entry').textContent()).toContain('Kock och kassa');
    const replyLink = await confirmRequest(
      organisation.page,
      requestLink,
      'Arbetade hos oss som kock 2014–2018.',
    );
    expect(replyLink).toMatch(/#e1\.[\w-]+$/);
    const qr = organisation.page.getByTestId('reply-qr');
    expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(25);

    // The holder scans the organisation's QR code.
    await writeQrFrame(qr, camera);
    await holder.page.goto(`${baseUrl()}#/receive`);
    await holder.page.getByTestId('reply-camera-open').click();
    await holder.page.getByTestId('receive-done').waitFor({ timeout: 60_000 });
    expect(await holder.page.getByTestId('receive-fingerprint').textContent()).toBe(org.fingerprint);
    await holder.page.getByTestId('receive-see-entry').click();
    const mark = holder.page.getByTestId('entry-confirmation');
    await expect.poll(() => mark.getAttribute('data-state'), { timeout: 20_000 }).toBe('same');
    expect(await mark.textContent()).toContain('Café Nova AB');

    // The holder shares; the confirmation goes along by default.
    await holder.page.goto(`${baseUrl()}#/share`);
    await holder.page.getByTestId('share-confirmations').waitFor({ timeout: 20_000 });
    await holder.page.getByLabel('Vem är det till?').fill('Arbetsförmedlingen');
    await holder.page.getByRole('button', { name: 'Skapa länk' }).click();
    const shareLink = await holder.page.locator('#share-link').inputValue({ timeout: 20_000 });

    // The case worker: the organisation on the desk's trust list, from its entry link.
    const desk = await openSession(othersBrowser, { locale: 'sv-SE', hash: '#/desk' });
    await desk.page.getByTestId('trust-add-input').fill(org.entryLink);
    await desk.page.getByTestId('trust-add-check').click();
    expect(await desk.page.getByTestId('trust-add-fingerprint').textContent({ timeout: 20_000 })).toBe(
      org.fingerprint,
    );
    await desk.page.getByTestId('trust-add-confirm').click();
    await expect.poll(() => desk.page.getByTestId('trust-entry').count()).toBe(1);
    await desk.page.getByTestId('desk-input').fill(shareLink);
    await desk.page.getByTestId('desk-check').click();
    const report = desk.page.getByTestId('desk-report');
    await expect.poll(() => report.getAttribute('data-status'), { timeout: 20_000 }).toBe('valid');
    await expectStandings(desk.page, ['trusted']);
    const cvMark = desk.page.getByTestId('endorsement-mark');
    expect(await cvMark.textContent()).toContain('Café Nova AB');
    expect(await desk.page.getByTestId('desk-jti').textContent()).toMatch(/^[\w-]{22}$/);
    const [download] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.getByTestId('desk-save-json').click(),
    ]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, 'utf8'));
    // The shape of `verify --json` (test/unit/cli.test.ts checks its members one by one).
    expect(Object.keys(json)).toEqual(
      Object.keys(verificationJson({ ok: false, status: 'invalid', reason: 'bad_link' })),
    );
    expect(json).toMatchObject({
      status: 'valid',
      fingerprint: holderFingerprint,
      for: 'Arbetsförmedlingen',
    });
    expect(json.endorsements).toMatchObject([
      { status: 'trusted', trustedAs: { name: 'Café Nova AB' }, inProfile: 'same' },
    ]);

    // The share link opened on the desk's computer: the viewer finds the desk's list there too.
    const viewer = await desk.context.newPage();
    await viewer.goto(shareLink);
    await expectStandings(viewer, ['trusted']);
    expect(await viewer.getByTestId('trust-list').textContent()).toContain('Betrodda organisationer');

    // Off the list: the same confirmation is an unknown organisation's, at the desk and in the viewer.
    await desk.page.getByTestId('trust-remove').click();
    await expect.poll(() => desk.page.getByTestId('trust-entry').count()).toBe(0);
    await expectStandings(desk.page, ['unknown_issuer']);
    await viewer.reload();
    await expectStandings(viewer, ['unknown_issuer']);
    // A reader with no list at all (another browser profile).
    const stranger = await openSession(othersBrowser, { locale: 'sv-SE', url: shareLink });
    await expectStandings(stranger.page, ['unknown_issuer']);
    expect(await stranger.page.getByTestId('trust-list').textContent()).toContain('Ingen');

    for (const session of [holder, organisation, desk, stranger]) expect(session.errors).toEqual([]);
  }, 180_000);
});

/** An endorsement made outside the app (as the command line makes one), as a reply link. */
async function replyFor(options: {
  holder: string;
  entry: object;
  key?: PrivateJwk;
  now?: Date;
  days?: number;
}): Promise<string> {
  const made = await createEndorsement({
    privateJwk: options.key ?? TEST_KEYS.org.privateJwk,
    issuerName: 'Café Nova AB',
    holder: options.holder,
    section: 'work',
    entry: options.entry,
    ...(options.now && { now: options.now }),
    ...(options.days !== undefined && { validity: { days: options.days } }),
  });
  if (!made.ok) throw new Error(made.reason);
  return (await encodeReply(made.value.token, baseUrl())).link;
}

/** The same link with one signature byte changed: still well-formed, no longer signed. */
async function forged(link: string, kind: 'request' | 'reply'): Promise<string> {
  const content = await decodeMessageLink(link, kind, 65_536);
  if (!content.ok) throw new Error(content.reason);
  const bytes = new Uint8Array(content.value);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  return (await encodeMessageLink(kind, bytes, baseUrl())).link;
}

const DAY = 86_400_000;

describe('what is refused, with its reason, changing nothing', () => {
  it('the holder refuses forged, misbound, expired and stale replies, and marks an entry edited since', async () => {
    const holder = await openSession(othersBrowser, { locale: 'sv-SE' });
    await fillHolder(holder.page);
    const requestLink = await askForConfirmation(holder.page);
    const request = await verifyRequest(requestLink);
    if (!request.ok) throw new Error(request.reason);
    const { holder: did, entry } = request.value;

    const cases = [
      ['bad_signature', await forged(await replyFor({ holder: did, entry }), 'reply')],
      ['wrong_subject', await replyFor({ holder: TEST_KEYS.other.did, entry })],
      ['expired', await replyFor({ holder: did, entry, now: new Date(Date.now() - 3 * DAY), days: 1 })],
      ['entry_changed', await replyFor({ holder: did, entry: { ...entry, employer: 'Någon annan' } })],
      ['unknown_entry', await replyFor({ holder: did, entry: { ...entry, id: 'not-here' } })],
    ] as const;
    for (const [reason, link] of cases) {
      const outcome = await openReply(holder.page, link);
      expect(outcome, reason).toEqual({ kept: false, reason });
      expect(await holder.page.getByTestId('receive-refused').textContent()).toContain(
        'Ingenting i din profil ändrades',
      );
    }
    // Pasted: a request where a reply belongs.
    await holder.page.goto(`${baseUrl()}#/receive`);
    await holder.page.getByTestId('reply-input').fill(requestLink);
    await holder.page.getByTestId('reply-check').click();
    const refused = holder.page.getByTestId('receive-refused');
    await expect.poll(() => refused.getAttribute('data-reason'), { timeout: 20_000 }).toBe('wrong_kind');
    await holder.page.goto(`${baseUrl()}#/edit/work`);
    await holder.page.locator('.entry-card').first().waitFor();
    expect(await holder.page.getByTestId('entry-confirmations').count()).toBe(0);

    // A real confirmation, kept; then the entry is edited: marked, and asked again.
    expect(await openReply(holder.page, await replyFor({ holder: did, entry }))).toEqual({
      kept: true,
      reason: null,
    });
    await holder.page.goto(`${baseUrl()}#/edit/work`);
    const mark = holder.page.getByTestId('entry-confirmation');
    await expect.poll(() => mark.getAttribute('data-state'), { timeout: 20_000 }).toBe('same');
    await holder.page.locator('.entry-summary').first().click();
    await holder.page.getByLabel('Arbetsgivare eller plats', { exact: true }).fill('Restaurang Nova');
    await holder.page.getByLabel('Arbetsgivare eller plats', { exact: true }).blur();
    await expect.poll(() => mark.getAttribute('data-state'), { timeout: 20_000 }).toBe('changed');
    expect(await mark.textContent()).toContain('Ändrad sedan den bekräftades');
    await holder.page.getByTestId('ask-again').click();
    await holder.page.getByTestId('make-request').click();
    const again = await verifyRequest(
      await holder.page.getByTestId('request-link').inputValue({ timeout: 20_000 }),
    );
    expect(again.ok && again.value.entry).toMatchObject({ employer: 'Restaurang Nova' });

    // The share link carries the stale confirmation, and the viewer says it is about the earlier version.
    await holder.page.goto(`${baseUrl()}#/share`);
    await holder.page.getByTestId('share-confirmations').waitFor({ timeout: 20_000 });
    await holder.page.getByRole('button', { name: 'Skapa länk' }).click();
    const shareLink = await holder.page.locator('#share-link').inputValue({ timeout: 20_000 });
    const reader = await holder.context.newPage();
    await reader.goto(shareLink);
    await reader.getByTestId('endorsement-mark').waitFor({ timeout: 20_000 });
    expect(await reader.getByTestId('endorsement-mark').textContent()).toContain(
      'Ändrat sedan det bekräftades',
    );
    // Left out when the holder says so.
    await holder.page.getByRole('button', { name: 'Gör en ny länk' }).click();
    await holder.page.getByLabel('Ta med bekräftelserna av de valda posterna').uncheck();
    await holder.page.getByRole('button', { name: 'Skapa länk' }).click();
    const without = await holder.page.locator('#share-link').inputValue({ timeout: 20_000 });
    await reader.goto(without);
    await reader.getByTestId('verification').waitFor({ timeout: 20_000 });
    expect(await reader.getByTestId('endorsements').count()).toBe(0);
    expect(holder.errors).toEqual([]);
  });

  it('the organisation refuses expired, forged and cut requests and offers nothing to sign', async () => {
    const organisation = await openSession(othersBrowser, { locale: 'sv-SE' });
    await setUpOrganisation(organisation.page);
    const entry = { id: 'w1', title: 'Kock', kind: 'employment' };
    const made = async (now: Date, days: number) => {
      const request = await createRequest({
        privateJwk: TEST_KEYS.holder.privateJwk,
        section: 'work',
        entry,
        validity: { days },
        now,
        baseUrl: baseUrl(),
      });
      if (!request.ok) throw new Error(request.reason);
      return request.value.link;
    };
    const valid = await made(new Date(), 30);
    const cut = valid.slice(
      0,
      valid.indexOf('#') + 4 + 4 * Math.floor((valid.length - valid.indexOf('#') - 4) / 8),
    );
    const cases = [
      ['expired', await made(new Date(Date.now() - 3 * DAY), 1)],
      ['bad_signature', await forged(valid, 'request')],
      ['bad_deflate', cut],
    ] as const;
    for (const [reason, link] of cases) {
      await organisation.page.goto(link);
      const refused = organisation.page.getByTestId('request-refused');
      await refused.waitFor({ timeout: 20_000 });
      expect(await refused.getAttribute('data-reason'), reason).toBe(reason);
      expect(await organisation.page.getByTestId('confirm-entry').count()).toBe(0);
    }
    // A valid one can be declined: nothing is signed.
    await organisation.page.goto(valid);
    await organisation.page.getByTestId('request-review').waitFor({ timeout: 20_000 });
    await organisation.page.getByTestId('decline-request').click();
    await organisation.page.getByTestId('request-declined').waitFor();
    expect(await organisation.page.getByTestId('reply-link').count()).toBe(0);
    expect(organisation.errors).toEqual([]);
  });
});

describe("the desk's files", () => {
  it('imports and exports a trust list file, and checks a compact JWS from a file', async () => {
    const desk = await openSession(othersBrowser, { locale: 'sv-SE', hash: '#/desk' });
    const list = {
      name: 'Arbetsförmedlingen Jönköping',
      issuers: [
        { did: TEST_KEYS.org.did, name: 'Café Nova AB', url: 'https://cafenova.example/' },
        { did: TEST_KEYS.other.did, name: 'Komvux Jönköping' },
      ],
    };
    writeFileSync(join(dir, 'trust.json'), JSON.stringify(list));
    writeFileSync(join(dir, 'broken.json'), '{"name":"x","issuers":[{"did":"nope","name":"y"}]}');
    await desk.page.getByTestId('trust-import').setInputFiles(join(dir, 'broken.json'));
    await expect.poll(() => desk.page.getByTestId('trust-error').textContent()).toContain('issuers.0.did');
    await desk.page.getByTestId('trust-import').setInputFiles(join(dir, 'trust.json'));
    await expect.poll(() => desk.page.getByTestId('trust-entry').count()).toBe(2);
    const [download] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.getByTestId('trust-export').click(),
    ]);
    const exported = join(dir, 'exported.json');
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(list);

    // A snapshot as a compact JWS in a file, with an endorsement by an organisation on the list.
    const entry = { id: 's1', label: 'Laga mat i stora mängder', level: 3 };
    const profile = parseProfile({
      v: 1,
      lang: 'sv',
      person: { givenName: 'Samira', familyName: 'Haddad' },
      languages: [],
      education: [],
      work: [],
      skills: [entry],
      licences: [],
      wishes: {},
    });
    if (!profile.ok) throw new Error('profile');
    const endorsement = await createEndorsement({
      privateJwk: TEST_KEYS.other.privateJwk,
      issuerName: 'Komvux',
      holder: TEST_KEYS.holder.did,
      section: 'skills',
      entry,
    });
    if (!endorsement.ok) throw new Error(endorsement.reason);
    const snapshot = await createSnapshot(profile.value, fullSelection(profile.value), {
      privateJwk: TEST_KEYS.holder.privateJwk,
      validity: { days: 7 },
      endorsements: [endorsement.value.token],
    });
    if (!snapshot.ok) throw new Error(snapshot.reason);
    writeFileSync(join(dir, 'snapshot.jws'), `${snapshot.value.token}\n`);
    await desk.page.getByTestId('desk-file').setInputFiles(join(dir, 'snapshot.jws'));
    await expect
      .poll(() => desk.page.getByTestId('desk-report').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('valid');
    await expectStandings(desk.page, ['trusted']);
    expect(await desk.page.getByTestId('endorsement-mark').textContent()).toContain('Komvux Jönköping');
    expect(await desk.page.getByTestId('desk-jti').textContent()).toBe(snapshot.value.jti);
    // Larger than any snapshot: refused without reading it.
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(1_050_001));
    await desk.page.getByTestId('desk-file').setInputFiles(join(dir, 'huge.txt'));
    await desk.page.getByTestId('desk-file-problem').waitFor({ timeout: 20_000 });
    // No camera in this browser: it says so, and the other ways remain.
    await desk.page.getByTestId('desk-camera-open').click();
    await desk.page.getByTestId('desk-camera-problem').waitFor({ timeout: 20_000 });
    expect(['none', 'refused', 'failed']).toContain(
      await desk.page.getByTestId('desk-camera').getAttribute('data-state'),
    );
    expect(await desk.page.getByTestId('desk-input').isEditable()).toBe(true);
    // Nothing of the checked profile was stored: the database holds the trust list only.
    const stored = await desk.page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve) => {
          const open = indexedDB.open('kompetenspass');
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const counts: Record<string, number> = {};
            for (const name of names) {
              const count = tx.objectStore(name).count();
              count.onsuccess = () => {
                counts[name] = count.result;
              };
            }
            tx.oncomplete = () => resolve(counts);
          };
        }),
    );
    expect(stored).toMatchObject({ trust: 2, shares: 0, endorsements: 0, profile: 0 });
    expect(desk.errors).toEqual([]);
  });
});
