import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson } from './support/browser';
import { startMailSink } from './support/mail';
import { startServer, type TestServer } from './support/server';

describe('journey: password reset by email', () => {
  let server: TestServer;
  let browser: Browser;
  let mail: Awaited<ReturnType<typeof startMailSink>>;

  beforeAll(async () => {
    mail = await startMailSink();
    server = await startServer({ smtpUrl: mail.url });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  it('requests a reset, follows the emailed link, sets a new password and signs in with it', async () => {
    const who = person('Forgetful');
    const newPassword = 'a brand new passphrase 42';
    const { context, page } = await newPerson(browser, server.url);
    await signUp(page, who);
    await expectHeading(page, 'My programs');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in');

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expectHeading(page, 'Reset your password');
    await expectAccessible(page, 'reset request');
    await page.getByLabel('Email address').fill(who.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('status').filter({ hasText: `If an account exists for ${who.email}` }).waitFor();
    await expectAccessible(page, 'reset requested');

    const link = await mail.waitFor(who.email, /(https?:\/\/[^\s"'<>]+\/reset-password\/[A-Za-z0-9_-]+)/);
    expect(new URL(link).origin).toBe(server.url);

    await page.goto(link);
    await expectHeading(page, 'Choose a new password');
    await expectAccessible(page, 'reset confirm');
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expectHeading(page, 'Sign in');
    await page.getByText('Your password has been changed.').waitFor();
    await expectAccessible(page, 'sign in after reset');

    // The old password no longer works, and the error is announced and linked from the summary.
    await page.getByLabel('Email address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email address or password is not right.' }).waitFor();
    await expectAccessible(page, 'sign in with the old password');

    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'My programs');

    // The link works once.
    const again = await newPerson(browser, server.url);
    await again.page.goto(link);
    await again.page.getByLabel('New password').fill('yet another passphrase 7');
    await again.page.getByRole('button', { name: 'Save new password' }).click();
    await again.page.getByRole('alert').filter({ hasText: /not valid|expired/ }).waitFor();
    await again.context.close();

    await context.close();
  });
});
