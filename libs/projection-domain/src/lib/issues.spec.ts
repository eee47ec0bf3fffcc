import type { EnvelopeOf, IssueEvent, MeetingEvent } from '@ccpc/contracts';
import { dashboardIssues, dashboardMeetings, type IssueDocument, type MeetingDocument } from './issues';
import { issueAt } from './issues-at';
import { issueFigures } from './issue-figures';
import { supervisionList, meetingAt } from './supervision';
import { reportPeriod, supervisionReport } from './supervision-report';

let version = 0;
// Test events are written loosely and typed as the contracts' (the catalogue would have validated them).
const envelope = <E extends IssueEvent | MeetingEvent>(streamId: string, type: string, data: Record<string, unknown>, recordedAt: string) =>
  ({
    eventId: `e-${++version}`,
    type,
    schemaVersion: 1,
    streamId,
    streamVersion: version,
    occurredAt: recordedAt,
    recordedAt,
    correlationId: 'c',
    causationId: null,
    actor: { id: 'a', role: 'system', scope: null },
    data,
  }) as unknown as EnvelopeOf<E>;
const at = (date: string) => `${date}T02:00:00.000Z`;

type Step = [type: string, data: Record<string, unknown>, recordedOn?: string];
const issue = (id: string, reportedOn: string, ...steps: Step[]): IssueDocument => {
  const reported: Step = [
    'IssueReported',
    {
      issueId: id,
      projectId: `p-${id}`,
      projectName: `项目${id}`,
      localityCode: 'lvyuan',
      reporter: { kind: 'locality', code: 'lvyuan' },
      category: 'land',
      description: '用地指标未落实',
      date: reportedOn,
      cycle: reportedOn.slice(0, 7),
      source: 'reported',
      approvalItem: null,
    },
  ];
  return [reported, ...steps].reduce<IssueDocument | undefined>((doc, [type, data, recordedOn]) => {
    const date = (data['date'] ?? data['detectedOn'] ?? reportedOn) as string;
    return dashboardIssues.evolve(doc, envelope<IssueEvent>(`issue-${id}`, type, data, at(recordedOn ?? date))) ?? undefined;
  }, undefined) as IssueDocument;
};
const meeting = (id: string, date: string, ...steps: Step[]): MeetingDocument =>
  [
    ['MeetingHeld', { meetingId: id, kind: 'joint', title: '五月联席会议', date, chair: '常务副市长', attendees: [] }] as Step,
    ...steps,
  ].reduce<MeetingDocument | undefined>(
    (doc, [type, data, recordedOn]) =>
      dashboardMeetings.evolve(doc, envelope<MeetingEvent>(`meeting-${id}`, type, data, at(recordedOn ?? date))) ?? undefined,
    undefined,
  ) as MeetingDocument;

/** The value, or a failed test saying what was missing. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

const distributed = (date: string, deadline: string): Step => ['IssueDistributed', { departmentCode: 'gtj', deadline, date }];

describe('issues on the leadership views', () => {
  describe('an issue as of a date', () => {
    it('given an issue reported on 8 May and not distributed, then on 15 May it is not yet overdue and on 16 May it is (the cycle’s 15th)', () => {
      const doc = issue('1', '2018-05-08');
      expect(issueAt(doc, '2018-05-15')).toMatchObject({ status: 'reported', dueOn: '2018-05-15', overdue: false });
      expect(issueAt(doc, '2018-05-16')).toMatchObject({ overdue: true, owner: { kind: 'project-office' } });
    });

    it('given a distribution, a resolution and a confirmation, then each date shows the standing of that day', () => {
      const doc = issue(
        '1',
        '2018-05-08',
        distributed('2018-05-14', '2018-05-31'),
        ['IssueResolved', { resolution: '已落实', date: '2018-05-28' }],
        ['IssueConfirmed', { date: '2018-05-30' }],
      );
      expect(issueAt(doc, '2018-05-07')).toBeUndefined();
      expect(issueAt(doc, '2018-05-20')).toMatchObject({ status: 'distributed', departmentCode: 'gtj', dueOn: '2018-05-31' });
      expect(issueAt(doc, '2018-05-29')).toMatchObject({ status: 'resolved', resolvedOn: '2018-05-28', dueOn: null });
      expect(issueAt(doc, '2018-06-30')).toMatchObject({ status: 'closed', closedOn: '2018-05-30' });
    });

    it('given a resolution the reporter reopened, then it no longer counts as resolved and is overdue past its deadline', () => {
      const doc = issue(
        '1',
        '2018-05-08',
        distributed('2018-05-14', '2018-05-31'),
        ['IssueResolved', { resolution: '已落实', date: '2018-05-28' }],
        ['IssueReopened', { reason: '未实际解决', date: '2018-05-29' }],
      );
      expect(issueAt(doc, '2018-06-01')).toMatchObject({ status: 'in-progress', resolvedOn: null, overdue: true });
    });

    it('given a fact recorded after the instant asked, then the view known at that instant leaves it out', () => {
      const doc = issue('1', '2018-05-08', [
        'IssueDistributed',
        { departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' },
        '2018-06-02',
      ]);
      expect(issueAt(doc, '2018-05-20', at('2018-05-20'))).toMatchObject({ status: 'reported', overdue: true });
      expect(issueAt(doc, '2018-05-20')).toMatchObject({ status: 'distributed', overdue: false });
    });
  });

  describe('the figures', () => {
    it('given four issues of 2018, then resolved, open, overdue, the rate and the median working days are those of the day', () => {
      const issues = [
        issue('1', '2018-05-08', distributed('2018-05-14', '2018-05-31'), ['IssueResolved', { resolution: '办结', date: '2018-05-15' }]), // 5 working days (9,10,11,14,15)
        issue('2', '2018-05-08', distributed('2018-05-14', '2018-05-31'), ['IssueResolved', { resolution: '办结', date: '2018-05-22' }]), // 10 working days
        issue('3', '2018-05-08', ['IssueRejected', { reason: '重复上报', date: '2018-05-14' }]),
        issue('4', '2018-05-09', distributed('2018-05-14', '2018-05-25')),
      ].map((d) => present(issueAt(d, '2018-06-01'), 'the issue on that day'));
      expect(issueFigures(issues, 2018)).toEqual({
        reported: 4,
        open: 3, // 1 and 2 await confirmation; 4 is with its department
        overdue: 1,
        resolved: 2,
        rejected: 1,
        resolutionRate: 2 / 3,
        medianWorkingDays: 7.5,
      });
    });
  });

  describe('supervision', () => {
    const m = meeting(
      'm-1',
      '2018-05-25',
      [
        'MeetingDecisionRecorded',
        { decisionId: '1', subject: '统筹用地指标', owner: { kind: 'department', code: 'gtj' }, measures: '调剂', deadline: '2018-06-15' },
      ],
      [
        'MeetingDecisionRecorded',
        { decisionId: '2', subject: '协调电力接入', owner: { kind: 'department', code: 'gxj' }, measures: '专线', deadline: '2018-06-10' },
      ],
      ['MeetingDecisionCompleted', { decisionId: '1', date: '2018-06-12', note: '已调剂' }],
    );
    const decided = issue('5', '2018-05-08', distributed('2018-05-14', '2018-05-20'), [
      'IssueDecided',
      { meetingId: 'm-1', owner: { kind: 'locality', code: 'lvyuan' }, measures: '属地协调', deadline: '2018-06-29', date: '2018-05-25' },
    ]);

    it('given two decisions in the minutes and one on an issue, then May’s report lists all three, and June’s carries the two still open on 1 June', () => {
      const may = present(reportPeriod('2018-05'), 'a period');
      const mayReport = supervisionReport(
        may,
        [present(meetingAt(m, may.to), 'the meeting on that day')],
        [present(issueAt(decided, may.to), 'the issue on that day')],
        may.to,
      );
      expect(mayReport.meetings[0]?.decisions.map((d) => [d.decisionId, d.standing])).toEqual([
        ['2', 'open'],
        ['1', 'open'],
        ['issue-5', 'open'],
      ]);
      const q2 = present(reportPeriod('2018-Q2'), 'a period');
      expect(q2).toEqual({ period: '2018-Q2', kind: 'quarter', from: '2018-04-01', to: '2018-06-30' });
      const june = present(reportPeriod('2018-06'), 'a period');
      const juneReport = supervisionReport(
        june,
        [present(meetingAt(m, june.to), 'the meeting on that day')],
        [present(issueAt(decided, june.to), 'the issue on that day')],
        june.to,
      );
      expect(juneReport.meetings).toEqual([]);
      expect(juneReport.carried.map((d) => [d.decisionId, d.standing])).toEqual([
        ['2', 'overdue'],
        ['1', 'done-on-time'],
        ['issue-5', 'overdue'],
      ]);
      expect(juneReport.totals).toEqual({ decisions: 3, 'done-on-time': 1, 'done-late': 0, open: 0, overdue: 2 });
    });

    it('given the same issues and meeting, then the supervision list puts the overdue first with their working days past', () => {
      const list = supervisionList(
        [present(issueAt(decided, '2018-06-13'), 'the issue on that day')],
        [present(meetingAt(m, '2018-06-13'), 'the meeting on that day')],
        '2018-06-13',
      );
      expect(list.map((i) => [i.kind, i.id, i.overdue, i.workingDaysOverdue])).toEqual([
        ['decision', 'm-1/2', true, 3], // due Sunday 10 June: 11, 12, 13 June
        ['issue', '5', false, 0],
      ]);
    });
  });
});
