import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityId, createProgramApi, hours, join, register, saveProfile, type ApiSession } from './support/api';
import { expectHeading, person, type Person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { expectAllReachableByTab, tabTo } from './support/keyboard';
import { startServer, type TestServer } from './support/server';

/** Proposed pairs in the draft table, as "mentee → mentor" (names from the row header and first cell). */
async function proposedPairs(page: Page): Promise<string[]> {
  const rows = page.locator('.pairs-table tbody tr:not(.pairs-table__reasons)');
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const mentee = (await row.locator('th').evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    const mentor = (await row.locator('td').first().evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    out.push(`${mentee} → ${mentor}`);
  }
  return out;
}

describe('journey: an admin matches the cohort', () => {
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

  it('sets weights, runs, pins and forbids, runs again and publishes; the partnerships appear', { timeout: 240_000 }, async () => {
    const adminPerson = person('Admin');
    const admin = await register(server.url, adminPerson, 'America/New_York');
    const programId = await createProgramApi(admin, 'Cohort Matching', 'Three mentors, three mentees.');
    await admin.put(`/programs/${programId}/topics`, { topics: ['Backend', 'Frontend', 'Data'] });

    const mentorPeople: Person[] = [person('Mentor Backend'), person('Mentor Frontend'), person('Mentor Data')];
    const menteePeople: Person[] = [person('Mentee Backend'), person('Mentee Frontend'), person('Mentee Data')];
    const mentors: ApiSession[] = [];
    for (const p of mentorPeople) mentors.push(await register(server.url, p, 'Europe/London'));
    const mentees: ApiSession[] = [];
    for (const p of menteePeople) mentees.push(await register(server.url, p, 'Africa/Lagos'));
    await join(admin, programId, 'mentor', mentors);
    await join(admin, programId, 'mentee', mentees);
    const london = await cityId(admin, 'London', 'GB');
    const lagos = await cityId(admin, 'Lagos', 'NG');
    const topics = ['Backend', 'Frontend', 'Data'];
    for (const [i, session] of mentors.entries()) {
      await saveProfile(session, programId, {
        headline: `${topics[i]} mentor`,
        topics: [topics[i]!],
        languages: ['en'],
        cityId: london,
        availability: hours('09:00', '17:00'),
        mentor: { capacity: 1 },
      });
    }
    for (const [i, session] of mentees.entries()) {
      await saveProfile(session, programId, {
        topics: [topics[i]!],
        languages: ['en'],
        cityId: lagos,
        availability: hours('10:00', '16:00'),
      });
    }
    const [mentorBackend, mentorFrontend] = mentorPeople as [Person, Person, Person];
    const [menteeBackend, menteeFrontend] = menteePeople as [Person, Person, Person];

    // The admin opens matching from the program page.
    const { context, page } = await newPerson(browser, server.url, { timezoneId: 'America/New_York' });
    await admin.shareWith(context);
    await page.goto(`/programs/${programId}`);
    await expectHeading(page, 'Cohort Matching');
    await page.getByRole('link', { name: 'Matching' }).click();
    await expectHeading(page, 'Matching in Cohort Matching');
    await page.getByText('No runs yet.').waitFor();
    await expectAccessible(page, 'matching (no runs)');
    await expectAllReachableByTab(page, 'matching (no runs)');

    // Weights by keyboard: topics count for more; each weight shows its share of the score.
    await tabTo(page, '#settings-topics');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('60');
    await page.locator('#settings-topics-share').filter({ hasText: '48% of the score' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Matching settings saved.' }).waitFor();
    const { settings } = await admin.get<{ settings: { weights: { topics: number } } }>(`/programs/${programId}/matching-settings`);
    expect(settings.weights.topics).toBe(60);

    // A run aiming for the most people matched; its progress is polled until the draft is ready.
    await tabTo(page, 'input[name="run-mode"]:checked', { backwards: true });
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /Most people matched/ }).isChecked()).toBe(true);
    await tabTo(page, '#start-title ~ form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'The draft is ready: 3 pairs proposed, nobody left unmatched.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('run-title');
    const first = await proposedPairs(page);
    expect(first.sort()).toEqual(menteePeople.map((m, i) => `${m.name} → ${mentorPeople[i]!.name}`).sort());
    await expectAccessible(page, 'matching (draft)');
    await snap(page, 'matching-draft-1280');

    // Each pair's reasons open in a row below it.
    const reasonsButton = page.getByRole('button', { name: `Reasons for ${menteeBackend.name} with ${mentorBackend.name}` });
    await reasonsButton.focus();
    await page.keyboard.press('Enter');
    expect(await reasonsButton.getAttribute('aria-expanded')).toBe('true');
    const reasonsRow = page.locator(`[id="${await reasonsButton.getAttribute('aria-controls')}"]`);
    await reasonsRow.getByText('Both speak English').waitFor();
    await expectAllReachableByTab(page, 'matching (draft, reasons open)');

    // Pin the backend pair; forbid the frontend one. Both show in the list of rules.
    await page.getByRole('button', { name: `Pin ${menteeBackend.name} with ${mentorBackend.name}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${menteeBackend.name} with ${mentorBackend.name} is pinned for the next runs.`).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Unpin ${menteeBackend.name} with ${mentorBackend.name}`);
    await page.getByRole('button', { name: `Forbid ${menteeFrontend.name} with ${mentorFrontend.name}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${menteeFrontend.name} with ${mentorFrontend.name} is forbidden in the next runs.`).waitFor();
    await expect.poll(() => page.locator('.constraint').allTextContents()).toEqual([
      expect.stringMatching(/^(Pinned|Forbidden)/),
      expect.stringMatching(/^(Pinned|Forbidden)/),
    ]);
    expect((await page.locator('.constraint-list').textContent()) ?? '').toMatch(/Pinned.*Forbidden|Forbidden.*Pinned/);
    await expectAccessible(page, 'matching (draft with rules)');
    await snap(page, 'matching-rules-1280');

    // Run again: the pin holds, the forbidden pair is gone.
    await tabTo(page, '.run__actions button.button--secondary');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^The draft is ready: \d pairs? proposed/ }).waitFor();
    const second = await proposedPairs(page);
    expect(second).toContain(`${menteeBackend.name} → ${mentorBackend.name}`);
    expect(second).not.toContain(`${menteeFrontend.name} → ${mentorFrontend.name}`);
    const pinnedRow = page.locator('.pairs-table tbody tr').filter({ hasText: menteeBackend.name }).first();
    await pinnedRow.getByText('Pinned', { exact: true }).waitFor();
    await page.getByRole('table', { name: /2 runs, newest first/ }).waitFor();
    await expectAllReachableByTab(page, 'matching (second draft)');

    // Publish, after a confirmation dialog (checked by axe while open).
    await page.getByRole('button', { name: 'Publish…' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Publish this draft?' });
    await confirm.waitFor();
    await expectAccessible(page, 'publish dialog');
    await confirm.getByRole('button', { name: `Publish ${second.length} partnerships` }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `Published: ${second.length} partnerships created.` }).waitFor();
    const runsTable = page.getByRole('table', { name: /2 runs, newest first/ });
    await expect.poll(() => runsTable.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Published'),
      expect.stringContaining('Replaced'),
    ]);
    expect(await page.getByRole('button', { name: 'Publish…' }).count()).toBe(0);
    await expectAccessible(page, 'matching (published)');
    await snap(page, 'matching-published-1280');

    // The partnerships are there for the people matched.
    const { partnerships } = await mentees[0]!.get<{ partnerships: { mentor: { name: string }; source: string }[] }>('/partnerships');
    expect(partnerships).toEqual([expect.objectContaining({ mentor: expect.objectContaining({ name: mentorBackend.name }), source: 'matching-run' })]);
    const m = await newPerson(browser, server.url);
    await mentees[0]!.shareWith(m.context);
    await m.page.goto(`/programs/${programId}`);
    await m.page.getByRole('article', { name: mentorBackend.name }).getByText('Your mentor').waitFor();
    await expectAccessible(m.page, 'program home (matched mentee)');

    await m.context.close();
    await context.close();
  });
});
