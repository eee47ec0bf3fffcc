import { accessible, shot, signInAs } from './browser';
import { startStack, type Stack } from './stack';

/**
 * The one 待办 (issue 22's done-when): a 区 officer's list holds a monthly investment report due
 * (registry), approval items to supplement and to submit (approval) and an issue to confirm (issue-resolution),
 * soonest deadline first, each linking to its screen; the count on the navigation bar drops live
 * when one of them is done elsewhere — all on the services as processes on the test servers.
 */
describe('one 待办 across the services, and the problem-solving screens', () => {
  let stack: Stack;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const later = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  let projectId = '';
  let issueId = '';

  /** A command that may wait for another service to learn of the project first (404/422 until its events arrive). */
  async function retried<T>(send: () => Promise<T>, what: string): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await send();
      } catch (error) {
        if (tries > 60) throw new Error(`${what}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  beforeAll(async () => {
    stack = await startStack(0);
    // A project of 绿园区 under construction: its case opens on 前期; it owes last month's investment report.
    ({ id: projectId } = await stack.send<{ id: string }>(stack.registry, '/projects', 'locality:lvyuan', {
      name: '绿园区轨道客车配套产业园（待办测试）',
      localityCode: 'lvyuan',
      departmentCode: 'gxj',
      categoryCode: 'auto',
      sourceCode: 'enterprise',
      totalInvestmentWan: 60_000,
      reserveLevels: ['locality'],
      registeredOn: later(-60),
    }));
    for (const [path, body] of [
      ['docking', { date: later(-50) }],
      ['landing', { date: later(-40), investor: '长客股份' }],
      ['preparation', { date: later(-30) }],
      ['start', { date: later(-20) }],
    ] as const)
      await stack.send(stack.registry, `/projects/${projectId}/${path}`, 'locality:lvyuan', body);
    // 规划选址 submitted, then sent back for supplements: the 区's to supplement.
    const item = `/approval-cases/${projectId}/items/site-selection`;
    await retried(
      () => stack.send(stack.approval, `${item}/submission`, 'locality:lvyuan', { date: later(-10), documents: ['选址申请表'] }),
      'the approval case to open',
    );
    await stack.send(stack.approval, `${item}/supplement-request`, 'department:ghj', { date: later(-8), documents: ['选址论证报告'] });
    // An issue the 区 reported, resolved by the department it was distributed to: the 区's to confirm.
    ({ id: issueId } = await retried(
      () =>
        stack.send<{ id: string }>(stack.issueResolution, '/issues', 'locality:lvyuan', {
          projectId,
          category: 'utilities',
          description: '项目用电增容申请未获批复',
          date: later(-7),
        }),
      'issue-resolution to know the project',
    ));
    await stack.send(stack.issueResolution, `/issues/${issueId}/distribution`, 'project-office', {
      departmentCode: 'gxj',
      deadline: later(20),
      date: later(-6),
    });
    await stack.send(stack.issueResolution, `/issues/${issueId}/acceptance`, 'department:gxj', { date: later(-5) });
    await stack.send(stack.issueResolution, `/issues/${issueId}/resolution`, 'department:gxj', {
      resolution: '电力公司已批复增容',
      date: later(-1),
    });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists the due report, the item to supplement and the issue to confirm in deadline order; the count drops live when one is done', async () => {
    const page = await (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, stack.web.url, '绿园区项目专员');
    await page.waitForURL(/\/todo$/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    const count = page.getByTestId('todo-count');
    // 规划选址 to supplement, 用地预审 (no prerequisite) to submit, the month to report, the issue to confirm.
    const total = page.getByText(/^共 \d+ 项/);
    await page.getByText('共 4 项').waitFor({ timeout: 30_000 });
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(4);
    expect(texts.find((t) => t.includes('填报月度投资'))).toContain('绿园区轨道客车配套产业园');
    expect(texts.find((t) => t.includes('补正'))).toContain('规划选址');
    expect(texts.find((t) => t.includes('确认销号'))).toContain('配套问题');
    // Soonest deadline first, undated last: the dates shown are in order.
    const dates = texts
      .map((t) => /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t))
      .map((m) => (m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : '9999'));
    expect([...dates].sort()).toEqual(dates);
    expect(await count.textContent()).toContain('4');
    expect(await total.textContent()).toContain('逾期');
    await shot(page, stack.artefacts, 'todo');
    await accessible(page, 'the 待办');

    // Each entry opens its screen.
    await page.getByRole('link', { name: /配套问题/ }).click();
    await page.waitForURL(new RegExp(`/issues/${issueId}$`));
    await page.getByRole('button', { name: '确认销号' }).waitFor();
    await page.goBack();
    await page.getByText('共 4 项').waitFor();

    // Done elsewhere (the 区's colleague confirms through the API): the bar's count drops without a reload.
    await stack.send(stack.issueResolution, `/issues/${issueId}/confirmation`, 'locality:lvyuan', { date: today });
    await page.getByText('共 3 项').waitFor({ timeout: 15_000 });
    expect(await count.textContent()).toContain('3');
    expect((await rows.allTextContents()).some((t) => t.includes('确认销号'))).toBe(false);
    await page.close();
  }, 120_000);

  it('the problem-solving screens: report from the project page, the cycle board, distribute, a department accepts from its 待办, supervise, the 督办清单, minutes, the cockpit panel', async () => {
    const context = async () => (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    // The 区 reports an issue from the project's page.
    const officer = await context();
    await signInAs(officer, stack.web.url, '绿园区项目专员');
    await officer.goto(`${stack.web.url}/projects/${projectId}`);
    await officer.getByRole('button', { name: '上报问题' }).click();
    const report = officer.getByRole('dialog');
    await report.getByLabel('问题类别').fill('用地');
    await report.getByLabel('问题类别').press('Enter');
    await report.getByLabel('问题描述').fill('配套道路用地尚未完成征收');
    await report.getByRole('button', { name: '上报', exact: true }).click();
    await officer.waitForURL(/\/issues\/[0-9a-f-]{36}$/);
    const reported = officer.url().split('/').pop() as string;
    await officer.getByRole('heading', { name: '绿园区轨道客车配套产业园（待办测试）：用地问题' }).waitFor();
    await officer.getByRole('cell', { name: '已上报' }).waitFor();
    const cycle = /（(\d{4}-\d{2}) 周期）/.exec(await officer.locator('body').innerText())?.[1];
    await shot(officer, stack.artefacts, 'issue-reported');

    // The project office: the cycle board has it as reported; it distributes it on the issue's page.
    const office = await context();
    await signInAs(office, stack.web.url, '市大项目办值班员');
    await office.goto(`${stack.web.url}/issues/cycle?month=${cycle}`);
    await office.getByTestId('cycle-reported').getByText('绿园区轨道客车配套产业园（待办测试）').waitFor();
    await shot(office, stack.artefacts, 'issue-cycle-board');
    await accessible(office, 'the cycle board');
    await office.goto(`${stack.web.url}/issues/${reported}`);
    await office.getByRole('button', { name: '分发' }).click();
    const distribute = office.getByRole('dialog');
    await distribute.getByLabel('责任部门').fill('市工信局');
    await distribute.getByLabel('责任部门').press('Enter');
    await distribute.getByLabel('办结时限').fill(later(15));
    await distribute.getByLabel('办结时限').press('Enter'); // takes the typed date and sends the form
    await office.getByText('分发：已办理').waitFor();
    await office.getByText('已分发').first().waitFor();

    // The department finds it in its 待办 and accepts it on its page.
    const department = await context();
    await signInAs(department, stack.web.url, '市工信局项目处');
    await department.waitForURL(/\/todo$/);
    await department
      .getByRole('row', { name: /受理.*配套道路用地/ })
      .getByRole('link', { name: /用地问题/ })
      .click();
    await department.getByRole('button', { name: '受理' }).click();
    await department.getByRole('dialog').getByRole('button', { name: '受理' }).click();
    await department.getByText('办理中').first().waitFor();

    // The office supervises it (督办): the 督办清单 lists it, live.
    await office.getByRole('button', { name: '督办' }).click();
    const supervise = office.getByRole('dialog');
    await supervise.getByLabel('督办通知编号').fill('督办〔2026〕1号');
    await supervise.getByLabel('督办要求').fill('请于十日内办结');
    await supervise.getByLabel('办结时限').fill(later(10));
    await supervise.getByLabel('办结时限').press('Enter'); // takes the typed date and sends the form
    await office.getByText('督办：已办理').waitFor();
    await office.goto(`${stack.web.url}/supervision`);
    await office.getByRole('row', { name: /配套道路用地尚未完成征收.*市工信局/ }).waitFor({ timeout: 15_000 });
    await shot(office, stack.artefacts, 'supervision-list');
    await accessible(office, 'the supervision list');

    // A dispatch meeting's minutes: the department completes its decision on screen.
    const meeting = await stack.send<{ id: string }>(stack.issueResolution, '/meetings', 'project-office', {
      kind: 'dispatch',
      title: '项目建设调度会议（浏览器测试）',
      date: today,
      chair: '市项目建设领导小组办公室',
      attendees: ['gxj', 'lvyuan'],
    });
    await stack.send(stack.issueResolution, `/meetings/${meeting.id}/decisions`, 'project-office', {
      subject: '协调产业园供电专线',
      ownerKind: 'department',
      ownerCode: 'gxj',
      measures: '市工信局牵头，电力公司配合',
      deadline: later(10),
    });
    await department.goto(`${stack.web.url}/meetings/${meeting.id}`);
    const decision = department.getByRole('row', { name: /协调产业园供电专线/ });
    await decision.getByRole('button', { name: '办结' }).click();
    await department.getByRole('dialog').getByLabel('办结情况').fill('专线已接通');
    await department.getByRole('dialog').getByRole('button', { name: '办结' }).click();
    await decision.getByText(/办结$/).waitFor();
    await accessible(department, 'the minutes');

    // The month's supervision report, printable: addressed to 市委、市政府, the meeting and its decision done.
    await office.goto(`${stack.web.url}/reports/supervision/${today.slice(0, 7)}`);
    await office.getByRole('heading', { name: /重大项目会议决定事项督查报告/ }).waitFor();
    const paper = await office.locator('article').innerText();
    expect(paper).toContain('报送：市委、市政府');
    expect(paper).toContain('抄送：市委组织部、市纪检委');
    expect(paper).toMatch(/项目建设调度会议（浏览器测试）[\s\S]*协调产业园供电专线[\s\S]*按期办结/);
    await shot(office, stack.artefacts, 'supervision-report');
    await accessible(office, 'the supervision report');

    // The cockpit's issues panel, for this year: both issues reported.
    const leadership = await context();
    await signInAs(leadership, stack.web.url, '市长办公室');
    await leadership.getByLabel('年度').selectOption(today.slice(0, 4));
    // The panel re-reads for the year chosen: wait for this year's figures, not the first year's.
    await leadership.waitForFunction(
      () => /本年上报\s*2\s*个/.test(document.querySelector('[data-testid="issues-panel"]')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    await leadership.getByTestId('issues-panel').scrollIntoViewIfNeeded();
    await shot(leadership, stack.artefacts, 'cockpit-issues');
    for (const p of [officer, office, department, leadership]) await p.close();
  }, 180_000);
});
