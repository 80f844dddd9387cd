import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgramApi, hours, join, register, saveProfile, type ApiSession } from './support/api';
import { expectHeading, expectNoHorizontalOverflow, person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, logApiFailures, newPerson, snap } from './support/browser';
import { focusedId, tabTo } from './support/keyboard';
import { startMailSink } from './support/mail';
import { startServer, type TestServer } from './support/server';

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
const checkedIn = (page: Page, group: string) =>
  page.evaluate((id) => document.getElementById(id)?.querySelector<HTMLInputElement>('input:checked')?.parentElement?.textContent?.trim() ?? null, group);

/**
 * Moves a confirmed meeting two hours into the past, straight in the embedded database (as the
 * tests' factories write rows): the API rightly refuses to arrange a meeting in the past, and the
 * journey is about what happens after one was held.
 */
function moveMeetingIntoPast(server: TestServer, meetingId: string): void {
  const db = new Database(path.join(server.dataDir, 'meridian.sqlite'));
  try {
    const start = new Date(Date.now() - 2 * 60 * 60_000);
    const end = new Date(start.getTime() + 60 * 60_000);
    const changed = db.prepare('UPDATE meetings SET start_at = ?, end_at = ? WHERE id = ?').run(start.toISOString(), end.toISOString(), meetingId);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}

/**
 * Turns the pair into a quiet one, as if they started 45 days ago and last met 40 days ago,
 * straight in the embedded database like moveMeetingIntoPast: the report lists pairs with no
 * contact for 30 days, and a journey cannot wait a month.
 */
function makePairQuiet(server: TestServer, partnershipId: string, meetingId: string): void {
  const db = new Database(path.join(server.dataDir, 'meridian.sqlite'));
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  try {
    expect(db.prepare('UPDATE partnerships SET started_at = ? WHERE id = ?').run(daysAgo(45), partnershipId).changes).toBe(1);
    expect(db.prepare('UPDATE meetings SET start_at = ?, end_at = ? WHERE id = ?').run(daysAgo(40), daysAgo(40), meetingId).changes).toBe(1);
  } finally {
    db.close();
  }
}

/** A program with a mentee and a mentor in an active partnership, their first meeting confirmed. */
async function seedPairWithMeeting(server: TestServer) {
  const adminPerson = person('Admin');
  const admin = await register(server.url, adminPerson, 'Europe/London');
  const programName = `Bridges ${Date.now().toString(36)}`;
  const programId = await createProgramApi(admin, programName, 'Mentoring across borders.');
  const lina = person('Lina');
  const tomas = person('Tomas');
  const linaApi = await register(server.url, lina, 'Europe/Dublin');
  const tomasApi = await register(server.url, tomas, 'Europe/Lisbon');
  const [tomasId] = await join(admin, programId, 'mentor', [tomasApi]);
  await join(admin, programId, 'mentee', [linaApi]);
  const everyDay = hours('07:00', '21:00', [1, 2, 3, 4, 5, 6, 7]);
  await saveProfile(tomasApi, programId, { timeZone: 'Europe/Lisbon', availability: everyDay, mentor: { capacity: 2 } });
  await saveProfile(linaApi, programId, { timeZone: 'Europe/Dublin', availability: everyDay });
  const { request } = await linaApi.post<{ request: { id: string } }>(`/programs/${programId}/requests`, { mentorId: tomasId, message: 'Hello Tomas, I would like help with moving into product design.' });
  const { partnership } = await tomasApi.post<{ partnership: { id: string } }>(`/requests/${request.id}/accept`);
  const { slots } = await linaApi.get<{ slots: { start: string }[] }>(`/partnerships/${partnership.id}/slots`);
  const start = slots[0]?.start;
  if (!start) throw new Error('no slot to propose');
  const { meeting } = await linaApi.post<{ meeting: { id: string } }>(`/partnerships/${partnership.id}/meetings`, {
    proposals: [{ start, durationMinutes: 60 }],
    channel: 'video',
  });
  await tomasApi.post(`/meetings/${meeting.id}/confirm`, { start });
  return { admin, adminPerson, programId, programName, partnershipId: partnership.id, meetingId: meeting.id, lina, tomas, linaApi, tomasApi };
}

async function openAs(browser: Browser, server: TestServer, api: ApiSession, who: string) {
  const { context, page } = await newPerson(browser, server.url);
  await api.shareWith(context);
  logApiFailures(page, who);
  return { context, page };
}

describe('journey: a fit check after the first meeting, answered by keyboard, read in the program report', () => {
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

  it('the meeting is held, the mentee says “not a good fit”, the admin sees it, offers a new match, later nudges the quiet pair', { timeout: 300_000 }, async () => {
    const seed = await seedPairWithMeeting(server);
    const { programId, lina, tomas } = seed;

    // The meeting took place: the mentee records it, and the fit check goes out by email.
    moveMeetingIntoPast(server, seed.meetingId);
    await seed.linaApi.post(`/meetings/${seed.meetingId}/outcome`, { held: true, minutesSpent: 75 });
    const surveyPath = await mail.waitFor(lina.email, /(\/surveys\/[0-9a-f-]{36})/);
    await mail.waitFor(tomas.email, /\/surveys\/[0-9a-f-]{36}/);

    // The mentee's home page lists the survey waiting for her.
    const m = await openAs(browser, server, seed.linaApi, 'mentee');
    const page = m.page;
    await page.goto('/');
    await expectHeading(page, 'My programs');
    const waiting = page.getByRole('region', { name: 'Surveys waiting for you' });
    await waiting.waitFor();
    const link = waiting.getByRole('link', { name: 'How is it going? (after your first meeting)' });
    expect(await link.getAttribute('href')).toBe(surveyPath);
    expect(await waiting.textContent()).toContain(`About your partnership with ${tomas.name} in ${seed.programName}. Please answer by`);
    await expectAccessible(page, 'home with a survey waiting (mentee)');
    await snap(page, 'surveys-home-mentee');

    // By keyboard: to the survey, then through every question.
    await tabTo(page, `main a[href="${surveyPath}"]`);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'How is it going? (after your first meeting)');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const rating = page.getByRole('group', { name: /How useful was your first meeting\? \(required\)/ });
    expect(await rating.getByRole('radio').count()).toBe(5);
    expect(await rating.textContent()).toContain('1 = not at all, 5 = very much.');
    await expectAccessible(page, 'answer page (mentee)');

    // Sending with nothing chosen: the summary names the required questions and links to them.
    await tabTo(page, 'main button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Answer question 1: it is required.');
    expect(await summary.textContent()).toContain('Answer question 2: it is required.');
    await expectAccessible(page, 'answer page with errors (mentee)');

    // The summary's first link leads to the rating; Tab enters the group, Space picks the focused
    // value (Chromium lands on one end of an unchosen group), and the arrows move to 4.
    await tabTo(page, '.error-summary li:first-child a', { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('answer-answers.0.value');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => checkedIn(page, 'answer-answers.0.value')).toMatch(/^[15] \(/);
    const first = parseInt((await checkedIn(page, 'answer-answers.0.value')) ?? '', 10);
    expect(await rating.textContent()).toContain('5 (very much)');
    for (let i = 0; i < Math.abs(4 - first); i++) await page.keyboard.press(first > 4 ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => checkedIn(page, 'answer-answers.0.value')).toBe('4');
    // Good fit? Tab to the next group, Space picks Yes, the arrow moves to No.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => checkedIn(page, 'answer-answers.1.value')).toBe('Yes');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => checkedIn(page, 'answer-answers.1.value')).toBe('No');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('answer-answers.2.value');
    await page.keyboard.type('We want different things from the partnership.');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Send my answers');
    await page.keyboard.press('Enter');

    // Thanks: focus on it, the answers are private, and the way to a new match.
    await expect.poll(() => focusedId(page)).toBe('answer-thanks-title');
    const thanks = page.getByRole('region', { name: 'Thank you' });
    expect(await thanks.textContent()).toContain(`They are not shown to ${tomas.name}`);
    expect(await thanks.getByRole('link', { name: `End the partnership with ${tomas.name}` }).getAttribute('href')).toBe(`/partnerships/${seed.partnershipId}/ending`);
    expect(await thanks.getByRole('link', { name: 'Find a new mentor' }).getAttribute('href')).toBe(`/programs/${programId}/mentors`);
    await expectAccessible(page, 'thank-you (mentee, not a good fit)');
    await snap(page, 'surveys-thanks-mentee');

    // A second visit: already answered, said plainly.
    await page.goto(surveyPath);
    await page.getByText(/You answered this survey on .+\. Answers cannot be changed\./).waitFor();
    await page.goto('/');
    await expectHeading(page, 'My programs');
    expect(await page.getByRole('region', { name: 'Surveys waiting for you' }).count()).toBe(0);

    // The admin's report: the fit check and its alert, and the answer's rating.
    const a = await openAs(browser, server, seed.admin, 'admin');
    const admin = a.page;
    await admin.goto(`/programs/${programId}`);
    await expectHeading(admin, seed.programName);
    await tabTo(admin, `main a[href="/programs/${programId}/report"]`);
    await admin.keyboard.press('Enter');
    await expectHeading(admin, `Report – ${seed.programName}`);
    const fit = admin.getByRole('region', { name: 'Fit checks and surveys' });
    await fit.waitFor();
    await expect.poll(() => fit.textContent()).toContain('One fit check answered: 0 good fit, 1 not a good fit.');
    const alerts = admin.getByRole('region', { name: /“Not a good fit” answers \(1\)/ });
    const row = alerts.getByRole('row', { name: new RegExp(`${lina.name} with ${tomas.name}`) });
    expect(await row.textContent()).toContain('Mentee');
    const measures = admin.getByRole('region', { name: /Measures per pair by distance class/ });
    const satisfaction = measures.getByRole('row', { name: /Satisfaction \(1–5\)/ });
    expect(await satisfaction.textContent()).toContain('4 (one pair)');
    const goodFit = measures.getByRole('row', { name: /Good fit/ });
    expect(await goodFit.textContent()).toContain('0% (one pair)');
    // Each chart is an image with a name and a finding in words.
    await admin.locator('figure svg[role="img"]').first().waitFor();
    expect(await admin.locator('figure svg[role="img"]').count()).toBe(4);
    expect(await admin.locator('#chart-partnerships-caption').textContent()).toMatch(/^Most pairs are .+ \(1 of 1\)/);
    await expectAccessible(admin, 'report (admin)');
    await snap(admin, 'report-admin-1280');

    // Offer the mentee a new match, by keyboard; the result is announced and the button gives way.
    await tabTo(admin, 'main button[id^="rematch-"]');
    expect(await focusedText(admin)).toBe(`Offer a new match to ${lina.name}`);
    await admin.keyboard.press('Enter');
    await admin.getByRole('status').filter({ hasText: `${lina.name} is offered a new match` }).waitFor();
    await expect.poll(() => row.textContent()).toMatch(/Offered /);
    await expect.poll(() => focusedId(admin)).toMatch(/^offered-/);
    await mail.waitFor(lina.email, /Then ask another mentor/);

    // The fit-check table as CSV, with the filters on screen.
    const csvLink = admin.locator(`a[href="/api/v1/programs/${programId}/report/fit-checks.csv"]`);
    expect(await csvLink.textContent()).toBe('Download CSV of “Not a good fit” answers (1), newest first');
    await csvLink.focus();
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(lina.name);
    expect(csv).toContain(tomas.name);

    // Weeks later the pair has gone quiet: the report lists them, and a nudge by keyboard emails both.
    makePairQuiet(server, seed.partnershipId, seed.meetingId);
    await admin.reload();
    await expectHeading(admin, `Report – ${seed.programName}`);
    const nudgeName = `Nudge ${lina.name} and ${tomas.name}`;
    const quiet = 'section[aria-labelledby="report-stalled-title"] button';
    await admin.locator(quiet).waitFor();
    await tabTo(admin, quiet, { max: 400 });
    expect(await focusedText(admin)).toBe(nudgeName);
    await admin.keyboard.press('Enter');
    await admin.getByRole('status').filter({ hasText: `Nudged ${lina.name} and ${tomas.name}` }).waitFor();
    await expect.poll(() => focusedText(admin)).toBe(`Nudged ${lina.name} and ${tomas.name}`);
    await mail.waitFor(lina.email, /it has been a while since you and/);
    await mail.waitFor(tomas.email, /it has been a while since you and/);
    await expectAccessible(admin, 'report with a quiet pair nudged (admin)');

    // The survey list and the fit check's editor: answered, so its questions are locked.
    await admin.goto(`/programs/${programId}/surveys`);
    await expectHeading(admin, `Surveys – ${seed.programName}`);
    const surveys = admin.getByRole('region', { name: /^\d+ surveys$/ });
    const fitRow = surveys.getByRole('row', { name: /How is it going\?/ });
    expect(await fitRow.textContent()).toContain('After the pair’s first meeting');
    await expectAccessible(admin, 'survey list (admin)');
    // The answers: a summary per question and each response, by the mentee's name.
    await fitRow.getByRole('link', { name: /^1 answer to How is it going/ }).click();
    await expectHeading(admin, `Survey answers – ${seed.programName}`);
    const responses = admin.getByRole('region', { name: /^One response, newest first$/ });
    expect(await responses.textContent()).toContain(lina.name);
    expect(await responses.textContent()).toContain('We want different things from the partnership.');
    await admin.getByText('Mean: 4.').waitFor();
    await expectAccessible(admin, 'survey answers (admin)');
    await admin.goBack();
    await fitRow.getByRole('link', { name: /\(edit\)$/ }).click();
    await expectHeading(admin, `Edit survey – ${seed.programName}`);
    await admin.getByText(/Someone has answered this survey, so its questions are locked/).waitFor();
    await expectAccessible(admin, 'survey editor, locked (admin)');
    await admin.goto(`/programs/${programId}/surveys/new`);
    await expectHeading(admin, `New survey – ${seed.programName}`);
    await expectAccessible(admin, 'survey editor, new (admin)');

    // A new survey by keyboard, with a choice question; the server's rules come back on the fields.
    await admin.locator('#survey-title').fill('Mid-point check');
    await admin.locator('#survey-trigger').selectOption('every-n-weeks');
    await admin.locator('#survey-everyWeeks').fill('6');
    await admin.locator('#survey-questions\\.0\\.prompt').fill('How satisfied are you so far?');
    await admin.locator('#survey-questions\\.0\\.measure').selectOption('satisfaction');
    await admin.getByRole('button', { name: 'Add a question' }).click();
    await expect.poll(() => focusedId(admin)).toBe('survey-questions.1.prompt');
    await admin.keyboard.type('What gets in the way?');
    await admin.locator('#survey-questions\\.1\\.kind').selectOption('single');
    await admin.locator('#survey-questions\\.1\\.options-0').fill('Time zones');
    await admin.locator('#survey-questions\\.1\\.options-1').fill('Workload');
    await admin.getByRole('button', { name: 'Move Question 2 up' }).click();
    await expect.poll(() => focusedText(admin)).toBe('Move Question 1 down');
    await admin.getByRole('button', { name: 'Create the survey' }).click();
    await expectHeading(admin, `Surveys – ${seed.programName}`);
    await admin.getByRole('status').filter({ hasText: 'Survey saved: Mid-point check.' }).waitFor();
    expect(await surveys.getByRole('row', { name: /Mid-point check/ }).textContent()).toContain('Every 6 weeks of a partnership');

    // Right to left at 320 px: the report, the survey list and the mentee's home page.
    await seed.admin.patch('/me', { locale: 'en-XB' });
    await admin.setViewportSize({ width: 320, height: 800 });
    await admin.goto(`/programs/${programId}/report`);
    await expect.poll(() => admin.locator('html').getAttribute('dir')).toBe('rtl');
    await admin.locator('figure svg[role="img"]').first().waitFor();
    await expectAccessible(admin, 'report (admin, en-XB, 320px)');
    await expectNoHorizontalOverflow(admin, 'report (admin, en-XB, 320px)');
    await snap(admin, 'report-admin-rtl-320');
    await admin.goto(`/programs/${programId}/surveys/new`);
    await admin.locator('#survey-title').waitFor();
    await expectAccessible(admin, 'survey editor (admin, en-XB, 320px)');
    await expectNoHorizontalOverflow(admin, 'survey editor (admin, en-XB, 320px)');
    await snap(admin, 'survey-editor-rtl-320');
    await admin.goto(`/programs/${programId}/surveys`);
    await admin.locator('main table').waitFor();
    await expectAccessible(admin, 'survey list (admin, en-XB, 320px)');
    await expectNoHorizontalOverflow(admin, 'survey list (admin, en-XB, 320px)');
    // The mentor has not answered yet: their home page lists the fit check, right to left.
    await seed.tomasApi.patch('/me', { locale: 'en-XB' });
    const t = await openAs(browser, server, seed.tomasApi, 'tomas');
    await t.page.setViewportSize({ width: 320, height: 800 });
    await t.page.goto('/');
    await t.page.locator('.pending-surveys a[href^="/surveys/"]').waitFor();
    await expect.poll(() => t.page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(t.page, 'home page with a waiting survey (mentor, en-XB, 320px)');
    await expectNoHorizontalOverflow(t.page, 'home page (mentor, en-XB, 320px)');
    await t.context.close();
    await seed.linaApi.patch('/me', { locale: 'en-XB' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(surveyPath);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.notice').waitFor();
    await expectAccessible(page, 'answer page, answered (mentee, en-XB, 320px)');
    await expectNoHorizontalOverflow(page, 'answer page (mentee, en-XB, 320px)');

    await a.context.close();
    await m.context.close();
  });
});
