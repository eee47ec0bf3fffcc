import { accessible, settled, shot, signInAs } from './browser';
import { startStack, type Stack } from './stack';

/**
 * Investment promotion's screens (issue 23) on the services as processes: a 区 officer registers a
 * lead on the board and takes it through the pipeline on its page until it lands (the registry
 * registers the project, the page links it); the project office resolves a conflict; activities
 * and their compliance; the monthly bulletin; the cockpit's promotion panel.
 */
describe('investment promotion in the browser', () => {
  let stack: Stack;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const month = today.slice(0, 7);

  beforeAll(async () => {
    stack = await startStack(0);
    // Two localities courting one enterprise for one node: a conflict for the project office.
    for (const localityCode of ['qikai', 'jingkai'])
      await stack.send(stack.promotion, '/leads', `locality:${localityCode}`, {
        enterpriseName: '博世汽车部件（长春）有限公司',
        classCode: 'global-500',
        regionCode: 'europe-america',
        channelCode: 'key-enterprise',
        categoryCode: 'auto',
        chainNode: '汽车电子',
        intendedInvestmentWan: 200_000,
        localityCode,
        officer: '张伟',
        date: today,
      });
    // A locality's activity held this month, with a deal.
    const activity = await stack.send<{ id: string }>(stack.promotion, '/activities', 'locality:lvyuan', {
      kind: 'locality-trip',
      title: '绿园区赴长三角招商（浏览器测试）',
      localityCode: 'lvyuan',
      destination: '上海',
      regionCode: 'yangtze-delta',
      date: today,
    });
    await stack.send(stack.promotion, `/activities/${activity.id}/results`, 'locality:lvyuan', {
      date: today,
      attendance: 25,
      deals: [{ enterprise: '某汽车电子公司', amountWan: 30_000 }],
    });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  const page = async () => (await stack.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const pick = async (p: Awaited<ReturnType<typeof page>>, label: string, value: string) => {
    const field = p.getByRole('dialog').getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  };

  it('a 区 officer registers a lead, takes it through the pipeline and lands it as a registry project', async () => {
    const officer = await page();
    await signInAs(officer, stack.web.url, '南关区项目专员');
    await officer.goto(`${stack.web.url}/promotion`);
    await officer.getByTestId('lead-board').waitFor();
    await officer.getByRole('button', { name: '登记招商线索' }).click();
    const form = officer.getByRole('dialog');
    await form.getByLabel('目标企业名称（全称）').fill('腾讯科技（深圳）有限公司');
    // A wrong check character: the refusal names the field, nothing is registered.
    await form.getByLabel('统一社会信用代码（18位，不知道时不填）').fill('91440300708461136X');
    await pick(officer, '企业类别', '世界500强');
    await pick(officer, '来源地区', '珠三角');
    await pick(officer, '对接渠道', '重点企业对接');
    await pick(officer, '所补产业链', '大数据');
    await form.getByLabel('产业链环节').fill('云计算数据中心');
    await form.getByLabel('意向投资额').fill('500000');
    await form.getByLabel('跟进人').fill('王强');
    await pick(officer, '跟进的行业主管部门', '市工信局');
    await form.getByRole('button', { name: '提交' }).click();
    await form.getByTestId('form-error').waitFor();
    expect(await form.locator('.ant-form-item-explain-error').allTextContents()).toEqual([expect.stringContaining('校验位')]);
    await form.getByLabel('统一社会信用代码（18位，不知道时不填）').fill('91440300708461136T');
    await form.getByRole('button', { name: '提交' }).click();
    await officer.waitForURL(/\/promotion\/leads\/[0-9a-f-]{36}$/);
    await officer.getByTestId('lead-details').getByText('91440300708461136T').waitFor();

    const step = async (button: string, fill: Array<[string, string]> = []) => {
      await officer.getByTestId('lead-actions').getByRole('button', { name: button }).click();
      const dialog = officer.getByRole('dialog');
      for (const [label, value] of fill) await dialog.getByLabel(label).fill(value);
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await step('记录跟进', [['跟进情况', '赴深圳拜访企业投资部']]);
    await step('推进到已接触');
    await officer.getByTestId('lead-actions').getByRole('button', { name: '推进到洽谈中' }).waitFor();
    await step('推进到洽谈中');
    await officer.getByTestId('lead-actions').getByRole('button', { name: '签约' }).waitFor();
    await step('签约', [['合同（协议）投资额', '450000']]);
    await officer.getByTestId('lead-actions').getByRole('button', { name: '项目落地' }).waitFor();
    await step('项目落地', [['落地项目名称', '腾讯东北云计算数据中心']]);
    // The registry registers the project from LeadLanded; its id comes back and the page links it.
    await officer.reload();
    for (let tries = 0; tries < 30 && !(await officer.getByRole('link', { name: '查看项目' }).isVisible()); tries++) {
      await officer.waitForTimeout(1000);
      await officer.reload();
    }
    await officer.getByText('已落地').first().waitFor();
    expect(await officer.getByTestId('lead-log').innerText()).toContain('赴深圳拜访企业投资部');
    await shot(officer, stack.artefacts, 'lead-page');
    await accessible(officer, 'the lead page');
    await officer.getByRole('link', { name: '查看项目' }).click();
    await officer.getByText('腾讯东北云计算数据中心').first().waitFor();
    await officer.getByText('项目落地').first().waitFor(); // the project's history begins with its lead
    await officer.goto(`${stack.web.url}/promotion`);
    await officer.getByTestId('stage-landed').getByText('腾讯科技（深圳）有限公司').waitFor();
    await shot(officer, stack.artefacts, 'lead-board');
    await accessible(officer, 'the lead board');
    await officer.close();
  }, 180_000);

  it('the project office resolves a conflict; activities, the bulletin and the cockpit panel show the month', async () => {
    const office = await page();
    await signInAs(office, stack.web.url, '市大项目办值班员');
    await office.goto(`${stack.web.url}/promotion/conflicts`);
    const row = office.getByTestId('conflicts').getByRole('row', { name: /博世汽车部件/ });
    await row.waitFor({ timeout: 30_000 });
    await shot(office, stack.artefacts, 'promotion-conflicts');
    await accessible(office, 'the conflicts');
    await row.getByRole('button', { name: '协调' }).click();
    await pick(office, '由哪一方继续跟进', '汽开区');
    await office.getByRole('dialog').getByLabel('协调理由').fill('汽开区整车配套基础更好');
    await office.getByRole('dialog').getByRole('button', { name: '提交' }).click();
    await office.getByText('没有待协调的招商冲突').waitFor({ timeout: 15_000 });

    await office.goto(`${stack.web.url}/promotion/activities`);
    await office.getByRole('row', { name: /绿园区赴长三角招商（浏览器测试）.*已开展/ }).waitFor();
    await settled(office);
    await shot(office, stack.artefacts, 'promotion-activities');
    await accessible(office, 'the activities');

    await office.goto(`${stack.web.url}/promotion/bulletin/${month}`);
    const bulletin = office.getByTestId('bulletin');
    await bulletin.getByText('绿园区赴长三角招商（浏览器测试）').waitFor();
    await bulletin.getByText('腾讯东北云计算数据中心').waitFor();
    await office.getByText('本月尚未结束').waitFor();
    await shot(office, stack.artefacts, 'promotion-bulletin');
    await accessible(office, 'the bulletin');

    // The cockpit opens on the targets' year (2018): its panel is there; this year's figures count today's landing.
    await office.goto(`${stack.web.url}/cockpit`);
    const panel = office.getByTestId('promotion-panel');
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.innerText()).toContain('本年线索落地率');
    const live = await stack.read<{ totals: { landed: { count: number }; identified: number } }>('/dashboard/promotion');
    expect(live.totals).toMatchObject({ identified: 3, landed: { count: 1 } });
    await office.close();
  }, 180_000);
});
