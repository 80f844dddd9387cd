import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createProgram, expectHeading, expectNoHorizontalOverflow, person, signUp } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { startServer, type TestServer } from './support/server';

async function check(page: Page, label: string): Promise<void> {
  await expectNoHorizontalOverflow(page, label);
  await expectAccessible(page, label);
  await snap(page, `${label.replace(/\W+/g, '-')}-320`);
}

describe('journey: a 320px wide screen', () => {
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

  it('never scrolls sideways on the main pages', async () => {
    const { context, page } = await newPerson(browser, server.url, { viewport: { width: 320, height: 640 } });

    for (const [path, title] of [
      ['/signin', 'Sign in'],
      ['/signup', 'Create your account'],
      ['/reset-password', 'Reset your password'],
      ['/no-such-page', 'Page not found'],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, title);
      await check(page, title);
    }

    await signUp(page, person('Narrow'));
    await expectHeading(page, 'My programs');
    await check(page, 'my programs empty');

    const programId = await createProgram(
      page,
      'Engineering leadership circle with a rather long name',
      'Mentoring for new engineering managers across Europe, Africa and the Americas.',
    );
    await check(page, 'program home');

    await page.goto(`/programs/${programId}/edit`);
    await expectHeading(page, /^Edit /);
    await page.locator('#cycle-new-name').fill('Spring 2027');
    await page.locator('#cycle-new-enrolmentOpensOn').fill('2027-02-01');
    await page.locator('#cycle-new-matchingStartsOn').fill('2027-03-01');
    await page.locator('#cycle-new-mentoringStartsOn').fill('2027-03-15');
    await page.locator('#cycle-new-closesOn').fill('2027-09-30');
    await page.getByRole('button', { name: 'Add cycle' }).click();
    await page.getByText('Cycle “Spring 2027” added.').waitFor();
    await check(page, 'program edit');

    await page.goto(`/programs/${programId}/invite`);
    await expectHeading(page, /^Invite people to /);
    await page.getByRole('button', { name: /Create a link for mentees/ }).click();
    await page.locator('#invite-link-url').waitFor();
    await check(page, 'invite');

    await page.goto(`/programs/${programId}/members`);
    await expectHeading(page, /^Members of /);
    await page.getByRole('table').waitFor();
    await check(page, 'members');

    await page.goto(`/programs/${programId}`);
    await page.getByText('Spring 2027').first().waitFor();
    await check(page, 'program home with cycle');

    await page.goto('/');
    await page.getByRole('link', { name: /Engineering leadership circle/ }).waitFor();
    await check(page, 'my programs');

    await page.goto('/settings');
    await expectHeading(page, 'Settings');
    await page.getByLabel('Token name').fill('Calendar sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('#token-secret').waitFor();
    await check(page, 'settings');

    await context.close();
  });
});
