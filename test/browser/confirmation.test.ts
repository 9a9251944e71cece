/**
 * The whole confirmation loop through the UI, in three separate browser profiles: the holder
 * asks, the organisation confirms, the holder receives the reply with the camera (Chromium's
 * fake camera fed a frame of the QR code the organisation's app drew), shares, and a case worker
 * verifies at the desk with the organisation on the trust list (trusted) and without it
 * (unknown). The holder's browser has its own process, with the fake camera.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRequest } from '../../src/core/index.ts';
import { fakeCameraArgs, writeBlankFrame, writeQrFrame } from './camera.ts';
import {
  askForConfirmation,
  confirmRequest,
  expectStandings,
  fillHolder,
  fingerprintOf,
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
    expect(Object.keys(json)).toEqual([
      'status',
      'reasons',
      'holder',
      'fingerprint',
      'issuedAt',
      'expiresAt',
      'endorsements',
      'profile',
      'jti',
      'for',
      'lang',
      'problems',
    ]);
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
  });
});
