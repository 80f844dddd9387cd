import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { startServer, type TestServer } from './support/server';

const narrow = { width: 320, height: 800 };

describe('journey: right-to-left with the en-XB pseudo-locale', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('mirrors the layout, keeps it within 320px, and remembers the choice as a setting', async () => {
    const { context, page } = await newPerson(browser, server.url, { viewport: narrow });
    const html = page.locator('html');

    await page.goto('/signup?locale=en-XB');
    await page.locator('h1').waitFor();
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    expect(await html.getAttribute('lang')).toBe('en-XB');
    // Pseudo-localised text: the English wrapped in a right-to-left override.
    expect(await page.locator('h1').textContent()).toBe('\u202ECreate your account\u202C');
    await expectNoHorizontalOverflow(page, 'sign up (rtl)');
    await expectAccessible(page, 'sign up (rtl)');
    await snap(page, 'signup-rtl-320');

    // Signing up under en-XB stores it as the person's language.
    await signUp(page, person('Rtl'), '');
    await page.locator('h1').filter({ hasText: 'My programs' }).waitFor();
    expect(await html.getAttribute('dir')).toBe('rtl');
    await expectNoHorizontalOverflow(page, 'my programs (rtl)');
    await expectAccessible(page, 'my programs (rtl)');

    await page.goto('/programs/new');
    await page.locator('#new-program-name').fill('Mentoring across borders');
    await page.locator('#new-program-description').fill('A program to check right-to-left layout.');
    await page.locator('form button[type="submit"]').click();
    await page.locator('h1').filter({ hasText: 'Mentoring across borders' }).waitFor();
    await expectNoHorizontalOverflow(page, 'program home (rtl)');
    await expectAccessible(page, 'program home (rtl)');
    await snap(page, 'program-home-rtl-320');

    await page.goto(new URL(page.url()).pathname + '/invite');
    await page.locator('#invite-emails-emails').waitFor();
    await expectNoHorizontalOverflow(page, 'invite (rtl)');

    await page.goto('/settings');
    await page.locator('#profile-locale').waitFor();
    expect(await page.locator('#profile-locale').inputValue()).toBe('en-XB');
    await expectNoHorizontalOverflow(page, 'settings (rtl)');
    await expectAccessible(page, 'settings (rtl)');
    await snap(page, 'settings-rtl-320');

    // Wide: the header mirrors (brand on the right, menu on the left).
    await page.setViewportSize({ width: 1280, height: 900 });
    const brand = await page.locator('.brand').boundingBox();
    const nav = await page.locator('.site-nav').boundingBox();
    expect(brand && nav && brand.x > nav.x).toBe(true);
    await snap(page, 'settings-rtl-1280');

    // Switching back to English in settings turns the page left-to-right again.
    await page.locator('#profile-locale').selectOption('en');
    await page.locator('#profile-name').press('Enter');
    await expect.poll(() => html.getAttribute('dir')).toBe('ltr');
    expect(await html.getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    await context.close();
  });
});
