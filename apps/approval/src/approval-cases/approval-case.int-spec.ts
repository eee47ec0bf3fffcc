import { randomUUID } from 'node:crypto';
import { type ApprovalCaseEvent, cityDate } from '@ccpc/contracts';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { httpSlice, type RouteRow, routeRoleTable, startTestService, TABLE_GRANTS, testToken, type TestService } from '@ccpc/testing';
import { approvalService } from '../service';
import { caseOpened, itemApproved, itemSubmitted, supplementsRequested } from './approval-fixtures';

/** The approval API on real servers: bad input (each a 4xx naming the rule and field, nothing appended) and who may call what. */
describe('approval cases over HTTP on real Kafka and a real MongoDB-protocol server', () => {
  let service: TestService;
  let store: MongoEventStore;
  const bearer = async (grant: string) => `Bearer ${await testToken([grant], `user-${grant}`)}`;
  beforeAll(async () => {
    service = await startTestService(approvalService);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('bad input: a clear 4xx naming the field and the rule, and no event', () => {
    const slice = httpSlice(
      () => service,
      () => store,
    );
    const given = (history: ApprovalCaseEvent[]) => {
      const id = randomUUID();
      return { id, when: slice.given(`approval-case-${id}`, [caseOpened(id), ...history]).when };
    };
    const post = (path: string, grant: string, body: object) => async (h: ReturnType<typeof import('supertest')>) =>
      h
        .post(path)
        .set('Authorization', await bearer(grant))
        .send(body);

    it('an unknown item code → 404 approval.item-unknown', async () => {
      const g = given([]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/mining-licence/submission`, 'locality:lvyuan', { date: '2018-03-02', documents: ['申请表'] }),
        )
        .thenRefuses(404, 'approval.item-unknown', 'itemCode');
    });
    it('an item of another department → 403 access.scope', async () => {
      const g = given([itemSubmitted('site-selection', '2018-03-02')]);
      await g
        .when(post(`/approval-cases/${g.id}/items/site-selection/approval`, 'department:hbj', { date: '2018-03-05' }))
        .thenRefuses(403, 'access.scope');
    });
    it('another 区 submitting → 403 access.scope', async () => {
      const g = given([]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/submission`, 'locality:nanguan', {
            date: '2018-03-02',
            documents: ['申请表'],
          }),
        )
        .thenRefuses(403, 'access.scope');
    });
    it('a decision before the submission → 409 approval.not-submitted', async () => {
      const g = given([]);
      await g
        .when(post(`/approval-cases/${g.id}/items/site-selection/approval`, 'department:ghj', { date: '2018-03-05' }))
        .thenRefuses(409, 'approval.not-submitted', 'itemCode');
    });
    it('a decision on a decided item → 409 approval.decided', async () => {
      const g = given([itemSubmitted('site-selection', '2018-03-02'), itemApproved('site-selection', '2018-03-06', 2)]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/rejection`, 'department:ghj', { date: '2018-03-07', reasons: '不符合规划' }),
        )
        .thenRefuses(409, 'approval.decided', 'itemCode');
    });
    it('a supplement request after a decision → 409 approval.decided', async () => {
      const g = given([itemSubmitted('site-selection', '2018-03-02'), itemApproved('site-selection', '2018-03-06', 2)]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/supplement-request`, 'department:ghj', {
            date: '2018-03-07',
            documents: ['用地红线图'],
          }),
        )
        .thenRefuses(409, 'approval.decided', 'itemCode');
    });
    it('a resubmission with no open request → 409 approval.no-open-request', async () => {
      const g = given([itemSubmitted('site-selection', '2018-03-02')]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/resubmission`, 'locality:lvyuan', {
            date: '2018-03-07',
            documents: ['补正材料'],
          }),
        )
        .thenRefuses(409, 'approval.no-open-request', 'itemCode');
    });
    it('a second notice naming a new document → 409 approval.one-time-notice', async () => {
      const g = given([
        itemSubmitted('site-selection', '2018-03-02'),
        supplementsRequested('site-selection', '2018-03-05', ['用地红线图']),
        { type: 'ApprovalItemResubmitted', data: { itemCode: 'site-selection', date: '2018-03-08', documents: ['用地红线图'] } },
      ]);
      const body = await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/supplement-request`, 'department:ghj', {
            date: '2018-03-09',
            documents: ['地质勘察报告'],
          }),
        )
        .thenRefuses(409, 'approval.one-time-notice', 'documents');
      expect(JSON.stringify(body)).toContain('地质勘察报告');
    });
    it('a date before the case opened → 422 date.before-case', async () => {
      const g = given([]);
      await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/submission`, 'locality:lvyuan', { date: '2018-02-27', documents: ['申请表'] }),
        )
        .thenRefuses(422, 'date.before-case', 'date');
    });
    it('a date in a past year the calendar does not cover → 422 naming the year', async () => {
      const g = given([]);
      const body = await g
        .when(
          post(`/approval-cases/${g.id}/items/site-selection/submission`, 'locality:lvyuan', { date: '2002-03-04', documents: ['申请表'] }),
        )
        .thenRefuses(422, 'calendar.year-not-covered', 'date');
      expect(JSON.stringify(body)).toContain('2002');
    });
    it.each([
      ['a week after today', cityDate(new Date(Date.now() + 7 * 86_400_000))],
      ['in a year the calendar does not cover yet', '2031-03-03'],
    ])('a date %s → 422 date.future, as in every context', async (_what, date) => {
      const g = given([]);
      await g
        .when(post(`/approval-cases/${g.id}/items/site-selection/submission`, 'locality:lvyuan', { date, documents: ['申请表'] }))
        .thenRefuses(422, 'date.future', 'date');
    });
    it('no documents → 400 naming documents', async () => {
      const g = given([]);
      await g
        .when(post(`/approval-cases/${g.id}/items/site-selection/submission`, 'locality:lvyuan', { date: '2018-03-02', documents: [] }))
        .thenRefuses(400, 'validation.arrayMinSize', 'documents');
    });
  });

  describe('route × role table', () => {
    const id = randomUUID();
    beforeAll(async () => {
      const meta = { actor: { id: 'given', role: 'system', scope: null }, correlationId: 'given', causationId: null, now: new Date() };
      // A case of 南关区 whose 可研/核准/备案 (市发改委) is under review.
      const history = [
        caseOpened(id, '2018-03-01', 'nanguan'),
        itemSubmitted('site-selection', '2018-03-02'),
        itemSubmitted('land-pre-review', '2018-03-02'),
        itemApproved('site-selection', '2018-03-06', 2),
        itemApproved('land-pre-review', '2018-03-06', 2),
        itemSubmitted('project-decision', '2018-03-07'),
      ];
      await store.append(`approval-case-${id}`, history, {
        expectedVersion: 0,
        metadata: meta,
      });
    });
    const applicant = ['locality:nanguan', 'project-office', 'admin'] as const;
    const department = ['department:fgw', 'project-office', 'admin'] as const;
    const readers = ['locality:nanguan', 'department:fgw', 'project-office', 'leadership', 'statistics', 'admin'] as const;
    const authorisedOnly = (status: number) => status !== 401 && status !== 403 && status < 500;
    const send = (method: 'get' | 'post', path: string, body?: object) => (h: ReturnType<typeof import('supertest')>, a?: string) => {
      const r = a ? h[method](path).set('Authorization', a) : h[method](path);
      return body ? r.send(body) : r;
    };
    const rows: RouteRow[] = [
      { route: 'GET /approval-cases (each sees only theirs)', allowed: TABLE_GRANTS, send: send('get', '/approval-cases') },
      {
        route: 'GET /approval-cases/{id}',
        allowed: readers,
        deniedStatus: 404,
        send: (h, a) => send('get', `/approval-cases/${id}`)(h, a),
      },
      {
        route: 'GET /items (inbox)',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
        send: send('get', '/items?assignedTo=me'),
      },
      {
        route: 'GET /inbox (the 待办 part)',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
        send: send('get', '/inbox'),
      },
      { route: 'GET /reference/approval-items', allowed: TABLE_GRANTS, send: send('get', '/reference/approval-items') },
      {
        route: 'POST …/items/{code}/submission',
        allowed: applicant,
        allowedStatus: authorisedOnly,
        send: (h, a) =>
          send('post', `/approval-cases/${id}/items/environmental-impact/submission`, { date: '2018-03-07', documents: ['申请表'] })(h, a),
      },
      {
        route: 'POST …/items/{code}/resubmission',
        allowed: applicant,
        allowedStatus: authorisedOnly,
        send: (h, a) =>
          send('post', `/approval-cases/${id}/items/project-decision/resubmission`, { date: '2018-03-08', documents: ['补正'] })(h, a),
      },
      ...(
        [
          ['supplement-request', { date: '2018-03-08', documents: ['用地红线图'] }],
          ['approval', { date: '2018-03-08' }],
          ['rejection', { date: '2018-03-08', reasons: '不符合规划' }],
          ['visits', { date: '2018-03-08', step: 'submission' }],
        ] as const
      ).map(([step, body]): RouteRow => ({
        route: `POST …/items/{code}/${step}`,
        allowed: department,
        allowedStatus: authorisedOnly,
        send: (h, a) => send('post', `/approval-cases/${id}/items/project-decision/${step}`, body)(h, a),
      })),
    ];
    routeRoleTable(() => service, rows);
  });
});
