import request from 'supertest';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { idFromKey } from '@ccpc/service-kit';
import { httpSlice, type RouteRow, routeRoleTable, startTestService, testToken, type TestService, waitFor } from '@ccpc/testing';
import { investmentPromotionService } from '../service';
import { identifying } from './lead.fixtures';

describe('leads over HTTP on real Kafka and a real MongoDB-protocol server', () => {
  let service: TestService;
  let store: MongoEventStore;
  const officer = () => testToken(['locality:nanguan'], 'officer-nanguan-1');
  const http = () => request(service.app.getHttpServer());
  const as = async (grant: string) => `Bearer ${await testToken([grant])}`;

  beforeAll(async () => {
    service = await startTestService(investmentPromotionService);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('when a 区 officer identifies a lead and follows it up', () => {
    it('lists it for them and the department following it (not for another 区), and logs every step', async () => {
      const auth = `Bearer ${await officer()}`;
      const identified = await http()
        .post('/leads')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'lead-0001')
        .send(identifying())
        .expect(201);
      const id = identified.body.id as string;
      const retry = await http()
        .post('/leads')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'lead-0001')
        .send(identifying())
        .expect(201);
      expect(retry.body).toMatchObject({ id, version: 1, replayed: true });
      await http().post(`/leads/${id}/follow-ups`).set('Authorization', auth).send({ note: '赴深圳拜访', date: '2018-03-05' }).expect(200);
      await http().post(`/leads/${id}/advance`).set('Authorization', auth).send({ to: 'contacted', date: '2018-03-06' }).expect(200);
      const lead = await waitFor('the read model', async () => {
        const page = (await http().get('/leads').set('Authorization', auth).expect(200)).body;
        return page.items.find((l: { leadId: string; version: number }) => l.leadId === id && l.version === 3);
      });
      expect(lead).toMatchObject({ stage: 'contacted', followUps: [{ note: '赴深圳拜访', date: '2018-03-05' }], months: ['2018-03'] });
      expect(lead.timeline.map((f: { type: string }) => f.type)).toEqual(['LeadIdentified', 'LeadFollowedUp', 'LeadAdvanced']);
      const mine = await http()
        .get('/leads?stage=contacted')
        .set('Authorization', await as('department:gxj'))
        .expect(200);
      expect(mine.body.items.map((l: { leadId: string }) => l.leadId)).toContain(id);
      const other = await http()
        .get('/leads')
        .set('Authorization', await as('locality:chaoyang'))
        .expect(200);
      expect(other.body.items).toEqual([]);
      await http()
        .get(`/leads/${id}`)
        .set('Authorization', await as('locality:chaoyang'))
        .expect(404);
      await http()
        .post(`/leads/${id}/follow-ups`)
        .set('Authorization', await as('locality:chaoyang'))
        .send({ note: '越权', date: '2018-03-07' })
        .expect(403);
      const [first] = await store.readStream(`lead-${id}`);
      expect(first?.actor).toMatchObject({ id: 'officer-nanguan-1', scope: 'locality:nanguan' });
    });
  });

  describe('bad input: a clear 4xx naming the field and the rule, and no event', () => {
    const slice = httpSlice(
      () => service,
      () => store,
    );
    const identifiedEvent = {
      type: 'LeadIdentified',
      data: {
        leadId: '00000000-0000-4000-8000-0000000000a1',
        enterprise: { name: '某公司', creditCode: null },
        classCode: 'other',
        regionCode: 'other',
        channelCode: 'industry-chain',
        categoryCode: 'auto',
        chainNode: '底盘',
        intendedInvestmentWan: 10_000,
        localityCode: 'nanguan',
        departmentCode: null,
        officer: '李四',
        date: '2018-03-01',
      },
    };
    const post = (path: string, body: object, key: string) => async (h: ReturnType<typeof request>) =>
      h
        .post(path)
        .set('Authorization', `Bearer ${await officer()}`)
        .set('Idempotency-Key', key)
        .send(body);
    const trip = {
      kind: 'locality-trip',
      title: '南关区赴上海招商',
      localityCode: 'nanguan',
      destination: '上海',
      regionCode: 'yangtze-delta',
      date: '2018-03-05',
    };
    const cases: Array<[string, string, object[], string, object, number, string, string | undefined]> = [
      [
        'a credit code with a wrong check character',
        'a0',
        [],
        '/leads',
        identifying({ creditCode: '91440300708461136X' }),
        422,
        'lead.creditCode',
        'creditCode',
      ],
      [
        'a credit code of the wrong shape',
        'a1',
        [],
        '/leads',
        identifying({ creditCode: '1234' }),
        400,
        'validation.matches',
        'creditCode',
      ],
      ['an unknown class', 'a2', [], '/leads', identifying({ classCode: 'fortune-1000' }), 400, 'validation.isIn', 'classCode'],
      ['an unknown region', 'a3', [], '/leads', identifying({ regionCode: 'mars' }), 400, 'validation.isIn', 'regionCode'],
      ['an unknown channel', 'a4', [], '/leads', identifying({ channelCode: 'lottery' }), 400, 'validation.isIn', 'channelCode'],
      ['a lead dated after today', 'a5', [], '/leads', identifying({ date: '2099-01-01' }), 422, 'date.future', 'date'],
      [
        'a stage jump (identified → signed)',
        'a6',
        [identifiedEvent],
        '/leads/ID/signing',
        { contractAmountWan: 100, date: '2018-03-05' },
        409,
        'lead.stage',
        'stage',
      ],
      [
        'a stage jump (identified → negotiating)',
        'a7',
        [identifiedEvent],
        '/leads/ID/advance',
        { to: 'negotiating', date: '2018-03-05' },
        409,
        'lead.stage',
        'stage',
      ],
      [
        'signing without an amount',
        'a8',
        [identifiedEvent],
        '/leads/ID/signing',
        { date: '2018-03-05' },
        400,
        'validation.isInt',
        'contractAmountWan',
      ],
      [
        'landing an unsigned lead',
        'a9',
        [identifiedEvent],
        '/leads/ID/landing',
        { projectName: '某项目', date: '2018-03-05' },
        409,
        'lead.stage',
        'stage',
      ],
      [
        'a follow-up dated before the lead',
        'aa',
        [identifiedEvent],
        '/leads/ID/follow-ups',
        { note: '拜访', date: '2018-02-01' },
        422,
        'date.order',
        'date',
      ],
      ['an activity planned beyond the horizon', 'ac', [], '/activities', { ...trip, date: '2099-01-01' }, 422, 'activity.horizon', 'date'],
      [
        "a city leaders' trip without its leader",
        'ad',
        [],
        '/activities',
        { ...trip, kind: 'leaders-trip' },
        422,
        'activity.organizer',
        'leaderName',
      ],
      ['an unknown activity kind', 'ae', [], '/activities', { ...trip, kind: 'banquet' }, 400, 'validation.isIn', 'kind'],
    ];
    it.each(cases)('%s', async (_what, suffix, history, path, body, status, rule, field) => {
      // A creation's lead is the one its Idempotency-Key makes: that stream must stay empty.
      const key = `bad-input-${suffix}`;
      const creates = path === '/leads' || path === '/activities';
      const id = creates ? idFromKey('officer-nanguan-1', key) : `00000000-0000-4000-8000-0000000000${suffix}`;
      const stream = path === '/activities' ? `activity-${id}` : `lead-${id}`;
      const events = history.map((e) => ({ ...e, data: { ...(e as { data: object }).data, leadId: id } })) as never[];
      const url = path.replace('ID', id);
      await slice
        .given(stream, events)
        .when(post(url, body, key))
        .thenRefuses(status, rule, field);
    });
    it('a lead of another locality: 404 to read, 403 to act', async () => {
      const id = '00000000-0000-4000-8000-0000000000ab';
      await slice
        .given(`lead-${id}`, [{ ...identifiedEvent, data: { ...identifiedEvent.data, leadId: id } }] as never[])
        .when(async (h) =>
          h
            .post(`/leads/${id}/follow-ups`)
            .set('Authorization', await as('locality:chaoyang'))
            .send({ note: '越权', date: '2018-03-05' }),
        )
        .thenRefuses(403, 'access.scope');
    });
  });

  describe('route × role table', () => {
    let id = '';
    beforeAll(async () => {
      const created = await http()
        .post('/leads')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(identifying({ departmentCode: 'fgw', enterpriseName: '路由表企业' }))
        .expect(201);
      id = created.body.id;
      await waitFor('the read model', async () =>
        (
          await http()
            .get(`/leads/${id}`)
            .set('Authorization', `Bearer ${await officer()}`)
        ).status === 200
          ? true
          : undefined,
      );
    });
    const writers = ['locality:nanguan', 'department:fgw', 'project-office', 'admin'] as const;
    const readers = ['locality:nanguan', 'department:fgw', 'project-office', 'leadership', 'statistics', 'admin'] as const;
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
    const authorisedOnly = (status: number) => status !== 401 && status !== 403 && status < 500;
    const get = (path: string) => (h: ReturnType<typeof request>, a: string | undefined) =>
      a ? h.get(path).set('Authorization', a) : h.get(path);
    const post = (path: string, body: () => object) => (h: ReturnType<typeof request>, a: string | undefined) =>
      (a ? h.post(path).set('Authorization', a) : h.post(path)).send(body());
    const BODIES = {
      'follow-ups': { note: '记录', date: '2018-03-20' },
      advance: { to: 'contacted', date: '2018-03-20' },
      signing: { contractAmountWan: 100, date: '2018-03-20' },
      landing: { projectName: '路由表项目', date: '2018-03-20' },
      loss: { reason: '测试终止', date: '2018-03-20' },
    };
    const rows: RouteRow[] = [
      { route: 'GET /health (public)', allowed: 'anyone', send: get('/health') },
      {
        route: 'POST /leads',
        allowed: ['locality:nanguan', 'project-office', 'admin'],
        allowedStatus: authorisedOnly,
        send: post('/leads', () => identifying({ departmentCode: undefined })),
      },
      { route: 'GET /leads', allowed: everyone, send: get('/leads') },
      { route: 'GET /leads/{id}', allowed: readers, deniedStatus: 404, send: (h, a) => get(`/leads/${id}`)(h, a) },
      ...(['follow-ups', 'advance', 'signing', 'landing', 'loss'] as const).map((path) => ({
        route: `POST /leads/{id}/${path}`,
        allowed: writers,
        allowedStatus: authorisedOnly,
        send: (h: ReturnType<typeof request>, a: string | undefined) => post(`/leads/${id}/${path}`, () => BODIES[path])(h, a),
      })),
      { route: 'GET /activities', allowed: everyone, send: get('/activities') },
      {
        route: 'GET /activities/compliance',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'leadership', 'admin'],
        send: get('/activities/compliance?year=2018'),
      },
      {
        route: 'GET /conflicts',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'project-office', 'leadership', 'admin'],
        send: get('/conflicts'),
      },
      { route: 'GET /bulletins/{month}', allowed: everyone, send: get('/bulletins/2018-03') },
      { route: 'GET /bulletins/{month}/late', allowed: ['project-office', 'leadership', 'admin'], send: get('/bulletins/2018-03/late') },
      { route: 'GET /reference/promotion', allowed: everyone, send: get('/reference/promotion') },
      {
        route: 'GET /inbox',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
        send: get('/inbox'),
      },
      { route: 'GET /bulletins/{month}/print', allowed: everyone, send: get('/bulletins/2018-03/print') },
    ];
    routeRoleTable(() => service, rows);
  });
});
