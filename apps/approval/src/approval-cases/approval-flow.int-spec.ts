import request from 'supertest';
import { waitFor } from '@ccpc/testing';
import { OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { approvalFlowHarness, SPRING_FESTIVAL_STEPS } from './approval-flow.harness';

/**
 * The flow between contexts, by events only, with the registry as a process of its own: a
 * project entering preparing opens its case; the case's last approval lands on the registry
 * project; the same messages delivered again change nothing.
 */
describe('approval ⇄ registry by events, on real Kafka and a real MongoDB-protocol server', () => {
  const flow = approvalFlowHarness('approval-flow');

  it('opens the case when the project enters preparing, once; records its completion on the project, once', async () => {
    const projectId = await flow.intoPreparation('长春国际汽车城零部件产业园', 250_000, '2018-02-09');
    const opened = (await flow.caseOf(projectId)).body;
    expect(opened).toMatchObject({ projectId, localityCode: 'lvyuan', openedOn: '2018-02-09', status: 'open', version: 1 });
    expect(opened.items.map((i: { code: string }) => i.code)).toEqual([
      'site-selection',
      'land-pre-review',
      'environmental-impact',
      'project-decision',
      'planning-permit',
      'fire-design',
      'construction-permit',
    ]);

    // The same registry event delivered again: nothing new (the reaction's Idempotency-Key is the event id).
    const registryEvents = await flow.readRegistryStream(projectId);
    const preparation = registryEvents.find((e) => e.type === 'ProjectStageAdvanced' && (e.data as { to: string }).to === 'preparing');
    if (!preparation) throw new Error('no preparation event in the registry stream');
    await flow.redeliver('registry.events', preparation);
    await flow.onRegistry(`/projects/${projectId}/annual-plans`, {
      year: 2018,
      kind: 'new-start',
      plannedStartMonth: '2018-05',
      annualInvestmentWan: 50_000,
      date: '2018-02-10',
    });
    await waitFor(
      'the reaction to pass the redelivered event and the plan after it',
      async () => {
        const known = await flow.approval().app.get(OpenCaseReaction).projects.get(projectId);
        return known?.plans.length === 1 || undefined;
      },
      30_000,
    );
    expect((await flow.store().readStream(`approval-case-${projectId}`)).map((e) => e.type)).toEqual(['ApprovalCaseOpened']);

    // Every item through its department, across the Spring Festival (15–21 February off; 11 and 24 February worked).
    let last: Awaited<ReturnType<ReturnType<typeof approvalFlowHarness>['onApproval']>> | undefined;
    for (const [code, department, submittedOn, approvedOn] of SPRING_FESTIVAL_STEPS) {
      await flow.onApproval(`/approval-cases/${projectId}/items/${code}/submission`, 'locality:lvyuan', {
        date: submittedOn,
        documents: ['申请表'],
      });
      last = await flow.onApproval(`/approval-cases/${projectId}/items/${code}/approval`, department, { date: approvedOn });
    }
    // 11–14 Feb (4), 22–28 Feb with Saturday the 24th (6), 1–22 Mar (16): 26 working days on which some item was with a department.
    expect(last?.events.map((e) => e.type)).toEqual(['ApprovalItemApproved', 'ApprovalCaseCompleted']);
    expect(last?.events[1]?.data).toEqual({ projectId, date: '2018-03-22', workingDays: 26 });

    const project = async () =>
      (
        await request(flow.registry().url)
          .get(`/projects/${projectId}`)
          .set('Authorization', await flow.bearer('project-office'))
      ).body as {
        approvalsCompleted: { date: string; workingDays: number } | null;
        version: number;
      };
    await waitFor('the registry to record the completion', async () => (await project()).approvalsCompleted || undefined, 30_000);
    const recorded = await project();
    expect(recorded.approvalsCompleted).toEqual({ date: '2018-03-22', workingDays: 26 });

    // The completion delivered again: the project does not change.
    const completed = (await flow.store().readStream(`approval-case-${projectId}`)).find((e) => e.type === 'ApprovalCaseCompleted');
    if (!completed) throw new Error('no completion in the case stream');
    await flow.redeliver('approval.events', completed);
    await flow.onRegistry(`/projects/${projectId}/start`, { date: '2018-05-02' });
    await waitFor(
      'the registry to pass the redelivered completion and the start after it',
      async () => (await project()).version === recorded.version + 1 || undefined,
      30_000,
    );
    const after = await flow.readRegistryStream(projectId);
    expect(after.filter((e) => e.type === 'ProjectApprovalsCompleted')).toHaveLength(1);
  }, 180_000);
});
