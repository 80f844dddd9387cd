import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityId, createProgramApi, hours, join, register, saveProfile } from './support/api';
import { expectHeading, expectNoHorizontalOverflow, person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, logApiFailures, newPerson, snap } from './support/browser';
import { focusedId, tabTo } from './support/keyboard';
import { startMailSink } from './support/mail';
import { startServer, type TestServer } from './support/server';

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

/** "7:00 AM" for an instant on a zone's clock, as Chromium's English formats it (any space before AM/PM). */
function clockIn(instant: string, zone: string): RegExp {
  const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
  return new RegExp(text.replace(/\s/g, '\\s'));
}

/** Day, evening or night on a zone's clock (07–18, 18–22, else), as the page words it. */
function daytimeIn(instant: string, zone: string): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(instant)));
  return hour >= 7 && hour < 18 ? 'daytime' : hour >= 18 && hour < 22 ? 'evening' : 'night';
}

/** The iCalendar part of a mail (nodemailer's icalEvent lands among the attachments), parsed with ical.js. */
function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no text/calendar part in “${mail.subject}” (parts: ${mail.attachments.map((a) => a.contentType).join(', ') || 'none'})`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT in the invitation');
  const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
  return { method: calendar.getFirstPropertyValue('method'), start: start.toJSDate().toISOString(), uid: event.getFirstPropertyValue('uid') };
}

describe('journey: a mentee in Beirut and a mentor in San Francisco find a time', () => {
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

  it('the mentee proposes two times by keyboard; the mentor confirms one; both get an invitation', { timeout: 240_000 }, async () => {
    // A program with a mentee in Beirut (evenings) and a mentor in San Francisco (mornings):
    // 17:00–22:00 in Beirut is 07:00–12:00 in San Francisco, so their hours overlap on weekdays.
    const admin = await register(server.url, person('Admin'), 'Europe/London');
    const programId = await createProgramApi(admin, 'Bridges', 'Mentoring across oceans.');
    const rania = person('Rania');
    const sam = person('Sam');
    const raniaApi = await register(server.url, rania, 'Asia/Beirut');
    const samApi = await register(server.url, sam, 'America/Los_Angeles');
    const [samId] = await join(admin, programId, 'mentor', [samApi]);
    await join(admin, programId, 'mentee', [raniaApi]);
    await saveProfile(samApi, programId, {
      headline: 'Engineering manager',
      cityId: await cityId(samApi, 'San Francisco', 'US'),
      timeZone: 'America/Los_Angeles',
      availability: hours('07:00', '12:00'),
      mentor: { capacity: 2 },
    });
    await saveProfile(raniaApi, programId, {
      cityId: await cityId(raniaApi, 'Beirut', 'LB'),
      timeZone: 'Asia/Beirut',
      availability: hours('17:00', '22:00'),
    });
    const { request } = await raniaApi.post<{ request: { id: string } }>(`/programs/${programId}/requests`, {
      mentorId: samId,
      message: 'Hello Sam, I would love help with growing into a lead role.',
    });
    const { partnership } = await samApi.post<{ partnership: { id: string } }>(`/requests/${request.id}/accept`);

    // The mentee, in Beirut: from her partnerships to the partnership page, by keyboard.
    const m = await newPerson(browser, server.url, { timezoneId: 'Asia/Beirut' });
    await raniaApi.shareWith(m.context);
    const page = m.page;
    logApiFailures(page, 'mentee');
    await page.goto('/partnerships');
    await expectHeading(page, 'My partnerships');
    await tabTo(page, `main a[href="/partnerships/${partnership.id}"]`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Open the partnership with ${sam.name}`);
    await page.keyboard.press('Enter');
    const title = `${rania.name} and ${sam.name}`;
    await expectHeading(page, title);
    await expect.poll(() => focusedTag(page)).toBe('H1');
    expect(await page.title()).toBe(`Messages · ${title} – Meridian`);
    // The hub opens on the conversation; its Meetings section is one link away, and focus follows.
    await tabTo(page, `nav a[href="/partnerships/${partnership.id}/meetings"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('upcoming-title');
    expect(await page.title()).toBe(`Meetings · ${title} – Meridian`);
    expect(await page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Meetings' }).getAttribute('aria-current')).toBe('page');
    // Both clocks at the top: hers, and Sam's with how far behind he is.
    const clocks = page.locator('.pair-clocks');
    await expect.poll(() => clocks.textContent()).toMatch(/Your time now: .+ \(Asia\/Beirut\)/);
    expect(await clocks.textContent()).toMatch(new RegExp(`${sam.name} \\(mentor\\)Their time now: .+ \\(America/Los Angeles\\), 10 hours behind you`));
    await page.getByText('No meetings planned yet.').waitFor();

    // Find a time: the list is grouped by day on her clock, Sam's time beside each, day or night in words.
    const picker = page.getByRole('group', { name: 'Choose up to 5 times to propose' });
    await picker.waitFor();
    await page.getByRole('status').filter({ hasText: /^\d+ times found\.$/ }).waitFor();
    const firstDay = picker.locator('details.slot-day').first();
    expect(await firstDay.getAttribute('open')).not.toBeNull();
    const firstLabel = firstDay.locator('label').first();
    const firstStart = await firstDay.locator('input').first().inputValue();
    expect(await firstLabel.textContent()).toMatch(clockIn(firstStart, 'Asia/Beirut'));
    expect(await firstLabel.textContent()).toMatch(new RegExp(`For ${sam.name}: \\w{3} .*in San Francisco`));
    expect(await firstLabel.textContent()).toMatch(clockIn(firstStart, 'America/Los_Angeles'));
    // Day, evening or night on each clock, said in words (the icon beside it is decoration).
    expect(await firstLabel.locator('.daytime').allTextContents()).toEqual([
      daytimeIn(firstStart, 'Asia/Beirut'),
      daytimeIn(firstStart, 'America/Los_Angeles'),
    ]);
    expect(await firstLabel.locator('.daytime svg').first().getAttribute('aria-hidden')).toBe('true');
    await expectAccessible(page, 'partnership (mentee, no meetings)');
    await snap(page, 'partnership-mentee-empty-1280');

    // Keyboard only: tick the first two times of the first day, write an agenda, send.
    await tabTo(page, '.slot-picker input[type="checkbox"]');
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'One time chosen (at most 5).' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: '2 times chosen (at most 5).' }).waitFor();
    const chosen = await picker.locator('input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(chosen).toHaveLength(2);
    expect(chosen[0]).toBe(firstStart);
    // Video is already chosen as the channel; the agenda is hers to write.
    expect(await page.getByRole('radio', { name: 'Video call (Meridian makes the link)' }).isChecked()).toBe(true);
    await tabTo(page, '#proposal-agenda');
    await page.keyboard.type('How to lead my first project; feedback on my design doc.');
    await tabTo(page, '.proposal-form button[type="submit"]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Propose these times to ${sam.name}`);
    await page.keyboard.press('Enter');

    // Said politely, and focus moves to the new meeting in "Upcoming meetings".
    await page.getByRole('status').filter({ hasText: `You proposed 2 times to ${sam.name}. They get an email and choose one.` }).waitFor();
    const proposed = page.getByRole('article', { name: '2 times proposed by you' });
    await proposed.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('2 times proposed by you');
    await proposed.getByText(`Waiting for ${sam.name}`).waitFor();
    expect(await proposed.locator('.proposal-list li').count()).toBe(2);
    expect(await proposed.textContent()).toContain('How to lead my first project');
    await expectAccessible(page, 'partnership (mentee, proposed)');
    await snap(page, 'partnership-mentee-proposed-1280');

    // The mentor, in San Francisco, follows the link in his email.
    const link = await mail.waitFor(sam.email, /\/partnerships\/([0-9a-f-]{36})/);
    expect(link).toBe(partnership.id);
    const s = await newPerson(browser, server.url, { timezoneId: 'America/Los_Angeles' });
    await samApi.shareWith(s.context);
    const spage = s.page;
    logApiFailures(spage, 'mentor');
    await spage.goto(`/partnerships/${link}`);
    await expectHeading(spage, title);
    await spage.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Meetings' }).click();
    const incoming = spage.getByRole('article', { name: `2 times proposed by ${rania.name}` });
    await incoming.getByText('Your answer is needed').waitFor();
    const choices = incoming.getByRole('group', { name: `Choose one of the times ${rania.name} proposed` });
    const options = choices.getByRole('radio');
    expect(await options.count()).toBe(2);
    // Each choice on his clock, with Rania's time in Beirut beside it.
    const second = choices.locator('label').nth(1);
    expect(await second.textContent()).toMatch(clockIn(chosen[1]!, 'America/Los_Angeles'));
    expect(await second.textContent()).toMatch(new RegExp(`For ${rania.name}: \\w{3} .*in Beirut`));
    expect(await second.textContent()).toMatch(clockIn(chosen[1]!, 'Asia/Beirut'));
    expect(await incoming.textContent()).toContain('How to lead my first project');
    await expectAccessible(spage, 'partnership (mentor, proposal to answer)');
    await snap(spage, 'partnership-mentor-answer-1280');

    // Keyboard: into the radio group, arrow to the second time, Tab to Confirm, Enter.
    await tabTo(spage, `#meeting-${await meetingIdOf(spage)}-choice input[type="radio"]`);
    await spage.keyboard.press('ArrowDown');
    expect(await options.nth(1).isChecked()).toBe(true);
    await spage.keyboard.press('Tab');
    expect(await spage.evaluate(() => document.activeElement?.textContent)).toBe('Confirm this time');
    await spage.keyboard.press('Enter');
    await spage.getByRole('status').filter({ hasText: /^Meeting confirmed for .+\. You and .+ each get an invitation by email\.$/ }).waitFor();
    const confirmedId = await focusedId(spage);
    expect(confirmedId).toMatch(/^meeting-.+-title$/);
    const confirmed = spage.locator(`article[aria-labelledby="${confirmedId}"]`);
    await confirmed.getByText('Confirmed', { exact: true }).waitFor();
    expect(await confirmed.textContent()).toMatch(new RegExp(`For ${rania.name}: \\w{3} .*in Beirut`));
    expect(await confirmed.getByRole('link', { name: /^Add to calendar \(\.ics\)/ }).getAttribute('href')).toMatch(/^\/api\/v1\/meetings\/.+\/ics$/);
    await confirmed.getByRole('link', { name: /^Join the call/ }).waitFor();
    await expectAccessible(spage, 'partnership (mentor, confirmed)');
    await snap(spage, 'partnership-mentor-confirmed-1280');

    // Both receive an invitation: a text/calendar part with METHOD:REQUEST starting exactly then.
    const invitation = (to: string) =>
      mail.messages.find((x) => recipients(x).includes(to.toLowerCase()) && x.attachments.some((a) => a.contentType.startsWith('text/calendar')));
    await expect.poll(() => Boolean(invitation(rania.email) && invitation(sam.email)), { timeout: 30_000 }).toBe(true);
    for (const who of [rania, sam]) {
      const ics = calendarOf(invitation(who.email)!);
      expect(ics.method).toBe('REQUEST');
      expect(ics.start).toBe(new Date(chosen[1]!).toISOString());
    }

    // The mentee sees it confirmed too, and the fairness tally and calendar address are there.
    await page.reload();
    await expectHeading(page, title);
    const hers = page.locator(`article[aria-labelledby="${confirmedId}"]`);
    await hers.getByText('Confirmed', { exact: true }).waitFor();
    expect(await hers.textContent()).toMatch(clockIn(chosen[1]!, 'Asia/Beirut'));
    expect(await hers.textContent()).toMatch(new RegExp(`For ${sam.name}: \\w{3} .*in San Francisco`));
    await page.getByRole('heading', { level: 2, name: 'Fairness' }).waitFor();
    await page.getByRole('table').getByRole('rowheader', { name: `${rania.name} (you)` }).waitFor();
    expect(await page.locator('#calendar-feed-url').inputValue()).toMatch(/^https?:\/\/.+\.ics$/);
    await expectAccessible(page, 'partnership (mentee, confirmed)');

    // Right-to-left: the same page in the en-XB pseudo-locale, wide and at 320px.
    await raniaApi.patch('/me', { locale: 'en-XB' });
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator(`article[aria-labelledby="${confirmedId}"]`).waitFor();
    await expectAccessible(page, 'partnership (mentee, en-XB)');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoHorizontalOverflow(page, 'partnership (mentee, en-XB, 320px)');
    await snap(page, 'partnership-mentee-rtl-320');

    await m.context.close();
    await s.context.close();
  });

  it('hours that barely overlap: stretch times say who stretches; other times, agenda, a new time and cancelling', { timeout: 240_000 }, async () => {
    // Rania's evenings in Beirut and Sam's late mornings in San Francisco share one hour a day,
    // so a 90-minute meeting fits only if one of them stretches.
    const admin = await register(server.url, person('Admin'), 'Europe/London');
    const programId = await createProgramApi(admin, 'Narrow Bridges', 'Little overlap.');
    const rania = person('Rania');
    const sam = person('Sam');
    const raniaApi = await register(server.url, rania, 'Asia/Beirut');
    const samApi = await register(server.url, sam, 'America/Los_Angeles');
    const [samId] = await join(admin, programId, 'mentor', [samApi]);
    await join(admin, programId, 'mentee', [raniaApi]);
    await saveProfile(samApi, programId, { timeZone: 'America/Los_Angeles', availability: hours('10:00', '12:00'), mentor: { capacity: 1 } });
    await saveProfile(raniaApi, programId, { timeZone: 'Asia/Beirut', availability: hours('19:00', '21:00') });
    const { request } = await raniaApi.post<{ request: { id: string } }>(`/programs/${programId}/requests`, { mentorId: samId, message: 'Hello Sam!' });
    const { partnership } = await samApi.post<{ partnership: { id: string } }>(`/requests/${request.id}/accept`);
    const title = `${rania.name} and ${sam.name}`;

    const m = await newPerson(browser, server.url, { timezoneId: 'Asia/Beirut' });
    await raniaApi.shareWith(m.context);
    const page = m.page;
    logApiFailures(page, 'mentee');
    await page.goto(`/partnerships/${partnership.id}/meetings`);
    await expectHeading(page, title);
    await page.locator('#slot-search-duration').selectOption('90');
    await page.getByRole('button', { name: 'Show times' }).click();
    await page.getByRole('status').filter({ hasText: /^\d+ times found, \d+ of them outside someone’s usual hours\.$/ }).waitFor();
    await page.getByText(`Your usual hours barely overlap with ${sam.name}’s`).waitFor();
    const stretchGroup = page.locator('.slot-group').filter({ has: page.getByRole('heading', { name: 'Times that ask one of you to stretch' }) });
    const stretchRow = stretchGroup.locator('.slot').first();
    expect(await stretchRow.locator('.slot__stretch').textContent()).toMatch(
      new RegExp(`^Stretch(Early for (you, before your|${sam.name}, before their) usual hours|Late for (you, after your|${sam.name}, after their) usual hours)$`),
    );
    await expectAccessible(page, 'partnership (stretch times)');
    await snap(page, 'partnership-stretch-1280');
    await stretchRow.locator('input').check();
    await page.getByRole('button', { name: `Propose these times to ${sam.name}` }).click();
    await page.getByRole('status').filter({ hasText: `You proposed one time to ${sam.name}.` }).waitFor();

    // Sam answers with other times, chosen in "Find a time" (focus goes there and comes back).
    const s = await newPerson(browser, server.url, { timezoneId: 'America/Los_Angeles' });
    await samApi.shareWith(s.context);
    const spage = s.page;
    logApiFailures(spage, 'mentor');
    await spage.goto(`/partnerships/${partnership.id}/meetings`);
    await expectHeading(spage, title);
    await spage.getByRole('button', { name: 'Propose other times' }).click();
    await expect.poll(() => focusedId(spage)).toBe('find-time-title');
    await spage.getByText(`Choose other times to send to ${rania.name} instead of the ones they proposed.`).waitFor();
    await spage.getByRole('status').filter({ hasText: /times found/ }).waitFor();
    const mutual = spage.locator('details.slot-day[open] input[type="checkbox"]');
    await mutual.first().waitFor();
    const others = [await mutual.nth(0).inputValue()];
    await mutual.nth(0).check();
    await spage.getByLabel(`A note to ${rania.name}`).fill('Shorter and inside both our hours?');
    await spage.getByRole('button', { name: `Send these times to ${rania.name}` }).click();
    await spage.getByRole('status').filter({ hasText: `You sent ${rania.name} another time to choose from.` }).waitFor();
    await expect.poll(() => focusedId(spage)).toMatch(/^meeting-.+-title$/);
    await spage.getByText(`Waiting for ${rania.name}`).waitFor();

    // Rania confirms it, writes the agenda, moves the meeting, then cancels it.
    await page.reload();
    await expectHeading(page, title);
    const card = page.locator('article.meeting-card').first();
    await card.getByText('Your answer is needed').waitFor();
    await card.getByRole('button', { name: 'Confirm this time' }).click();
    await page.getByRole('status').filter({ hasText: /^Meeting confirmed for / }).waitFor();
    await card.getByText('Confirmed', { exact: true }).waitFor();
    expect(await card.getByRole('heading').textContent()).toContain(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Beirut', day: 'numeric' }).format(new Date(others[0]!)));

    await card.getByRole('button', { name: /^Edit agenda/ }).click();
    await expect.poll(() => focusedTag(page)).toBe('TEXTAREA');
    await page.keyboard.type('Career ladder; my first review.');
    await page.getByRole('button', { name: 'Save agenda' }).click();
    await page.getByRole('status').filter({ hasText: `Agenda saved. ${sam.name} can read it now.` }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Edit agenda/);
    expect(await card.locator('.meeting-card__agenda').textContent()).toBe('Career ladder; my first review.');

    await card.getByRole('button', { name: /^Reschedule/ }).click();
    await expect.poll(() => focusedId(page)).toBe('find-time-title');
    const picker = page.getByRole('group', { name: 'Choose the new time' });
    await picker.waitFor();
    await page.locator('#slot-search-duration').selectOption('60');
    await page.getByRole('button', { name: 'Show times' }).click();
    await page.getByRole('status').filter({ hasText: /times found/ }).waitFor();
    const radios = picker.locator('details.slot-day[open] input[type="radio"]');
    await radios.first().waitFor();
    const moved = await radios.last().inputValue();
    await radios.last().check();
    await page.getByLabel(`Why the change? ${sam.name} reads this`).fill('A work trip came up.');
    await page.getByRole('button', { name: 'Move the meeting to this time' }).click();
    await page.getByRole('status').filter({ hasText: /^The meeting is moved to .+\. You and .+ each get an updated invitation\.$/ }).waitFor();
    await card.getByText('A work trip came up.').waitFor();
    const { upcoming } = await raniaApi.get<{ upcoming: { start: string; changeReason: string | null }[] }>(`/partnerships/${partnership.id}/meetings`);
    expect(upcoming[0]?.start).toBe(new Date(moved).toISOString());

    await card.getByRole('button', { name: /^Cancel meeting…/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Cancel the meeting on / });
    await dialog.waitFor();
    await expect.poll(() => focusedId(page)).toBe('cancel-reason');
    await dialog.getByRole('button', { name: 'Cancel meeting' }).click();
    await dialog.getByText(`Say why, in a few words, so ${sam.name} knows.`).first().waitFor();
    await expect.poll(() => focusedId(page)).toBe('cancel-reason');
    await expectAccessible(page, 'cancel dialog with error');
    await page.keyboard.type('I am ill, sorry.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `Meeting cancelled. ${sam.name} has been told, and the invitation is withdrawn.` }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('upcoming-title');
    const past = page.locator('section[aria-labelledby="past-title"] article.meeting-card');
    await past.getByText('Cancelled', { exact: true }).waitFor();
    expect(await past.textContent()).toContain('You cancelled it');
    expect(await past.textContent()).toContain('I am ill, sorry.');
    await expectAccessible(page, 'partnership (cancelled)');

    await m.context.close();
    await s.context.close();
  });

  it('time away and travel on the profile; a new calendar address in settings', { timeout: 120_000 }, async () => {
    const admin = await register(server.url, person('Admin'), 'Europe/London');
    const programId = await createProgramApi(admin, 'Time Away', '');
    const rania = person('Rania');
    const raniaApi = await register(server.url, rania, 'Asia/Beirut');
    await join(admin, programId, 'mentee', [raniaApi]);
    await saveProfile(raniaApi, programId, { timeZone: 'Asia/Beirut', availability: hours('17:00', '21:00') });

    const m = await newPerson(browser, server.url, { timezoneId: 'Asia/Beirut' });
    await raniaApi.shareWith(m.context);
    const page = m.page;
    logApiFailures(page, 'mentee');
    await page.goto(`/programs/${programId}/profile`);
    await expectHeading(page, 'Your profile in Time Away');
    const section = page.locator('section[aria-labelledby="time-away-title"]');
    await section.getByText('None planned.').waitFor();

    // A day away some hours, by keyboard: open the form, fill it, add.
    await tabTo(page, 'section[aria-labelledby="time-away-title"] summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#override-date');
    await page.keyboard.type('01152027');
    expect(await page.locator('#override-date').inputValue()).toBe('2027-01-15');
    await section.getByRole('radio', { name: 'Away some hours' }).check();
    await page.locator('#override-start').selectOption('17:00');
    await page.locator('#override-end').selectOption('19:00');
    await page.locator('#override-note').fill('Dentist');
    await section.getByRole('button', { name: 'Add this day' }).click();
    await section.getByRole('status').filter({ hasText: 'Added. Times to meet on that day are updated.' }).waitFor();
    const day = section.locator('.change').filter({ hasText: 'Friday, January 15, 2027' });
    expect(await day.locator('.change__text').textContent()).toMatch(/^Friday, January 15, 2027: away 5:00\sPM–7:00\sPMDentist$/);

    // A trip to Tokyo.
    await section.getByText('Add a trip').click();
    await page.locator('#travel-startsOn').fill('2027-02-01');
    await page.locator('#travel-endsOn').fill('2027-02-10');
    await page.locator('#travel-timeZone').selectOption('Asia/Tokyo');
    await section.getByRole('button', { name: 'Add trip' }).click();
    await section.getByText('Trip added. While you are there, your hours are read in Asia/Tokyo.').waitFor();
    await section.locator('.change__text').filter({ hasText: 'Monday, February 1, 2027 to Wednesday, February 10, 2027: in Asia/Tokyo' }).waitFor();
    const changes = await raniaApi.get<{ overrides: unknown[]; travel: unknown[] }>('/account/availability-changes');
    expect(changes.overrides).toEqual([expect.objectContaining({ date: '2027-01-15', available: false, windows: [{ start: '17:00', end: '19:00' }], note: 'Dentist' })]);
    expect(changes.travel).toEqual([expect.objectContaining({ startsOn: '2027-02-01', endsOn: '2027-02-10', timeZone: 'Asia/Tokyo' })]);
    await expectAccessible(page, 'profile (time away and travel)');
    await snap(page, 'profile-time-away-1280');

    // Removing says what went, and focus goes to the list's heading.
    await day.getByRole('button', { name: /^Remove Friday, January 15, 2027/ }).click();
    await section.getByRole('status').filter({ hasText: /^Removed: Friday, January 15, 2027/ }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('overrides-title');
    await section.getByText('None planned.').waitFor();

    // Settings: the calendar address, and a new one after a warning; the old one stops working.
    await page.goto('/settings');
    await expectHeading(page, 'Settings');
    const oldUrl = await page.locator('#calendar-feed-url').inputValue();
    expect((await fetch(oldUrl)).status).toBe(200);
    await page.getByRole('button', { name: 'Make a new link' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Make a new calendar link?' });
    await dialog.getByText(/The old link stops working at once/).waitFor();
    await expectAccessible(page, 'settings (new calendar link dialog)');
    await dialog.getByRole('button', { name: 'Make a new link' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'New link made. The old one no longer works; subscribe with this one.' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('calendar-feed-url');
    const newUrl = await page.locator('#calendar-feed-url').inputValue();
    expect(newUrl).not.toBe(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(404);
    const feed = await fetch(newUrl);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    await expectAccessible(page, 'settings (calendar subscription)');

    // Reminders and message emails are each person's choice.
    await page.getByRole('group', { name: 'Remind me before meetings' }).getByRole('checkbox', { name: '1 hour before' }).uncheck();
    await page.getByRole('group', { name: 'Email me about new messages' }).getByRole('radio', { name: 'One summary each morning' }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByRole('status').filter({ hasText: 'Your preferences are saved.' }).waitFor();
    const { user } = await raniaApi.get<{ user: { meetingReminders: number[]; messageEmails: string } }>('/me');
    expect(user).toMatchObject({ meetingReminders: [1440], messageEmails: 'digest' });

    await m.context.close();
  });

  const recipients = (m: ParsedMail) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
});

/** The id of the only meeting on the page (from its card's heading). */
async function meetingIdOf(page: Page): Promise<string> {
  const id = await page.locator('article.meeting-card').first().getAttribute('aria-labelledby');
  return (id ?? '').replace(/^meeting-/, '').replace(/-title$/, '');
}
