import { nextDay } from '@ccpc/calendar';
import type { IssueCategory, IssueEvent, IssueReporter, MeetingKind, RefusalRule } from '@ccpc/contracts';
import { type Decider, DomainError } from '@ccpc/eventsourcing';
import { cycleOf, escalationDeadline, levelAbove } from './monthly-cycle';
import { dueOf, evolveIssue, type Issue, ISSUE_STATUS_LABELS, type IssueStatus, OPEN_STATUSES } from './issue.state';

/** What the service knows of the issue's project when a command needs it (from its own view of the registry). */
export interface IssueProject {
  projectId: string;
  name: string;
  localityCode: string;
  stage: string;
  /** The packaging city leader (§30), when the project has one today. */
  leaderId: string | null;
}

type Owner = { kind: 'locality' | 'department'; code: string };

export type IssueCommand =
  | {
      type: 'ReportIssue';
      issueId: string;
      project: IssueProject;
      reporter: IssueReporter;
      category: IssueCategory;
      description: string;
      date: string;
      source?: 'reported' | 'approval-overdue';
      approvalItem?: { itemCode: string; departmentCode: string; key: string };
    }
  | { type: 'DistributeIssue'; departmentCode: string; deadline: string; date: string; note?: string }
  | { type: 'RejectIssue'; reason: string; date: string }
  | { type: 'AcceptIssue'; date: string }
  | { type: 'NoteProgress'; note: string; date: string }
  | { type: 'RequestEscalation'; reason: string; date: string; leaderId: string | null }
  | {
      type: 'DecideIssue';
      meeting: { meetingId: string; kind: MeetingKind; date: string };
      owner: Owner;
      measures: string;
      deadline: string;
      date: string;
    }
  | { type: 'SuperviseIssue'; noticeId: string; note: string; deadline: string; date: string }
  | { type: 'ResolveIssue'; resolution: string; date: string }
  | { type: 'ConfirmResolution'; date: string }
  | { type: 'ReopenIssue'; reason: string; date: string }
  | { type: 'MarkOverdue'; today: string; leaderId: string | null }
  | { type: 'WithdrawIssue'; reason: string; date: string };

const refuse = (rule: RefusalRule, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

const notFound = (): never => refuse('issue.notFound', '没有这个项目问题', 'id', 404);

/** Refused with 409 unless the issue is in one of these statuses (the message says which it is in). */
function inStatus(state: Issue, allowed: readonly IssueStatus[], what: string): void {
  if (!allowed.includes(state.status))
    refuse(
      'issue.state',
      `问题${ISSUE_STATUS_LABELS[state.status]}，不能${what}（须为${allowed.map((s) => ISSUE_STATUS_LABELS[s]).join('、')}）`,
      undefined,
      409,
    );
}

function checkDeadline(state: Issue, deadline: string, date: string): void {
  const floor = date > state.reportedOn ? date : state.reportedOn;
  if (deadline <= floor) refuse('issue.deadline', `办结时限 ${deadline} 须晚于上报日和办理日（${floor}）`, 'deadline');
}

/** Overdue deadlines since the last, caught up to `today`: each once, escalating one level each time there is a level above. */
function overdueSince(state: Issue, today: string, leaderId: string | null): IssueEvent[] {
  const events: IssueEvent[] = [];
  let current: Issue = state;
  for (;;) {
    const due = dueOf(current);
    if (!due || due.dueOn >= today || current.overdue.includes(due.dueOn)) return events;
    const step: IssueEvent[] = [{ type: 'IssueOverdue', data: { dueOn: due.dueOn, detectedOn: today, level: due.level } }];
    const above = current.status === 'reported' ? null : levelAbove(current.level, leaderId !== null);
    if (above) {
      // Overdue from the day after its deadline: the escalation is dated then, whenever the scheduler noticed it.
      const date = nextDay(due.dueOn);
      step.push({
        type: 'IssueEscalated',
        data: {
          from: current.level,
          to: above,
          reason: `逾期未解决（办结时限 ${due.dueOn}）`,
          automatic: true,
          deadline: escalationDeadline(above, date),
          date,
          ...(above === 'city-leader' && leaderId ? { leaderId } : {}),
        },
      });
    }
    for (const event of step) current = evolveIssue(current, event) as Issue;
    events.push(...step);
  }
}

export function decideIssue(command: IssueCommand, state: Issue | null): IssueEvent[] {
  if (command.type === 'ReportIssue') {
    if (state) return refuse('issue.exists', `问题 ${command.issueId} 已上报`, 'issueId', 409);
    const { project } = command;
    if (project.stage === 'cancelled') refuse('issue.projectCancelled', `项目"${project.name}"已取消，不能上报问题`, 'projectId');
    return [
      {
        type: 'IssueReported',
        data: {
          issueId: command.issueId,
          projectId: project.projectId,
          projectName: project.name,
          localityCode: project.localityCode,
          reporter: command.reporter,
          category: command.category,
          description: command.description,
          date: command.date,
          cycle: cycleOf(command.date),
          source: command.source ?? 'reported',
          approvalItem: command.approvalItem ?? null,
        },
      },
    ];
  }
  if (!state) return notFound();
  if (command.type !== 'MarkOverdue' && command.type !== 'WithdrawIssue' && 'date' in command && command.date < state.lastDate)
    refuse('date.order', `${command.date} 早于该问题的上一次办理（${state.lastDate}）`, 'date');
  switch (command.type) {
    case 'DistributeIssue':
      inStatus(state, ['reported'], '分发');
      checkDeadline(state, command.deadline, command.date);
      return [
        {
          type: 'IssueDistributed',
          data: {
            departmentCode: command.departmentCode,
            deadline: command.deadline,
            date: command.date,
            ...(command.note ? { note: command.note } : {}),
          },
        },
      ];
    case 'RejectIssue':
      inStatus(state, ['reported'], '不予受理');
      return [{ type: 'IssueRejected', data: { reason: command.reason, date: command.date } }];
    case 'AcceptIssue':
      inStatus(state, ['distributed'], '受理');
      return [{ type: 'IssueAccepted', data: { date: command.date } }];
    case 'NoteProgress':
      inStatus(state, ['distributed', 'in-progress', 'escalated', 'decided'], '记录进展');
      return [{ type: 'IssueProgressNoted', data: { note: command.note, date: command.date } }];
    case 'RequestEscalation': {
      inStatus(state, ['distributed', 'in-progress', 'escalated', 'decided'], '申请升级');
      const to = levelAbove(state.level, command.leaderId !== null);
      if (!to)
        return refuse(
          'issue.topLevel',
          `问题已在${state.level === 'city-leader' ? '包保市级领导' : '市大项目办'}层级，不能再升级`,
          undefined,
          409,
        );
      return [
        {
          type: 'IssueEscalated',
          data: {
            from: state.level,
            to,
            reason: command.reason,
            automatic: false,
            deadline: escalationDeadline(to, command.date),
            date: command.date,
            ...(to === 'city-leader' && command.leaderId ? { leaderId: command.leaderId } : {}),
          },
        },
      ];
    }
    case 'DecideIssue':
      inStatus(state, ['distributed', 'in-progress', 'escalated', 'decided'], '作出会议决定');
      if (command.date !== command.meeting.date)
        refuse('meeting.date', `决定日期 ${command.date} 须为会议当天（${command.meeting.date}）`, 'date');
      checkDeadline(state, command.deadline, command.date);
      return [
        {
          type: 'IssueDecided',
          data: {
            meetingId: command.meeting.meetingId,
            owner: command.owner,
            measures: command.measures,
            deadline: command.deadline,
            date: command.date,
          },
        },
      ];
    case 'SuperviseIssue':
      inStatus(state, ['distributed', 'in-progress', 'escalated', 'decided'], '督办');
      if (state.supervisions.some((s) => s.noticeId === command.noticeId))
        refuse('issue.exists', `督办通知 ${command.noticeId} 已登记`, 'noticeId', 409);
      checkDeadline(state, command.deadline, command.date);
      return [
        {
          type: 'IssueSupervised',
          data: { noticeId: command.noticeId, note: command.note, deadline: command.deadline, date: command.date },
        },
      ];
    case 'ResolveIssue':
      inStatus(state, ['in-progress', 'decided'], '报告已解决');
      return [{ type: 'IssueResolved', data: { resolution: command.resolution, date: command.date } }];
    case 'ConfirmResolution':
      inStatus(state, ['resolved'], '确认销号');
      return [{ type: 'IssueConfirmed', data: { date: command.date } }];
    case 'ReopenIssue':
      inStatus(state, ['resolved'], '退回重新办理');
      return [{ type: 'IssueReopened', data: { reason: command.reason, date: command.date } }];
    case 'MarkOverdue':
      return overdueSince(state, command.today, command.leaderId);
    case 'WithdrawIssue':
      // The project is gone: whatever is still open closes; a closed or rejected issue stays as it is.
      return OPEN_STATUSES.has(state.status) ? [{ type: 'IssueWithdrawn', data: { reason: command.reason, date: command.date } }] : [];
  }
}

export const issueDecider: Decider<IssueCommand, IssueEvent, Issue | null> = {
  initialState: () => null,
  evolve: evolveIssue,
  decide: decideIssue,
};
