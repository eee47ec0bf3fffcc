import request from 'supertest';
import { topicName } from '@ccpc/contracts';
import { type MongoEventStore, readWholeTopic } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { httpSlice, startTestService, testKafka, testToken, type TestService, waitFor } from '@ccpc/testing';
import { registryService } from '../service';
import { registration } from './projects.fixtures';

const PROJECT = '0f8e4a52-6a8b-4f3e-9c3e-2d7c1b9a0001';
const registered = (overrides: Record<string, unknown> = {}) => ({
  type: 'ProjectRegistered',
  data: {
    projectId: PROJECT,
    name: '长春国际汽车城零部件产业园',
    localityCode: 'lvyuan',
    departmentCode: 'gxj',
    categoryCode: 'auto',
    subKindCode: null,
    industrial: true,
    sourceCode: 'enterprise',
    investor: null,
    totalInvestmentWan: 250_000,
    nationalCode: null,
    leading: false,
    landmark: false,
    threeEarly: false,
    reserveLevels: ['city'],
    siteInDevelopmentZone: false,
    referenceVersion: '2018.1',
    ...overrides,
  },
});
const stage = (from: string, to: string) => ({ type: 'ProjectStageAdvanced', data: { from, to, date: '2018-03-01' } });

describe('registry HTTP API on real Kafka and a real MongoDB-protocol server', () => {
  let service: TestService;
  let store: MongoEventStore;
  const officer = () => testToken(['locality:lvyuan'], 'officer-lvyuan-7', '绿园区项目专员');
  const http = () => request(service.app.getHttpServer());

  beforeAll(async () => {
    service = await startTestService(registryService);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('when a 区 officer registers a project', () => {
    it('records the officer (account, grant and name) as the actor, publishes the event to Kafka, and lists the project for them', async () => {
      const response = await http()
        .post('/projects')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(registration())
        .expect(201);
      expect(response.headers['etag']).toBe('"1"');
      const projectId = response.body.id as string;
      const [stored] = await store.readStream(`project-${projectId}`);
      expect(stored).toMatchObject({
        type: 'ProjectRegistered',
        actor: { id: 'officer-lvyuan-7', role: 'locality', scope: 'locality:lvyuan', name: '绿园区项目专员' },
      });

      const topic = topicName('registry', service.config.TOPIC_PREFIX);
      const onTopic = await waitFor('the event on Kafka', async () => {
        const found = (await readWholeTopic(testKafka('registry-api'), topic)).find((m) => m.key === `project-${projectId}`);
        return found ? (JSON.parse(found.value) as { eventId: string; actor: unknown }) : undefined;
      });
      expect(onTopic).toMatchObject({ eventId: stored?.eventId, actor: { id: 'officer-lvyuan-7', scope: 'locality:lvyuan' } });

      const listed = await waitFor('the project in the list', async () => {
        const page = await http()
          .get('/projects?q=汽车城')
          .set('Authorization', `Bearer ${await officer()}`)
          .expect(200);
        return page.body.items.find((p: { projectId: string }) => p.projectId === projectId);
      });
      expect(listed).toMatchObject({ stage: 'reserve', industrial: true, totalInvestmentWan: 250_000, version: 1 });
      const otherLocality = await http()
        .get('/projects')
        .set('Authorization', `Bearer ${await testToken(['locality:nanguan'])}`)
        .expect(200);
      expect(otherLocality.body.items.find((p: { projectId: string }) => p.projectId === projectId)).toBeUndefined();
    });
  });

  describe('a project through its year, over HTTP', () => {
    it('docks, lands, prepares, is planned, starts and reports investment; the detail carries the version as ETag', async () => {
      const auth = `Bearer ${await officer()}`;
      const { body } = await http()
        .post('/projects')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'year-walk-0001')
        .send(registration({ nationalCode: '2018-220106-36-03-000001' }))
        .expect(201);
      const id = body.id as string;
      const retry = await http()
        .post('/projects')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'year-walk-0001')
        .send(registration({ nationalCode: '2018-220106-36-03-000001' }))
        .expect(201);
      expect(retry.body).toMatchObject({ id, version: 1, replayed: true });

      const steps: Array<[string, object]> = [
        ['docking', { date: '2018-01-10' }],
        ['landing', { date: '2018-02-01', investor: '一汽富维' }],
        ['preparation', { date: '2018-02-20' }],
        ['annual-plans', { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 80_000 }],
        ['start', { date: '2018-04-16' }],
        ['investments', { month: '2018-05', cumulativeWan: 12_000, progressNote: '主体结构施工' }],
      ];
      let version = 1;
      for (const [path, payload] of steps) {
        const r = await http().post(`/projects/${id}/${path}`).set('Authorization', auth).set('If-Match', `"${version}"`).send(payload);
        expect({ path, status: r.status, body: r.status === 200 ? undefined : r.body }).toEqual({ path, status: 200, body: undefined });
        version = r.body.version;
      }
      // The detail is the read model, kept from the topic: it reaches the last command's version within moments.
      const detail = await waitFor('the detail at the last version', async () => {
        const r = await http().get(`/projects/${id}`).set('Authorization', auth).expect(200);
        return r.headers['etag'] === `"${version}"` ? r : undefined;
      });
      expect(detail.body).toMatchObject({
        stage: 'under-construction',
        firstStartDate: '2018-04-16',
        cumulativeWan: 12_000,
        nationalCode: '2018-220106-36-03-000001',
      });
      const events = await store.readStream(`project-${id}`);
      expect(events.map((e) => e.type)).toEqual([
        'ProjectRegistered',
        'ProjectStageAdvanced',
        'ProjectStageAdvanced',
        'ProjectStageAdvanced',
        'ProjectAddedToAnnualPlan',
        'ProjectConstructionStarted',
        'MonthlyInvestmentReported',
      ]);
      expect(events.every((e) => e.actor.scope === 'locality:lvyuan')).toBe(true);
    });
  });

  describe('bad input: a clear 4xx naming the field and the rule, and no event', () => {
    const slice = httpSlice(
      () => service,
      () => store,
    );
    const fresh = (n: number) => `0f8e4a52-6a8b-4f3e-9c3e-2d7c1b9a1${String(n).padStart(3, '0')}`;

    it.each([
      ['an unknown locality', { localityCode: 'shanghai' }, 'validation.isIn', 'localityCode'],
      ['a negative amount', { totalInvestmentWan: -1 }, 'validation.min', 'totalInvestmentWan'],
      ['an absurd amount', { totalInvestmentWan: 9_000_000_000 }, 'validation.max', 'totalInvestmentWan'],
      ['a field that does not exist', { budget: 5 }, 'validation.unknownField', 'budget'],
      ['a malformed national code', { nationalCode: '2018-1' }, 'validation.matches', 'nationalCode'],
    ])('registering with %s → 400', async (_, change, rule, field) => {
      const response = await http()
        .post('/projects')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(registration(change));
      expect({ status: response.status, rule: response.body.rule, field: response.body.field }).toEqual({ status: 400, rule, field });
    });

    it('registering with a sub-kind of another category → 422 (well-formed, but against the reference data)', async () => {
      const response = await http()
        .post('/projects')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(registration({ subKindCode: 'straw' }));
      expect({ status: response.status, rule: response.body.rule, field: response.body.field }).toEqual({
        status: 422,
        rule: 'reference.subKind',
        field: 'subKindCode',
      });
    });

    it('malformed JSON → 400, an oversized body → 413, neither a 500', async () => {
      const auth = `Bearer ${await officer()}`;
      const bad = await http().post('/projects').set('Authorization', auth).set('Content-Type', 'application/json').send('{"name": ');
      expect({ status: bad.status, rule: bad.body.rule }).toEqual({ status: 400, rule: 'body.json' });
      const huge = await http()
        .post('/projects')
        .set('Authorization', auth)
        .send(registration({ name: 'x'.repeat(200_000) }));
      expect({ status: huge.status, rule: huge.body.rule }).toEqual({ status: 413, rule: 'body.limit' });
    });

    it('a stage jump → 409 stage.order', async () => {
      await slice
        .given(`project-${fresh(1)}`, [registered({ projectId: fresh(1) })])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(1)}/start`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-04-16' }),
        )
        .thenRefuses(409, 'stage.order', 'stage');
    });

    it('a completion dated before the start → 422 date.order', async () => {
      await slice
        .given(`project-${fresh(2)}`, [
          registered({ projectId: fresh(2) }),
          stage('reserve', 'docking'),
          stage('docking', 'landed'),
          stage('landed', 'preparing'),
          { type: 'ProjectConstructionStarted', data: { date: '2018-04-16', year: 2018, plannedAsNewStart: false } },
        ])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(2)}/completion`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-01-01' }),
        )
        .thenRefuses(422, 'date.order', 'date');
    });

    it('a date that is not on the calendar → 400', async () => {
      await slice
        .given(`project-${fresh(3)}`, [registered({ projectId: fresh(3) })])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(3)}/docking`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-02-30' }),
        )
        .thenRefuses(400, 'validation.isIso8601', 'date');
    });

    it('a national code that belongs to another project → 409 nationalCode.duplicate', async () => {
      const code = '2018-220106-36-03-000777';
      await http()
        .post('/projects')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(registration({ nationalCode: code }))
        .expect(201);
      await slice
        .given(`project-${fresh(4)}`, [registered({ projectId: fresh(4) })])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(4)}/national-code`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ nationalCode: code }),
        )
        .thenRefuses(409, 'nationalCode.duplicate', 'nationalCode');
    });

    it('a command on a cancelled project → 409 project.cancelled', async () => {
      await slice
        .given(`project-${fresh(5)}`, [
          registered({ projectId: fresh(5) }),
          { type: 'ProjectCancelled', data: { date: '2018-03-01', reason: '投资方撤资', stageBefore: 'reserve' } },
        ])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(5)}/docking`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-04-01' }),
        )
        .thenRefuses(409, 'project.cancelled');
    });

    it('a stale If-Match → 409 concurrency.expectedVersion', async () => {
      await slice
        .given(`project-${fresh(6)}`, [registered({ projectId: fresh(6) }), stage('reserve', 'docking')])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(6)}/landing`)
            .set('Authorization', `Bearer ${await officer()}`)
            .set('If-Match', '"1"')
            .send({ date: '2018-04-01', investor: '某公司' }),
        )
        .thenRefuses(409, 'concurrency.expectedVersion', 'expectedVersion');
    });

    it("another 区's project → 403 access.scope", async () => {
      await slice
        .given(`project-${fresh(7)}`, [registered({ projectId: fresh(7), localityCode: 'chaoyang', departmentCode: 'fgw' })])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(7)}/docking`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-04-01' }),
        )
        .thenRefuses(403, 'access.scope');
    });

    it('a project that does not exist → 404', async () => {
      await slice
        .given(`project-${fresh(8)}`, [])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(8)}/docking`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-04-01' }),
        )
        .thenRefuses(404, 'project.notFound', 'projectId');
    });

    it('a lifecycle step recorded through the slice carries the officer as actor', async () => {
      await slice
        .given(`project-${fresh(9)}`, [registered({ projectId: fresh(9) })])
        .when(async (h) =>
          h
            .post(`/projects/${fresh(9)}/docking`)
            .set('Authorization', `Bearer ${await officer()}`)
            .send({ date: '2018-04-01' }),
        )
        .then(200, [
          {
            type: 'ProjectStageAdvanced',
            data: { from: 'reserve', to: 'docking', date: '2018-04-01' },
            actor: { id: 'officer-lvyuan-7', scope: 'locality:lvyuan' },
          },
        ]);
    });
  });
});
