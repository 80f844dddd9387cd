import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityId, createProgramApi, hours, join, register, saveProfile, type ApiSession } from './support/api';
import { expectHeading, person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { focusedId, tabTo } from './support/keyboard';
import { startServer, type TestServer } from './support/server';

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

describe('journey: a mentee finds a mentor and the mentor accepts', () => {
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

  it('fills the profile by keyboard, reads suggestions with reasons and the week band, requests; the mentor accepts', { timeout: 240_000 }, async () => {
    // Seeded through the API: a program with a topic list, three mentors and a second mentee.
    const admin = await register(server.url, person('Admin'), 'Europe/London');
    const programId = await createProgramApi(admin, 'Data Mentors', 'Mentoring for data engineers.');
    await admin.put(`/programs/${programId}/topics`, { topics: ['Data engineering', 'Leadership', 'Frontend', 'Career growth'] });
    const ada = person('Ada');
    const bruno = person('Bruno');
    const chiyo = person('Chiyo');
    const mentors: ApiSession[] = [
      await register(server.url, ada, 'Europe/Berlin'),
      await register(server.url, bruno, 'America/Sao_Paulo'),
      await register(server.url, chiyo, 'Asia/Tokyo'),
    ];
    const [adaId, , chiyoId] = await join(admin, programId, 'mentor', mentors);
    const [adaApi, brunoApi, chiyoApi] = mentors as [ApiSession, ApiSession, ApiSession];
    await saveProfile(adaApi, programId, {
      headline: 'Staff data engineer',
      topics: ['Data engineering', 'Leadership'],
      languages: ['en', 'de'],
      cityId: await cityId(adaApi, 'Berlin', 'DE'),
      availability: hours('09:00', '17:00'),
      mentor: { capacity: 2 },
    });
    await saveProfile(brunoApi, programId, {
      headline: 'Frontend lead',
      topics: ['Frontend'],
      languages: ['pt', 'en'],
      cityId: await cityId(brunoApi, 'Sao Paulo', 'BR'),
      availability: hours('09:00', '17:00'),
      mentor: { capacity: 1 },
    });
    await saveProfile(chiyoApi, programId, {
      headline: 'Platform engineer',
      topics: ['Data engineering'],
      languages: ['ja'],
      cityId: await cityId(chiyoApi, 'Tokyo', 'JP'),
      availability: hours('09:00', '17:00'),
      mentor: { capacity: 1 },
    });
    const lina = person('Lina');
    const linaApi = await register(server.url, lina, 'Europe/Dublin');
    const omar = person('Omar');
    const omarApi = await register(server.url, omar, 'Africa/Cairo');
    await join(admin, programId, 'mentee', [linaApi, omarApi]);
    await saveProfile(omarApi, programId, { languages: ['en', 'ar'], availability: hours('09:00', '12:00') });
    await omarApi.post(`/programs/${programId}/requests`, { mentorId: adaId, message: 'Hello Ada, I would love help with pipelines.' });
    expect(chiyoId).toBeTruthy();

    // The mentee opens her profile from the program page, with the keyboard only.
    const m = await newPerson(browser, server.url, { timezoneId: 'Asia/Beirut' });
    await linaApi.shareWith(m.context);
    const page = m.page;
    await page.goto(`/programs/${programId}`);
    await expectHeading(page, 'Data Mentors');
    await expectAccessible(page, 'program home (mentee)');
    await tabTo(page, 'main a[href$="/profile"]');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Your profile in Data Mentors');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('heading', { name: 'Your profile is 0% complete' }).waitFor();
    await expectAccessible(page, 'profile (empty)');
    await snap(page, 'profile-empty-1280');

    // A "still to fill in" link takes focus to its field.
    await tabTo(page, '.completeness__list a');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a headline');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('profile-headline');
    await page.keyboard.type('Junior backend developer moving into data');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('profile-bio');
    await page.keyboard.type('I build APIs in Beirut and want to learn data pipelines.');

    // Topics: one from the program's list (arrow keys and Enter), one typed freely.
    await tabTo(page, '#profile-topics');
    await page.keyboard.type('Data');
    await page.getByRole('option', { name: 'Data engineering' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Rust');
    await page.keyboard.press('Enter');
    const topics = page.getByRole('list', { name: 'Topics you want to grow in' });
    await expect.poll(() => topics.getByRole('listitem').allTextContents()).toEqual(['Data engineering', 'Rust']);
    // Each chip has a labelled remove button; removing one says so and keeps focus in the list.
    await tabTo(page, 'button[aria-label="Remove Rust"]');
    await page.keyboard.press('Enter');
    await page.getByText('Rust removed.').waitFor();
    await expect.poll(() => topics.getByRole('listitem').allTextContents()).toEqual(['Data engineering']);

    // Languages by name, and one as a language tag.
    await tabTo(page, '#profile-languages');
    await page.keyboard.type('Arab');
    await page.getByRole('option', { name: 'Arabic' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('English');
    await page.getByRole('option', { name: 'English' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('pt-BR');
    await page.keyboard.press('Enter');
    const languages = page.getByRole('list', { name: 'Languages you can mentor or be mentored in' });
    await expect.poll(() => languages.getByRole('listitem').allTextContents()).toEqual(['Arabic', 'English', 'Brazilian Portuguese']);

    // City search: the combobox lists matches; picking Beirut announces the zone it brings.
    await tabTo(page, '#profile-cityId');
    await page.keyboard.type('Beir');
    await page.getByRole('option', { name: 'Beirut, Lebanon' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#profile-cityId').inputValue()).toBe('Beirut, Lebanon');
    await page.getByRole('status').filter({ hasText: 'Your time zone will be Asia/Beirut when you save.' }).waitFor();
    expect(await page.locator('#profile-timeZone').inputValue()).toBe('Asia/Beirut');

    // Weekly hours: add Monday's, set 10:00 to 14:00 with arrow keys, copy them to the other weekdays.
    await tabTo(page, '#availability-add-1');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('profile-availability.0.start');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('profile-availability.0.end');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    expect(await byId(page, 'profile-availability.0.start').inputValue()).toBe('10:00');
    expect(await byId(page, 'profile-availability.0.end').inputValue()).toBe('14:00');
    await tabTo(page, '.availability__tools button', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByText('Monday’s hours copied to Tuesday to Friday.').waitFor();
    // The week at a glance says the same in words.
    const glance = page.locator('.week-summary');
    await expect.poll(() => glance.locator('.week-row').nth(3).textContent()).toMatch(/^Thu10:00\sAM–2:00\sPM$/);
    expect(await glance.locator('.week-row').nth(6).textContent()).toBe('SunNot available');

    // A second Wednesday window overlapping the first is refused on saving: the summary takes
    // focus, its link leads to the select in question, and removing the window fixes it.
    await tabTo(page, '#availability-add-3');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('profile-availability.3.start');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    expect(await byId(page, 'profile-availability.3.start').inputValue()).toBe('13:00');
    await tabTo(page, '.profile-save button[type="submit"]');
    await page.keyboard.press('Enter');
    const problem = 'On Wednesday, hours 2 overlap the hours before them. Make them start later, or remove one.';
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('profile-errors');
    expect(await byId(page, 'profile-availability.3.start').getAttribute('aria-invalid')).toBe('true');
    expect(await byId(page, 'profile-availability.3.start').getAttribute('aria-describedby')).toBe('profile-availability.3.start-error');
    await expectAccessible(page, 'profile (with an error)');
    await snap(page, 'profile-error-1280');
    await tabTo(page, '.error-summary a');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(problem);
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('profile-availability.3.start');
    await tabTo(page, '.window__remove');
    await page.keyboard.press('Enter');
    await page.getByText(/^Removed Wednesday 1:00\sPM–4:00\sPM\.$/).waitFor();
    await expect.poll(() => focusedId(page)).toBe('availability-add-3');

    await tabTo(page, '#profile-channels');
    await page.keyboard.press('Space');
    await tabTo(page, '#profile-channels-chat');
    await page.keyboard.press('Space');
    await tabTo(page, '#profile-accessibilityNeeds');
    await page.keyboard.type('I use a screen reader: please send documents as text.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, '.profile-save button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Your profile is saved.' }).waitFor();
    await page.getByRole('heading', { name: 'Your profile is 100% complete' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Your time zone is Asia/Beirut.' }).waitFor();
    await expectAccessible(page, 'profile (filled)');
    await snap(page, 'profile-filled-1280');

    const { profile } = await linaApi.get<{ profile: Record<string, unknown> }>(`/programs/${programId}/profile`);
    expect(profile).toMatchObject({
      timeZone: 'Asia/Beirut',
      languages: ['ar', 'en', 'pt-BR'],
      channels: ['video', 'chat'],
      mentee: { accessibilityNeeds: 'I use a screen reader: please send documents as text.', shareAccessibilityNeeds: true },
    });
    expect(profile.availability).toHaveLength(5);

    // Suggestions: Ada first, with reasons in words, a score, and the week on the mentee's clock.
    await page.goto(`/programs/${programId}`);
    await expectHeading(page, 'Data Mentors');
    await tabTo(page, 'main a[href$="/mentors"]');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Find a mentor in Data Mentors');
    await page.getByText('2 mentors suggested for you, best match first.').waitFor();
    const card = page.getByRole('article', { name: ada.name });
    expect(await page.getByRole('article').first().getAttribute('aria-labelledby')).toBe(`mentor-${adaId}-name`);
    expect(await card.locator('.score').textContent()).toMatch(/^Match \d+ of 100$/);
    const reasons = await card.locator('.reasons li').allTextContents();
    expect(reasons).toContain('Both speak English');
    expect(reasons.some((r) => /^You share 20 working hours a week/.test(r))).toBe(true);
    expect(await card.textContent()).toMatch(/Their time now: .+ \(Europe\/Berlin\), 1 hour behind you/);
    expect(await card.locator('.band__visual .track--shared .track__segment').count()).toBe(5);
    await card.getByRole('heading', { name: '20 working hours shared a week' }).waitFor();
    await tabTo(page, `article[aria-labelledby="mentor-${adaId}-name"] .band__text summary`);
    await page.keyboard.press('Enter');
    expect(await card.locator('.band__text li').first().textContent()).toMatch(
      /^Monday: you 10:00\sAM–2:00\sPM; them 10:00\sAM–6:00\sPM; shared 10:00\sAM–2:00\sPM\.$/,
    );
    expect(await card.locator('.band__text li').last().textContent()).toBe('Sunday: you not free; them not free; shared none.');
    await expectAccessible(page, 'mentors (suggestions)');
    await snap(page, 'mentors-suggestions-1280');

    // Bookmark, by keyboard: a toggle button that says it is pressed.
    await tabTo(page, `article[aria-labelledby="mentor-${adaId}-name"] button[aria-pressed]`);
    await page.keyboard.press('Space');
    await page.getByText(`${ada.name} bookmarked.`).waitFor();
    expect(await card.getByRole('button', { name: `Bookmark ${ada.name}` }).getAttribute('aria-pressed')).toBe('true');

    // The request dialog: focus starts in the message; an empty message is refused in place.
    await tabTo(page, `#mentor-${adaId}-request`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Ask ${ada.name} to mentor you` });
    await dialog.waitFor();
    expect(await focusedId(page)).toBe('request-message');
    await expectAccessible(page, 'request dialog');
    await tabTo(page, '.dialog button[type="submit"]');
    await page.keyboard.press('Enter');
    await dialog.getByText(/Write a few words to Ada/).first().waitFor();
    expect(await page.locator('#request-message').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'request dialog with error');
    await tabTo(page, '#request-message', { backwards: true });
    await page.keyboard.type('Hello Ada! I build APIs in Beirut and would love your help moving into data engineering.');
    await tabTo(page, '.dialog button[type="submit"]');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `Request sent to ${ada.name}.` }).waitFor();
    await expect.poll(() => focusedId(page)).toBe(`mentor-${adaId}-request`);
    expect(await page.locator(`#mentor-${adaId}-request`).textContent()).toBe(`Request sent to ${ada.name}: see your requests`);

    // Hiding a mentor takes them out of the suggestions; focus goes to the card before.
    await page.getByRole('button', { name: `Hide ${bruno.name}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${bruno.name} hidden. To see them again, search with “Include mentors I hid”.`).waitFor();
    await page.getByText('One mentor suggested for you.').waitFor();
    await expect.poll(() => focusedId(page)).toBe(`mentor-${adaId}-name`);

    // Search: every mentor, the ruled-out one saying why in words; the count is announced.
    await tabTo(page, '[role="tab"][aria-selected="true"]', { backwards: true });
    await page.keyboard.press('ArrowRight');
    await page.getByText('Showing 2 of 2 mentors, best match first.').waitFor();
    await page
      .getByRole('article', { name: chiyo.name })
      .getByText('Not a match for now: you have no language in common.')
      .waitFor();
    await expectAccessible(page, 'mentors (search)');
    await snap(page, 'mentors-search-1280');
    await page.locator('#mentor-search-language').selectOption('de');
    await page.getByRole('status').filter({ hasText: 'One mentor matches.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('language')).toBe('de');
    await page.locator('#mentor-search-language').selectOption('');
    await page.getByLabel('Only my bookmarks').check();
    await page.getByRole('status').filter({ hasText: 'One mentor matches.' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);

    // The mentee's requests page lists the request as waiting.
    await page.goto(`/programs/${programId}/requests`);
    await expectHeading(page, 'Mentoring requests in Data Mentors');
    const sent = page.getByRole('article', { name: ada.name });
    await sent.getByText('Waiting for an answer').waitFor();
    expect(await sent.textContent()).toMatch(/Expiresin 7 days/);
    await expectAccessible(page, 'requests (mentee)');
    await snap(page, 'requests-mentee-1280');
    // While it waits, the message can be reworded in place.
    await sent.getByRole('button', { name: `Edit message to ${ada.name}` }).click();
    const edit = page.getByLabel(`Your message to ${ada.name}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await edit.fill('Hello Ada! I build APIs in Beirut and would love your help moving into data engineering, two calls a month.');
    await expectAccessible(page, 'requests (mentee, editing)');
    await page.getByRole('button', { name: 'Save message' }).click();
    await page.getByText(`Your message to ${ada.name} is updated.`).waitFor();
    await expect.poll(() => sent.locator('blockquote').textContent()).toContain('two calls a month');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Edit message to ${ada.name}`);

    // The mentor, in another browser: the inbox from the program page; declines Omar, accepts Lina.
    const a = await newPerson(browser, server.url, { timezoneId: 'Europe/Berlin' });
    await adaApi.shareWith(a.context);
    await a.page.goto(`/programs/${programId}`);
    await expectHeading(a.page, 'Data Mentors');
    await a.page.getByRole('link', { name: 'Requests to you (2 waiting)' }).click();
    await expectHeading(a.page, 'Mentoring requests in Data Mentors');
    await a.page.getByText('2 requests are waiting for your answer.').waitFor();
    const fromLina = a.page.getByRole('article', { name: lina.name });
    expect(await fromLina.textContent()).toMatch(/Their time now: .+ \(Asia\/Beirut\), 1 hour ahead of you/);
    expect(await fromLina.locator('blockquote').textContent()).toContain('moving into data engineering');
    await expectAccessible(a.page, 'requests (mentor inbox)');
    await snap(a.page, 'requests-mentor-1280');

    await a.page.getByRole('button', { name: `Decline… ${omar.name}` }).click();
    const decline = a.page.getByRole('dialog', { name: `Decline the request from ${omar.name}?` });
    await decline.waitFor();
    await expectAccessible(a.page, 'decline dialog');
    await a.page.keyboard.press('ArrowDown');
    expect(await decline.getByRole('radio', { name: 'My expertise does not fit their goals' }).isChecked()).toBe(true);
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.type('Bruno knows this area better.');
    await decline.getByRole('button', { name: 'Decline request' }).click();
    await decline.waitFor({ state: 'detached' });
    await a.page.getByText(`You declined the request from ${omar.name}. They have been told.`).waitFor();

    await fromLina.getByRole('button', { name: `Accept ${lina.name}` }).click();
    await a.page.getByText(`You are now mentoring ${lina.name}. Their other requests were withdrawn.`).waitFor();
    await a.page.getByRole('heading', { name: 'Closed requests' }).waitFor();
    await expectAccessible(a.page, 'requests (mentor, answered)');

    // Both see the partnership: the mentor on the program page, the mentee on her partnerships page.
    await a.page.goto(`/programs/${programId}`);
    const mine = a.page.getByRole('article', { name: lina.name });
    await mine.getByText('You mentor them').waitFor();
    expect(await mine.textContent()).toContain('20 hours a week');
    await expectAccessible(a.page, 'program home (mentor with partnership)');

    await page.goto('/partnerships');
    await expectHeading(page, 'My partnerships');
    const partnership = page.getByRole('article', { name: ada.name });
    await partnership.getByText('Your mentor · in Data Mentors').waitFor();
    expect(await partnership.textContent()).toMatch(/Nearby time zone1 hour apart/);
    expect(await partnership.textContent()).toContain('20 hours a week');
    await expectAccessible(page, 'partnerships');
    await snap(page, 'partnerships-1280');

    await m.context.close();
    await a.context.close();
  });
});
