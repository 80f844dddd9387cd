import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, person, signIn, signUp } from './support/app';
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

  it('lets people who are not signed in switch language; signed-in people keep their setting', async () => {
    const who = person('Switcher');
    const setup = await newPerson(browser, server.url);
    await signUp(setup.page, who);
    await setup.context.close();

    const { context, page } = await newPerson(browser, server.url);
    const html = page.locator('html');
    await page.goto('/signin');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const switcher = page.getByRole('combobox', { name: 'Language' });
    expect(await switcher.inputValue()).toBe('en');
    await switcher.focus();
    await switcher.selectOption({ label: 'English (right-to-left test)' });
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    expect(await html.getAttribute('lang')).toBe('en-XB');
    expect(await page.locator('h1').textContent()).toBe('\u202ESign in\u202C');
    // Focus stays on the switcher, and its options stay readable in the mirrored locale.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language-switcher');
    expect(await page.locator('#language-switcher option').allTextContents()).toEqual([
      'English',
      'English (right-to-left test)',
    ]);
    await expectAccessible(page, 'sign in (rtl via switcher)');

    // Remembered on this device, on other pages and after a reload.
    await page.goto('/signup');
    await page.locator('#signup-name').waitFor();
    expect(await html.getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => localStorage.getItem('meridian.locale'))).toBe('en-XB');

    // A signed-in person's saved language (English here) wins, and there is no switcher.
    await signIn(page, who);
    await page.locator('h1').filter({ hasText: 'My programs' }).waitFor();
    await expect.poll(() => html.getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#language-switcher').count()).toBe(0);

    // Signed out again, the guest choice returns.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#signin-email').waitFor();
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    await page.locator('#language-switcher').selectOption('en');
    await expect.poll(() => html.getAttribute('dir')).toBe('ltr');

    await context.close();
  });
});
