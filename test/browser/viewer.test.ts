import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  balanceDirectionControls,
  createSnapshot,
  decodeShareLink,
  emptyProfile,
  encodeShareLink,
  fullSelection,
  type PrivateJwk,
  type Profile,
} from '../../src/core/index.ts';
import { type AuthorTexts, NOW as HOSTILE_NOW, hostileSnapshotToken } from '../unit/hostile-snapshot.ts';
import { endorseSkill, TEST_KEYS } from '../unit/support.ts';
import { baseUrl } from './helpers.ts';
import { launchChromium } from './launch.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const NOW = new Date('2026-03-02T09:00:00Z');
const { holder, org } = TEST_KEYS;

function profileOf(givenName: string, extra: Partial<Profile> = {}): Profile {
  return { ...emptyProfile('sv'), person: { givenName, familyName: 'Haddad' }, ...extra };
}

const endorse = (key: PrivateJwk, name: string, entry: object, statement?: string) =>
  endorseSkill(key, name, entry, NOW, statement);

/** A link (its `#s1.…` part) to a snapshot made at NOW and valid for `days`. */
async function linkTo(
  profile: Profile,
  options: { lang?: string; for?: string; endorsements?: string[]; days?: number } = {},
): Promise<string> {
  const { days = 7, ...rest } = options;
  const made = await createSnapshot(profile, fullSelection(profile), {
    privateJwk: holder.privateJwk,
    now: NOW,
    validity: { days },
    ...rest,
  });
  if (!made.ok) throw new Error(made.reason);
  return `#${made.value.fragment}`;
}

/** A fresh reader with the page clock at `time`, as the recipient's browser would be. */
async function reader(
  time: Date,
  options: { locale?: string; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'sv-SE',
    timezoneId: 'UTC',
    viewport: { width: options.width ?? 390, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install({ time });
  return { context, page, errors };
}

const card = (page: Page) => page.getByTestId('verification');
const cvText = (page: Page) => page.locator('article.cv').allInnerTexts();

async function waitForVerdict(page: Page, verdict: 'valid' | string) {
  if (verdict === 'valid') await card(page).waitFor({ timeout: 20_000 });
  else
    await expect
      .poll(() => page.getByTestId('invalid').getAttribute('data-reason'), { timeout: 20_000 })
      .toBe(verdict);
}

/** A one-day link for Amal, opened `before` ms before it ends; valid on screen. */
async function openOneDayLink(before: number) {
  const link = await linkTo(profileOf('Amal'), { days: 1 });
  const expiry = NOW.getTime() + 86_400_000;
  const { context, page } = await reader(new Date(expiry - before));
  await page.goto(`${baseUrl()}${link}`);
  await waitForVerdict(page, 'valid');
  return { context, page, expiry };
}

describe('a verdict that stays true', () => {
  it('verifies again when the link in the address bar changes, and never shows the old verdict with the new link', async () => {
    const first = await linkTo(profileOf('Amal'));
    const second = await linkTo(profileOf('Hodan'));
    const at = first.length - 30;
    const tampered = first.slice(0, at) + (first[at] === 'A' ? 'B' : 'A') + first.slice(at + 1);
    const { context, page, errors } = await reader(NOW);
    await page.goto(`${baseUrl()}${first}`);
    await waitForVerdict(page, 'valid');
    expect((await cvText(page)).join()).toContain('Amal Haddad');

    // Same tab, new fragment: no reload, a new verdict.
    await page.evaluate((hash) => {
      location.hash = hash;
    }, tampered);
    await waitForVerdict(page, 'bad_signature');
    expect(await page.locator('article.cv').count()).toBe(0);
    expect(await card(page).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Amal');

    await page.evaluate((hash) => {
      location.hash = hash;
    }, second);
    await waitForVerdict(page, 'valid');
    await expect.poll(async () => (await cvText(page)).join()).toContain('Hodan Haddad');
    expect(await page.locator('main').innerText()).not.toContain('Amal');

    // Back in history is a change of link too.
    await page.goBack();
    await waitForVerdict(page, 'bad_signature');
    expect(await page.locator('article.cv').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops showing the profile when the link expires while the page is open (page clock)', async () => {
    // Two minutes before the link ends (it works 60 s past its end, for clock differences).
    const { context, page } = await openOneDayLink(120_000);
    // Past the end and its 60 s: the timer that waits for that moment fires.
    await page.clock.runFor(181_000);
    await waitForVerdict(page, 'expired');
    expect(await page.locator('article.cv').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Amal');
    expect(await page.getByTestId('invalid').innerText()).toContain('Länken har slutat fungera');
    await context.close();
  });

  it('checks the clock again when the page becomes visible and before printing, and the printout says when it was checked', async () => {
    const { context, page, expiry } = await openOneDayLink(3_600_000);
    expect(await page.getByTestId('checked-at').innerText()).toContain('08:00');

    // Time passes without any timer running (a phone asleep): printing checks first.
    await page.clock.setSystemTime(new Date(expiry - 1_800_000));
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelector('[data-testid="checked-at"]')?.textContent ?? '';
    });
    expect(printed).toContain('08:30');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('checked-at').isVisible()).toBe(true);
    expect(await page.getByTestId('valid-until').innerText()).toContain('09:00');
    await page.emulateMedia({ media: 'screen' });

    // Past the end: printing shows no profile, at once.
    await page.clock.setSystemTime(new Date(expiry + 61_000));
    const cvBeforePrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('article.cv').length;
    });
    expect(cvBeforePrint).toBe(0);
    await waitForVerdict(page, 'expired');
    await context.close();
  });

  it('checks again when the page becomes visible', async () => {
    const { context, page, expiry } = await openOneDayLink(3_600_000);
    await page.clock.setSystemTime(new Date(expiry + 61_000));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await waitForVerdict(page, 'expired');
    expect(await page.locator('article.cv').count()).toBe(0);
    await context.close();
  });

  it('shows a link made for a moment later once that moment has come', async () => {
    const link = await linkTo(profileOf('Amal'));
    const { context, page } = await reader(new Date(NOW.getTime() - 180_000));
    await page.goto(`${baseUrl()}${link}`);
    await waitForVerdict(page, 'not_yet_valid');
    await page.clock.runFor(150_000);
    await waitForVerdict(page, 'valid');
    expect((await cvText(page)).join()).toContain('Amal Haddad');
    await context.close();
  });
});

describe("the reader's language", () => {
  it('stays the language of the reader’s browser; the one the person suggests is offered', async () => {
    const link = await linkTo(profileOf('Amal'), { lang: 'ar' });
    const { context, page } = await reader(NOW, { locale: 'sv-SE' });
    await page.goto(`${baseUrl()}${link}`);
    await waitForVerdict(page, 'valid');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await card(page).innerText()).toContain('Äkta: oförändrad');
    const offer = page.getByTestId('language-offer');
    expect((await offer.innerText()).replace(/[\u2068\u2069]/g, '')).toContain(
      'Personen föreslår att du läser på arabiska.',
    );
    await offer.getByRole('button', { name: 'Visa på العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await expect.poll(() => card(page).innerText()).toContain('أصلي');
    expect(await page.getByTestId('language-offer').count()).toBe(0);
    await context.close();

    const english = await reader(NOW, { locale: 'en-GB' });
    await english.page.goto(`${baseUrl()}${link}`);
    await waitForVerdict(english.page, 'valid');
    expect(await english.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await english.page.getByTestId('language-offer').innerText()).toContain(
      'The person suggests reading this in Arabic.',
    );
    await english.context.close();
  });
});

describe('any string fits', () => {
  for (const locale of ['sv-SE', 'ar-SA']) {
    it(`keeps the whole verdict on a 320 px screen with long unbroken strings (${locale})`, async () => {
      const long = (char: string, length: number) => char.repeat(length);
      const skill = { id: 's1', label: long('W', 200), level: 3 as const, evidence: long('M', 2000) };
      const link = await linkTo(
        profileOf(long('W', 200), {
          skills: [skill],
          work: [{ id: 'w1', title: long('ش', 200), kind: 'employment', employer: long('M', 200) }],
        }),
        {
          for: long('M', 200),
          endorsements: [await endorse(org.privateJwk, long('W', 200), skill, long('W', 2000))],
        },
      );
      const { context, page } = await reader(NOW, { locale, width: 320 });
      await page.goto(`${baseUrl()}${link}`);
      await waitForVerdict(page, 'valid');
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        outside: [...document.querySelectorAll('body *')]
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0 && (box.left < -1 || box.right > 321)).length,
      }));
      expect(overflow).toEqual({ page: 320, outside: 0 });
      for (const testId of ['holder-fingerprint', 'valid-until', 'checked-at']) {
        const box = await page.getByTestId(testId).boundingBox();
        expect(box, testId).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      }
      await context.close();
    });
  }
});

describe('CV marks', () => {
  it('marks the confirmed entry where it stands, by id, with what the confirmation is worth', async () => {
    const skills = [
      { id: 'bak-1', label: 'Bakning', level: 3 as const },
      { id: 'bak-2', label: 'Bakning', level: 3 as const },
      { id: 'truck', label: 'Truck', level: 2 as const },
      { id: 'svets', label: 'Svetsning', level: 2 as const },
    ];
    const link = await linkTo(profileOf('Amal', { skills }), {
      endorsements: [
        await endorse(org.privateJwk, 'Café Nova', skills[1]!),
        await endorse(org.privateJwk, 'Café Nova', { ...skills[2]!, level: 4 }),
        await endorse(holder.privateJwk, 'Amal själv', skills[3]!),
      ],
    });
    const { context, page } = await reader(NOW);
    await page.goto(`${baseUrl()}${link}`);
    await waitForVerdict(page, 'valid');
    const entries = page.locator('article.cv section[aria-labelledby="cv-skills"] .cv-list > li');
    const marks = await Promise.all(
      (await entries.all()).map(async (entry) =>
        (await entry.getByTestId('endorsement-mark').count()) === 0
          ? null
          : await entry.getByTestId('endorsement-mark').innerText(),
      ),
    );
    expect(marks).toEqual([
      null,
      'En organisation som inte finns på din lista uppger att den bekräftar detta, se 1',
      'Ändrat sedan det bekräftades, se 2',
      'Signerat med personens egen nyckel, ingen bekräftelse, se 3',
    ]);
    const standings = await page
      .locator('.endorsement-list > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-standing')));
    expect(standings).toEqual(['unknown_issuer', 'unknown_issuer', 'self_endorsed']);
    await context.close();
  });
});

describe('author text cannot change what the app says', () => {
  it('the verified card reads the same for hostile and for plain author text; names cannot end their isolation', async () => {
    const hostile: AuthorTexts = {
      givenName: 'Samira\u2069\u202e',
      familyName: 'VALID \u2066',
      about: 'Rad\n\u202eett',
      label: 'Kock\u2069\u202e',
      evidence: '',
      for: '\u2069\u202eArbetsförmedlingen (på din lista)',
      issuerName: 'Café Nova\u2069\u202e',
      statement: 'Bekräftat av Arbetsförmedlingen\u2069\u202e',
    };
    const plain: AuthorTexts = { ...hostile };
    for (const field of Object.keys(plain) as (keyof AuthorTexts)[]) plain[field] = `P-${field}`;
    const texts: string[] = [];
    for (const texts_ of [hostile, plain]) {
      const parts = await decodeShareLink(await hostileSnapshotToken(texts_));
      if (!parts.ok) throw new Error(parts.reason);
      const { context, page } = await reader(HOSTILE_NOW);
      await page.goto(`${baseUrl()}#${await encodeShareLink(parts.value.parts)}`);
      await waitForVerdict(page, 'valid');
      texts.push(await card(page).innerText());
      if (texts_ === hostile) {
        // Every author string stands in its own isolating element, balanced.
        const isolated = await page.locator('main bdi').allTextContents();
        expect(isolated).toContain(balanceDirectionControls(hostile.issuerName));
        for (const text of isolated) expect(text).toBe(balanceDirectionControls(text));
        expect(await page.getByTestId('stated').innerText()).toContain('Arbetsförmedlingen (på din lista)');
      }
      await context.close();
    }
    expect(texts[0]).toBe(texts[1]);
  });
});
