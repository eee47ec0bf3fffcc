import type { Caller } from '@ccpc/auth';
import type { TodoEntry } from '@ccpc/contracts';
import { ISSUE_CATEGORY_LABELS } from '@ccpc/contracts';
import type { IssueView } from '../issues/issue.view';
import type { MeetingView } from '../meetings/meeting.view';

export type InboxEntry = TodoEntry;

type IssueAction = 'distribute' | 'accept' | 'resolve' | 'decide' | 'coordinate' | 'confirm';
const LABELS: Record<IssueAction | 'complete', string> = {
  distribute: '分发',
  accept: '受理',
  resolve: '办理',
  decide: '提交联席会议决定',
  coordinate: '包保领导协调',
  confirm: '确认销号',
  complete: '办结决定事项',
};

const holds = (caller: Caller, kind: string, code: string | null) => caller.grants.some((g) => g.kind === kind && g.code === code);

/** What the caller has to do on the issue now, if anything. */
export function issueAction(caller: Caller, issue: IssueView): IssueAction | undefined {
  const office = caller.grants.some((g) => g.kind === 'project-office');
  if (issue.status === 'reported') return office ? 'distribute' : undefined;
  if (issue.status === 'resolved')
    return issue.reporter.kind === 'project-office'
      ? office
        ? 'confirm'
        : undefined
      : holds(caller, issue.reporter.kind, issue.reporter.code)
        ? 'confirm'
        : undefined;
  if (issue.status === 'escalated') {
    if (issue.owner.kind === 'project-office') return office ? 'decide' : undefined;
    if (issue.owner.kind === 'city-leader') return holds(caller, 'leader', issue.owner.code) || office ? 'coordinate' : undefined;
  }
  if (!holds(caller, issue.owner.kind, issue.owner.code)) return undefined;
  if (issue.status === 'distributed') return 'accept';
  if (issue.status === 'in-progress' || issue.status === 'decided') return 'resolve';
  return undefined;
}

export function issueEntry(issue: IssueView, action: IssueAction, today: string): InboxEntry {
  return {
    service: 'issue-resolution',
    kind: 'issue',
    id: issue.issueId,
    title: `${ISSUE_CATEGORY_LABELS[issue.category]}问题：${issue.description.slice(0, 40)}`,
    projectId: issue.projectId,
    projectName: issue.projectName,
    action,
    actionLabel: LABELS[action],
    dueOn: issue.dueOn,
    overdue: issue.dueOn !== null && issue.dueOn < today,
    link: `/issues/${issue.issueId}`,
  };
}

/** The open decisions of a meeting's minutes the caller owns (or every one, for the project office). */
export function decisionEntries(caller: Caller, meeting: MeetingView, today: string): InboxEntry[] {
  const office = caller.grants.some((g) => g.kind === 'project-office');
  return meeting.decisions
    .filter((d) => d.status === 'open' && (office || holds(caller, d.owner.kind, d.owner.code)))
    .map((d) => ({
      service: 'issue-resolution' as const,
      kind: 'meeting-decision',
      id: `${meeting.meetingId}/${d.decisionId}`,
      title: `${meeting.title}：${d.subject}`,
      projectId: null,
      projectName: null,
      action: 'complete',
      actionLabel: LABELS.complete,
      dueOn: d.deadline,
      overdue: d.deadline < today,
      link: `/meetings/${meeting.meetingId}`,
    }));
}
