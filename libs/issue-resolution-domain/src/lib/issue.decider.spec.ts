import type { IssueEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { type IssueCommand, issueDecider, type IssueProject } from './issue.decider';

const spec = deciderSpec(issueDecider);
const project: IssueProject = {
  projectId: 'p-1',
  name: '一汽新能源工厂',
  localityCode: 'qikai',
  stage: 'under-construction',
  leaderId: null,
};
const report = (date: string): IssueCommand => ({
  type: 'ReportIssue',
  issueId: 'i-1',
  project,
  reporter: { kind: 'locality', code: 'qikai' },
  category: 'land',
  description: '用地指标不足',
  date,
});
const reported = (date: string, cycle: string): IssueEvent => ({
  type: 'IssueReported',
  data: {
    issueId: 'i-1',
    projectId: 'p-1',
    projectName: '一汽新能源工厂',
    localityCode: 'qikai',
    reporter: { kind: 'locality', code: 'qikai' },
    category: 'land',
    description: '用地指标不足',
    date,
    cycle,
    source: 'reported',
    approvalItem: null,
  },
});
const may = reported('2018-05-08', '2018-05');
const distributed: IssueEvent = { type: 'IssueDistributed', data: { departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' } };
const accepted: IssueEvent = { type: 'IssueAccepted', data: { date: '2018-05-15' } };
const resolved: IssueEvent = { type: 'IssueResolved', data: { resolution: '已调剂用地指标', date: '2018-05-28' } };

describe('Issue', () => {
  describe('the monthly cycle it belongs to (§32: lists by the 10th)', () => {
    it('reported on the 10th belongs to this month, on the 11th to the next', () => {
      spec
        .given([])
        .when(report('2018-05-10'))
        .then([reported('2018-05-10', '2018-05')]);
      spec
        .given([])
        .when(report('2018-05-11'))
        .then([reported('2018-05-11', '2018-06')]);
    });
    it('the 10th on a weekend moves the deadline to the next working day (2018-03-10 was a Saturday)', () => {
      spec
        .given([])
        .when(report('2018-03-12'))
        .then([reported('2018-03-12', '2018-03')]);
      spec
        .given([])
        .when(report('2018-03-13'))
        .then([reported('2018-03-13', '2018-04')]);
    });
    it('December’s late reports belong to January of the next year', () => {
      spec
        .given([])
        .when(report('2018-12-11'))
        .then([reported('2018-12-11', '2019-01')]);
    });
    it('is not reported for a cancelled project, nor twice', () => {
      spec
        .given([])
        .when({ ...(report('2018-05-08') as Extract<IssueCommand, { type: 'ReportIssue' }>), project: { ...project, stage: 'cancelled' } })
        .thenThrows('issue.projectCancelled');
      spec.given([may]).when(report('2018-05-08')).thenThrows('issue.exists');
    });
  });

  describe('the way to closing', () => {
    it('is distributed with a deadline after the report, accepted, resolved, and closed when the reporter confirms', () => {
      spec
        .given([may])
        .when({ type: 'DistributeIssue', departmentCode: 'gtj', deadline: '2018-05-31', date: '2018-05-14' })
        .then([distributed]);
      spec.given([may, distributed]).when({ type: 'AcceptIssue', date: '2018-05-15' }).then([accepted]);
      spec
        .given([may, distributed, accepted])
        .when({ type: 'ResolveIssue', resolution: '已调剂用地指标', date: '2018-05-28' })
        .then([resolved]);
      spec
        .given([may, distributed, accepted, resolved])
        .when({ type: 'ConfirmResolution', date: '2018-05-29' })
        .then([{ type: 'IssueConfirmed', data: { date: '2018-05-29' } }]);
    });
    it('refuses a deadline on or before the report date, and distributing twice', () => {
      spec
        .given([may])
        .when({ type: 'DistributeIssue', departmentCode: 'gtj', deadline: '2018-05-07', date: '2018-05-14' })
        .thenThrows('issue.deadline');
      spec
        .given([may, distributed])
        .when({ type: 'DistributeIssue', departmentCode: 'gtj', deadline: '2018-06-30', date: '2018-05-15' })
        .thenThrows('issue.state');
    });
    it('cannot be resolved before it is accepted', () => {
      spec.given([may, distributed]).when({ type: 'ResolveIssue', resolution: '已解决', date: '2018-05-20' }).thenThrows('issue.state');
    });
    it('is rejected with a reason only before it is distributed', () => {
      spec
        .given([may])
        .when({ type: 'RejectIssue', reason: '重复上报', date: '2018-05-12' })
        .then([{ type: 'IssueRejected', data: { reason: '重复上报', date: '2018-05-12' } }]);
      spec.given([may, distributed]).when({ type: 'RejectIssue', reason: '重复上报', date: '2018-05-16' }).thenThrows('issue.state');
    });
    it('a reporter who does not confirm reopens it with a reason: back in progress, and resolved again later', () => {
      const reopened: IssueEvent = { type: 'IssueReopened', data: { reason: '指标尚未下达', date: '2018-05-30' } };
      spec
        .given([may, distributed, accepted, resolved])
        .when({ type: 'ReopenIssue', reason: '指标尚未下达', date: '2018-05-30' })
        .then([reopened]);
      spec
        .given([may, distributed, accepted, resolved, reopened])
        .when({ type: 'ConfirmResolution', date: '2018-05-31' })
        .thenThrows('issue.state');
      spec
        .given([may, distributed, accepted, resolved, reopened])
        .when({ type: 'ResolveIssue', resolution: '指标已下达', date: '2018-06-04' })
        .then([{ type: 'IssueResolved', data: { resolution: '指标已下达', date: '2018-06-04' } }]);
    });
    it('refuses a step dated before the last one', () => {
      spec.given([may, distributed]).when({ type: 'AcceptIssue', date: '2018-05-13' }).thenThrows('date.order');
    });
  });

  describe('escalation (属地 → 责任部门 → 市大项目办 → 包保市级领导)', () => {
    it('past its deadline, escalates one level to the project office, dated the day after, due at the next joint meeting', () => {
      spec
        .given([may, distributed, accepted])
        .when({ type: 'MarkOverdue', today: '2018-06-01', leaderId: null })
        .then([
          { type: 'IssueOverdue', data: { dueOn: '2018-05-31', detectedOn: '2018-06-01', level: 'department' } },
          {
            type: 'IssueEscalated',
            data: {
              from: 'department',
              to: 'project-office',
              reason: '逾期未解决（办结时限 2018-05-31）',
              automatic: true,
              deadline: '2018-06-25',
              date: '2018-06-01',
            },
          },
        ]);
    });
    it('noticed late, catches up every level it passed — each deadline once — up to the leader of a packaged project', () => {
      spec
        .given([may, distributed, accepted])
        .when({ type: 'MarkOverdue', today: '2018-06-26', leaderId: 'l-001' })
        .then([
          { type: 'IssueOverdue', data: { dueOn: '2018-05-31', detectedOn: '2018-06-26', level: 'department' } },
          {
            type: 'IssueEscalated',
            data: {
              from: 'department',
              to: 'project-office',
              reason: '逾期未解决（办结时限 2018-05-31）',
              automatic: true,
              deadline: '2018-06-25',
              date: '2018-06-01',
            },
          },
          { type: 'IssueOverdue', data: { dueOn: '2018-06-25', detectedOn: '2018-06-26', level: 'project-office' } },
          {
            type: 'IssueEscalated',
            data: {
              from: 'project-office',
              to: 'city-leader',
              reason: '逾期未解决（办结时限 2018-06-25）',
              automatic: true,
              deadline: '2018-07-10',
              date: '2018-06-26',
              leaderId: 'l-001',
            },
          },
        ]);
    });
    it('at the top of its ladder (no packaging leader) is reported overdue once and stays with the project office', () => {
      const escalated: IssueEvent = {
        type: 'IssueEscalated',
        data: {
          from: 'department',
          to: 'project-office',
          reason: '协调困难',
          automatic: false,
          deadline: '2018-06-25',
          date: '2018-05-20',
        },
      };
      const overdue: IssueEvent = {
        type: 'IssueOverdue',
        data: { dueOn: '2018-06-25', detectedOn: '2018-06-26', level: 'project-office' },
      };
      spec
        .given([may, distributed, accepted, escalated])
        .when({ type: 'MarkOverdue', today: '2018-06-26', leaderId: null })
        .then([overdue]);
      spec
        .given([may, distributed, accepted, escalated, overdue])
        .when({ type: 'MarkOverdue', today: '2018-06-27', leaderId: null })
        .then([]);
      spec
        .given([may, distributed, accepted, escalated])
        .when({ type: 'RequestEscalation', reason: '再升级', date: '2018-05-21', leaderId: null })
        .thenThrows('issue.topLevel');
    });
    it('not distributed by the cycle’s 15th is the project office’s overdue, without escalation', () => {
      spec
        .given([may])
        .when({ type: 'MarkOverdue', today: '2018-05-16', leaderId: null })
        .then([{ type: 'IssueOverdue', data: { dueOn: '2018-05-15', detectedOn: '2018-05-16', level: 'project-office' } }]);
    });
    it('a meeting’s decision gives it an owner and a new deadline, on the meeting’s day only', () => {
      const meeting = { meetingId: 'm-1', kind: 'joint' as const, date: '2018-05-25' };
      const owner = { kind: 'department' as const, code: 'gtj' };
      spec
        .given([may, distributed, accepted])
        .when({ type: 'DecideIssue', meeting, owner, measures: '市级统筹调剂', deadline: '2018-06-30', date: '2018-05-25' })
        .then([
          { type: 'IssueDecided', data: { meetingId: 'm-1', owner, measures: '市级统筹调剂', deadline: '2018-06-30', date: '2018-05-25' } },
        ]);
      spec
        .given([may, distributed, accepted])
        .when({ type: 'DecideIssue', meeting, owner, measures: '市级统筹调剂', deadline: '2018-06-30', date: '2018-05-26' })
        .thenThrows('meeting.date');
    });
    it('a project cancelled closes an open issue with its reason, and leaves a closed one as it is', () => {
      spec
        .given([may, distributed])
        .when({ type: 'WithdrawIssue', reason: '项目取消：投资方撤资', date: '2018-05-20' })
        .then([{ type: 'IssueWithdrawn', data: { reason: '项目取消：投资方撤资', date: '2018-05-20' } }]);
      spec
        .given([may, { type: 'IssueRejected', data: { reason: '重复', date: '2018-05-12' } }])
        .when({ type: 'WithdrawIssue', reason: '项目取消', date: '2018-05-20' })
        .then([]);
    });
  });
});
