import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { startServer, type TestServer } from './support/server';

describe('journey: an admin invites a mentee by link and sees them join', () => {
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

  it('signs up, creates a program, shares a link; a second person joins; the admin sees them', async () => {
    const admin = person('Admin');
    const mentee = person('Mentee');
    const programName = `Women in Data ${Date.now().toString(36)}`;

    // The admin signs up.
    const a = await newPerson(browser, server.url);
    await a.page.goto('/signup');
    await expectHeading(a.page, 'Create your account');
    await expectAccessible(a.page, 'sign up');
    await snap(a.page, 'signup-1280');
    await signUp(a.page, admin, '');
    await expectHeading(a.page, 'My programs');
    await expectAccessible(a.page, 'my programs (empty)');

    // Creates a program.
    await a.page.getByRole('link', { name: 'Create a program' }).click();
    await expectHeading(a.page, 'Create a program');
    await expectAccessible(a.page, 'new program');
    await a.page.getByLabel('Program name').fill(programName);
    await a.page.getByLabel('Description').fill('Six months of mentoring for early-career data people.');
    await a.page.getByRole('button', { name: 'Create program' }).click();
    await expectHeading(a.page, programName);
    await expectAccessible(a.page, 'program home (admin)');
    await snap(a.page, 'program-home-admin-1280');

    // Creates an invitation link for mentees and copies it from the field that shows it.
    await a.page.getByRole('link', { name: 'Invite people' }).click();
    await expectHeading(a.page, `Invite people to ${programName}`);
    await expectAccessible(a.page, 'invite');
    await a.page.getByRole('radio', { name: 'Mentee' }).check();
    await a.page.getByRole('button', { name: /Create a link for mentees/i }).click();
    const linkField = a.page.getByLabel(/Invitation link for mentees/i);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/\S+$/);
    await a.page.getByRole('button', { name: 'Copy' }).click();
    await a.page.getByText(/Copied to the clipboard|Could not copy/).waitFor();
    await expectAccessible(a.page, 'invite with link shown');
    await snap(a.page, 'invite-1280');

    // A second person opens the link in their own browser, signs up, and joins.
    const m = await newPerson(browser, server.url, { timezoneId: 'Asia/Tokyo', locale: 'en-US' });
    await m.page.goto(link);
    await expectHeading(m.page, `Join ${programName}`);
    await m.page.getByText(/invited to join .* as a mentee/).waitFor();
    await expectAccessible(m.page, 'join (signed out)');
    await m.page.getByRole('link', { name: 'Create an account' }).click();
    await expectHeading(m.page, 'Create your account');
    await expectAccessible(m.page, 'sign up (from invitation)');
    await signUp(m.page, mentee, '');
    await expectHeading(m.page, `Join ${programName}`);
    expect(new URL(m.page.url()).pathname).toBe(new URL(link).pathname);
    await expectAccessible(m.page, 'join (signed in)');
    await m.page.getByRole('button', { name: 'Join as a mentee' }).click();
    await expectHeading(m.page, programName);
    await m.page.getByRole('heading', { level: 2, name: 'What’s next' }).waitFor();
    await expectAccessible(m.page, 'program home (mentee)');
    await snap(m.page, 'program-home-mentee-1280');

    // The admin's members page lists them, with their local time beside the zone.
    await a.page.goto(new URL(a.page.url()).pathname.replace(/\/invite$/, '/members'));
    await expectHeading(a.page, `Members of ${programName}`);
    const row = a.page.getByRole('row').filter({ hasText: mentee.email });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(mentee.name);
    expect(await row.textContent()).toContain('Mentee');
    expect(await row.textContent()).toContain('Asia/Tokyo');
    await expectAccessible(a.page, 'members');
    await snap(a.page, 'members-1280');

    // Pause them, then open and cancel the remove dialog (checked by axe while open).
    const actions = row.getByRole('button', { name: `Actions for ${mentee.name}` });
    await actions.click();
    await a.page.getByRole('menuitem', { name: 'Pause' }).click();
    await a.page.getByText(`${mentee.name} is paused.`).waitFor();
    await expect.poll(() => row.textContent()).toContain('Paused');
    await actions.click();
    await a.page.getByRole('menuitem', { name: 'Remove from program…' }).click();
    const dialog = a.page.getByRole('alertdialog', { name: `Remove ${mentee.name}?` });
    await dialog.waitFor();
    await expectAccessible(a.page, 'members with remove dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.count()).toBe(1);
    // Cancelling gives focus back to the button that opened the menu.
    await expect.poll(() => a.page.evaluate(() => document.activeElement?.id)).toBe(await actions.getAttribute('id'));

    await a.context.close();
    await m.context.close();
  });
});
