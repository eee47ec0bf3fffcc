import request from 'supertest';
import { topicName } from '@ccpc/contracts';
import { type ServiceProcess, testKafka, testToken } from '@ccpc/testing';

type Body = Record<string, unknown>;

/**
 * The scripted 2018 of the dashboard's integration test, driven through the registry's and the
 * assessment service's HTTP APIs as the officers would: twelve projects chosen so that every
 * indicator's definition is exercised (a January start, a cancelled first-half start, a start
 * corrected away, resumptions before and after the half-year, a completion in May, a small
 * start) and the statistics bureau's figures with a revision. Expected values are worked out
 * by hand in the test from this script, not from the code under test.
 */
export class ScriptedYear {
  readonly ids: Record<string, string> = {};

  constructor(
    private readonly registry: () => ServiceProcess,
    private readonly assessment: () => ServiceProcess,
  ) {}

  static office = () => testToken(['project-office'], 'pmo-1', '市大项目办');

  async command(path: string, body: Body, key?: string): Promise<Body> {
    let call = request(this.registry().url)
      .post(path)
      .set('Authorization', `Bearer ${await ScriptedYear.office()}`);
    if (key) call = call.set('Idempotency-Key', key);
    const response = await call.send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Body;
  }

  async project(name: string, fields: Body, steps: Array<[string, Body]>): Promise<void> {
    const created = await this.command('/projects', {
      name,
      sourceCode: 'enterprise',
      reserveLevels: ['city'],
      registeredOn: '2017-09-01',
      ...fields,
    });
    this.ids[name] = created['id'] as string;
    for (const [path, body] of steps) await this.command(`/projects/${this.ids[name]}/${path}`, body);
  }

  async statistics(path: string, body: Body): Promise<void> {
    const response = await request(this.assessment().url)
      .post(path)
      .set('Authorization', `Bearer ${await testToken(['statistics'], 'tjj-1', '市统计局')}`)
      .send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** Everything up to the stage correction of I (which the test sends itself). */
  async run(): Promise<void> {
    const prepared = (zone = false): Array<[string, Body]> => [
      ['docking', { date: '2017-10-01' }],
      ...(zone ? [['site-ready', { date: '2017-10-20' }] as [string, Body]] : []),
      ['landing', { date: '2017-11-01', investor: '某投资方' }],
      ['preparation', { date: '2017-12-01' }],
    ];
    const early: Array<[string, Body]> = [
      ['docking', { date: '2017-01-15' }],
      ['landing', { date: '2017-02-01', investor: '某投资方' }],
      ['preparation', { date: '2017-03-01' }],
    ];
    const plan = (month: string): [string, Body] => [
      'annual-plans',
      { date: '2018-01-10', year: 2018, kind: 'new-start', plannedStartMonth: month, annualInvestmentWan: 1000 },
    ];
    const continuing: [string, Body] = ['annual-plans', { date: '2018-01-10', year: 2018, kind: 'continuing', annualInvestmentWan: 9000 }];

    await this.project(
      'A 一汽零部件',
      { localityCode: 'lvyuan', departmentCode: 'gxj', categoryCode: 'auto', totalInvestmentWan: 30_000 },
      [...prepared(), plan('2018-04'), ['start', { date: '2018-04-16' }]],
    );
    // A retried report (same Idempotency-Key twice) is one event.
    await this.command(`/projects/${this.ids['A 一汽零部件']}/investments`, { month: '2018-05', cumulativeWan: 5000 }, 'retry-a-2018-05');
    await this.command(`/projects/${this.ids['A 一汽零部件']}/investments`, { month: '2018-05', cumulativeWan: 5000 }, 'retry-a-2018-05');
    await this.project(
      'B 快速路',
      { localityCode: 'nanguan', departmentCode: 'jw', categoryCode: 'infrastructure', totalInvestmentWan: 20_000 },
      [...prepared(), plan('2018-05'), ['start', { date: '2018-07-10' }]],
    );
    await this.project(
      'C 生物疫苗',
      { localityCode: 'chaoyang', departmentCode: 'kjj', categoryCode: 'biomed', totalInvestmentWan: 50_000, registeredOn: '2017-01-10' },
      [...early, ['start', { date: '2017-06-01' }], continuing, ['resumption', { date: '2018-03-20' }]],
    );
    await this.project(
      'D 冷链物流',
      { localityCode: 'erdao', departmentCode: 'swj', categoryCode: 'logistics', totalInvestmentWan: 15_000 },
      [...prepared(), plan('2018-06')],
    );
    await this.project(
      'E 文创街区',
      { localityCode: 'kuancheng', departmentCode: 'wgxj', categoryCode: 'culture', totalInvestmentWan: 5_000 },
      [...prepared(), plan('2018-05'), ['start', { date: '2018-05-08' }]],
    );
    await this.project(
      'F 科技成果转化',
      { localityCode: 'jingyue', departmentCode: 'kjj', categoryCode: 'new-tech', totalInvestmentWan: 12_000, leading: true },
      [],
    );
    await this.project('G 整车基地', { localityCode: 'qikai', departmentCode: 'gxj', categoryCode: 'auto', totalInvestmentWan: 250_000 }, [
      ...prepared(true),
      plan('2018-09'),
      ['secretary', { id: 'secretary-7', name: '项目秘书7号', from: '2018-02-01' }],
      ['start', { date: '2018-09-01' }],
    ]);
    await this.project('H 动力电池', { localityCode: 'xinqu', departmentCode: 'gxj', categoryCode: 'nev', totalInvestmentWan: 10_000 }, [
      ...prepared(true),
      plan('2018-05'),
      ['start', { date: '2018-05-05' }],
      ['cancellation', { date: '2018-10-01', reason: '投资方撤资' }],
    ]);
    await this.project(
      'I 数据中心',
      { localityCode: 'jingkai', departmentCode: 'fgw', categoryCode: 'big-data', totalInvestmentWan: 40_000 },
      [...prepared(true), plan('2018-05'), ['start', { date: '2018-05-20' }]],
    );
    await this.project(
      'J 供热管网',
      { localityCode: 'nongan', departmentCode: 'gyj', categoryCode: 'infrastructure', totalInvestmentWan: 18_000 },
      [...prepared(), plan('2018-01'), ['start', { date: '2018-01-15' }]],
    );
    await this.project(
      'K 轨道客车检修',
      { localityCode: 'gongzhuling', departmentCode: 'gxj', categoryCode: 'rail', totalInvestmentWan: 60_000, registeredOn: '2017-01-10' },
      [...early, ['start', { date: '2017-05-01' }], continuing, ['resumption', { date: '2018-08-05' }]],
    );
    await this.project(
      'L 污水处理厂扩建',
      {
        localityCode: 'lvyuan',
        departmentCode: 'jw',
        categoryCode: 'infrastructure',
        totalInvestmentWan: 20_000,
        registeredOn: '2016-09-01',
      },
      [
        ['docking', { date: '2016-10-01' }],
        ['landing', { date: '2016-11-01', investor: '长春水务' }],
        ['preparation', { date: '2016-12-01' }],
        ['start', { date: '2017-03-01' }],
        ['completion', { date: '2018-05-15' }],
      ],
    );
    // The statistics bureau's figures (万元): March, June (revised in August) and September.
    await this.statistics('/fixed-asset-investment', {
      month: '2018-03',
      cumulativeWan: 5_000_000,
      samePeriodLastYearWan: 4_600_000,
      publishedOn: '2018-04-15',
    });
    await this.statistics('/fixed-asset-investment', {
      month: '2018-06',
      cumulativeWan: 23_456_000,
      samePeriodLastYearWan: 21_000_000,
      publishedOn: '2018-07-15',
    });
    await this.statistics('/fixed-asset-investment/2018-06/revisions', {
      cumulativeWan: 23_520_000,
      samePeriodLastYearWan: 21_000_000,
      publishedOn: '2018-08-10',
      reason: '补充入统项目',
    });
    await this.statistics('/fixed-asset-investment', {
      month: '2018-09',
      cumulativeWan: 40_000_000,
      samePeriodLastYearWan: 36_000_000,
      publishedOn: '2018-10-15',
    });
  }
}

/**
 * The producers' outboxes are empty (every stored event is on Kafka: a command answered is not
 * yet a message on the topic), and the projection's consumer groups have read everything on the
 * registry's and the assessment service's topics.
 */
export async function caughtUp(topicPrefix: string, producers: ReadonlyArray<{ url: string }> = []): Promise<void> {
  for (const producer of producers) {
    for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 200))) {
      const health = (await (await fetch(`${producer.url}/health`)).json().catch(() => ({}))) as {
        details?: { outbox?: { waitingSince?: string; state?: string } };
      };
      const outbox = health.details?.outbox;
      if (outbox && !outbox.waitingSince) break;
      if (Date.now() > deadline) throw new Error(`${producer.url}: events still waiting in the outbox since ${outbox?.waitingSince}`);
    }
  }
  const kafka = testKafka('dashboard-lag');
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const [service, group] of [
      ['registry', 'dashboard_projects_v3'],
      ['assessment', 'city_statistics_v1'],
    ] as const) {
      const topic = topicName(service, topicPrefix);
      const groupId = `${topicPrefix}projection.${group}`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const ends = await admin.fetchTopicOffsets(topic).catch(() => []);
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] }).catch(() => [undefined]);
        const lag = ends.reduce((sum, end) => {
          const at = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          return sum + Number(end.high) - Math.max(0, Number(at));
        }, 0);
        if (ends.length > 0 && lag === 0) break;
        if (Date.now() > deadline) throw new Error(`projection still ${lag} events behind on ${topic}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await admin.disconnect();
  }
}
