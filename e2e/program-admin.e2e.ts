import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, expectHeading, focused, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson } from './support/browser';
import { startServer, type TestServer } from './support/server';

describe('journey: an admin runs a program day to day', () => {
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

  it('edits cycles, imports a CSV, invites by email, manages members, tokens and password', async () => {
    const admin = person('Runner');
    const mentor = person('Mentor');
    const { context, page } = await newPerson(browser, server.url);
    await signUp(page, admin);
    const programId = await createProgram(page, 'Open Source Mentors', 'Pairs maintainers with newcomers.');

    // Cycles: add, edit, delete (with a confirmation dialog).
    await page.getByRole('link', { name: 'Edit program and cycles' }).click();
    await expectHeading(page, 'Edit Open Source Mentors');
    await page.getByLabel('Program name').fill('Open Source Mentors 2027');
    await page.getByRole('button', { name: 'Save name and description' }).click();
    await page.getByText('Saved.').waitFor();
    await expectHeading(page, 'Edit Open Source Mentors 2027');
    await page.locator('#cycle-new-name').fill('Autumn');
    await page.locator('#cycle-new-enrolmentOpensOn').fill('2027-09-01');
    await page.locator('#cycle-new-matchingStartsOn').fill('2027-08-01');
    await page.locator('#cycle-new-mentoringStartsOn').fill('2027-10-01');
    await page.locator('#cycle-new-closesOn').fill('2028-03-31');
    await page.getByRole('button', { name: 'Add cycle' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    expect(await page.locator('#cycle-new-matchingStartsOn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'program edit with date-order error');
    await page.locator('#cycle-new-matchingStartsOn').fill('2027-09-15');
    await page.getByRole('button', { name: 'Add cycle' }).click();
    await page.getByText('Cycle “Autumn” added.').waitFor();
    await page.getByRole('button', { name: 'Edit Autumn' }).click();
    const editName = page.getByRole('textbox', { name: 'Cycle name' }).first();
    await editName.fill('Autumn 2027');
    await page.getByRole('button', { name: 'Save cycle' }).click();
    await page.getByText('Cycle “Autumn 2027” saved.').waitFor();
    await page.getByRole('button', { name: 'Delete Autumn 2027' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete “Autumn 2027”?' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete cycle dialog');
    await dialog.getByRole('button', { name: 'Delete cycle' }).click();
    await page.getByText('Cycle “Autumn 2027” deleted.').waitFor();
    await expectAccessible(page, 'program edit');

    // Invitations: by email, by CSV, and revoking a link.
    await page.goto(`/programs/${programId}/invite`);
    await expectHeading(page, 'Invite people to Open Source Mentors 2027');
    await page.getByRole('radio', { name: 'Mentor' }).check();
    await page.getByLabel('Email addresses').fill('ada@example.org, grace@example.org\nnot-an-email');
    await page.getByRole('button', { name: 'Send invitations to mentors' }).click();
    await page.getByRole('alert').filter({ hasText: 'This is not an email address: not-an-email' }).waitFor();
    await page.getByLabel('Email addresses').fill('ada@example.org, grace@example.org');
    await page.getByRole('button', { name: 'Send invitations to mentors' }).click();
    await page.getByText('2 invitations sent.').waitFor();

    const csv = 'email,name,role\nlin@example.org,Lin Wei,mentee\nbroken,No Email,mentee\nsam@example.org,Sam Okoro,pilot\n';
    await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and invite' }).click();
    await page.getByText(/1 person imported from people\.csv/).waitFor();
    const errors = page.getByRole('table', { name: /2 rows need fixing/ });
    await errors.waitFor();
    await expectAccessible(page, 'invite after CSV import');

    await page.getByRole('button', { name: 'Create a link for mentors' }).click();
    const link = await page.getByLabel('Invitation link for mentors').inputValue();
    const code = link.split('/').pop() as string;
    await page.getByRole('button', { name: `Revoke mentor link ${code}` }).click();
    await page.getByText('Link revoked. It no longer lets anyone join.').waitFor();

    // Someone joins as a mentor with a fresh link; the admin makes them a mentee, then removes them.
    await page.getByRole('button', { name: 'Create a link for mentors' }).click();
    await expect.poll(() => page.getByLabel('Invitation link for mentors').inputValue()).not.toBe(link);
    const freshLink = await page.getByLabel('Invitation link for mentors').inputValue();
    const m = await newPerson(browser, server.url);
    await m.page.goto(link);
    await m.page.getByRole('alert').filter({ hasText: 'expired or was revoked' }).waitFor();
    await m.page.goto(freshLink);
    await m.page.getByRole('link', { name: 'Create an account' }).click();
    await signUp(m.page, mentor, '');
    await m.page.getByRole('button', { name: 'Join as a mentor' }).click();
    await expectHeading(m.page, 'Open Source Mentors 2027');
    await m.context.close();

    await page.goto(`/programs/${programId}/members`);
    const row = page.getByRole('row').filter({ hasText: mentor.email });
    const results = page.locator('#members-results');
    await expect.poll(() => results.textContent()).toBe('Showing all 2 members.');

    // Filters: search, role and status narrow the table, live in the address, and announce the count.
    const search = page.getByRole('searchbox', { name: 'Search by name or email' });
    await search.fill(mentor.email.slice(0, 12).toUpperCase());
    await expect.poll(() => results.textContent()).toBe('Showing 1 of 2 members.');
    expect(await results.getAttribute('role')).toBe('status');
    expect(new URL(page.url()).searchParams.get('q')).toBe(mentor.email.slice(0, 12).toUpperCase());
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect((await focused(page)).id).toBe('members-search');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    await expect.poll(() => results.textContent()).toBe('No members match these filters.');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'members filtered to nobody');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => results.textContent()).toBe('Showing all 2 members.');
    expect(new URL(page.url()).search).toBe('');
    expect((await focused(page)).id).toBe('members-search');
    // Filters in the address are applied on arrival.
    await page.goto(`/programs/${programId}/members?role=mentor&status=active`);
    await expect.poll(() => results.textContent()).toBe('Showing 1 of 2 members.');
    expect(await page.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('mentor');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('active');
    await row.waitFor();

    // The row actions menu, by keyboard only: Enter opens it on the first item, arrows move, Escape closes.
    const actions = row.getByRole('button', { name: `Actions for ${mentor.name}` });
    await actions.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: `Actions for ${mentor.name}` });
    await menu.waitFor();
    await expect.poll(async () => (await focused(page)).text).toBe('Pause');
    await expectAccessible(page, 'members with actions menu open');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe(await actions.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Make mentee');
    await page.keyboard.press('Enter');
    await page.getByText(`${mentor.name} is now a mentee.`).waitFor();
    // Now a mentee, they no longer match role=mentor: focus goes to the result count, not the page body.
    await expect.poll(() => results.textContent()).toBe('No members match these filters.');
    await expect.poll(async () => (await focused(page)).id).toBe('members-results');

    await page.goto(`/programs/${programId}/members?role=mentee`);
    await actions.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('End');
    expect((await focused(page)).text).toBe('Remove from program…');
    await page.keyboard.press('Enter');
    const removeDialog = page.getByRole('alertdialog', { name: `Remove ${mentor.name}?` });
    await removeDialog.waitFor();
    await removeDialog.getByRole('button', { name: 'Remove from program' }).click();
    await page.getByText(`${mentor.name} was removed from the program.`).waitFor();
    await expect.poll(() => row.count()).toBe(0);

    // The only admin cannot remove themself.
    await page.goto(`/programs/${programId}/members`);
    const me = page.getByRole('row').filter({ hasText: admin.email });
    await me.getByRole('button', { name: `Actions for ${admin.name}` }).click();
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(['Pause', 'Remove from program…']);
    await page.getByRole('menuitem', { name: 'Remove from program…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from program' }).click();
    await page.getByRole('alertdialog').getByText('A program needs at least one admin.', { exact: false }).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expectAccessible(page, 'members after changes');

    // Settings: wrong current password is tied to its field; tokens can be created and revoked.
    await page.goto('/settings');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill('a new and long password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#password-currentPassword-error').waitFor();
    expect(await page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Current password').fill(admin.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
    await page.getByLabel('Token name').fill('Reports script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.locator('#token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(16);
    const status = await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(status.status).toBe(200);
    await page.getByRole('button', { name: 'Revoke Reports script' }).click();
    await page.getByText('Token “Reports script” revoked.').waitFor();
    await expectAccessible(page, 'settings after changes');

    await context.close();
  });
});
