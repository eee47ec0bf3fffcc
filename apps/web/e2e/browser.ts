/// <reference lib="dom" />
/** What every browser test does: sign in as a demo caller, and check a screen with axe-core. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core in the page: no serious or critical violation. */
export async function accessible(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ content: axe.source });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }),
  )) as axe.AxeResults;
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
  process.stdout.write(`  axe on ${screen}: ${result.violations.length} violations, ${serious.length} serious or critical\n`);
  expect(summary).toEqual([]);
}

/** Signs in on the local sign-in page as the demo caller named `who`. */
export async function signInAs(page: Page, webUrl: string, who: string): Promise<void> {
  await page.goto(webUrl);
  await page.getByRole('button', { name: `以${who}登录` }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor(); // signed in: a navigation now keeps the session
}
