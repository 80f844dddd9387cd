import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityId, createProgramApi, hours, join, register, saveProfile, type ApiSession } from './support/api';
import { expectNoHorizontalOverflow, person } from './support/app';
import { expectAccessible } from './support/axe';
import { launchBrowser, newPerson, snap } from './support/browser';
import { startServer, type TestServer } from './support/server';

const narrow = { width: 320, height: 800 };
const wide = { width: 1280, height: 900 };
type Locale = 'en' | 'en-XB';

/** Checks the page as it is now: nothing scrolls sideways when narrow, axe finds nothing; saves a screenshot. */
async function check(page: Page, name: string, locale: Locale, width: number): Promise<void> {
  const label = `${name} (${locale}, ${width}px)`;
  expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'en-XB' ? 'rtl' : 'ltr');
  if (width <= 320) await expectNoHorizontalOverflow(page, label);
  await expectAccessible(page, label);
  await snap(page, `${name}-${locale === 'en-XB' ? 'rtl' : 'ltr'}-${width}`);
}

/** Opens a page and waits for a selector that says its data is in. */
async function visit(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path);
  await page.locator(ready).first().waitFor();
}

describe('journey: profiles and matching pages at 320px and right-to-left', () => {
  let server: TestServer;
  let browser: Browser;
  let programId: string;
  let admin: ApiSession;
  let mentee: ApiSession;
  let mentor: ApiSession;
  let partnered: ApiSession;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = await register(server.url, person('Admin'), 'Europe/Lisbon');
    programId = await createProgramApi(admin, 'Mentoring across borders with a rather long program name', 'For RTL and small screens.');
    await admin.put(`/programs/${programId}/topics`, { topics: ['Distributed systems', 'Career growth', 'Accessibility'] });
    const mentors = [await register(server.url, person('Mentor One'), 'Asia/Kolkata'), await register(server.url, person('Mentor Two'), 'America/Mexico_City')];
    const mentees = [await register(server.url, person('Mentee One'), 'Asia/Beirut'), await register(server.url, person('Mentee Two'), 'Europe/Madrid')];
    const [mentor1Id, mentor2Id] = await join(admin, programId, 'mentor', mentors);
    await join(admin, programId, 'mentee', mentees);
    [mentor] = mentors as [ApiSession, ApiSession];
    [mentee, partnered] = mentees as [ApiSession, ApiSession];
    for (const [i, s] of mentors.entries()) {
      await saveProfile(s, programId, {
        headline: 'Principal engineer working on distributed systems and accessibility',
        bio: 'Twenty years of building software.',
        topics: ['Distributed systems', 'Accessibility'],
        languages: ['en', i ? 'es' : 'hi'],
        cityId: i ? await cityId(s, 'Mexico City', 'MX') : await cityId(s, 'Bengaluru', 'IN'),
        availability: [...hours('08:00', '12:00'), ...hours('14:00', '18:00')],
        channels: ['video', 'chat', 'email'],
        mentor: { capacity: 2, preferences: { openToInPerson: true } },
      });
    }
    for (const [i, s] of mentees.entries()) {
      await saveProfile(s, programId, {
        headline: 'Backend developer',
        topics: ['Distributed systems', 'Career growth'],
        languages: ['en', i ? 'es' : 'ar'],
        cityId: i ? await cityId(s, 'Madrid', 'ES') : await cityId(s, 'Beirut', 'LB'),
        availability: hours('09:00', '13:00'),
        channels: ['video'],
      });
    }
    await mentee.post(`/programs/${programId}/requests`, { mentorId: mentor1Id, message: 'Hello! I would like to grow into distributed systems. Could we talk?' });
    const { request } = await partnered.post<{ request: { id: string } }>(`/programs/${programId}/requests`, { mentorId: mentor2Id, message: 'Hola, would you mentor me?' });
    await mentors[1]!.post(`/requests/${request.id}/accept`);
    // A draft run for the admin's page (Mentee One is still unmatched).
    const { run } = await admin.post<{ run: { id: string } }>(`/programs/${programId}/matching-runs`, { mode: 'best-total' });
    for (let i = 0; i < 100; i++) {
      if ((await admin.get<{ run: { status: string } }>(`/matching-runs/${run.id}`)).run.status === 'draft') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const locale of ['en', 'en-XB'] as const) {
    for (const viewport of locale === 'en' ? [narrow] : [narrow, wide]) {
      it(`fits and passes axe: ${locale} at ${viewport.width}px`, { timeout: 180_000 }, async () => {
        for (const s of [admin, mentee, mentor, partnered]) await s.patch('/me', { locale });
        const w = viewport.width;

        const m = await newPerson(browser, server.url, { viewport });
        await mentee.shareWith(m.context);
        await visit(m.page, `/programs/${programId}`, '.action-links');
        await check(m.page, 'program-home-mentee', locale, w);
        await visit(m.page, `/programs/${programId}/profile`, '.week-row');
        await check(m.page, 'profile', locale, w);
        await visit(m.page, `/programs/${programId}/mentors`, '.mentor-card');
        await m.page.locator('.band__text summary').first().click();
        await m.page.locator('.breakdown summary').first().click();
        await check(m.page, 'mentors', locale, w);
        await visit(m.page, `/programs/${programId}/mentors?tab=search`, '.mentor-filters');
        await m.page.locator('#search-count').filter({ hasText: /\S/ }).waitFor();
        await check(m.page, 'mentors-search', locale, w);
        await visit(m.page, `/programs/${programId}/requests`, '.request-card');
        await check(m.page, 'requests-mentee', locale, w);
        await m.page.locator('.request-card__actions .button--danger-quiet').click();
        await m.page.getByRole('alertdialog').waitFor();
        await check(m.page, 'withdraw-dialog', locale, w);
        await m.page.keyboard.press('Escape');
        await m.context.close();

        const t = await newPerson(browser, server.url, { viewport });
        await mentor.shareWith(t.context);
        await visit(t.page, `/programs/${programId}/profile`, '#profile-capacity');
        await check(t.page, 'profile-mentor', locale, w);
        await visit(t.page, `/programs/${programId}/requests`, '.request-card');
        await check(t.page, 'requests-mentor', locale, w);
        await t.page.locator('.request-card__actions .button--danger-quiet').click();
        await t.page.getByRole('dialog').waitFor();
        await check(t.page, 'decline-dialog', locale, w);
        await t.page.keyboard.press('Escape');
        await t.context.close();

        const p = await newPerson(browser, server.url, { viewport });
        await partnered.shareWith(p.context);
        await visit(p.page, '/partnerships', '.partnership');
        await check(p.page, 'partnerships', locale, w);
        await p.context.close();

        const a = await newPerson(browser, server.url, { viewport });
        await admin.shareWith(a.context);
        await visit(a.page, `/programs/${programId}/matching`, '.pairs-table');
        await a.page.locator('.pairs-table button[aria-expanded]').first().click();
        await check(a.page, 'matching', locale, w);
        await a.page.locator('.run__actions .button--primary').click();
        await a.page.getByRole('alertdialog').waitFor();
        await check(a.page, 'publish-dialog', locale, w);
        await a.page.keyboard.press('Escape');
        await a.context.close();
      });
    }
  }
});
