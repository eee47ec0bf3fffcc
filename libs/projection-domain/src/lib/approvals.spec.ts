import type { ApprovalCaseEvent, EnvelopeOf } from '@ccpc/contracts';
import { type ApprovalDocument, dashboardApprovals } from './approvals';
import { approvalsAt, caseAsOf, openCaseWorkingDaysAt } from './approvals-at';

let version = 0;
// Test events are written loosely and typed as the contracts' (the catalogue would have validated them).
const envelope = (type: string, data: Record<string, unknown>, recordedAt = '2018-03-01T00:00:00.000Z') =>
  ({
    eventId: `e-${++version}`,
    type,
    schemaVersion: 1,
    streamId: 'approval-case-p-1',
    streamVersion: version,
    occurredAt: recordedAt,
    recordedAt,
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
    expect(approvalsAt(c(), '2018-03-10').departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
    expect(approvalsAt(c(), '2018-03-16').departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
    expect(approvalsAt(c(), '2018-03-17').departments.get('ghj')).toEqual({ open: 1, overdue: 1, waiting: 0 });
    expect(approvalsAt(c(), '2018-03-20').departments.get('ghj')).toBeUndefined();
  });
  it('given a case opened on 1 March, then before that day there is no case at all, and none for a project without one', () => {
    expect(caseAsOf(c(), '2018-02-28')).toBeUndefined();
    expect(caseAsOf(c(), '2018-03-10')?.departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
    expect(caseAsOf(undefined, '2018-03-10')).toBeUndefined();
  });
  it('given the construction permit approved on 27 March, then it is known from that day (for 未批先建)', () => {
    expect(approvalsAt(c(), '2018-03-26').constructionPermitOn).toBeUndefined();
    expect(approvalsAt(c(), '2018-03-27').constructionPermitOn).toBe('2018-03-27');
    expect(approvalsAt(c(), '2018-03-26').departments.get('jw')).toEqual({ open: 1, overdue: 0, waiting: 0 });
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
    expect(approvalsAt(d, '2018-04-10').departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
  });
});

describe('overdue on a date is a fact of due dates and decisions, not of the scheduler’s notice', () => {
  it('given an item due 16 March and approved on the 22nd, with no notice ever sent, then it was overdue with 市规划局 on the 19th', () => {
    const late = caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemApproved', { itemCode: 'site-selection', date: '2018-03-22', workingDays: 14 }),
    );
    expect(approvalsAt(late, '2018-03-16').departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
    expect(approvalsAt(late, '2018-03-19').departments.get('ghj')).toEqual({ open: 1, overdue: 1, waiting: 0 });
    expect(approvalsAt(late, '2018-03-22').departments.get('ghj')).toBeUndefined();
  });
  it('given supplements asked on 5 March and sent on the 12th, then the item waits for the applicant meanwhile and its due date moves by the wait', () => {
    const waited = caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalSupplementsRequested', { itemCode: 'site-selection', date: '2018-03-05', documents: ['y'] }),
      envelope('ApprovalItemResubmitted', { itemCode: 'site-selection', date: '2018-03-12', documents: ['y'] }),
    );
    expect(approvalsAt(waited, '2018-03-08').departments.get('ghj')).toEqual({ open: 0, overdue: 0, waiting: 1 });
    // Due 16 March plus the 5 working days of the wait: 23 March.
    expect(approvalsAt(waited, '2018-03-23').departments.get('ghj')).toEqual({ open: 1, overdue: 0, waiting: 0 });
    expect(approvalsAt(waited, '2018-03-26').departments.get('ghj')).toEqual({ open: 1, overdue: 1, waiting: 0 });
  });
  it('given a decision recorded on 25 March, then the view as known on the 21st still has the item with its department', () => {
    const recordedLate = caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemApproved', { itemCode: 'site-selection', date: '2018-03-15', workingDays: 9 }, '2018-03-25T02:00:00.000Z'),
    );
    expect(caseAsOf(recordedLate, '2018-03-20', '2018-03-21T00:00:00.000Z')?.departments.get('ghj')).toEqual({
      open: 1,
      overdue: 1,
      waiting: 0,
    });
    expect(caseAsOf(recordedLate, '2018-03-20', '2018-03-26T00:00:00.000Z')?.departments.get('ghj')).toBeUndefined();
    expect(caseAsOf(recordedLate, '2018-03-20', '2018-02-28T00:00:00.000Z')).toBeUndefined(); // the case itself not known yet
  });
});

describe('the working days a case still open has taken (§22: over 51 is over the limit)', () => {
  const twoItems = () =>
    caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemSubmitted', { itemCode: 'construction-permit', date: '2018-03-05', documents: ['x'] }),
      envelope('ApprovalSupplementsRequested', { itemCode: 'site-selection', date: '2018-03-09', documents: ['y'] }),
      envelope('ApprovalItemApproved', { itemCode: 'construction-permit', date: '2018-03-09', workingDays: 4 }),
      envelope('ApprovalItemResubmitted', { itemCode: 'site-selection', date: '2018-03-16', documents: ['y'] }),
    );
  it('given items reviewed in parallel and a wait for the applicant, then days with an item at a department count once, the wait not at all', () => {
    // 5–9 March (5 working days) with a department; 12–16 March waiting; from the 19th on the clock runs again.
    expect(openCaseWorkingDaysAt(twoItems(), '2018-03-16')).toBe(5);
    expect(openCaseWorkingDaysAt(twoItems(), '2018-03-20')).toBe(7);
  });
  it('given every item approved by the date, then the case is not open', () => {
    const done = caseOf(
      opened(),
      envelope('ApprovalItemSubmitted', { itemCode: 'site-selection', date: '2018-03-02', documents: ['x'] }),
      envelope('ApprovalItemApproved', { itemCode: 'site-selection', date: '2018-03-09', workingDays: 5 }),
      envelope('ApprovalItemSubmitted', { itemCode: 'construction-permit', date: '2018-03-12', documents: ['x'] }),
      envelope('ApprovalItemApproved', { itemCode: 'construction-permit', date: '2018-03-14', workingDays: 2 }),
    );
    expect(openCaseWorkingDaysAt(done, '2018-03-13')).toBe(6);
    expect(openCaseWorkingDaysAt(done, '2018-03-14')).toBeUndefined();
    expect(openCaseWorkingDaysAt(done, '2018-02-28')).toBeUndefined();
  });
});
