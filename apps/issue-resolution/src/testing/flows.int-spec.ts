import { randomUUID } from 'node:crypto';
import { httpSlice, type RouteRow, routeRoleTable, waitFor } from '@ccpc/testing';
import { issueFlowHarness } from './issue-flow.harness';

/** What issue-resolution does on other contexts' events, its refusals, and who may call what — on real Kafka and MongoDB. */
describe('issue-resolution between contexts, refusals and roles', () => {
  const h = issueFlowHarness('issue-flows');
  let nanguan = '';
  let cancelled = '';
  let issueId = '';

  const drafts = async (projectId: string) =>
    (await h.get(`/issues?projectId=${projectId}&pageSize=50`, 'project-office')).body.items as Array<Record<string, unknown>>;

  beforeAll(async () => {
    nanguan = await h.project({ name: '南关区物流园', localityCode: 'nanguan' });
    cancelled = await h.project({ name: '南关区取消项目', localityCode: 'nanguan' });
    await h.known([nanguan, cancelled]);
    issueId = (
      await h.ok('/issues', 'locality:nanguan', {
        projectId: nanguan,
        category: 'utilities',
        description: '供电配套滞后',
        date: '2018-05-08',
      })
    ).id;
    await waitFor('the issue', async () => (await h.get(`/issues/${issueId}`, 'project-office')).status === 200 || undefined);
  }, 120_000);

  it('an approval item overdue raises one draft 审批 issue, also when redelivered and when the late decision arrives', async () => {
    const projectId = randomUUID();
    const streamId = `approval-case-${projectId}`;
    await h.publish('approval', [
      {
        streamId,
        type: 'ApprovalCaseOpened',
        data: {
          projectId,
          projectName: '朝阳区研发中心',
          localityCode: 'chaoyang',
          categoryCode: 'auto',
          totalInvestmentWan: 80_000,
          date: '2018-03-01',
          referenceVersion: '2018.1',
          items: [{ code: 'site-selection', departmentCode: 'ghj', limitDays: 10, prerequisites: [] }],
        },
      },
      { streamId, type: 'ApprovalItemSubmitted', data: { itemCode: 'site-selection', date: '2018-03-02', documents: ['申请表'] } },
    ]);
    const [overdue] = await h.publish('approval', [
      { streamId, type: 'ApprovalItemOverdue', data: { itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-20' } },
    ]);
    await h.publish('approval', [
      {
        streamId,
        type: 'ApprovalItemOverdue',
        data: { itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-20' },
        eventId: overdue?.eventId,
      },
      { streamId, type: 'ApprovalItemApproved', data: { itemCode: 'site-selection', date: '2018-03-23', workingDays: 15 } },
    ]);
    await waitFor('the draft issue', async () => ((await drafts(projectId)).length > 0 ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // the redelivery and the late decision have been consumed by now
    const found = await drafts(projectId);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      category: 'approval',
      source: 'approval-overdue',
      status: 'reported',
      reportedOn: '2018-03-17', // the day after its due date, not the day the scheduler noticed
      reporter: { kind: 'locality', code: 'chaoyang' },
      approvalItem: { itemCode: 'site-selection', departmentCode: 'ghj' },
    });
    expect((await h.get('/inbox', 'project-office')).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: found[0]?.['issueId'], action: 'distribute' })]),
    );
  });

  it('an issue the project office reported itself is confirmed by the project office, and by no 区', async () => {
    const own = (
      await h.ok('/issues', 'project-office', { projectId: nanguan, category: 'land', description: '用地报批滞后', date: '2018-05-08' })
    ).id;
    await h.ok(`/issues/${own}/distribution`, 'project-office', { departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' });
    await h.ok(`/issues/${own}/acceptance`, 'department:gtj', { date: '2018-05-15' });
    await h.ok(`/issues/${own}/resolution`, 'department:gtj', { resolution: '已报批', date: '2018-05-20' });
    const refused = await h.post(`/issues/${own}/confirmation`, 'locality:nanguan', { date: '2018-05-21' });
    expect({ status: refused.status, rule: refused.body.rule }).toEqual({ status: 403, rule: 'access.scope' });
    const confirmed = await h.ok(`/issues/${own}/confirmation`, 'project-office', { date: '2018-05-21' });
    expect(confirmed.events.map((e) => e.type)).toEqual(['IssueConfirmed']);
  });

  it('a project cancelled in the registry closes its open issues with that reason', async () => {
    const open = (
      await h.ok('/issues', 'locality:nanguan', {
        projectId: cancelled,
        category: 'funding',
        description: '资金未到位',
        date: '2018-05-08',
      })
    ).id;
    await waitFor('the issue', async () => (await h.get(`/issues/${open}`, 'project-office')).status === 200 || undefined);
    await h.publish('registry', [
      {
        streamId: `project-${cancelled}`,
        type: 'ProjectCancelled',
        data: { date: '2018-05-20', reason: '投资方撤资', stageBefore: 'reserve' },
      },
    ]);
    await waitFor(
      'the issue to close',
      async () => ((await h.get(`/issues/${open}`, 'project-office')).body.status === 'closed' ? true : undefined),
      30_000,
    );
    expect((await h.get(`/issues/${open}`, 'project-office')).body).toMatchObject({
      reason: '项目已取消：投资方撤资',
      closedOn: '2018-05-20',
      open: false,
    });
  });

  describe('bad input: a clear 4xx naming the rule and field, nothing appended', () => {
    const slice = httpSlice(
      () => h.first(),
      () => h.store(),
    );
    const report =
      (projectId: string, grant = 'locality:nanguan', date = '2018-05-09') =>
      async (http: ReturnType<typeof import('supertest')>) =>
        http
          .post('/issues')
          .set('Authorization', await h.bearer(grant))
          .send({ projectId, category: 'land', description: '用地问题', date });
    const reported = (id: string) => ({
      type: 'IssueReported',
      data: {
        issueId: id,
        projectId: nanguan,
        projectName: '南关区物流园',
        localityCode: 'nanguan',
        reporter: { kind: 'locality', code: 'nanguan' },
        category: 'utilities',
        description: '供电配套滞后',
        date: '2018-05-08',
        cycle: '2018-05',
        source: 'reported',
        approvalItem: null,
      },
    });
    const distributed = { type: 'IssueDistributed', data: { departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' } };
    /** A fresh issue with this history, and a command on it. */
    const issue = (later: ReadonlyArray<{ type: string; data: object }> = []) => {
      const id = randomUUID();
      const given = slice.given(`issue-${id}`, [reported(id), ...later]);
      return {
        on: (path: string, grant: string, body: object) =>
          given.when(async (http) =>
            http
              .post(`/issues/${id}/${path}`)
              .set('Authorization', await h.bearer(grant))
              .send(body),
          ),
      };
    };
    const nothing = `issue-${randomUUID()}`;

    it('an issue for an unknown project → 404', () =>
      slice.given(nothing).when(report(randomUUID())).thenRefuses(404, 'issue.projectUnknown', 'projectId'));
    it('an issue for a cancelled project → 422', async () => {
      await waitFor('the cancellation to be known', async () =>
        (await drafts(cancelled)).every((i) => i['status'] === 'closed') ? true : undefined,
      );
      await slice.given(nothing).when(report(cancelled)).thenRefuses(422, 'issue.projectCancelled', 'projectId');
    });
    it('reporting for a project of another locality → 403', () =>
      slice.given(nothing).when(report(nanguan, 'locality:chaoyang')).thenRefuses(403, 'access.scope'));
    it('a report dated in the future → 422', () =>
      slice
        .given(nothing)
        .when(report(nanguan, 'locality:nanguan', '2099-01-01'))
        .thenRefuses(422, 'date.future', 'date'));
    const decision = { ownerKind: 'department', ownerCode: 'gtj', measures: '统筹', deadline: '2018-06-30', date: '2018-05-25' };
    it('distribution by anyone but the project office → 403', () =>
      issue()
        .on('distribution', 'locality:nanguan', { departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' })
        .thenRefuses(403, 'access.role'));
    it('a deadline before the report date → 422', () =>
      issue()
        .on('distribution', 'project-office', { departmentCode: 'gtj', deadline: '2018-05-01', date: '2018-05-14' })
        .thenRefuses(422, 'issue.deadline', 'deadline'));
    it('a decision outside a meeting → 404', () =>
      issue([distributed])
        .on('decision', 'project-office', { ...decision, meetingId: randomUUID() })
        .thenRefuses(404, 'meeting.notFound', 'meetingId'));
    it('a decision owner whose code is not of its kind → 422', () =>
      issue([distributed])
        .on('decision', 'project-office', { ...decision, meetingId: randomUUID(), ownerKind: 'locality' })
        .thenRefuses(422, 'validation.invalid', 'ownerCode'));
    it('resolving an issue not in progress → 409', () =>
      issue([distributed])
        .on('resolution', 'department:gtj', { resolution: '已解决', date: '2018-05-20' })
        .thenRefuses(409, 'issue.state'));
    it('confirming by anyone but the reporter → 403', async () => {
      const resolved = [
        distributed,
        { type: 'IssueAccepted', data: { date: '2018-05-15' } },
        { type: 'IssueResolved', data: { resolution: '已解决', date: '2018-05-20' } },
      ];
      await issue(resolved).on('confirmation', 'project-office', { date: '2018-05-21' }).thenRefuses(403, 'access.role');
      await issue(resolved).on('confirmation', 'locality:chaoyang', { date: '2018-05-21' }).thenRefuses(403, 'access.scope');
    });
    it('an unknown category → 400 naming the field', () =>
      slice
        .given(nothing)
        .when(async (http) =>
          http
            .post('/issues')
            .set('Authorization', await h.bearer('locality:nanguan'))
            .send({ projectId: nanguan, category: 'weather', description: '天气', date: '2018-05-09' }),
        )
        .thenRefuses(400, 'validation.isIn', 'category'));
  });

  describe('route × role table', () => {
    const id = () => issueId;
    const post = (path: string, body: object) => (http: ReturnType<typeof import('supertest')>, auth: string | undefined) => {
      const call = http.post(path);
      return (auth ? call.set('Authorization', auth) : call).send(body);
    };
    const get = (path: () => string) => (http: ReturnType<typeof import('supertest')>, auth: string | undefined) => {
      const call = http.get(path());
      return auth ? call.set('Authorization', auth) : call;
    };
    const READ = [
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
    const rows: RouteRow[] = [
      { route: 'GET /issues', allowed: READ, send: get(() => '/issues') },
      { route: 'GET /meetings', allowed: READ, send: get(() => '/meetings') },
      { route: 'GET /cycles/{month}', allowed: READ, send: get(() => '/cycles/2018-05') },
      { route: 'GET /reference/issues', allowed: READ, send: get(() => '/reference/issues') },
      {
        route: 'GET /inbox',
        allowed: [
          'locality:nanguan',
          'locality:chaoyang',
          'department:fgw',
          'department:gxj',
          'project-office',
          'leader:leader-1',
          'admin',
        ],
        send: get(() => '/inbox'),
      },
      {
        route: 'GET /issues/{id}',
        allowed: ['locality:nanguan', 'project-office', 'leadership', 'statistics', 'admin'],
        send: (http, auth) => get(() => `/issues/${id()}`)(http, auth),
        deniedStatus: 404,
        allowedStatus: (s) => s === 200,
      },
      {
        // Allowed kinds pass the role check; a wrong body is then their 400 (nothing is written), the others' 403.
        route: 'POST /issues',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
        send: post('/issues', {}),
        allowedStatus: (s) => s === 400,
      },
      ...(
        [
          ['distribution', ['project-office', 'admin']],
          ['rejection', ['project-office', 'admin']],
          ['decision', ['project-office', 'admin']],
          ['supervision', ['project-office', 'admin']],
          ['acceptance', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin']],
          ['progress', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin']],
          ['escalation', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin']],
          ['resolution', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin']],
          // The project office passes the role check for its own drafts; on another's issue it is refused (403, below).
          ['confirmation', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office']],
          ['reopening', ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office']],
        ] as const
      ).map(([path, allowed]): RouteRow => ({
        route: `POST /issues/{id}/${path}`,
        allowed,
        send: (http, auth) => post(`/issues/${id()}/${path}`, {})(http, auth),
        allowedStatus: (s) => s === 400,
      })),
      { route: 'POST /meetings', allowed: ['project-office', 'admin'], send: post('/meetings', {}), allowedStatus: (s) => s === 400 },
      {
        route: 'POST /meetings/{id}/decisions',
        allowed: ['project-office', 'admin'],
        send: post(`/meetings/${randomUUID()}/decisions`, {}),
        allowedStatus: (s) => s === 400,
      },
      {
        route: 'POST /meetings/{id}/decisions/{decisionId}/completion',
        allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
        send: post(`/meetings/${randomUUID()}/decisions/1/completion`, {}),
        allowedStatus: (s) => s === 400,
      },
    ];
    routeRoleTable(() => h.first(), rows);
  });
});
