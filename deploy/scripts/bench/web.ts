/**
 * Stage (f): the web app as a leader meets it — the bundle's size (raw and gzip) and the
 * cockpit's first render in Debian's Chromium over the demo city of stage (e): from navigation
 * to every indicator card on screen, after the dev sign-in, cold (first visit) and warm.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { consoleProgress, ensureChromium, workspaceRoot } from '@ccpc/infra';
import { log } from './fixtures';

/** All of the app's scripts and styles, and those a first visit loads before any screen (index.html's own). */
export function bundleSize(): { files: number; rawKiB: number; gzipKiB: number; entryRawKiB: number; entryGzipKiB: number } {
  const dist = join(workspaceRoot(), 'dist/apps/web');
  const dir = join(dist, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = files.filter((f) => html.includes(`/assets/${f}`));
  const kib = (names: string[], size: (f: string) => number) => Math.round(names.reduce((sum, f) => sum + size(f), 0) / 1024);
  const raw = (f: string) => statSync(join(dir, f)).size;
  const gzip = (f: string) => gzipSync(readFileSync(join(dir, f))).length;
  return {
    files: files.length,
    rawKiB: kib(files, raw),
    gzipKiB: kib(files, gzip),
    entryRawKiB: kib(entry, raw),
    entryGzipKiB: kib(entry, gzip),
  };
}

export async function cockpitFirstRender(webUrl: string): Promise<{ coldMs: number; warmMs: number }> {
  log('(f) the cockpit in Chromium: first render, cold and warm');
  const web = { url: webUrl };
  const browser = await chromium.launch({ executablePath: ensureChromium(consoleProgress('chromium')), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(web.url);
    await page.getByRole('button', { name: '以市长办公室登录' }).click();
    await page.getByTestId('indicators').waitFor();
    /** A reload of the cockpit, signed in, the bundle in the browser's cache. */
    const reload = async () => {
      const started = performance.now();
      await page.goto(`${web.url}/cockpit`, { waitUntil: 'commit' });
      await page.locator('[data-testid^="indicator-"] [data-testid="actual"]').first().waitFor();
      return Math.round(performance.now() - started);
    };
    const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const coldPage = await fresh.newPage();
    await coldPage.goto(web.url);
    await coldPage.getByRole('button', { name: '以市长办公室登录' }).waitFor();
    const coldStarted = performance.now();
    await coldPage.getByRole('button', { name: '以市长办公室登录' }).click();
    await coldPage.locator('[data-testid^="indicator-"] [data-testid="actual"]').first().waitFor();
    const coldMs = Math.round(performance.now() - coldStarted);
    const warmMs = await reload();
    return { coldMs, warmMs };
  } finally {
    await browser.close();
  }
}
