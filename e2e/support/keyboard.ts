import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Whether the focused element matches a CSS selector. */
function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a person moving
 * through a page with the keyboard would; fails when it is not reached.
 */
export async function tabTo(page: Page, selector: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.max ?? 120); i++) {
    if (await focusMatches(page, selector)) return;
    await page.keyboard.press(key);
  }
  if (await focusMatches(page, selector)) return;
  const at = await page.evaluate(() => `${document.activeElement?.tagName} #${document.activeElement?.id}`);
  throw new Error(`"${selector}" not reached with ${key} (focus is on ${at})`);
}

/** Describes every visible, enabled control in <main> (links, buttons, fields, summaries, focusable regions). */
function controlsIn(page: Page) {
  return page.evaluate(() => {
    const selector = ['a[href]', 'button', 'input', 'select', 'textarea', 'summary', '[tabindex="0"]'].map((s) => `main ${s}`).join(', ');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name))
      .map((el) => {
        el.dataset.e2eControl = el.dataset.e2eControl ?? String(Math.random()).slice(2);
        return { key: el.dataset.e2eControl, label: `${el.tagName.toLowerCase()}#${el.id} “${(el.textContent ?? '').trim().slice(0, 40)}”` };
      });
  });
}

/**
 * Walks the whole page with Tab from the top and checks that every control in <main> took
 * focus on the way (radio groups count once: Tab reaches the checked radio).
 */
export async function expectAllReachableByTab(page: Page, label: string): Promise<void> {
  const controls = await controlsIn(page);
  // Start from the skip link, the first stop on every page (blurring would keep Chrome's starting point).
  await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.focus());
  const reached = new Set<string>();
  for (let i = 0; i < controls.length * 3 + 40; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.e2eControl ?? null);
    if (key) reached.add(key);
    // Back at the skip link: the walk has gone round the whole page.
    if (i > 0 && (await page.evaluate(() => document.activeElement?.classList.contains('skip-link') ?? false))) break;
  }
  const missed = controls.filter((c) => !reached.has(c.key)).map((c) => c.label);
  expect(missed, `${label}: controls Tab never reached`).toEqual([]);
}

/** The id of the focused element ('' when it has none). */
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
