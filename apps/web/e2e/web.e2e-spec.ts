/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { indicatorValue } from '../src/ui/format';
import { accessible, settled, shot as screenshot, signInAs } from './browser';
import { type Board, cards, expectedLights, jumpTo, lights, openUntilShown } from './cockpit-page';
import { startStack, type Stack } from './stack';

/**
 * The web app in a real headless Chromium (Debian's package, driven by playwright-core) against
 * the registry and the projection as processes on the real test servers: the leadership's
 * cockpit shows exactly what GET /dashboard says, live and as of a date; a 区 officer registers a
 * project through the form and enters a month's investment; the cockpit changes without a reload.
 */
interface Definitions {
  indicators: Array<{ code: string; kind: string }>;
}

describe('the web app in Chromium', () => {
  let stack: Stack;
  let kinds: Map<string, string>;

  beforeAll(async () => {
    stack = await startStack(Number(process.env['E2E_PROJECTS'] ?? 120));
    kinds = new Map((await stack.read<Definitions>('/indicators')).indicators.map((d) => [d.code, d.kind]));
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const shot = (page: Page, name: string) => screenshot(page, stack.artefacts, name);
  const expected = (board: Board) =>
    Object.fromEntries(board.indicators.map((i) => [i.code, indicatorValue(kinds.get(i.code) ?? 'count', i.actual)]));
  const signIn = (page: Page, who: string) => signInAs(page, stack.web.url, who);
  /**
   * Picks the ranking's indicator and waits for its column. A click that lands while the last
   * dropdown is still closing picks nothing, and a panel arriving below can move the open
   * dropdown until it closes (both seen in CI): the page is let settle first, each pick is bounded,
   * and the pick is tried again from a closed dropdown, up to three times.
   */
  async function rankBy(page: Page, option: Locator, column: Locator): Promise<void> {
    await settled(page);
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: '排名指标' }).click();
      const picked = await option.click({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      const shown =
        picked &&
        (await column.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        ));
      if (shown) return;
      if (attempt === 3) await column.waitFor({ timeout: 1_000 }); // fails with the locator's own message
    }
  }

  it('the leadership: the board is GET /dashboard, as of 30 June too, and a locality opens its projects', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await signIn(page, '市长办公室');
    await page.getByTestId('indicators').waitFor();
    const live = await stack.read<Board>('/dashboard?year=2018');
    await page.getByText(`纳入统计项目 ${live.projects} 个`).waitFor();
    expect(await cards(page)).toEqual(expected(live));
    await shot(page, 'cockpit');
    await accessible(page, 'the cockpit');

    await jumpTo(page, '2018-12-31', '截至2018年12月31日');
    const closed = await stack.read<Board>('/dashboard?year=2018&asOf=2018-12-31');
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="indicator-new-starts"] [data-testid="actual"]')?.textContent === want,
      expected(closed)['new-starts'],
    );
    // The year has closed: every target is judged met or not met, none by pace.
    expect(await lights(page)).toEqual(expectedLights(closed));
    for (const i of closed.indicators.filter((i) => i.target !== null))
      expect(['已完成', '未完成', '暂无数据']).toContain(i.standing.label);

    await jumpTo(page, '2018-06-30', '截至2018年6月30日');
    const h1 = await stack.read<Board>('/dashboard?year=2018&asOf=2018-06-30');
    await page.getByText(`纳入统计项目 ${h1.projects} 个`).waitFor();
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="indicator-new-starts"] [data-testid="actual"]')?.textContent === want,
      expected(h1)['new-starts'],
    );
    expect(await cards(page)).toEqual(expected(h1));
    expect(expected(h1)).not.toEqual(expected(live));
    // On 30 June the half-year has ended: its targets are met or not met; the year's are judged by pace.
    expect(await lights(page)).toEqual(expectedLights(h1));
    expect(['已完成', '未完成']).toContain(h1.indicators.find((i) => i.code === 'h1-starts')?.standing.label);
    const yearly = h1.indicators.find((i) => i.code === 'new-starts');
    expect(['已达标', '正常', '关注', '滞后']).toContain(yearly?.standing.label);
    // Hovering the light says why.
    await page.getByTestId('indicator-h1-starts').getByTestId('standing').hover();
    await page
      .getByRole('tooltip')
      .getByText(h1.indicators.find((i) => i.code === 'h1-starts')?.standing.reason ?? '')
      .waitFor();

    // A coverage target ranks by reached or not, with each unit's projects against the minimum — not 100% for all.
    await rankBy(page, page.getByRole('option', { name: /龙头/ }), page.getByRole('columnheader', { name: /达到（至少\d+个）/ }));
    const reached = await page.locator('.ant-card', { hasText: '排名' }).locator('tbody td:nth-child(3)').allTextContents();
    expect(reached.length).toBeGreaterThan(0);
    for (const cell of reached) expect(cell).toMatch(/^(已达到（\d+个）|未达到（\d+\/\d+个）)$/);
    await rankBy(
      page,
      page.getByRole('option', { name: '新开工亿元以上项目', exact: true }),
      page.getByRole('columnheader', { name: '完成' }),
    );

    const breakdown = await stack.read<{ rows: Array<{ code: string; name: string; projects: number }> }>(
      '/dashboard/breakdown?by=locality&indicator=new-starts&year=2018&asOf=2018-06-30',
    );
    const top = breakdown.rows.find((r) => r.projects > 0);
    expect(top).toBeDefined();
    await page.getByTestId(`unit-${top?.code}`).click();
    await page.getByText(`共 ${top?.projects} 个项目`).waitFor();
    // Two projects of one name are told apart: the drill-down shows each one's national code and place.
    await page.locator('.ant-drawer').getByRole('columnheader', { name: '国家项目代码' }).waitFor();
    await page.locator('.ant-drawer').getByRole('columnheader', { name: '县（市）区' }).waitFor();
    await shot(page, 'cockpit-drill-down');
    const firstProject = page.locator('.ant-drawer a[href^="/projects/"]').first();
    const name = await firstProject.textContent();
    await firstProject.click();
    await page.getByRole('heading', { name: name ?? '' }).waitFor();
    await page.getByText(/全部记录（\d+）/).waitFor();
    // Who recorded each fact, by unit or service — no account ids.
    expect(await page.locator('.ant-timeline').textContent()).toMatch(/记录于 .+（.+）/);
    expect(await page.locator('.ant-timeline').textContent()).not.toMatch(/[a-z]+[:-][a-z0-9]+/);
    await shot(page, 'project-history');
    await page.close();
  }, 180_000);

  it('a 区 officer registers a project (a wrong field shows its message) and enters a month; the open cockpit follows within 5 s', async () => {
    const cockpit = await (await stack.browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await signIn(cockpit, '市长办公室');
    const before = await stack.read<Board>('/dashboard?year=2018');
    await cockpit.getByText(`纳入统计项目 ${before.projects} 个`).waitFor();

    const officer = await (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(officer, '南关区项目专员');
    await officer.goto(`${stack.web.url}/workbench`); // an officer lands on the 待办
    await officer.getByRole('button', { name: '登记新项目' }).click();
    const form = officer.getByRole('dialog');
    await form.getByLabel('项目名称').fill('南关区智慧物流园（浏览器测试）');
    await form.getByLabel('责任部门').fill('市发改委');
    await form.getByLabel('责任部门').press('Enter');
    await form.getByLabel('产业类别').fill('商贸物流');
    await form.getByLabel('产业类别').press('Enter');
    await form.getByLabel('项目生成来源').fill('重点企业');
    await form.getByLabel('项目生成来源').press('Enter');
    await form.getByLabel('总投资（万元）').fill('80000');
    await form.getByLabel('国家投资项目代码（可后补）').fill('2018-22');
    await form.getByLabel('入库日期（缺省为今天）').fill('2018-05-10');
    await form.getByLabel('入库日期（缺省为今天）').press('Enter');
    await form.getByLabel('入库日期（缺省为今天）').press('Escape');
    await form.getByRole('button', { name: '提交入库' }).click();
    await form.getByTestId('form-error').waitFor();
    await form.getByLabel('国家投资项目代码（可后补）').scrollIntoViewIfNeeded();
    const fieldError = await form.locator('#nationalCode_help, [id$="nationalCode_help"]').textContent();
    // The service's Chinese, beside the field: its name, the rule and an example — no English.
    expect(fieldError).toBe('国家投资项目代码格式不正确，应形如 2018-220104-36-03-012345');
    await shot(officer, 'workbench-register-error');

    await form.getByLabel('国家投资项目代码（可后补）').fill('');
    await form.getByRole('button', { name: '提交入库' }).click();
    await officer.getByText('项目已入库').waitFor();
    const registeredAt = Date.now();
    await cockpit.getByText(`纳入统计项目 ${before.projects + 1} 个`).waitFor({ timeout: 5_000 });
    process.stdout.write(
      `  the open cockpit showed the new project ${((Date.now() - registeredAt) / 1000).toFixed(1)} s after the form was sent\n`,
    );

    // The first project under construction in the officer's list, one month's cumulative figure above its last.
    const [first] = (
      await stack.readRegistry<{ items: Array<{ name: string; cumulativeWan?: number }> }>(
        '/projects?stage=under-construction&pageSize=100',
        'locality:nanguan',
      )
    ).items;
    expect(first).toBeDefined();
    await officer.goto(`${stack.web.url}/workbench/investments`);
    const input = officer.getByLabel(`${first?.name}累计完成投资（万元）`);
    await input.waitFor();
    await input.fill(String((first?.cumulativeWan ?? 0) + 1200));
    await officer.getByRole('button', { name: `提交${first?.name}` }).click();
    await officer.getByText('已提交').first().waitFor();
    // A lower figure is refused in Chinese, and the row offers the reasoned correction instead.
    await input.fill(String((first?.cumulativeWan ?? 0) + 700));
    await officer.getByRole('button', { name: `提交${first?.name}` }).click();
    const refusal = officer.getByText(/^累计完成投资不能从 \d+ 万元减少到 \d+ 万元；如确需调减，请提交附理由的更正$/);
    await refusal.waitFor();
    await officer.getByLabel(`${first?.name}更正理由`).fill('经核实，上次填报含未发生的设备款');
    await officer.getByRole('button', { name: `提交${first?.name}的更正` }).click();
    await officer.getByText('已更正').first().waitFor();
    await shot(officer, 'workbench-investments');
    await accessible(officer, 'the monthly investment entry');
    await officer.goto(`${stack.web.url}/workbench`);
    await officer.getByText('我的项目').waitFor();
    await shot(officer, 'workbench');
    await accessible(officer, 'the workbench');
  }, 180_000);

  it('approvals: a 区 submits an item, the department sees it in its inbox with working days left, notices once, and decides', async () => {
    // A project of 南关区 entering 前期 opens its approval case (registry → approval, by events).
    const { id: projectId } = await stack.send<{ id: string }>(stack.registry, '/projects', 'locality:nanguan', {
      name: '南关区智慧停车综合体（浏览器测试）',
      localityCode: 'nanguan',
      departmentCode: 'fgw',
      categoryCode: 'infrastructure',
      sourceCode: 'government',
      totalInvestmentWan: 60_000,
      reserveLevels: ['locality'],
      registeredOn: '2026-09-01',
    });
    for (const [path, body] of [
      ['docking', { date: '2026-09-10' }],
      ['landing', { date: '2026-10-08', investor: '长春城投' }],
      ['preparation', { date: '2026-10-20' }],
    ] as const)
      await stack.send(stack.registry, `/projects/${projectId}/${path}`, 'locality:nanguan', body);

    const officer = await (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(officer, '南关区项目专员');
    await openUntilShown(
      officer,
      `${stack.web.url}/approvals/${projectId}`,
      officer.getByRole('button', { name: '申报' }).first(),
      async () => {
        await shot(officer, 'approval-case-not-open');
        return `the approval case did not open: ${await officer.locator('main').textContent()}`;
      },
    );
    const siteRow = officer.getByRole('row', { name: /规划选址/ });
    await siteRow.getByRole('button', { name: '申报' }).click();
    const submit = officer.getByRole('dialog');
    await submit.getByLabel('材料清单（每行一项）').fill('选址申请表\n项目建议书批复');
    await submit.getByRole('button', { name: '申报' }).click();
    await officer.getByText('申报：已办理').waitFor();

    // The department's inbox: the item with its deadline in working days.
    const department = await (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(department, '市规划局审批科');
    const row = department.getByRole('row', { name: /南关区智慧停车综合体/ });
    // The inbox reads the service's read model, a moment behind the command (the reaction is busy with the demo city).
    await openUntilShown(
      department,
      `${stack.web.url}/approvals`,
      row,
      async () =>
        `the submitted item is not in the department’s inbox; approval /health: ${await (await fetch(`${stack.approval.url}/health`)).text()}\n${stack.approval.output().slice(-3000)}`,
      20,
    );
    expect(await row.textContent()).toMatch(/剩 \d+ 个工作日|超期 \d+ 个工作日/);
    // The service searches: one row for the project's name, and none for a name nobody has.
    await department.getByLabel('搜索项目或事项').fill('智慧停车综合体');
    await department.getByLabel('搜索项目或事项').press('Enter');
    await department.getByText('共 1 项').waitFor();
    expect(await department.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await department.getByLabel('搜索项目或事项').fill('没有这个项目');
    await department.getByLabel('搜索项目或事项').press('Enter');
    await department.getByText('没有符合条件的待办事项').waitFor();
    await department.getByLabel('搜索项目或事项').fill('');
    await department.getByLabel('搜索项目或事项').press('Enter');
    await row.waitFor();
    await accessible(department, 'the approval inbox');
    await shot(department, 'approval-inbox');

    await row.getByRole('link').click();
    const item = department.getByRole('row', { name: /规划选址/ });
    await item.getByRole('button', { name: '一次性告知补正' }).click();
    let form = department.getByRole('dialog');
    await form.getByLabel(/需补正的材料/).fill('用地红线图');
    await form.getByRole('button', { name: '一次性告知补正' }).click();
    await department.getByText('一次性告知补正：已办理').waitFor();

    await officer.reload();
    await officer
      .getByRole('row', { name: /规划选址/ })
      .getByRole('button', { name: '补正后提交' })
      .click();
    await officer.getByRole('dialog').getByLabel('材料清单（每行一项）').fill('用地红线图');
    await officer.getByRole('dialog').getByRole('button', { name: '补正后提交' }).click();
    await officer.getByText('补正后提交：已办理').waitFor();

    // A second notice may not ask for a document the first did not name: the rule shows next to the field.
    await department.reload();
    await department
      .getByRole('row', { name: /规划选址/ })
      .getByRole('button', { name: '一次性告知补正' })
      .click();
    form = department.getByRole('dialog');
    await form.getByLabel(/需补正的材料/).fill('地质勘察报告');
    await form.getByRole('button', { name: '一次性告知补正' }).click();
    await form.getByTestId('form-error').waitFor();
    expect(await form.locator('[id$="documents_help"]').textContent()).toContain('地质勘察报告');
    await accessible(department, 'the approval case');
    await shot(department, 'approval-case-one-time-notice');
    await department.keyboard.press('Escape');

    await department
      .getByRole('row', { name: /规划选址/ })
      .getByRole('button', { name: '批准', exact: true })
      .click();
    await department.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
    await department.getByText('批准：已办理').waitFor();
    // The screen re-reads until the case shows the decision: the item is 已批准 and its buttons are gone, without a reload.
    const decided = department.getByRole('row', { name: /规划选址/ });
    await decided.getByText('已批准', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await decided.getByRole('button').count()).toBe(0);

    // The project's page (项目全景) says where its approvals stand: the case is open, one item approved.
    await openUntilShown(
      officer,
      `${stack.web.url}/projects/${projectId}`,
      officer.getByText('审批事项批准').first(),
      async () => `the project's page does not show the approval: ${await officer.locator('main').textContent()}`,
    );
    expect(await officer.locator('.ant-descriptions').textContent()).toContain('审批手续办理中');
  }, 120_000);
});
