/**
 * Stage (g'): each list's first page in Debian's Chromium over the demo city of stage (g) — the
 * approval inbox of a department and of the project office, the office's case list, the
 * cockpit's warnings and drill-down, an officer's workbench: from navigation to the first row on
 * screen, signed in as the caller who uses it, first time and again.
 */
import { chromium, type Page } from 'playwright-core';
import { consoleProgress, ensureChromium } from '@ccpc/infra';
import { log } from './fixtures';

export interface ListTiming {
  list: string;
  /** From what to what it is timed. */
  measure: string;
  firstMs: number;
  againMs: number;
  /** Of `againMs`: from navigation to the list's API answer (the rest is the app's start and rendering). */
  againApiMs: number;
}

const ROWS = '.ant-table-tbody tr.ant-table-row';

export async function listFirstPages(webUrl: string): Promise<ListTiming[]> {
  log("(g) each list's first page in Chromium over the demo city");
  const browser = await chromium.launch({ executablePath: ensureChromium(consoleProgress('chromium')), args: ['--no-sandbox'] });
  const signedIn = async (who: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await page.goto(webUrl);
    await page.getByRole('button', { name: `以${who}登录`, exact: true }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    return page;
  };
  /**
   * From navigation to `ready` (the first row), twice: the second is a reload with the service's
   * caches warm. A list opened by a click on the page (`opener`: the drill-down's drawer) is timed
   * from that click, on the page loaded afresh each time.
   */
  const timed = async (page: Page, path: string, api: RegExp, ready: (page: Page) => Promise<unknown>, opener?: string) => {
    const once = async () => {
      if (opener) {
        await page.goto(`${webUrl}${path}`, { waitUntil: 'commit' });
        await page.locator(opener).first().waitFor();
      }
      const started = performance.now();
      let answered = 0;
      const answer = page
        .waitForResponse((r) => api.test(r.url()) && r.request().method() === 'GET', { timeout: 60_000 })
        .then(() => (answered = performance.now()))
        .catch(() => undefined);
      if (opener) await page.locator(opener).first().click();
      else await page.goto(`${webUrl}${path}`, { waitUntil: 'commit' });
      await ready(page);
      await answer;
      return { ms: Math.round(performance.now() - started), apiMs: Math.round((answered || performance.now()) - started) };
    };
    const first = await once();
    const again = await once();
    return {
      measure: opener ? 'first page (the click that opens it → first row)' : 'first page (navigation → first row)',
      firstMs: first.ms,
      againMs: again.ms,
      againApiMs: again.apiMs,
    };
  };
  /**
   * The office's case list searched for one project's name (the first row's), among every case:
   * from Enter to a table of only its rows, twice (the list cleared between). Refuses a search
   * that shows a row of another name or none.
   */
  const searchOne = async (page: Page): Promise<ListTiming> => {
    const region = page.getByRole('region', { name: '审批案件列表' });
    await page.goto(`${webUrl}/approvals/office`, { waitUntil: 'commit' });
    const name = ((await region.locator(`${ROWS} a`).first().textContent()) ?? '').trim();
    const total = async () =>
      Number(/共 (\d+) 个案件/.exec((await page.locator('.ant-pagination-total-text').first().textContent()) ?? '')?.[1]);
    const everything = await total();
    let rows = 0;
    const once = async () => {
      const started = performance.now();
      let answered = 0;
      const answer = page
        .waitForResponse((r) => /\/approval-cases\?.*q=/.test(r.url()) && r.request().method() === 'GET', { timeout: 60_000 })
        .then(() => (answered = performance.now()));
      await page.getByLabel('搜索项目').fill(name);
      await page.getByLabel('搜索项目').press('Enter');
      await answer;
      await page.waitForFunction(
        ({ all }) => {
          const text = document.querySelector('.ant-pagination-total-text')?.textContent ?? '';
          return text !== `共 ${all} 个案件` && text.startsWith('共 ');
        },
        { all: everything },
        { timeout: 60_000 },
      );
      const shown = await region.locator(ROWS).allTextContents();
      if (shown.length === 0 || shown.some((row) => !row.includes(name)))
        throw new Error(`the search for ${name} showed ${shown.join(' | ')}`);
      rows = await total();
      const ms = Math.round(performance.now() - started);
      // Cleared again, for the second search.
      await page.getByLabel('搜索项目').fill('');
      await page.getByLabel('搜索项目').press('Enter');
      await page.getByText(`共 ${everything} 个案件`).waitFor();
      return { ms, apiMs: Math.round(answered - started) };
    };
    const first = await once();
    const again = await once();
    return {
      list: `approval cases (市大项目办) searched for one project's name: ${rows} of ${everything} cases`,
      measure: 'Enter → only its rows',
      firstMs: first.ms,
      againMs: again.ms,
      againApiMs: again.apiMs,
    };
  };
  try {
    const timings: ListTiming[] = [];
    const department = await signedIn('市规划局审批科');
    timings.push({
      list: 'approval inbox (市规划局)',
      ...(await timed(department, '/approvals', /\/items\?/, (p) => p.locator(ROWS).first().waitFor())),
    });
    const office = await signedIn('市大项目办值班员');
    timings.push({
      list: 'approval inbox (市大项目办, every item)',
      ...(await timed(office, '/approvals', /\/items\?/, (p) => p.locator(ROWS).first().waitFor())),
    });
    timings.push({
      list: 'approval cases (市大项目办)',
      ...(await timed(office, '/approvals/office', /\/approval-cases\?/, (p) =>
        p.getByRole('region', { name: '审批案件列表' }).locator(ROWS).first().waitFor(),
      )),
    });
    timings.push(await searchOne(office));
    const officer = await signedIn('南关区项目专员');
    timings.push({
      list: 'workbench projects (南关区)',
      ...(await timed(officer, '/workbench', /\/projects\?/, (p) => p.locator(ROWS).first().waitFor())),
    });
    const leadership = await signedIn('市长办公室');
    timings.push({
      list: 'cockpit warnings',
      ...(await timed(leadership, '/cockpit', /\/warnings\?/, (p) =>
        p.locator('[data-testid="warnings"] .ant-list-item').first().waitFor(),
      )),
    });
    timings.push({
      list: 'cockpit drill-down (a locality of the ranking, from the click)',
      ...(await timed(
        leadership,
        '/cockpit',
        /\/dashboard\/indicators\/[^/]+\/projects/,
        (p) => p.locator(`.ant-drawer ${ROWS}`).first().waitFor(),
        '[data-testid^="unit-"]',
      )),
    });
    return timings;
  } finally {
    await browser.close();
  }
}
