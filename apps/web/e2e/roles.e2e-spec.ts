import { DEPARTMENTS, LOCALITIES } from '@ccpc/contracts';
import { SIGN_IN_CALLERS } from '@ccpc/infra';
import { accessible, settled, shot, signInAs } from './browser';
import { startStack, type Stack } from './stack';

/**
 * Every role its landing and its screens, in Chromium against the services as processes: the
 * sign-in offers every demo caller; a read-only role gets no write screen, even by its address;
 * an approver lands on the inbox; the statistics bureau publishes and revises its monthly figures
 * on screen, and the cockpit's figure follows.
 */
describe('the roles of the web app', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(20);
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const page = async (width = 1440) => (await stack.browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const menu = async (p: Awaited<ReturnType<typeof page>>) =>
    (await p.locator('header [role="menuitem"]').allTextContents())
      .map((t) => t.replace(/[\d+]/g, '').trim()) // the 待办's count is a badge on its item
      .filter((t) => t !== '');

  it('the sign-in offers each 县（市）区 and 开发区, each city department and the city offices', async () => {
    const p = await page();
    await p.goto(stack.web.url);
    const grants = new Set(SIGN_IN_CALLERS.map((c) => c.grant));
    expect(LOCALITIES.filter((l) => !grants.has(`locality:${l.code}`))).toEqual([]);
    expect(DEPARTMENTS.filter((d) => !grants.has(`department:${d.code}`))).toEqual([]);
    for (const kind of ['project-office', 'leadership', 'statistics']) expect(grants.has(kind)).toBe(true);
    // Each of them is a button on the page.
    for (const c of SIGN_IN_CALLERS) await p.getByRole('button', { name: `以${c.name}登录`, exact: true }).waitFor();
    await accessible(p, 'the sign-in');
    await p.close();
  }, 60_000);

  it('the leadership reads: no workbench and no monthly entry, not even by their address', async () => {
    const p = await page();
    await signInAs(p, stack.web.url, '市长办公室');
    await p.waitForURL(/\/cockpit$/);
    expect(await menu(p)).toEqual(['领导驾驶舱', '审批案件与集中审批', '问题解决', '招商对接']);
    await p.goto(`${stack.web.url}/workbench/investments`);
    await p.waitForURL(/\/cockpit$/);
    expect(await p.getByRole('button', { name: /提交/ }).count()).toBe(0);
    await p.close();
  }, 60_000);

  it('a department approver and a 区 officer land on their 待办', async () => {
    const approver = await page();
    await signInAs(approver, stack.web.url, '市规划局审批科');
    await approver.waitForURL(/\/todo$/);
    const officer = await page();
    await signInAs(officer, stack.web.url, '绿园区项目专员');
    await officer.waitForURL(/\/todo$/);
    expect(await menu(officer)).toEqual(['我的待办', '项目工作台', '月度投资填报', '审批待办', '问题解决', '招商对接']);
    await approver.close();
    await officer.close();
  }, 60_000);

  it('the statistics bureau publishes a month on screen, revises it with a reason, and the cockpit follows', async () => {
    const p = await page();
    await signInAs(p, stack.web.url, '市统计局投资处');
    await p.waitForURL(/\/statistics$/);
    await p.getByRole('button', { name: '公布月度数据' }).click();
    const form = p.getByRole('dialog');
    // Published in July 2018: the 2018 board, closed on 31 December, counts what was published by then.
    // (The dates first: Enter in a date field submits a form that is already complete.)
    await form.getByLabel('公布日期').fill('2018-07-15');
    await form.getByLabel('公布日期').press('Enter');
    await form.getByLabel('数据所属月份').fill('2018-06');
    await form.getByLabel('数据所属月份').press('Enter');
    await form.getByLabel('本年累计（万元）').fill('23456000');
    await form.getByLabel('上年同期累计（万元）').fill('21000000');
    await form.getByRole('button', { name: '公布', exact: true }).click();
    const row = p.getByRole('row', { name: /2018年6月/ });
    await row.waitFor();
    await accessible(p, 'the statistics figures');

    await row.getByRole('button', { name: '修订2018年6月数据' }).click();
    const revise = p.getByRole('dialog');
    await revise.getByLabel('公布日期').fill('2018-08-10');
    await revise.getByLabel('公布日期').press('Enter');
    await revise.getByLabel('本年累计（万元）').fill('23520000');
    await revise.getByLabel('修订理由').fill('补充入统项目');
    await revise.getByRole('button', { name: '提交修订' }).click();
    await p
      .getByRole('row', { name: /2018年6月/ })
      .getByRole('cell', { name: '1', exact: true })
      .waitFor();

    // The cockpit's growth is the revised figure's: 23,520,000 ÷ 21,000,000 − 1 = 12%.
    for (const deadline = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 300))) {
      const board = await stack.read<{ indicators: Array<{ code: string; actual: number }> }>('/dashboard?year=2018');
      const growth = board.indicators.find((i) => i.code === 'fixed-asset-investment-growth')?.actual;
      if (growth === 0.12) break;
      if (Date.now() > deadline) throw new Error(`the board's growth is ${growth}, not 0.12`);
    }
    await p.close();
  }, 90_000);

  it('the project office records a department’s statement on a project of the §27 round, on screen', async () => {
    // The round of 2018, opened at the end of the first quarter: it gathers the year's planned new starts of 10亿 or more.
    const opened = await stack.send<{ events: Array<{ data: { projects: Array<{ projectId: string; name: string }> } }> }>(
      stack.approval,
      '/approval-rounds',
      'project-office',
      { year: 2018, date: '2018-03-30' },
    );
    const [project] = opened.events[0]?.data.projects ?? [];
    expect(project).toBeDefined();
    const p = await page();
    await signInAs(p, stack.web.url, '市大项目办值班员');
    await p.goto(`${stack.web.url}/approvals/office`);
    await p.getByRole('button', { name: `记录${project?.name}的部门意见` }).click();
    const form = p.getByRole('dialog');
    await form.getByLabel('明确之日').fill('2018-04-02');
    await form.getByLabel('明确之日').press('Enter');
    await form.getByLabel('审批时限（办结期限）').fill('2018-04-20');
    await form.getByLabel('审批时限（办结期限）').press('Enter');
    await form.getByLabel('审批职能部门').fill('市环保局');
    await form.getByLabel('审批职能部门').press('Enter');
    await form.getByLabel(/需补充完善的手续/).fill('环境影响报告表');
    await form.getByRole('button', { name: '记录部门意见' }).click();
    // The row shows the statement (by the department's name) without a reload.
    await p
      .getByRole('row', { name: project?.name ?? '' }) // a substring of the row's name (the name may hold + or ()
      .getByText('市环保局：环境影响报告表（2018年4月20日前）')
      .waitFor({ timeout: 10_000 });
    await accessible(p, 'the approval office');
    await p.close();
  }, 90_000);

  /** The page's own size against the window's: a scrollbar shows where the page is larger. */
  const overflow = (p: Awaited<ReturnType<typeof page>>) =>
    p.evaluate(() => ({
      width: document.documentElement.scrollWidth - window.innerWidth,
      height: document.documentElement.scrollHeight - window.innerHeight,
    }));

  it("a 区 officer takes a project's next stage step on its page; the offer moves on, the history names who; the leadership gets no buttons", async () => {
    const { id } = await stack.send<{ id: string }>(stack.registry, '/projects', 'locality:lvyuan', {
      name: '绿园区阶段办理测试项目',
      localityCode: 'lvyuan',
      departmentCode: 'gxj',
      categoryCode: 'auto',
      sourceCode: 'enterprise',
      totalInvestmentWan: 12_000,
      reserveLevels: ['locality'],
    });
    for (let tries = 0; ; tries++) {
      if (
        await stack.read(`/projects/${id}/history`).then(
          () => true,
          () => false,
        )
      )
        break;
      if (tries > 60) throw new Error('the projection never had the new project');
      await new Promise((r) => setTimeout(r, 500));
    }
    const officer = await page();
    await signInAs(officer, stack.web.url, '绿园区项目专员');
    await officer.goto(`${stack.web.url}/projects/${id}`);
    const actions = officer.getByRole('region', { name: '办理' });
    await actions.getByRole('button', { name: '开始对接' }).click();
    const form = officer.getByRole('dialog');
    await form.getByLabel('日期').waitFor();
    await accessible(officer, 'a stage step');
    await form.getByRole('button', { name: '确认办理' }).click();
    // The page re-reads: the stage moves on, the step's button is gone and the next one offered, the history says who.
    await officer.locator('.ant-descriptions').getByText('对接中').waitFor();
    await actions.getByRole('button', { name: '项目落位' }).waitFor();
    expect(await actions.getByRole('button', { name: '开始对接' }).count()).toBe(0);
    await officer
      .locator('.ant-timeline')
      .getByText(/开始对接|对接/)
      .first()
      .waitFor();
    expect(await officer.locator('.ant-timeline').textContent()).toContain('（绿园区项目专员）');
    await officer.close();

    const leadership = await page();
    await signInAs(leadership, stack.web.url, '市长办公室');
    await leadership.goto(`${stack.web.url}/projects/${id}`);
    await leadership.getByRole('heading', { name: '绿园区阶段办理测试项目' }).waitFor();
    await leadership.locator('.ant-timeline').waitFor();
    expect(await leadership.getByRole('region', { name: '办理' }).count()).toBe(0);
    await leadership.close();
  }, 90_000);

  it('the wall screen fits 1920×1080 without a scrollbar, its numbers large', async () => {
    const p = await (await stack.browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await signInAs(p, stack.web.url, '市长办公室');
    await p.getByRole('button', { name: '大屏模式' }).click();
    await p.waitForURL(/\/wall$/);
    await p.getByTestId('wall-new-starts').waitFor();
    await p.getByText(/新开工亿元以上项目 · 县（市）区排名/).waitFor();
    expect(await overflow(p)).toEqual({ width: 0, height: 0 });
    const size = await p
      .getByTestId('wall-new-starts')
      .locator('div')
      .nth(1)
      .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
    expect(size).toBeGreaterThanOrEqual(40); // about 12 mm on a 55-inch 1080p screen: readable at three metres
    await shot(p, stack.artefacts, 'wall');
    await accessible(p, 'the wall screen');
    await p.close();
  }, 60_000);

  it('at 390 px (a phone) the 待办, the workbench and the inbox have no horizontal scrollbar', async () => {
    const officer = await page(390);
    await signInAs(officer, stack.web.url, '南关区项目专员');
    await officer.getByRole('heading', { name: '我的待办' }).waitFor();
    await settled(officer);
    expect((await overflow(officer)).width).toBeLessThanOrEqual(0);
    await officer.goto(`${stack.web.url}/workbench`);
    await officer.getByText('我的项目').waitFor();
    await settled(officer);
    expect((await overflow(officer)).width).toBeLessThanOrEqual(0);
    const approver = await page(390);
    await signInAs(approver, stack.web.url, '市规划局审批科');
    await approver.goto(`${stack.web.url}/approvals`);
    await approver.getByRole('heading', { name: '审批待办' }).waitFor();
    await settled(approver);
    expect((await overflow(approver)).width).toBeLessThanOrEqual(0);
    await accessible(approver, 'the inbox at 390 px');
    await officer.close();
    await approver.close();
  }, 60_000);
});
