import type { ApprovalCaseEvent, EnvelopeOf } from '@ccpc/contracts';
import { type ApprovalDocument, approvalsAt, caseAsOf, dashboardApprovals } from './approvals';

let version = 0;
// Test events are written loosely and typed as the contracts' (the catalogue would have validated them).
const envelope = (type: string, data: Record<string, unknown>) =>
  ({
    eventId: `e-${++version}`,
    type,
    schemaVersion: 1,
    streamId: 'approval-case-p-1',
    streamVersion: version,
    occurredAt: '2018-03-01T00:00:00.000Z',
    recordedAt: '2018-03-01T00:00:00.000Z',
    correlationId: 'c',
    causationId: null,
    actor: { id: 'a', role: 'system', scope: null },
    data,
  }) as EnvelopeOf<ApprovalCaseEvent>;
const caseOf = (...events: Array<EnvelopeOf<ApprovalCaseEvent>>): ApprovalDocument =>
  events.reduce<ApprovalDocument | undefined>((doc, e) => dashboardApprovals.evolve(doc, e) ?? undefined, undefined) as ApprovalDocument;
const opened = () =>
  envelope('ApprovalCaseOpened', {
    projectId: 'p-1',
    projectName: '项目',
    localityCode: 'lvyuan',
    categoryCode: 'auto',
    totalInvestmentWan: 1,
    date: '2018-03-01',
    referenceVersion: '2018.1',
    items: [
      { code: 'site-selection', departmentCode: 'ghj', limitDays: 10, prerequisites: [] },
      { code: 'construction-permit', departmentCode: 'jw', limitDays: 5, prerequisites: [] },
    ],
  });

describe('the approval panel: a case as of a date', () => {
  const c = () =>
    caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemOverdue', { itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-17' }),
      envelope('ApprovalItemApproved', { itemCode: 'site-selection', date: '2018-03-20', workingDays: 13 }),
      envelope('ApprovalItemSubmitted', { itemCode: 'construction-permit', date: '2018-03-21', documents: ['x'] }),
      envelope('ApprovalItemApproved', { itemCode: 'construction-permit', date: '2018-03-27', workingDays: 4 }),
    );
  it('given an item submitted on 2 March, due 16 March, approved 20 March: with 市规划局 on the 10th (not overdue), overdue on the 17th, done on the 20th', () => {
    expect(approvalsAt(c(), '2018-03-01').departments.size).toBe(0);
    expect(approvalsAt(c(), '2018-03-10').departments.get('ghj')).toEqual({ open: 1, overdue: 0 });
    expect(approvalsAt(c(), '2018-03-16').departments.get('ghj')).toEqual({ open: 1, overdue: 0 });
    expect(approvalsAt(c(), '2018-03-17').departments.get('ghj')).toEqual({ open: 1, overdue: 1 });
    expect(approvalsAt(c(), '2018-03-20').departments.get('ghj')).toBeUndefined();
  });
  it('given a case opened on 1 March, then before that day there is no case at all, and none for a project without one', () => {
    expect(caseAsOf(c(), '2018-02-28')).toBeUndefined();
    expect(caseAsOf(c(), '2018-03-10')?.departments.get('ghj')).toEqual({ open: 1, overdue: 0 });
    expect(caseAsOf(undefined, '2018-03-10')).toBeUndefined();
  });
  it('given the construction permit approved on 27 March, then it is known from that day (for 未批先建)', () => {
    expect(approvalsAt(c(), '2018-03-26').constructionPermitOn).toBeUndefined();
    expect(approvalsAt(c(), '2018-03-27').constructionPermitOn).toBe('2018-03-27');
    expect(approvalsAt(c(), '2018-03-26').departments.get('jw')).toEqual({ open: 1, overdue: 0 });
  });
  it('given a rejection and a new submission, then the earlier overdue does not carry over to it', () => {
    const d = caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemOverdue', { itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-17' }),
      envelope('ApprovalItemRejected', { itemCode: 'site-selection', date: '2018-03-19', reasons: '不符合规划' }),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-04-02', documents: ['x'] }),
    );
    expect(approvalsAt(d, '2018-03-30').departments.size).toBe(0);
    expect(approvalsAt(d, '2018-04-10').departments.get('ghj')).toEqual({ open: 1, overdue: 0 });
  });
});
