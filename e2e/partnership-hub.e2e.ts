import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgramApi, hours, join, register, saveProfile, type ApiSession } from './support/api';
import { expectHeading, expectNoHorizontalOverflow, person, type Person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, logApiFailures, newPerson, snap } from './support/browser';
import { focusedId, tabTo } from './support/keyboard';
import { startServer, type TestServer } from './support/server';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const hubNav = (page: Page) => page.getByRole('navigation', { name: 'Partnership' });

/** The hub's sections: the link's name, its address under the hub, and the heading focus moves to. */
const sections = [
  { name: 'Messages', path: '', heading: 'messages-title' },
  { name: 'Meetings', path: '/meetings', heading: 'upcoming-title' },
  { name: 'Agreement and goals', path: '/goals', heading: 'agreement-title' },
  { name: 'Notes', path: '/notes', heading: 'notes-title' },
  { name: 'Files', path: '/files', heading: 'files-title' },
  { name: 'Time log', path: '/time', heading: 'time-log-title' },
  { name: 'End partnership', path: '/ending', heading: 'ending-title' },
] as const;
type SectionName = (typeof sections)[number]['name'];

/** Follows a section link by keyboard (Tab to it, Enter) and waits for focus on the section's heading. */
async function openSection(page: Page, partnershipId: string, name: SectionName): Promise<void> {
  const section = sections.find((s) => s.name === name)!;
  const href = `/partnerships/${partnershipId}${section.path}`;
  await page.locator(`nav a[href="${href}"]`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe(section.heading);
  expect(await hubNav(page).locator(`a[href="${href}"]`).getAttribute('aria-current')).toBe('page');
}

/** A mentee and a mentor in one program, matched by request; both signed in over the API. */
async function seedPair(server: TestServer, programName: string) {
  const admin = await register(server.url, person('Admin'), 'Europe/London');
  const programId = await createProgramApi(admin, programName, 'Working together.');
  const maya = person('Maya');
  const omar = person('Omar');
  const mayaApi = await register(server.url, maya, 'Europe/Lisbon');
  const omarApi = await register(server.url, omar, 'Asia/Karachi');
  const [omarId] = await join(admin, programId, 'mentor', [omarApi]);
  await join(admin, programId, 'mentee', [mayaApi]);
  await saveProfile(omarApi, programId, { timeZone: 'Asia/Karachi', availability: hours('13:00', '20:00'), mentor: { capacity: 2 } });
  await saveProfile(mayaApi, programId, { timeZone: 'Europe/Lisbon', availability: hours('09:00', '16:00') });
  const { request } = await mayaApi.post<{ request: { id: string } }>(`/programs/${programId}/requests`, { mentorId: omarId, message: 'Hello Omar, I would like help with my career change.' });
  const { partnership } = await omarApi.post<{ partnership: { id: string } }>(`/requests/${request.id}/accept`);
  return { programId, partnershipId: partnership.id, maya, omar, mayaApi, omarApi };
}

async function openHub(browser: Browser, server: TestServer, api: ApiSession, who: Person, zone: string, partnershipId: string, title: string) {
  const { context, page } = await newPerson(browser, server.url, { timezoneId: zone });
  await api.shareWith(context);
  logApiFailures(page, who.name);
  await page.goto(`/partnerships/${partnershipId}`);
  await expectHeading(page, title);
  // The real-time stream is open (what arrives from now on shows without a reload).
  await page.locator('#hub-announcer[data-stream="open"]').waitFor({ state: 'attached' });
  return { context, page };
}

describe('journey: the partnership hub, with two people signed in at once', () => {
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

  it('messages arrive live and are announced; a file is shared and downloaded; the agreement, a goal and time', { timeout: 300_000 }, async () => {
    const { partnershipId, maya, omar, mayaApi, omarApi } = await seedPair(server, 'Career Bridges');
    const title = `${maya.name} and ${omar.name}`;
    const m = await openHub(browser, server, mayaApi, maya, 'Europe/Lisbon', partnershipId, title);
    const o = await openHub(browser, server, omarApi, omar, 'Asia/Karachi', partnershipId, title);
    const page = m.page;
    const spage = o.page;

    // The hub opens on the conversation: the in-page navigation names the current section.
    expect(await page.title()).toBe(`Messages · ${title} – Meridian`);
    expect(await hubNav(page).getByRole('link', { name: 'Messages' }).getAttribute('aria-current')).toBe('page');
    await page.getByText(`No messages yet. Say hello to ${omar.name}.`).waitFor();
    await expectAccessible(page, 'hub messages (mentee, empty)');

    // Omar is about to write; focus is in his composer, and it must stay there whatever arrives.
    await tabTo(spage, '#message-compose');

    // Maya writes by keyboard: Enter is a new line, Ctrl+Enter sends.
    await tabTo(page, '#message-compose');
    await page.keyboard.type('Hello Omar,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('could we talk about my CV this week?');
    expect(await page.locator('#message-compose').inputValue()).toBe('Hello Omar,\ncould we talk about my CV this week?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Message sent.' }).waitFor();
    expect(await page.locator('#message-compose').inputValue()).toBe('');
    expect(await focusedId(page)).toBe('message-compose');
    const mine = page.locator('.message--mine').filter({ hasText: 'could we talk about my CV this week?' });
    await mine.waitFor();
    expect(await mine.locator('.message__author').textContent()).toBe('You');

    // It reaches Omar's open page without a reload, is announced politely, and his focus stays put.
    const arrived = spage.locator('.message--theirs').filter({ hasText: 'could we talk about my CV this week?' });
    await arrived.waitFor();
    expect(await arrived.locator('.message__author').textContent()).toBe(maya.name);
    await expect.poll(() => spage.locator('#hub-announcer').textContent()).toBe(`New message from ${maya.name}: Hello Omar,\ncould we talk about my CV this week?`);
    expect(await spage.locator('#hub-announcer').getAttribute('aria-live')).toBe('polite');
    expect(await focusedId(spage)).toBe('message-compose');
    await expectAccessible(spage, 'hub messages (mentor, one message)');

    // Omar replies by keyboard with the Send button; Maya's page shows it live and announces it.
    await spage.keyboard.type('Of course. Send me your CV and I will read it before we talk.');
    await tabTo(spage, '.composer button[type="submit"]');
    expect(await focusedText(spage)).toBe('Send');
    await spage.keyboard.press('Enter');
    await spage.getByRole('status').filter({ hasText: 'Message sent.' }).waitFor();
    await page.locator('.message--theirs').filter({ hasText: 'Send me your CV' }).waitFor();
    await expect.poll(() => page.locator('#hub-announcer').textContent()).toBe(
      `New message from ${omar.name}: Of course. Send me your CV and I will read it before we talk.`,
    );
    expect(await focusedId(page)).toBe('message-compose');

    // Maya corrects her message within the edit window; Omar sees the new words, marked edited.
    await tabTo(page, '.message--mine button[id$="-edit-button"]', { backwards: true });
    expect(await focusedText(page)).toMatch(/^Edit your message from /);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toMatch(/^message-.+-edit$/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hello Omar, could we talk about my CV on Thursday?');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => focusedText(page)).toMatch(/^Edit your message from /);
    const edited = spage.locator('.message--theirs').filter({ hasText: 'on Thursday?' });
    await edited.waitFor();
    expect(await edited.locator('.message__edited').textContent()).toContain('(edited)');
    await snap(spage, 'hub-messages-mentor-1280');

    // Files, by keyboard: choose the file from the file input, then Upload.
    await openSection(page, partnershipId, 'Files');
    expect(await page.title()).toBe(`Files · ${title} – Meridian`);
    await page.getByText('No files shared yet.').waitFor();
    const bytes = Buffer.from(`My CV notes\n\n- Five years in logistics\n- Learning data analysis (${Date.now()})\n`, 'utf8');
    await tabTo(page, '#file-upload');
    // Space on the focused file input opens the chooser; headless Chromium now and then drops the
    // first key press right after focus moves, so the same keyboard step may be tried again.
    const openChooser = async () => (await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press('Space')]))[0];
    const chooser = await openChooser().catch(async () => {
      await page.locator('#file-upload').focus();
      return openChooser();
    });
    await chooser.setFiles({ name: 'cv-notes.txt', mimeType: 'text/plain', buffer: bytes });
    await tabTo(page, '.upload-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `cv-notes.txt is uploaded. ${omar.name} can open it now.` }).waitFor();
    const card = page.locator('.file-card').filter({ hasText: 'cv-notes.txt' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Plain text');
    expect(await card.textContent()).toContain('You');
    await expectAccessible(page, 'hub files (mentee, one file)');
    await snap(page, 'hub-files-mentee-1280');

    // While Maya is on Files, Omar writes again: the Messages link counts it, and it is announced.
    await tabTo(spage, '#message-compose', { backwards: true });
    await page.evaluate(() => document.activeElement?.setAttribute('data-focus-before', ''));
    await spage.keyboard.type('Got it, thank you!');
    await spage.keyboard.press('Control+Enter');
    await hubNav(page).getByRole('link', { name: 'Messages 1 unread' }).waitFor();
    await expect.poll(() => page.locator('#hub-announcer').textContent()).toBe(`New message from ${omar.name}: Got it, thank you!`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-focus-before') ?? false)).toBe(true);

    // Omar opens Files, sees Maya's file and downloads it by keyboard: the bytes are hers.
    await openSection(spage, partnershipId, 'Files');
    const theirs = spage.locator('.file-card').filter({ hasText: 'cv-notes.txt' });
    await theirs.waitFor();
    expect(await theirs.textContent()).toContain(maya.name);
    await theirs.getByRole('link', { name: 'Download cv-notes.txt' }).focus();
    const [download] = await Promise.all([spage.waitForEvent('download'), spage.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('cv-notes.txt');
    expect(readFileSync(await download.path())).toEqual(bytes);
    // Only its uploader may share or delete it.
    expect(await theirs.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    await expectAccessible(spage, 'hub files (mentor)');

    // Back on Messages, what Omar wrote is read and the count goes.
    await openSection(page, partnershipId, 'Messages');
    await page.locator('.message--theirs').filter({ hasText: 'Got it, thank you!' }).waitFor();
    await hubNav(page).getByRole('link', { name: 'Messages', exact: true }).waitFor();
    await expect.poll(async () => (await mayaApi.get<{ total: number }>('/conversations/unread')).total).toBe(0);

    // The agreement: Maya drafts it by keyboard and confirms it; then Omar confirms it.
    await openSection(page, partnershipId, 'Agreement and goals');
    await page.getByText('There is no agreement yet.', { exact: false }).waitFor();
    await tabTo(page, '#agreement-edit');
    expect(await focusedText(page)).toBe('Draft the agreement');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('agreement-goals');
    await page.keyboard.type('Move from logistics into data analysis within a year.');
    await page.locator('#agreement-meetingFrequency').selectOption('weekly');
    await tabTo(page, '.agreement-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^Version 1 saved\./ }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('agreement-current-title');
    await page.getByText(`Waiting for you and ${omar.name} to confirm it.`).waitFor();
    await expectAccessible(page, 'hub goals (mentee, version 1 drafted)');
    await tabTo(page, 'button.button--primary');
    expect(await focusedText(page)).toBe('Confirm version 1');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Confirmed. ${omar.name} is asked to confirm it too.` }).waitFor();
    await page.getByText(`Waiting for ${omar.name} to confirm it.`).waitFor();

    await openSection(spage, partnershipId, 'Agreement and goals');
    await spage.getByText('Waiting for you to confirm it.').waitFor();
    expect(await spage.locator('.agreement').textContent()).toContain('Move from logistics into data analysis within a year.');
    expect(await spage.locator('.agreement').textContent()).toContain('Every week');
    await expectAccessible(spage, 'hub goals (mentor, to confirm)');
    await tabTo(spage, 'button.button--primary');
    expect(await focusedText(spage)).toBe('Confirm version 1');
    await spage.keyboard.press('Enter');
    await spage.getByRole('status').filter({ hasText: `Confirmed. You and ${maya.name} have both agreed to this version.` }).waitFor();
    await spage.getByText(/^Agreed by both of you on /).waitFor();
    const agreement = await mayaApi.get<{ agreed: { version: number } | null; awaiting: string[] }>(`/partnerships/${partnershipId}/agreement`);
    expect(agreement.agreed?.version).toBe(1);
    expect(agreement.awaiting).toEqual([]);

    // A goal, by keyboard, with a milestone; and an action item for Omar.
    await tabTo(page, '#goal-title');
    await page.keyboard.type('Finish a data analysis course');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Goal added: Finish a data analysis course.' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Finish a data analysis course');
    const goal = page.locator('article.goal').filter({ hasText: 'Finish a data analysis course' });
    expect(await goal.textContent()).toContain('Not started');
    await tabTo(page, 'article.goal input[id$="-milestone"]');
    await page.keyboard.type('Choose a course');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Milestone added to Finish a data analysis course: Choose a course.' }).waitFor();
    await goal.getByRole('checkbox', { name: 'Choose a course' }).check();
    await goal.getByText('1 of 1 milestones done').waitFor();
    await page.locator('#action-item-text').fill('Read Maya’s CV');
    await page.getByRole('radio', { name: omar.name }).check();
    await page.getByRole('button', { name: 'Add action item' }).click();
    await page.getByRole('status').filter({ hasText: `Action item added for ${omar.name}: Read Maya’s CV.` }).waitFor();
    await expectAccessible(page, 'hub goals (mentee, goal and action item)');
    await snap(page, 'hub-goals-mentee-1280');

    // Time: a phone call of 45 minutes with 15 of preparation, by keyboard; the totals follow.
    await openSection(page, partnershipId, 'Time log');
    await page.getByText('Nothing logged yet.').waitFor();
    await tabTo(page, '#time-entry-minutes');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15');
    await tabTo(page, '.time-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Logged: 1 hour.' }).waitFor();
    const totals = page.locator('.time-totals');
    await expect.poll(() => totals.textContent()).toContain('All time together1 hour');
    expect(await page.locator('.time-by-kind').textContent()).toContain('Phone call');
    const log = await omarApi.get<{ totals: { minutes: number; preparationMinutes: number; byKind: { phone: { minutes: number; count: number } } } }>(`/partnerships/${partnershipId}/time-log`);
    expect(log.totals).toMatchObject({ minutes: 60, preparationMinutes: 15, byKind: { phone: { minutes: 60, count: 1 } } });
    await expectAccessible(page, 'hub time (mentee)');

    // Notes: a private one Omar never sees, and a shared one he does.
    await openSection(page, partnershipId, 'Notes');
    await tabTo(page, '#note-new-body');
    await page.keyboard.type('I feel nervous about the switch.');
    await tabTo(page, '.note-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Private note saved. Only you can read it.' }).waitFor();
    await page.locator('#note-new-body').fill('Next time: which course to choose.');
    await page.getByRole('radio', { name: `${omar.name} and me (shared)` }).check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('status').filter({ hasText: `Note saved. ${omar.name} can read it.` }).waitFor();
    expect(await page.locator('article.note').count()).toBe(2);
    await openSection(spage, partnershipId, 'Notes');
    await spage.locator('article.note').filter({ hasText: 'Next time: which course to choose.' }).waitFor();
    expect(await spage.locator('main').textContent()).not.toContain('nervous');

    // Every section passes axe on both sides.
    for (const [who, p] of [['mentee', page], ['mentor', spage]] as const) {
      for (const section of sections) {
        await openSection(p, partnershipId, section.name);
        await expectAccessible(p, `hub ${section.name} (${who})`);
      }
    }

    // Right to left: the conversation in the en-XB pseudo-locale, wide and at 320 px.
    await mayaApi.patch('/me', { locale: 'en-XB' });
    await page.goto(`/partnerships/${partnershipId}`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.message').first().waitFor();
    await expectAccessible(page, 'hub messages (mentee, en-XB)');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalOverflow(page, 'hub messages (mentee, en-XB, 320px)');
    await snap(page, 'hub-messages-rtl-320');
    await page.goto(`/partnerships/${partnershipId}/goals`);
    await page.locator('article.goal').waitFor();
    await expectNoHorizontalOverflow(page, 'hub goals (mentee, en-XB, 320px)');

    await m.context.close();
    await o.context.close();
  });

  it('the mentee ends the partnership with a reason, reflects, and is shown the way to a new mentor', { timeout: 180_000 }, async () => {
    const { programId, partnershipId, maya, omar, mayaApi, omarApi } = await seedPair(server, 'Short Bridges');
    const title = `${maya.name} and ${omar.name}`;
    // A long conversation: the page opens at the newest 30, earlier ones come on request.
    for (let i = 1; i <= 32; i++) await omarApi.post(`/partnerships/${partnershipId}/messages`, { body: `Note number ${i}`, format: 'text' });
    const m = await openHub(browser, server, mayaApi, maya, 'Europe/Lisbon', partnershipId, title);
    const page = m.page;
    await page.locator('.message').filter({ hasText: 'Note number 32' }).waitFor();
    expect(await page.locator('.message').count()).toBe(30);
    await tabTo(page, '.conversation__earlier button');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '2 earlier messages loaded.' }).waitFor();
    await expect.poll(() => focusedText(page)).toContain('Note number 1');
    expect(await page.locator('.message').count()).toBe(32);
    await page.getByText('This is the start of your conversation.').waitFor();
    await expect.poll(async () => (await mayaApi.get<{ total: number }>('/conversations/unread')).total).toBe(0);

    await openSection(page, partnershipId, 'End partnership');
    await tabTo(page, 'main .button--danger');
    expect(await focusedText(page)).toBe('End the partnership…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `End the partnership with ${omar.name}?` });
    await dialog.waitFor();
    // "Another reason" needs a few words; the dialog says so and keeps focus inside.
    await dialog.getByRole('radio', { name: 'Another reason' }).check();
    await dialog.getByRole('button', { name: 'End the partnership' }).click();
    await dialog.getByText('Say in a few words why it ends.').first().waitFor();
    await expect.poll(() => focusedId(page)).toBe('end-note');
    await expectAccessible(page, 'end dialog with error');
    await dialog.getByRole('radio', { name: 'Not a good fit' }).check();
    await page.locator('#end-note').fill('Thank you for your time, Omar.');
    await dialog.getByRole('button', { name: 'End the partnership' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /^The partnership has ended\./ }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('ending-title');
    await page.getByRole('heading', { level: 2, name: 'The partnership has ended' }).waitFor();
    expect(await hubNav(page).getByRole('link', { name: 'Reflection' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('main').textContent()).toContain('Not a good fit');
    // For the mentee: the way to a new mentor.
    expect(await page.getByRole('link', { name: 'Find a new mentor' }).first().getAttribute('href')).toBe(`/programs/${programId}/mentors`);

    // The reflection, by keyboard.
    await tabTo(page, 'input[name="reflection-rating"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#reflection-learned');
    await page.keyboard.type('That I should say early what I need.');
    await tabTo(page, 'input[name="reflection-recommend"]');
    await page.keyboard.press('Space');
    await tabTo(page, '.reflection-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Thank you. Your reflection is saved.' }).waitFor();
    await page.getByText('Thank you for your reflection.').waitFor();
    const mine = await mayaApi.get<{ mine: { rating: number; wouldRecommend: boolean } | null }>(`/partnerships/${partnershipId}/reflection`);
    expect(mine.mine).toMatchObject({ rating: 4, wouldRecommend: true });
    await expectAccessible(page, 'hub reflection (mentee)');

    // The conversation stays readable, with no way to write.
    await openSection(page, partnershipId, 'Messages');
    await page.getByText('This partnership has ended: the conversation stays here to read').waitFor();
    expect(await page.locator('#message-compose').count()).toBe(0);

    // Omar reads who ended it and why, and may reflect too.
    const o = await openHub(browser, server, omarApi, omar, 'Asia/Karachi', partnershipId, title);
    await openSection(o.page, partnershipId, 'End partnership');
    await o.page.getByRole('heading', { level: 2, name: 'The partnership has ended' }).waitFor();
    expect(await o.page.locator('main').textContent()).toContain('Thank you for your time, Omar.');
    await o.page.getByText(`${maya.name} has written their reflection too.`).waitFor();
    expect(await o.page.getByRole('link', { name: 'Find a new mentor' }).count()).toBe(0);
    await expectAccessible(o.page, 'hub reflection (mentor)');

    await m.context.close();
    await o.context.close();
  });
});
