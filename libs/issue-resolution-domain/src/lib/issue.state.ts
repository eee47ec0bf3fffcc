import type { IssueCategory, IssueEvent, IssueLevel, IssueReporter } from '@ccpc/contracts';
import { unhandledEvent } from '@ccpc/contracts';
import { milestoneDeadline } from './monthly-cycle';

export const ISSUE_STATUSES = ['reported', 'distributed', 'in-progress', 'escalated', 'decided', 'resolved', 'closed', 'rejected'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  reported: '已上报',
  distributed: '已分发',
  'in-progress': '办理中',
  escalated: '已升级',
  decided: '已决定',
  resolved: '已解决待确认',
  closed: '已销号',
  rejected: '不予受理',
};
/** Statuses in which the issue is still someone's to act on. */
export const OPEN_STATUSES: ReadonlySet<IssueStatus> = new Set([
  'reported',
  'distributed',
  'in-progress',
  'escalated',
  'decided',
  'resolved',
]);

export interface IssueOwner {
  kind: 'locality' | 'department' | 'project-office' | 'city-leader';
  code: string | null;
}

/** What a meeting decided on an issue: its owner, measures and deadline. */
export interface IssueDecision {
  meetingId: string;
  owner: { kind: 'locality' | 'department'; code: string };
  measures: string;
  deadline: string;
  date: string;
}

/** An issue as its events say it is; null before it is reported. */
export interface Issue {
  issueId: string;
  projectId: string;
  projectName: string;
  localityCode: string;
  reporter: IssueReporter;
  category: IssueCategory;
  description: string;
  reportedOn: string;
  cycle: string;
  source: 'reported' | 'approval-overdue';
  /** The approval item a draft issue was raised from (an overdue item, once per submission). */
  approvalItem: { itemCode: string; departmentCode: string; key: string } | null;
  status: IssueStatus;
  level: IssueLevel;
  /** The responsible department the project office distributed it to. */
  departmentCode: string | null;
  /** Who must act now (the department, the decision's owner, the project office, the leader). */
  owner: IssueOwner;
  /** The current deadline: distribution's, escalation's, the decision's or a supervision notice's. */
  deadline: string | null;
  /** The deadlines already reported overdue (each once). */
  overdue: string[];
  decision: IssueDecision | null;
  supervisions: Array<{ noticeId: string; deadline: string; date: string }>;
  resolvedOn: string | null;
  closedOn: string | null;
  /** Why it was rejected, reopened last, or withdrawn with its project. */
  reason: string | null;
  reopened: number;
  /** The last business date in its history (no later command may be dated before it). */
  lastDate: string;
}

/** What is due and by whom: the deadline the scheduler watches, or null when nothing is. */
export function dueOf(state: Issue): { dueOn: string; level: IssueLevel } | null {
  if (state.status === 'reported') return { dueOn: milestoneDeadline(state.cycle, 'distribution'), level: 'project-office' };
  if (state.status === 'resolved' || !OPEN_STATUSES.has(state.status) || !state.deadline) return null;
  return { dueOn: state.deadline, level: state.level };
}

const ownerAt = (level: IssueLevel, state: Issue, leaderId: string | null): IssueOwner => {
  switch (level) {
    case 'locality':
      return { kind: 'locality', code: state.localityCode };
    case 'department':
      return { kind: 'department', code: state.departmentCode };
    case 'project-office':
      return { kind: 'project-office', code: null };
    case 'city-leader':
      return { kind: 'city-leader', code: leaderId };
  }
};

/** The fold: exhaustive over the contracts, so a new event type does not compile until it is handled here. */
export function evolveIssue(state: Issue | null, event: IssueEvent): Issue | null {
  if (event.type === 'IssueReported') {
    const d = event.data;
    return {
      issueId: d.issueId,
      projectId: d.projectId,
      projectName: d.projectName,
      localityCode: d.localityCode,
      reporter: d.reporter,
      category: d.category,
      description: d.description,
      reportedOn: d.date,
      cycle: d.cycle,
      source: d.source,
      approvalItem: d.approvalItem,
      status: 'reported',
      level: 'locality',
      departmentCode: null,
      owner: { kind: 'project-office', code: null },
      deadline: null,
      overdue: [],
      decision: null,
      supervisions: [],
      resolvedOn: null,
      closedOn: null,
      reason: null,
      reopened: 0,
      lastDate: d.date,
    };
  }
  if (!state) return null;
  const at = { ...state, lastDate: 'date' in event.data && event.data.date > state.lastDate ? event.data.date : state.lastDate };
  switch (event.type) {
    case 'IssueDistributed':
      return {
        ...at,
        status: 'distributed',
        level: 'department',
        departmentCode: event.data.departmentCode,
        owner: { kind: 'department', code: event.data.departmentCode },
        deadline: event.data.deadline,
      };
    case 'IssueRejected':
      return {
        ...at,
        status: 'rejected',
        reason: event.data.reason,
        closedOn: event.data.date,
        owner: { kind: 'project-office', code: null },
      };
    case 'IssueAccepted':
      return { ...at, status: 'in-progress' };
    case 'IssueProgressNoted':
      return at;
    case 'IssueEscalated': {
      const leader = event.data.to === 'city-leader' ? (event.data.leaderId ?? null) : null;
      return { ...at, status: 'escalated', level: event.data.to, owner: ownerAt(event.data.to, at, leader), deadline: event.data.deadline };
    }
    case 'IssueDecided': {
      const { meetingId, owner, measures, deadline, date } = event.data;
      return { ...at, status: 'decided', owner, deadline, decision: { meetingId, owner, measures, deadline, date } };
    }
    case 'IssueSupervised':
      return {
        ...at,
        deadline: event.data.deadline,
        supervisions: [...at.supervisions, { noticeId: event.data.noticeId, deadline: event.data.deadline, date: event.data.date }],
      };
    case 'IssueOverdue':
      return { ...at, overdue: [...at.overdue, event.data.dueOn] };
    case 'IssueResolved':
      return { ...at, status: 'resolved', resolvedOn: event.data.date };
    case 'IssueConfirmed':
      return { ...at, status: 'closed', closedOn: event.data.date };
    case 'IssueReopened':
      return {
        ...at,
        status: state.decision ? 'decided' : 'in-progress',
        resolvedOn: null,
        reason: event.data.reason,
        reopened: state.reopened + 1,
      };
    case 'IssueWithdrawn':
      return { ...at, status: 'closed', closedOn: event.data.date, reason: event.data.reason };
    default:
      return unhandledEvent(event);
  }
}
