import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, focused, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { startServer, type TestServer } from './support/server';

/** Presses Tab until the focused element's text matches, like a person scanning with the keyboard. */
async function tabTo(page: Page, text: string, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`"${text}" not reached with ${maxPresses} presses of Tab`);
}

describe('journey: keyboard only', () => {
  let server: TestServer;
  let browser: Browser;
  const who = person('Keyboard');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const setup = await newPerson(browser, server.url);
    await signUp(setup.page, who);
    await setup.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in with Tab and Enter; the skip link works and focus lands on each new heading', async () => {
    const { context, page } = await newPerson(browser, server.url);
    await page.goto('/signin');
    await expectHeading(page, 'Sign in');

    // First Tab: the skip link, visible while focused, with a clear focus ring.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to main content' });
    expect(skip.outlineStyle).not.toBe('none');
    expect(skip.outlineWidth).toBeGreaterThanOrEqual(2);
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    // Enter jumps to <main>; the next Tab is the first field of the form, past the header.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
    await page.keyboard.press('Tab');
    await snap(page, 'signin-focus-1280');
    const email = await focused(page);
    expect(email.id).toBe('signin-email');
    expect(email.outlineWidth).toBeGreaterThanOrEqual(2);
    await page.keyboard.type(who.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('signin-password');
    await page.keyboard.type(who.password);
    await page.keyboard.press('Enter');

    // After navigation, focus is on the new page's heading and the title says where we are.
    await expectHeading(page, 'My programs');
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    expect((await focused(page)).text).toBe('My programs');
    expect(await page.title()).toBe('My programs – Meridian');
    await expectAccessible(page, 'my programs (keyboard)');

    // Keyboard on: follow a link with Enter, then submit an empty form and meet the error summary.
    await tabTo(page, 'Create a program');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Create a program');
    await expect.poll(async () => (await focused(page)).text).toBe('Create a program');
    expect((await focused(page)).tag).toBe('h1');
    await tabTo(page, 'Create program');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    const nameField = page.locator('#new-program-name');
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await nameField.getAttribute('aria-describedby')).toContain('new-program-name-error');
    await expectAccessible(page, 'new program with errors');
    await snap(page, 'new-program-errors-1280');

    // The summary's link takes focus to the field in question.
    await summary.getByRole('link', { name: 'Enter a name for the program.' }).focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('new-program-name');

    await context.close();
  });
});
