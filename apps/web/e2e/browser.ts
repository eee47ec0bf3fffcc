/// <reference lib="dom" />
/** What every browser test does: sign in as a demo caller, check a screen with axe-core, take a screenshot. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { workspaceRoot } from '@ccpc/infra';

/** The screenshots the README shows (docs/screenshots); UPDATE_SCREENSHOTS=1 refreshes them. */
const IN_README = ['cockpit', 'cockpit-drill-down', 'workbench-register-error', 'wall', 'approval-inbox', 'todo'];

/** A screenshot of the window into the test artefacts (and into docs/screenshots for the README's, when asked). */
export async function shot(page: Page, artefacts: string, name: string): Promise<void> {
  await page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: false });
  if (process.env['UPDATE_SCREENSHOTS'] && IN_README.includes(name)) {
    mkdirSync(join(workspaceRoot(), 'docs/screenshots'), { recursive: true });
    copyFileSync(join(artefacts, `${name}.png`), join(workspaceRoot(), 'docs/screenshots', `${name}.png`));
  }
}

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

/**
 * The screen has drawn what it read: no spinner and no skeleton left. (Not "network idle": every
 * framed screen keeps the projection's change stream open for the 待办's count.)
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton').length === 0, undefined, {
    timeout: 30_000,
  });
}
