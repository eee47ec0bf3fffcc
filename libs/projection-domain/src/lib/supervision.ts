import { workingDaysBetween } from '@ccpc/calendar';
import { ISSUE_CATEGORY_LABELS, type IssueLevel, type MeetingKind, unhandledEvent } from '@ccpc/contracts';
import { type IssueAt, type IssueOwnerAt, isOpen, isResolved } from './issues-at';
import type { MeetingDocument } from './issues';

/** A decision taken at a meeting — in its minutes (MeetingDecisionRecorded) or on a reported issue (IssueDecided) — as of a date. */
export interface DecisionAt {
  meetingId: string;
  decisionId: string;
  subject: string;
  owner: { kind: 'locality' | 'department'; code: string };
  measures: string;
  deadline: string;
  /** The date it was done (a decision on an issue: the resolution that stands); null while open. */
  doneOn: string | null;
  /** The issue it was taken on, if any. */
  issueId: string | null;
  projectId: string | null;
  projectName: string | null;
}

export interface MeetingAt {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  date: string;
  chair: string;
  decisions: DecisionAt[];
}

/** A meeting and the decisions in its minutes on `asOf` as known at `knownAt` (undefined: not held, or not recorded, by then). */
export function meetingAt(doc: MeetingDocument, asOf: string, knownAt?: string): MeetingAt | undefined {
  if (doc.date > asOf || (knownAt !== undefined && doc.recordedAt > knownAt)) return undefined;
  const decisions = new Map<string, DecisionAt>();
  for (const f of doc.facts) {
    if (f.date > asOf || (knownAt !== undefined && f.recordedAt > knownAt)) continue;
    switch (f.type) {
      case 'MeetingHeld':
      case 'MeetingDecisionOverdue': // the scheduler's notice: standing comes from the deadline
        break;
      case 'MeetingDecisionRecorded': {
        const { decisionId, subject, owner, measures, deadline } = f.data;
        decisions.set(decisionId, {
          meetingId: doc.meetingId,
          decisionId,
          subject,
          owner,
          measures,
          deadline,
          doneOn: null,
          issueId: null,
          projectId: null,
          projectName: null,
        });
        break;
      }
      case 'MeetingDecisionCompleted': {
        const d = decisions.get(f.data.decisionId);
        if (d) d.doneOn = f.data.date;
        break;
      }
      default:
        unhandledEvent(f);
    }
  }
  return {
    meetingId: doc.meetingId,
    kind: doc.kind,
    title: doc.title,
    date: doc.date,
    chair: doc.chair,
    decisions: [...decisions.values()],
  };
}

/** The decision a meeting took on an issue, as a decision to supervise. */
export const issueDecision = (i: IssueAt): DecisionAt | undefined =>
  i.decision
    ? {
        meetingId: i.decision.meetingId,
        decisionId: `issue-${i.issueId}`,
        subject: `${i.projectName}：${ISSUE_CATEGORY_LABELS[i.category]}问题`,
        owner: i.decision.owner,
        measures: i.decision.measures,
        deadline: i.decision.deadline,
        doneOn: isResolved(i) ? i.resolvedOn : null,
        issueId: i.issueId,
        projectId: i.projectId,
        projectName: i.projectName,
      }
    : undefined;

/** How a decision stands on a date: done by its deadline or after it, still open within it, or open past it. */
export type DecisionStanding = 'done-on-time' | 'done-late' | 'open' | 'overdue';
export const DECISION_STANDING_LABELS: Record<DecisionStanding, string> = {
  'done-on-time': '按期办结',
  'done-late': '逾期办结',
  open: '正在办理（未到期）',
  overdue: '逾期未办结',
};
export const decisionStanding = (d: DecisionAt, asOf: string): DecisionStanding =>
  d.doneOn !== null ? (d.doneOn <= d.deadline ? 'done-on-time' : 'done-late') : d.deadline < asOf ? 'overdue' : 'open';

/** Working days past a due date on `asOf` (0 when not past; null beyond the calendar). */
export function workingDaysPast(dueOn: string, asOf: string): number | null {
  try {
    return workingDaysBetween(dueOn, asOf);
  } catch {
    return null;
  }
}

/**
 * One line of the supervision list (督办清单, §35 "明确解决路径、责任部门、完成时限，并定期督办"): an
 * open issue that is past its due date, under a supervision notice, with the project office or a
 * city leader, or decided at a meeting; or a meeting decision not yet done.
 */
export interface SupervisionItem {
  kind: 'issue' | 'decision';
  id: string;
  subject: string;
  projectId: string | null;
  projectName: string | null;
  localityCode: string | null;
  owner: IssueOwnerAt;
  level: IssueLevel | null;
  deadline: string | null;
  overdue: boolean;
  workingDaysOverdue: number | null;
  supervisions: number;
  meetingId: string | null;
}

const supervised = (i: IssueAt) =>
  isOpen(i) &&
  i.status !== 'resolved' &&
  (i.overdue || i.supervisions > 0 || i.level === 'project-office' || i.level === 'city-leader' || i.decision !== null);

export function supervisionList(issues: readonly IssueAt[], meetings: readonly MeetingAt[], asOf: string): SupervisionItem[] {
  const items: SupervisionItem[] = issues.filter(supervised).map((i) => ({
    kind: 'issue',
    id: i.issueId,
    subject: `${ISSUE_CATEGORY_LABELS[i.category]}：${i.description}`,
    projectId: i.projectId,
    projectName: i.projectName,
    localityCode: i.localityCode,
    owner: i.owner,
    level: i.level,
    deadline: i.dueOn,
    overdue: i.overdue,
    workingDaysOverdue: i.overdue && i.dueOn ? workingDaysPast(i.dueOn, asOf) : 0,
    supervisions: i.supervisions,
    meetingId: i.decision?.meetingId ?? null,
  }));
  for (const m of meetings)
    for (const d of m.decisions)
      if (d.doneOn === null)
        items.push({
          kind: 'decision',
          id: `${m.meetingId}/${d.decisionId}`,
          subject: d.subject,
          projectId: null,
          projectName: null,
          localityCode: null,
          owner: d.owner,
          level: null,
          deadline: d.deadline,
          overdue: d.deadline < asOf,
          workingDaysOverdue: d.deadline < asOf ? workingDaysPast(d.deadline, asOf) : 0,
          supervisions: 0,
          meetingId: m.meetingId,
        });
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id.localeCompare(b.id),
  );
}
