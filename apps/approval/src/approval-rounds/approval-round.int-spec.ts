import request from 'supertest';
import {
  dropDatabase,
  type ServiceProcess,
  startServiceProcess,
  startTestService,
  testNamespace,
  testToken,
  type TestService,
  waitFor,
} from '@ccpc/testing';
import { OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { approvalService } from '../service';

/**
 * 集中审批 (§27) on real servers, the registry as a process: the round gathers the year's planned
 * new starts of 10亿 or more (from registry events), each department states once per project
 * what is missing, and the round follows each project's approval case to the end.
 */
describe('the concentrated approval round, on real Kafka and a real MongoDB-protocol server', () => {
  const ns = testNamespace('approval-round');
  const registryDb = `${ns.dbName}_registry`;
  let registry: ServiceProcess;
  let approval: TestService;
  const bearer = async (grant: string) => `Bearer ${await testToken([grant], `user-${grant.replace(':', '-')}`)}`;
  const onRegistry = async (path: string, body: object) => {
    const response = await request(registry.url)
      .post(path)
      .set('Authorization', await bearer('locality:qikai'))
      .send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string };
  };
  const http = () => request(approval.app.getHttpServer());

  beforeAll(async () => {
    registry = await startServiceProcess('registry', {
      TOPIC_PREFIX: ns.topicPrefix,
      MONGODB_DB: registryDb,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    approval = await startTestService(approvalService, { TOPIC_PREFIX: ns.topicPrefix });
  }, 120_000);
  afterAll(async () => {
    await approval?.close();
    await registry?.stop();
    await dropDatabase(registryDb);
  });

  async function project(name: string, totalInvestmentWan: number, planned: 'new-start' | 'continuing' | null, plannedOn = '2018-01-09') {
    const { id: projectId } = await onRegistry('/projects', {
      name,
      localityCode: 'qikai',
      departmentCode: 'gxj',
      categoryCode: 'auto',
      sourceCode: 'enterprise',
      totalInvestmentWan,
      reserveLevels: ['city'],
      registeredOn: '2017-10-01',
    });
    await onRegistry(`/projects/${projectId}/docking`, { date: '2017-11-01' });
    await onRegistry(`/projects/${projectId}/site-ready`, { date: '2017-11-20' }); // 汽开区 is a development zone: 五通一平 first (§23)
    await onRegistry(`/projects/${projectId}/landing`, { date: '2017-12-01', investor: '中国第一汽车集团' });
    await onRegistry(`/projects/${projectId}/preparation`, { date: '2018-01-08' });
    if (planned)
      await onRegistry(`/projects/${projectId}/annual-plans`, {
        year: 2018,
        kind: planned,
        plannedStartMonth: planned === 'new-start' ? '2018-05' : null,
        annualInvestmentWan: 50_000,
        date: plannedOn,
      });
    return projectId;
  }

  it('gathers the big new starts, takes each department’s statement once, and follows the cases to the end', async () => {
    const big = await project('一汽红旗新能源汽车工厂', 1_200_000, 'new-start');
    const small = await project('汽开区零部件配套园', 50_000, 'new-start');
    const unplanned = await project('汽开区物流园二期', 300_000, null);
    // Put in the year's plan on 1 February: after the round opened (15 January), so not gathered by it.
    const late = await project('汽开区智能网联汽车测试基地', 400_000, 'new-start', '2018-02-01');
    const office = await bearer('project-office');
    // The registry's events reach the approval service: every case open, the plan known.
    for (const id of [big, small, unplanned, late])
      await waitFor('the case', async () =>
        (await http().get(`/approval-cases/${id}`).set('Authorization', office)).status === 200 ? true : undefined,
      );
    const known = approval.app.get(OpenCaseReaction).projects;
    for (const id of [big, small, late])
      await waitFor('the annual plan known to the approval service', async () =>
        (await known.get(id))?.plans.length === 1 ? true : undefined,
      );

    await http().post('/approval-rounds').set('Authorization', office).send({ year: 2018, date: '2018-04-02' }).expect(422);
    const opened = await http()
      .post('/approval-rounds')
      .set('Authorization', office)
      .set('Idempotency-Key', 'round-2018')
      .send({ year: 2018, date: '2018-01-15' })
      .expect(201);
    expect(opened.body.events[0].data.projects.map((p: { projectId: string }) => p.projectId)).toEqual([big]);
    await http()
      .post('/approval-rounds')
      .set('Authorization', office)
      .set('Idempotency-Key', 'round-2018')
      .send({ year: 2018, date: '2018-01-15' })
      .expect(201);
    await http()
      .post('/approval-rounds')
      .set('Authorization', await bearer('department:fgw'))
      .send({ year: 2018, date: '2018-01-15' })
      .expect(403);

    const statement = {
      projectId: big,
      departmentCode: 'hbj',
      procedures: ['环境影响评价报告书'],
      deadline: '2018-03-20',
      date: '2018-01-20',
    };
    await http()
      .post('/approval-rounds/2018/statements')
      .set('Authorization', await bearer('department:fgw'))
      .send(statement)
      .expect(403);
    await http()
      .post('/approval-rounds/2018/statements')
      .set('Authorization', await bearer('department:hbj'))
      .send(statement)
      .expect(200);
    const again = await http()
      .post('/approval-rounds/2018/statements')
      .set('Authorization', await bearer('department:hbj'))
      .send({ ...statement, procedures: ['排污许可'] })
      .expect(409);
    expect(again.body).toMatchObject({ rule: 'round.already-stated', field: 'departmentCode' });

    const progress = async () =>
      (
        await http()
          .get('/approval-rounds/2018')
          .set('Authorization', await bearer('leadership'))
          .expect(200)
      ).body;
    await waitFor('the statement in the round', async () => ((await progress()).projects[0]?.statements.length === 1 ? true : undefined));
    expect(await progress()).toMatchObject({
      done: 0,
      total: 1,
      projects: [{ projectId: big, case: { status: 'open', approvedItems: 0, items: 8 } }],
    });

    // Every item through its department: the round counts the project done.
    const steps: Array<[string, string, string, string]> = [
      ['site-selection', 'department:ghj', '2018-01-22', '2018-01-26'],
      ['land-pre-review', 'department:gtj', '2018-01-22', '2018-01-26'],
      ['environmental-impact', 'department:hbj', '2018-01-26', '2018-03-16'],
      ['project-decision', 'department:fgw', '2018-01-26', '2018-02-02'],
      ['survey-design', 'department:jw', '2018-02-02', '2018-02-09'],
      ['planning-permit', 'department:ghj', '2018-02-09', '2018-02-14'],
      ['fire-design', 'department:xfzd', '2018-02-09', '2018-02-14'],
      ['construction-permit', 'department:jw', '2018-03-16', '2018-03-21'],
    ];
    for (const [code, department, submittedOn, approvedOn] of steps) {
      await http()
        .post(`/approval-cases/${big}/items/${code}/submission`)
        .set('Authorization', await bearer('locality:qikai'))
        .send({ date: submittedOn, documents: ['申请表'] })
        .expect(200);
      await http()
        .post(`/approval-cases/${big}/items/${code}/approval`)
        .set('Authorization', await bearer(department))
        .send({ date: approvedOn })
        .expect(200);
    }
    await waitFor('the round to count the project done', async () => ((await progress()).done === 1 ? true : undefined));
    expect((await progress()).projects[0].case).toMatchObject({
      status: 'completed',
      approvedItems: 8,
      items: 8,
      completedOn: '2018-03-21',
    });
  }, 180_000);
});
