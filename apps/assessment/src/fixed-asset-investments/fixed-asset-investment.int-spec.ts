import request from 'supertest';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import {
  httpSlice,
  type RouteRow,
  routeRoleTable,
  startTestService,
  testToken,
  TABLE_GRANTS,
  type TestService,
  waitFor,
} from '@ccpc/testing';
import { assessmentService } from '../service';

const june = (overrides: Record<string, unknown> = {}) => ({
  month: '2018-06',
  cumulativeWan: 23_456_000,
  samePeriodLastYearWan: 21_000_000,
  publishedOn: '2018-07-15',
  ...overrides,
});

describe('the statistics bureau’s fixed-asset investment figures over HTTP on real Kafka and a real MongoDB-protocol server', () => {
  let service: TestService;
  let store: MongoEventStore;
  const bureau = () => testToken(['statistics'], 'tjj-officer-1');
  const http = () => request(service.app.getHttpServer());

  beforeAll(async () => {
    service = await startTestService(assessmentService);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('when the bureau publishes June and later revises it', () => {
    it('keeps one stream per month: reported once (a same-key retry replays), revised with a reason, readable by the leadership', async () => {
      const auth = `Bearer ${await bureau()}`;
      const first = await http()
        .post('/fixed-asset-investment')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'fai-2018-06')
        .send(june());
      expect(first.status).toBe(201);
      expect(first.headers['location']).toBe('/fixed-asset-investment/2018-06');
      const retry = await http()
        .post('/fixed-asset-investment')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'fai-2018-06')
        .send(june());
      expect(retry.body).toMatchObject({ id: '2018-06', version: 1, replayed: true });
      const reused = await http()
        .post('/fixed-asset-investment')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'fai-2018-06')
        .send(june({ cumulativeWan: 1 }));
      expect(reused.status).toBe(422);
      expect(reused.body).toMatchObject({ rule: 'idempotency.key-reused' });
      await http().post('/fixed-asset-investment').set('Authorization', auth).send(june()).expect(409);
      await http()
        .post('/fixed-asset-investment/2018-06/revisions')
        .set('Authorization', auth)
        .send({ cumulativeWan: 23_500_000, samePeriodLastYearWan: 21_000_000, publishedOn: '2018-08-15', reason: '补充入统项目' })
        .expect(200);
      const leadership = `Bearer ${await testToken(['leadership'])}`;
      const listed = await waitFor('the revision in the list', async () => {
        const list = await http().get('/fixed-asset-investment?year=2018').set('Authorization', leadership).expect(200);
        return (list.body.items as Array<{ month: string; revisions: number }>).find((i) => i.month === '2018-06' && i.revisions === 1);
      });
      expect(listed).toMatchObject({ cumulativeWan: 23_500_000, publishedOn: '2018-08-15', version: 2 });
      const read = await http().get('/fixed-asset-investment/2018-06').set('Authorization', leadership).expect(200);
      expect(read.headers['etag']).toBe('"2"');
      const other = await http().get('/fixed-asset-investment?year=2017').set('Authorization', leadership).expect(200);
      expect(other.body.items.map((i: { month: string }) => i.month)).not.toContain('2018-06');
      const [event] = await store.readStream('fixed-asset-investment-2018-06');
      expect(event?.actor).toMatchObject({ id: 'tjj-officer-1', role: 'statistics' });
    });
  });

  describe('bad input: a clear 4xx naming the field and the rule, and no event', () => {
    const slice = httpSlice(
      () => service,
      () => store,
    );
    it.each([
      [{ month: '2018-13' }, 400, 'validation.matches', 'month'],
      [{ cumulativeWan: -1 }, 400, 'validation.min', 'cumulativeWan'],
      [{ publishedOn: '2018-02-30' }, 400, 'validation.isIso8601', 'publishedOn'],
      [{ publishedOn: '2017-05-31' }, 422, 'date.order', 'publishedOn'],
      [{ publishedOn: '2099-01-01' }, 422, 'date.future', 'publishedOn'],
    ])('%j → %i %s', async (change, status, rule, field) => {
      const month = (change as { month?: string }).month ?? '2017-06';
      await slice
        .given(`fixed-asset-investment-${month}`, [])
        .when(async (h) =>
          h
            .post('/fixed-asset-investment')
            .set('Authorization', `Bearer ${await bureau()}`)
            .send(june({ month: '2017-06', publishedOn: '2017-07-15', ...change })),
        )
        .thenRefuses(status, rule, field);
    });
  });

  describe('route × role table', () => {
    beforeAll(async () => {
      await http()
        .post('/fixed-asset-investment')
        .set('Authorization', `Bearer ${await bureau()}`)
        .send(june({ month: '2018-03', publishedOn: '2018-04-15' }));
    });
    const writers = ['statistics', 'admin'] as const;
    // The city's figures are public within the government: every role reads them.
    const readers = TABLE_GRANTS;
    const authorisedOnly = (status: number) => status !== 401 && status !== 403 && status < 500;
    const rows: RouteRow[] = [
      {
        route: 'GET /fixed-asset-investment',
        allowed: readers,
        send: (h, a) => (a ? h.get('/fixed-asset-investment').set('Authorization', a) : h.get('/fixed-asset-investment')),
      },
      {
        route: 'POST /fixed-asset-investment',
        allowed: writers,
        allowedStatus: authorisedOnly,
        send: (h, a) =>
          (a ? h.post('/fixed-asset-investment').set('Authorization', a) : h.post('/fixed-asset-investment')).send(
            june({ month: '2018-04', publishedOn: '2018-05-15' }),
          ),
      },
      {
        route: 'POST /fixed-asset-investment/{month}/revisions',
        allowed: writers,
        allowedStatus: authorisedOnly,
        send: (h, a) =>
          (a
            ? h.post('/fixed-asset-investment/2018-03/revisions').set('Authorization', a)
            : h.post('/fixed-asset-investment/2018-03/revisions')
          ).send({ cumulativeWan: 5, samePeriodLastYearWan: 4, publishedOn: '2018-04-20', reason: '更正' }),
      },
    ];
    routeRoleTable(() => service, rows);
  });
});
