import request from 'supertest';
import { topicName } from '@ccpc/contracts';
import { readWholeTopic } from '@ccpc/event-store';
import {
  dropDatabase,
  type RouteRow,
  routeRoleTable,
  type ServiceProcess,
  startServiceProcess,
  startTestService,
  testKafka,
  testNamespace,
  testToken,
  type TestService,
} from '@ccpc/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { rebuildReadModels } from '@ccpc/event-store';
import { PROJECTION_READ_MODELS } from '@ccpc/projection-domain';
import { projectionService } from '../service';

type Body = Record<string, unknown>;
interface Indicator {
  code: string;
  actual: number;
  numerator: number;
  denominator: number | null;
}

/**
 * A scripted year through the registry's API, read back from the projection service: every
 * dashboard number asserted exactly, live and as of three past dates, with retried commands,
 * a stage correction and a redelivery of the whole topic injected.
 */
describe('the leadership dashboard over a scripted 2018', () => {
  // The registry runs as its own process (its built bundle): services meet through Kafka, not through code.
  let registry: ServiceProcess;
  const registryNs = testNamespace('registry-for-dashboard');
  let projection: TestService;
  const ids: Record<string, string> = {};
  const office = () => testToken(['project-office'], 'pmo-1', '市大项目办');
  const leadership = () => testToken(['leadership'], 'mayor-office', '市长办公室');

  const reg = () => request(registry.url);
  const view = () => request(projection.app.getHttpServer());

  async function command(path: string, body: Body, key?: string): Promise<Body> {
    let call = reg()
      .post(path)
      .set('Authorization', `Bearer ${await office()}`);
    if (key) call = call.set('Idempotency-Key', key);
    const response = await call.send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Body;
  }

  async function project(name: string, fields: Body, steps: Array<[string, Body]>): Promise<void> {
    const created = await command('/projects', { name, sourceCode: 'enterprise', reserveLevels: ['city'], ...fields });
    ids[name] = created['projectId'] as string;
    for (const [path, body] of steps) await command(`/projects/${ids[name]}/${path}`, body);
  }

  const prepared = (zone = false): Array<[string, Body]> => [
    ['docking', { date: '2017-10-01' }],
    ...(zone ? [['site-ready', { date: '2017-10-20' }] as [string, Body]] : []),
    ['landing', { date: '2017-11-01', investor: '某投资方' }],
    ['preparation', { date: '2017-12-01' }],
  ];
  const plan = (month: string): [string, Body] => [
    'annual-plans',
    { year: 2018, kind: 'new-start', plannedStartMonth: month, annualInvestmentWan: 1000 },
  ];

  /** The projection's consumer group has read everything on the registry topic. */
  async function caughtUp(): Promise<void> {
    const kafka = testKafka('dashboard-lag');
    const topic = topicName('registry', registryNs.topicPrefix);
    const groupId = `${registryNs.topicPrefix}projection.dashboard_projects_v2`;
    const admin = kafka.admin();
    await admin.connect();
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const ends = await admin.fetchTopicOffsets(topic).catch(() => []);
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] }).catch(() => [undefined]);
        const lag = ends.reduce((sum, end) => {
          const at = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          return sum + Number(end.high) - Math.max(0, Number(at));
        }, 0);
        if (ends.length > 0 && lag === 0) return;
        if (Date.now() > deadline) throw new Error(`projection still ${lag} events behind`);
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await admin.disconnect();
    }
  }

  async function dashboard(query: string): Promise<Record<string, number>> {
    const response = await view()
      .get(`/dashboard?year=2018${query}`)
      .set('Authorization', `Bearer ${await leadership()}`)
      .expect(200);
    return Object.fromEntries((response.body.indicators as Indicator[]).map((i) => [i.code, i.actual]));
  }

  let shownBeforeCorrection: Record<string, number>;
  let beforeCorrection: string;

  beforeAll(async () => {
    registry = await startServiceProcess('registry', {
      MONGODB_DB: registryNs.dbName,
      TOPIC_PREFIX: registryNs.topicPrefix,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    projection = await startTestService(projectionService, { TOPIC_PREFIX: registryNs.topicPrefix });

    await project('A 一汽零部件', { localityCode: 'lvyuan', departmentCode: 'gxj', categoryCode: 'auto', totalInvestmentWan: 30_000 }, [
      ...prepared(),
      plan('2018-04'),
      ['start', { date: '2018-04-16' }],
    ]);
    // A retried start (same Idempotency-Key twice) is one event.
    await command(`/projects/${ids['A 一汽零部件']}/investments`, { month: '2018-05', cumulativeWan: 5000 }, 'retry-a-2018-05');
    await command(`/projects/${ids['A 一汽零部件']}/investments`, { month: '2018-05', cumulativeWan: 5000 }, 'retry-a-2018-05');
    await project(
      'B 快速路',
      { localityCode: 'nanguan', departmentCode: 'jw', categoryCode: 'infrastructure', totalInvestmentWan: 20_000 },
      [...prepared(), plan('2018-05'), ['start', { date: '2018-07-10' }]],
    );
    await project('C 生物疫苗', { localityCode: 'chaoyang', departmentCode: 'kjj', categoryCode: 'biomed', totalInvestmentWan: 50_000 }, [
      ...prepared(),
      ['start', { date: '2017-06-01' }],
      ['annual-plans', { year: 2018, kind: 'continuing', annualInvestmentWan: 9000 }],
      ['resumption', { date: '2018-03-20' }],
    ]);
    await project('D 冷链物流', { localityCode: 'erdao', departmentCode: 'swj', categoryCode: 'logistics', totalInvestmentWan: 15_000 }, [
      ...prepared(),
      plan('2018-06'),
    ]);
    await project('E 文创街区', { localityCode: 'kuancheng', departmentCode: 'wgxj', categoryCode: 'culture', totalInvestmentWan: 5_000 }, [
      ...prepared(),
      plan('2018-05'),
      ['start', { date: '2018-05-08' }],
    ]);
    await project(
      'F 科技成果转化',
      { localityCode: 'jingyue', departmentCode: 'kjj', categoryCode: 'new-tech', totalInvestmentWan: 12_000, leading: true },
      [],
    );
    await project('G 整车基地', { localityCode: 'qikai', departmentCode: 'gxj', categoryCode: 'auto', totalInvestmentWan: 250_000 }, [
      ...prepared(true),
      plan('2018-09'),
      ['start', { date: '2018-09-01' }],
    ]);
    await project('H 动力电池', { localityCode: 'xinqu', departmentCode: 'gxj', categoryCode: 'nev', totalInvestmentWan: 10_000 }, [
      ...prepared(true),
      plan('2018-05'),
      ['start', { date: '2018-05-05' }],
      ['cancellation', { date: '2018-10-01', reason: '投资方撤资' }],
    ]);
    await project('I 数据中心', { localityCode: 'jingkai', departmentCode: 'fgw', categoryCode: 'big-data', totalInvestmentWan: 40_000 }, [
      ...prepared(true),
      plan('2018-05'),
      ['start', { date: '2018-05-20' }],
    ]);

    // What the live board showed before the project office corrected I's start.
    await caughtUp();
    shownBeforeCorrection = await dashboard('');
    beforeCorrection = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await command(`/projects/${ids['I 数据中心']}/stage-correction`, { stage: 'preparing', reason: '核实未实际开工，更正为前期' });

    // Every message on the registry topic delivered a second time.
    const kafka = testKafka('dashboard-redelivery');
    const topic = topicName('registry', registryNs.topicPrefix);
    await caughtUp();
    const all = await readWholeTopic(kafka, topic);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: all.map((m) => ({ key: m.key, value: m.value })) });
    await producer.disconnect();
    await caughtUp();
  }, 240_000);

  afterAll(async () => {
    await projection?.close();
    await registry?.stop();
    await dropDatabase(registryNs.dbName);
  });

  it('shows the end of Q1 2018', async () => {
    expect(await dashboard('&asOf=2018-03-31')).toEqual({
      'under-construction': 1,
      'new-starts': 0,
      'industrial-share': 0,
      'h1-starts': 1,
      'resumption-rate': 1,
      'start-rate': 0,
      'rolling-reserve': 7,
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 0,
      'autumn-campaign': 0,
    });
  });

  it('shows the end of H1 2018', async () => {
    expect(await dashboard('&asOf=2018-06-30')).toEqual({
      'under-construction': 3,
      'new-starts': 2,
      'industrial-share': 1,
      'h1-starts': 3,
      'resumption-rate': 1,
      'start-rate': 0.4286,
      'rolling-reserve': 5,
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 2,
      'autumn-campaign': 2,
    });
  });

  it('shows the end of Q3 2018', async () => {
    expect(await dashboard('&asOf=2018-09-30')).toEqual({
      'under-construction': 5,
      'new-starts': 4,
      'industrial-share': 0.75,
      'h1-starts': 3,
      'resumption-rate': 1,
      'start-rate': 0.7143,
      'rolling-reserve': 3,
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 2,
      'autumn-campaign': 4,
    });
  });

  it('shows today: H cancelled, I corrected, nothing counted twice after the redelivery', async () => {
    expect(await dashboard('')).toEqual({
      'under-construction': 4,
      'new-starts': 3,
      'industrial-share': 0.6667,
      'h1-starts': 2,
      'resumption-rate': 1,
      'start-rate': 0.7143,
      'rolling-reserve': 3,
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 1,
      'autumn-campaign': 3,
    });
  });

  it('answers "what did the board show then?" from the history', async () => {
    expect(shownBeforeCorrection['new-starts']).toBe(4); // I still counted then
    expect(await dashboard(`&knownAt=${beforeCorrection}`)).toEqual(shownBeforeCorrection);
  });

  it('breaks new starts down by locality, ranked, and drills into the projects behind a number', async () => {
    const auth = `Bearer ${await leadership()}`;
    const breakdown = await view()
      .get('/dashboard/breakdown?by=locality&indicator=new-starts&year=2018&asOf=2018-09-30')
      .set('Authorization', auth)
      .expect(200);
    const top = (breakdown.body.rows as Array<{ code: string; actual: number; rank: number }>).filter((r) => r.actual > 0);
    expect(top.map((r) => [r.code, r.actual]).sort()).toEqual([
      ['lvyuan', 1],
      ['nanguan', 1],
      ['qikai', 1],
      ['xinqu', 1],
    ]);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    const drill = await view()
      .get('/dashboard/indicators/new-starts/projects?year=2018&asOf=2018-09-30')
      .set('Authorization', auth)
      .expect(200);
    expect(drill.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['A 一汽零部件', 'B 快速路', 'G 整车基地', 'H 动力电池']);
    const lvyuan = await view()
      .get('/dashboard/indicators/new-starts/projects?year=2018&asOf=2018-09-30')
      .set('Authorization', `Bearer ${await testToken(['locality:lvyuan'])}`)
      .expect(200);
    expect({ names: lvyuan.body.items.map((p: { name: string }) => p.name), hidden: lvyuan.body.hiddenOutsideScope }).toEqual({
      names: ['A 一汽零部件'],
      hidden: 3,
    });
  });

  it('tells one project’s whole history, and warns about missing assignments and overdue starts', async () => {
    const auth = `Bearer ${await leadership()}`;
    const history = await view().get(`/projects/${ids['I 数据中心']}/history`).set('Authorization', auth).expect(200);
    // Exactly once each, in stream order, although every message was delivered twice.
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'ProjectRegistered',
      'ProjectStageAdvanced',
      'ProjectSiteReadied',
      'ProjectStageAdvanced',
      'ProjectStageAdvanced',
      'ProjectAddedToAnnualPlan',
      'ProjectConstructionStarted',
      'ProjectStageCorrected',
    ]);
    expect(history.body.events.at(-1)).toMatchObject({ type: 'ProjectStageCorrected', actor: { id: 'pmo-1', scope: 'project-office' } });
    expect(history.body.current).toMatchObject({ stage: 'preparing', firstStartDate: null });

    const warnings = await view().get('/warnings?asOf=2018-08-31&year=2018').set('Authorization', auth).expect(200);
    const byName = Object.fromEntries(
      (warnings.body.items as Array<{ name: string; light: string; reasons: string[] }>).map((w) => [w.name, w]),
    );
    expect(byName['D 冷链物流']).toEqual(
      expect.objectContaining({
        light: 'red',
        reasons: ['总投资5000万元以上，未配备项目秘书（§31）', '计划2018-06开工，至今未开工', '已在当前阶段停留8个月'],
      }),
    );
    expect(byName['G 整车基地']).toEqual(
      expect.objectContaining({
        light: 'yellow',
        reasons: ['总投资20亿元以上，未明确市级包保领导（§30）', '总投资5000万元以上，未配备项目秘书（§31）', '已在当前阶段停留8个月'],
      }),
    );
    // C resumed its construction but reported no investment for the year: red, with the share.
    expect(byName['C 生物疫苗']).toEqual(
      expect.objectContaining({
        light: 'red',
        reasons: ['总投资5000万元以上，未配备项目秘书（§31）', '年度投资完成0%，低于序时进度（67%）'],
      }),
    );
  });

  it('gives the same numbers after a rebuild from scratch into a fresh generation (the live service answering throughout)', async () => {
    const points = ['', '&asOf=2018-03-31', '&asOf=2018-06-30', '&asOf=2018-09-30'];
    const before = await Promise.all(points.map(dashboard));
    const connection = projection.app.get<Connection>(getConnectionToken());
    const [result] = await rebuildReadModels(testKafka('dashboard-rebuild'), connection, {
      models: PROJECTION_READ_MODELS,
      catalog: new EventCatalog(ALL_EVENT_DEFINITIONS),
      topicPrefix: registryNs.topicPrefix,
    });
    expect(result).toMatchObject({ name: 'dashboard_projects', generation: 2 });
    await new Promise((r) => setTimeout(r, 1100)); // the service re-reads the active generation at most a second later
    expect(await Promise.all(points.map(dashboard))).toEqual(before);
  });

  it('offers reads only: no route of the projection service writes', async () => {
    const docs = await view().get('/docs-json').expect(200);
    const methods = Object.values(docs.body.paths as Record<string, Record<string, unknown>>).flatMap((ops) => Object.keys(ops));
    expect([...new Set(methods)]).toEqual(['get']);
  });

  describe('route × role table', () => {
    const everyone = [
      'locality:nanguan',
      'locality:chaoyang',
      'department:fgw',
      'department:gxj',
      'project-office',
      'leader:leader-1',
      'secretary:secretary-1',
      'leadership',
      'statistics',
      'admin',
    ] as const;
    const get =
      (path: () => string): RouteRow['send'] =>
      (h, a) =>
        a ? h.get(path()).set('Authorization', a) : h.get(path());
    routeRoleTable(
      () => projection,
      [
        { route: 'GET /health (public)', allowed: 'anyone', send: get(() => '/health') },
        { route: 'GET /indicators', allowed: everyone, send: get(() => '/indicators') },
        { route: 'GET /dashboard', allowed: everyone, send: get(() => '/dashboard?year=2018') },
        {
          route: 'GET /dashboard/breakdown',
          allowed: everyone,
          send: get(() => '/dashboard/breakdown?by=department&indicator=under-construction'),
        },
        {
          route: 'GET /dashboard/indicators/{code}/projects',
          allowed: everyone,
          send: get(() => '/dashboard/indicators/under-construction/projects'),
        },
        { route: 'GET /warnings', allowed: everyone, send: get(() => '/warnings') },
        {
          route: 'GET /projects/{id}/history (a project of 南关区, 市建委)',
          allowed: ['locality:nanguan', 'project-office', 'leadership', 'statistics', 'admin'],
          deniedStatus: 404,
          send: get(() => `/projects/${ids['B 快速路']}/history`),
        },
      ],
    );
  });
});
