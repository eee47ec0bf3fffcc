import request from 'supertest';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ALL_EVENT_DEFINITIONS, EventCatalog, topicName } from '@ccpc/contracts';
import { readWholeTopic, rebuildReadModels } from '@ccpc/event-store';
import { PROJECTION_READ_MODELS } from '@ccpc/projection-domain';
import {
  dropDatabase,
  type RouteRow,
  routeRoleTable,
  type ServiceProcess,
  startServiceProcess,
  startTestService,
  TABLE_GRANTS,
  testKafka,
  testNamespace,
  testToken,
  type TestService,
} from '@ccpc/testing';
import { projectionService } from '../service';
import { caughtUp, ScriptedYear } from './scripted-year';

interface Indicator {
  code: string;
  actual: number;
}

/**
 * A scripted 2018 (./scripted-year.ts) through the registry's and the assessment service's APIs,
 * read back from the projection service: every dashboard number asserted exactly — worked out by
 * hand from the script by the definitions of GET /indicators — live and as of three past
 * dates, with retried commands, a stage correction and a redelivery of every topic injected.
 */
describe('the leadership dashboard over a scripted 2018', () => {
  // The registry and the assessment service run as their own processes: services meet through Kafka, not through code.
  let registry: ServiceProcess;
  let assessment: ServiceProcess;
  const ns = testNamespace('services-for-dashboard');
  const assessmentDb = `${ns.dbName}_assessment`;
  let projection: TestService;
  const year = new ScriptedYear(
    () => registry,
    () => assessment,
  );
  const leadership = () => testToken(['leadership'], 'mayor-office', '市长办公室');
  const view = () => request(projection.app.getHttpServer());

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
    const env = { TOPIC_PREFIX: ns.topicPrefix, RATE_LIMIT_PER_MINUTE: '100000' };
    registry = await startServiceProcess('registry', { ...env, MONGODB_DB: ns.dbName });
    assessment = await startServiceProcess('assessment', { ...env, MONGODB_DB: assessmentDb });
    projection = await startTestService(projectionService, { TOPIC_PREFIX: ns.topicPrefix });
    await year.run();

    // What the live board showed before the project office corrected I's start.
    await caughtUp(ns.topicPrefix, [registry, assessment]);
    shownBeforeCorrection = await dashboard('');
    beforeCorrection = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await year.command(`/projects/${year.ids['I 数据中心']}/stage-correction`, {
      stage: 'preparing',
      reason: '核实未实际开工，更正为前期',
    });

    // Every message on both topics delivered a second time.
    const kafka = testKafka('dashboard-redelivery');
    await caughtUp(ns.topicPrefix, [registry, assessment]);
    const producer = kafka.producer();
    await producer.connect();
    for (const service of ['registry', 'assessment'] as const) {
      const topic = topicName(service, ns.topicPrefix);
      const all = await readWholeTopic(kafka, topic);
      await producer.send({ topic, messages: all.map((m) => ({ key: m.key, value: m.value })) });
    }
    await producer.disconnect();
    await caughtUp(ns.topicPrefix, [registry, assessment]);
  }, 300_000);

  afterAll(async () => {
    await projection?.close();
    await registry?.stop();
    await assessment?.stop();
    await dropDatabase(ns.dbName);
    await dropDatabase(assessmentDb);
  });

  // Big (≥ 1亿): all but E (0.5亿). Industrial: A C D E F G H I K; not: B J L (infrastructure).
  it('shows the end of Q1 2018: J started in January, C resumed in March', async () => {
    expect(await dashboard('&asOf=2018-03-31')).toEqual({
      'fixed-asset-investment-growth': 0, // March's figure is published on 15 April
      'built-in-year': 4, // C J K L
      'under-construction-now': 4,
      'new-starts': 1, // J
      'industrial-share': 0, // J is infrastructure
      'h1-starts': 2, // J started, C resumed
      'resumption-rate': 0.5, // C of C K
      'start-rate': 0.125, // J of A B D E G H I J
      'rolling-reserve': 7, // A B D F G H I
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 1, // J: from 1 January
      'autumn-campaign': 2, // J, C resumed
      'approvals-within-51-days': 0, // no case completed here (apps/approval's flow test counts them)
    });
  });

  it('shows the end of H1 2018: L completed in May still built this year; I’s start corrected away', async () => {
    expect(await dashboard('&asOf=2018-06-30')).toEqual({
      'fixed-asset-investment-growth': 0.087, // 500万 / 460万 − 1, March
      'built-in-year': 6, // A C H J K L
      'under-construction-now': 5, // A C H J K
      'new-starts': 3, // A H J
      'industrial-share': 0.75, // A E H of A E H J
      'h1-starts': 4, // A H J started, C resumed
      'resumption-rate': 0.5,
      'start-rate': 0.5, // A E H J of 8
      'rolling-reserve': 5, // B D F G I
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 3,
      'autumn-campaign': 4,
      'approvals-within-51-days': 0, // no case completed here (apps/approval's flow test counts them)
    });
  });

  it('shows the end of Q3 2018: the half-year figures unchanged, K’s August resumption counted by autumn', async () => {
    expect(await dashboard('&asOf=2018-09-30')).toEqual({
      'fixed-asset-investment-growth': 0.12, // June as revised on 10 August: 2,352亿 / 2,100亿 − 1
      'built-in-year': 8, // + B G K
      'under-construction-now': 7, // A B C G H J K
      'new-starts': 5, // A B G H J
      'industrial-share': 0.6667, // A E G H of A B E G H J
      'h1-starts': 4,
      'resumption-rate': 1,
      'start-rate': 0.75, // A B E G H J of 8
      'rolling-reserve': 3, // D F I
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 3,
      'autumn-campaign': 7, // A B G H J started, C K resumed
      'approvals-within-51-days': 0, // no case completed here (apps/approval's flow test counts them)
    });
  });

  it('shows 2018 live as of its last day: H’s cancellation removes none of its starts; nothing counted twice after the redelivery', async () => {
    const live = await view()
      .get('/dashboard?year=2018')
      .set('Authorization', `Bearer ${await leadership()}`)
      .expect(200);
    expect(live.body).toMatchObject({ asOf: '2018-12-31', live: true, closed: true });
    expect(await dashboard('')).toEqual({
      'fixed-asset-investment-growth': 0.1111, // September: 4,000亿 / 3,600亿 − 1
      'built-in-year': 8,
      'under-construction-now': 6, // H cancelled
      'new-starts': 5,
      'industrial-share': 0.6667,
      'h1-starts': 4,
      'resumption-rate': 1,
      'start-rate': 0.75,
      'rolling-reserve': 3,
      'leading-per-locality': 0,
      'landmark-per-department': 0,
      'spring-campaign': 3,
      'autumn-campaign': 7,
      'approvals-within-51-days': 0, // no case completed here (apps/approval's flow test counts them)
    });
  });

  it('answers "what did the board show then?" from the history', async () => {
    expect([shownBeforeCorrection['new-starts'], shownBeforeCorrection['h1-starts']]).toEqual([6, 5]); // I still counted then
    expect(await dashboard(`&knownAt=${beforeCorrection}`)).toEqual(shownBeforeCorrection);
  });

  it('refuses a date that does not exist, a date or instant in the future, and drill-down into a statistics figure', async () => {
    const auth = `Bearer ${await leadership()}`;
    const refused = async (path: string) => {
      const r = await view().get(path).set('Authorization', auth);
      return [r.status, r.body.rule, r.body.field];
    };
    expect(await refused('/dashboard?asOf=2018-02-30')).toEqual([400, 'validation.isIso8601', 'asOf']);
    expect(await refused('/dashboard?asOf=2099-01-01')).toEqual([422, 'query.asOf-future', 'asOf']);
    expect(await refused('/dashboard?knownAt=2999-01-01T00:00:00Z')).toEqual([422, 'query.knownAt-future', 'knownAt']);
    expect(await refused('/dashboard/indicators/fixed-asset-investment-growth/projects')).toEqual([
      422,
      'indicator.notProjects',
      'indicator',
    ]);
  });

  it('breaks new starts down by locality, ranked, and drills into the projects behind a number — only the caller’s own', async () => {
    const auth = `Bearer ${await leadership()}`;
    const breakdown = await view()
      .get('/dashboard/breakdown?by=locality&indicator=new-starts&year=2018&asOf=2018-09-30')
      .set('Authorization', auth)
      .expect(200);
    const top = (breakdown.body.rows as Array<{ code: string; actual: number; rank: number }>).filter((r) => r.actual > 0);
    expect(top.map((r) => [r.code, r.actual]).sort()).toEqual([
      ['lvyuan', 1],
      ['nanguan', 1],
      ['nongan', 1],
      ['qikai', 1],
      ['xinqu', 1],
    ]);
    // Five localities with one new start each: they share the first rank; the rest (none) share the sixth.
    expect(top.map((r) => r.rank)).toEqual([1, 1, 1, 1, 1]);
    expect(
      new Set((breakdown.body.rows as Array<{ actual: number; rank: number }>).filter((r) => r.actual === 0).map((r) => r.rank)),
    ).toEqual(new Set([6]));
    const drill = await view()
      .get('/dashboard/indicators/new-starts/projects?year=2018&asOf=2018-09-30')
      .set('Authorization', auth)
      .expect(200);
    expect(drill.body.items.map((p: { name: string }) => p.name).sort()).toEqual([
      'A 一汽零部件',
      'B 快速路',
      'G 整车基地',
      'H 动力电池',
      'J 供热管网',
    ]);
    const lvyuan = await view()
      .get('/dashboard/indicators/new-starts/projects?year=2018&asOf=2018-09-30')
      .set('Authorization', `Bearer ${await testToken(['locality:lvyuan'])}`)
      .expect(200);
    expect(lvyuan.body).toMatchObject({ total: 1, items: [{ name: 'A 一汽零部件' }] });
    expect(lvyuan.body).not.toHaveProperty('hiddenOutsideScope');
    const landmark = await view()
      .get('/dashboard/breakdown?by=department&indicator=landmark-per-department&year=2018')
      .set('Authorization', auth)
      .expect(200);
    expect(landmark.body.units).toMatchObject({ version: '2018.1' });
    expect(landmark.body.rows.map((r: { code: string }) => r.code)).not.toContain('tjj'); // only the listed departments
    expect(new Set(landmark.body.rows.map((r: { actual: number; denominator: number }) => `${r.actual}/${r.denominator}`))).toEqual(
      new Set(['0/1']),
    );
  });

  it('tells one project’s history in business-date order, each entry with its date, and warns by the published rules', async () => {
    const auth = `Bearer ${await leadership()}`;
    const history = await view().get(`/projects/${year.ids['I 数据中心']}/history`).set('Authorization', auth).expect(200);
    // Exactly once each, although every message was delivered twice.
    expect(history.body.events.map((e: { type: string; date: string }) => `${e.type} ${e.date}`)).toEqual([
      'ProjectRegistered 2017-09-01',
      'ProjectStageAdvanced 2017-10-01',
      'ProjectSiteReadied 2017-10-20',
      'ProjectStageAdvanced 2017-11-01',
      'ProjectStageAdvanced 2017-12-01',
      'ProjectAddedToAnnualPlan 2018-01-10',
      'ProjectConstructionStarted 2018-05-20',
      'ProjectStageCorrected 2018-05-20',
    ]);
    expect(history.body.events.at(-1)).toMatchObject({ actor: { id: 'pmo-1', scope: 'project-office' } });
    expect(history.body.current).toMatchObject({ stage: 'preparing', firstStartDate: null });
    const g = await view().get(`/projects/${year.ids['G 整车基地']}/history`).set('Authorization', auth).expect(200);
    expect(g.body.events.find((e: { type: string }) => e.type === 'ProjectSecretaryAssigned')).toMatchObject({ date: '2018-02-01' });

    const warnings = await view().get('/warnings?asOf=2018-08-31&year=2018').set('Authorization', auth).expect(200);
    const byName = Object.fromEntries(
      (warnings.body.items as Array<{ name: string; light: string; reasons: Array<{ rule: string }> }>).map((w) => [
        w.name,
        [w.light, ...w.reasons.map((r) => r.rule)],
      ]),
    );
    expect(byName['D 冷链物流']).toEqual(['red', 'secretary-missing', 'start-overdue-long', 'stage-stalled']);
    expect(byName['G 整车基地']).toEqual(['yellow', 'leader-missing', 'stage-stalled']);
    expect(byName['C 生物疫苗']).toEqual(['red', 'secretary-missing-under-construction', 'investment-behind-far']);
    const rules = await view().get('/warnings/rules').set('Authorization', auth).expect(200);
    expect(rules.body.rules.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['start-overdue', 'start-overdue-long', 'investment-behind']),
    );
  });

  it('gives the same numbers after a rebuild from scratch into a fresh generation (the live service answering throughout)', async () => {
    const points = ['', '&asOf=2018-03-31', '&asOf=2018-06-30', '&asOf=2018-09-30'];
    const before = await Promise.all(points.map(dashboard));
    const connection = projection.app.get<Connection>(getConnectionToken());
    const results = await rebuildReadModels(testKafka('dashboard-rebuild'), connection, {
      models: PROJECTION_READ_MODELS,
      catalog: new EventCatalog(ALL_EVENT_DEFINITIONS),
      topicPrefix: ns.topicPrefix,
    });
    expect(results.map((r) => [r.name, r.generation])).toEqual([
      ['dashboard_projects', 2],
      ['city_statistics', 2],
      ['dashboard_approvals', 2],
      ['dashboard_issues', 2],
      ['dashboard_meetings', 2],
      ['dashboard_leads', 2],
      ['dashboard_activities', 2],
    ]);
    await new Promise((r) => setTimeout(r, 1100)); // the service re-reads the active generation at most a second later
    expect(await Promise.all(points.map(dashboard))).toEqual(before);
  });

  it('offers reads only: no route of the projection service writes', async () => {
    const docs = await view().get('/docs-json').expect(200);
    const methods = Object.values(docs.body.paths as Record<string, Record<string, unknown>>).flatMap((ops) => Object.keys(ops));
    expect([...new Set(methods)]).toEqual(['get']);
  });

  describe('route × role table', () => {
    const everyone = TABLE_GRANTS;
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
          send: get(() => '/dashboard/breakdown?by=department&indicator=built-in-year'),
        },
        {
          route: 'GET /dashboard/indicators/{code}/projects',
          allowed: everyone,
          send: get(() => '/dashboard/indicators/built-in-year/projects'),
        },
        { route: 'GET /warnings', allowed: everyone, send: get(() => '/warnings') },
        { route: 'GET /warnings/rules', allowed: everyone, send: get(() => '/warnings/rules') },
        { route: 'GET /dashboard/approvals', allowed: everyone, send: get(() => '/dashboard/approvals?year=2018') },
        { route: 'GET /dashboard/issues', allowed: everyone, send: get(() => '/dashboard/issues?year=2018') },
        { route: 'GET /dashboard/supervision', allowed: everyone, send: get(() => '/dashboard/supervision?year=2018') },
        { route: 'GET /dashboard/leaders', allowed: everyone, send: get(() => '/dashboard/leaders?year=2018') },
        { route: 'GET /dashboard/promotion', allowed: everyone, send: get(() => '/dashboard/promotion?year=2018') },
        {
          route: 'GET /reports/supervision/{period}',
          allowed: ['project-office', 'leadership', 'admin'],
          send: get(() => '/reports/supervision/2018-Q2'),
        },
        {
          route: 'GET /projects/{id}/history (a project of 南关区, 市建委)',
          allowed: ['locality:nanguan', 'project-office', 'leadership', 'statistics', 'admin'],
          deniedStatus: 404,
          send: get(() => `/projects/${year.ids['B 快速路']}/history`),
        },
      ],
    );
  });
});
