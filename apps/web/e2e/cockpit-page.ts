/// <reference lib="dom" />
/** What the cockpit's browser tests read off the page: each card's figure and light, a jump to a date, a page opened until it shows. */
import type { Locator, Page } from 'playwright-core';

/** A board as GET /dashboard answers it (the fields the tests compare). */
export interface Board {
  asOf: string;
  projects: number;
  indicators: Array<{ code: string; actual: number; target: number | null; standing: { label: string; reason: string } }>;
}

/** What every indicator card shows, by code. */
export const cards = async (page: Page) =>
  Object.fromEntries(
    await page.$$eval('[data-testid^="indicator-"]', (nodes) =>
      nodes.map((n) => [n.getAttribute('data-testid')?.slice('indicator-'.length), n.querySelector('[data-testid="actual"]')?.textContent]),
    ),
  );
/** Each card's standing label, by code, and what the projection says it is. */
export const lights = async (page: Page) =>
  Object.fromEntries(
    await page.$$eval('[data-testid^="indicator-"]', (nodes) =>
      nodes.map((n) => [
        n.getAttribute('data-testid')?.slice('indicator-'.length),
        n.querySelector('[data-testid="standing"]')?.textContent,
      ]),
    ),
  );
export const expectedLights = (board: Board) => Object.fromEntries(board.indicators.map((i) => [i.code, i.standing.label]));
export const jumpTo = async (page: Page, date: string, label: string) => {
  await page.getByPlaceholder('跳到日期').fill(date);
  await page.getByPlaceholder('跳到日期').press('Enter');
  await page.getByTestId('as-of').getByText(label).waitFor();
};

/** Opens `url` until `target` shows (a read model is a moment behind its command); after `retries` more tries, fails with `explain()`. */
export const openUntilShown = async (page: Page, url: string, target: Locator, explain: () => Promise<string>, retries = 10) => {
  for (let tries = 0; ; tries++) {
    await page.goto(url);
    if (
      await target.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
    if (tries >= retries) throw new Error(await explain());
  }
};
