import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Person {
  name: string;
  email: string;
  password: string;
}

let counter = 0;
export function person(label: string): Person {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\W+/g, '.')}.${id}@example.org`,
    password: `correct horse ${id} battery`,
  };
}

/** Waits until the page's <h1> reads `title` (string: exact, RegExp: match). */
export async function expectHeading(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The document must not scroll sideways (1px allowance for sub-pixel rounding). */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.right > document.documentElement.clientWidth + 1 || box.left < -1;
      })
      .filter((el) => !el.closest('.table-scroll, .visually-hidden, .skip-link'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
  }));
  expect(size.scroll, `${label}: page scrolls sideways; too wide: ${size.wide.join(', ')}`).toBeLessThanOrEqual(
    size.client + 1,
  );
}

/** Fills the sign-up form (fields found by id, so it works in any locale) and waits to leave it. */
export async function signUp(page: Page, who: Person, path = '/signup'): Promise<void> {
  if (path) await page.goto(path);
  await page.locator('#signup-name').fill(who.name);
  await page.locator('#signup-email').fill(who.email);
  await page.locator('#signup-password').fill(who.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/signup');
}

export async function signIn(page: Page, who: Person, password = who.password): Promise<void> {
  await page.goto('/signin');
  await page.locator('#signin-email').fill(who.email);
  await page.locator('#signin-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/signin');
}

/** Creates a program through the UI from the programs list; returns its id. */
export async function createProgram(page: Page, name: string, description: string): Promise<string> {
  await page.goto('/programs/new');
  await page.locator('#new-program-name').fill(name);
  await page.locator('#new-program-description').fill(description);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/programs\/(?!new)[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2];
  if (!id) throw new Error(`no program id in ${page.url()}`);
  return id;
}

/** Focused element, described for assertions. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      outlineStyle: el ? getComputedStyle(el).outlineStyle : '',
      outlineWidth: el ? parseFloat(getComputedStyle(el).outlineWidth) : 0,
    };
  });
}
