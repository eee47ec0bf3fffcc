import { Caller, parseGrant } from '@ccpc/auth';
import type { ApprovalCase } from '@ccpc/approval-domain';
import { evolveApprovalCase } from '@ccpc/approval-domain';
import { caseView } from './approval-case.view';
import { caseOpened, itemApproved, itemSubmitted, supplementsRequested } from './approval-fixtures';
import { inboxRows } from './inbox';

const caller = (...grants: string[]) =>
  new Caller(
    { id: 'u-1', name: null, grants: grants.map((g) => parseGrant(g)).filter((g) => g !== undefined) },
    grants.map((g) => parseGrant(g)).filter((g) => g !== undefined),
  );
const given = (projectId: string, ...later: Parameters<typeof evolveApprovalCase>[1][]) =>
  caseView(
    [caseOpened(projectId), ...later].reduce<ApprovalCase | null>((state, event) => evolveApprovalCase(state, event), null) as ApprovalCase,
    later.length + 1,
    '2018-03-01T00:00:00Z',
  );
const rows = (who: Caller, cases: ReturnType<typeof given>[], filter = {}) =>
  inboxRows(who, cases, filter, '2018-03-05').map((r) => `${r.projectId} ${r.itemCode} ${r.action}`);

describe('the approval inbox', () => {
  // A case of 绿园区 opened 1 March: 规划选址 (ghj) submitted 2 March, 用地预审 (gtj) approved, nothing else yet.
  const opened = () =>
    given(
      'p-1',
      itemSubmitted('site-selection', '2018-03-02'),
      itemSubmitted('land-pre-review', '2018-03-02'),
      itemApproved('land-pre-review', '2018-03-05', 2),
    );

  it('given an item under review with 规划局, then 规划局 has it to decide, and no other department', () => {
    expect(rows(caller('department:ghj'), [opened()])).toEqual(['p-1 site-selection decide']);
    expect(rows(caller('department:hbj'), [opened()])).toEqual([]);
  });

  it('given both first items approved, then the applicant 区 has the items that waited on them to submit, and another 区 nothing', () => {
    const approved = given(
      'p-1',
      itemSubmitted('site-selection', '2018-03-02'),
      itemSubmitted('land-pre-review', '2018-03-02'),
      itemApproved('land-pre-review', '2018-03-05', 2),
      itemApproved('site-selection', '2018-03-05', 2),
    );
    expect(rows(caller('locality:lvyuan'), [opened()])).toEqual([]); // 规划选址 is with 规划局; the rest wait on it
    expect(rows(caller('locality:lvyuan'), [approved])).toEqual(['p-1 environmental-impact submit', 'p-1 project-decision submit']);
    expect(rows(caller('locality:chaoyang'), [approved])).toEqual([]);
  });

  it('given a one-time notice, then the 区 has the item to resubmit and the department no longer has it', () => {
    const notified = given(
      'p-2',
      itemSubmitted('site-selection', '2018-03-02'),
      supplementsRequested('site-selection', '2018-03-03', ['用地红线图']),
    );
    expect(rows(caller('locality:lvyuan'), [notified])).toContain('p-2 site-selection resubmit');
    expect(rows(caller('department:ghj'), [notified])).toEqual([]);
  });

  it('given the project office, then every item under review in the city, and nothing to submit', () => {
    expect(rows(caller('project-office'), [opened(), given('p-3', itemSubmitted('site-selection', '2018-03-01'))])).toEqual([
      'p-3 site-selection decide', // submitted a day earlier: due first
      'p-1 site-selection decide',
    ]);
  });

  it('given items due on different days, then the earliest due comes first, and `due` keeps those due by that day', () => {
    const later = given('p-4', itemSubmitted('site-selection', '2018-03-05'));
    const earlier = given('p-5', itemSubmitted('site-selection', '2018-03-01'));
    const inbox = inboxRows(caller('department:ghj'), [later, earlier], {}, '2018-03-05');
    expect(inbox.map((r) => r.projectId)).toEqual(['p-5', 'p-4']);
    expect(inbox[0]?.dueOn).toBe('2018-03-15'); // 10 working days after 1 March
    expect(inbox[0]?.workingDaysLeft).toBe(8); // as of Monday 5 March
    expect(rows(caller('department:ghj'), [later, earlier], { due: '2018-03-15' })).toEqual(['p-5 site-selection decide']);
  });

  it('given items past their due date, then they are 超期 by the due date itself, whether or not the scheduler noticed', () => {
    const due = given('p-6', itemSubmitted('site-selection', '2018-03-01')); // due 15 March
    const [row] = inboxRows(caller('department:ghj'), [due], {}, '2018-03-16');
    expect(row).toMatchObject({ workingDaysLeft: -1, overdue: true, overdueReported: false });
    expect(inboxRows(caller('department:ghj'), [due], { overdue: false }, '2018-03-16')).toEqual([]);
    expect(inboxRows(caller('department:ghj'), [due], { overdue: true }, '2018-03-15')).toEqual([]); // on the due day: not yet
  });

  it('given many cases, then a search, a 区, a department and an item each narrow the inbox, and newest puts the latest submitted first', () => {
    const early = given('p-7', itemSubmitted('site-selection', '2018-03-01'));
    const late = given('p-8', itemSubmitted('site-selection', '2018-03-05'), itemSubmitted('land-pre-review', '2018-03-05'));
    const office = caller('project-office');
    const name = early.projectName;
    expect(rows(office, [early, late], { q: name.slice(0, 4) }).length).toBeGreaterThan(0);
    expect(rows(office, [early, late], { q: '不存在的项目' })).toEqual([]);
    expect(rows(office, [early, late], { q: '用地预审' })).toEqual(['p-8 land-pre-review decide']);
    expect(rows(office, [early, late], { localityCode: 'chaoyang' })).toEqual([]);
    expect(rows(office, [early, late], { departmentCode: 'gtj' })).toEqual(['p-8 land-pre-review decide']);
    expect(rows(office, [early, late], { itemCode: 'site-selection', sort: 'newest' })).toEqual([
      'p-8 site-selection decide',
      'p-7 site-selection decide',
    ]);
  });
});
