import { milestoneDeadline, workingDaysBetween } from '@ccpc/calendar';
import { type IssueLevel, unhandledEvent } from '@ccpc/contracts';
import type { IssueDocument, IssueFact } from './issues';

/** An issue's standing on a date; `withdrawn` (its project cancelled) is told apart from a confirmed close. */
export type IssueStanding =
  'reported' | 'distributed' | 'in-progress' | 'escalated' | 'decided' | 'resolved' | 'closed' | 'rejected' | 'withdrawn';

export interface IssueOwnerAt {
  kind: 'locality' | 'department' | 'project-office' | 'city-leader';
  code: string | null;
}

/** An issue as of a business date, as known at a recording time: its report, and where it stood that day. */
export interface IssueAt extends Omit<IssueDocument, 'reportedAt' | 'facts'> {
  status: IssueStanding;
  level: IssueLevel;
  /** The responsible department the project office distributed it to (null before). */
  departmentCode: string | null;
  /** Who must act on that day. */
  owner: IssueOwnerAt;
  /** What is due on that day: the distribution deadline (the cycle's 15th) until distributed, then the current deadline; null when nothing is. */
  dueOn: string | null;
  /** Open, not awaiting the reporter's confirmation, and its due date passed before that day. */
  overdue: boolean;
  escalated: boolean;
  /** Supervision notices (督办) issued by that day. */
  supervisions: number;
  /** The resolution that stands on that day (a reopened one does not). */
  resolvedOn: string | null;
  closedOn: string | null;
  decision: {
    meetingId: string;
    owner: { kind: 'locality' | 'department'; code: string };
    measures: string;
    deadline: string;
    date: string;
  } | null;
}

/** Still someone's to act on: not confirmed closed, rejected or withdrawn (a resolution awaiting confirmation is still open). */
export const isOpen = (i: IssueAt) => i.status !== 'closed' && i.status !== 'rejected' && i.status !== 'withdrawn';
/** Resolved by its responsible unit and not reopened: awaiting confirmation or confirmed. */
export const isResolved = (i: IssueAt) => i.resolvedOn !== null && (i.status === 'resolved' || i.status === 'closed');

const counts = (f: IssueFact, asOf: string, knownAt?: string) => f.date <= asOf && (knownAt === undefined || f.recordedAt <= knownAt);

/** The issue on `asOf` as known at `knownAt`: undefined when it was not reported (or not recorded) by then. */
export function issueAt(doc: IssueDocument, asOf: string, knownAt?: string): IssueAt | undefined {
  if (doc.reportedOn > asOf || (knownAt !== undefined && doc.reportedAt > knownAt)) return undefined;
  const { reportedAt: _recorded, facts, ...report } = doc;
  let at: IssueAt = {
    ...report,
    status: 'reported',
    level: 'locality',
    departmentCode: null,
    owner: { kind: 'project-office', code: null },
    dueOn: null,
    overdue: false,
    escalated: false,
    supervisions: 0,
    resolvedOn: null,
    closedOn: null,
    decision: null,
  };
  let deadline: string | null = null;
  for (const f of facts) if (counts(f, asOf, knownAt)) [at, deadline] = apply(at, deadline, f);
  const dueOn = at.status === 'reported' ? distributionDeadline(at.cycle) : isOpen(at) && at.status !== 'resolved' ? deadline : null;
  return { ...at, dueOn, overdue: dueOn !== null && dueOn < asOf };
}

const distributionDeadline = (cycle: string): string | null => {
  try {
    return milestoneDeadline(cycle, 'distribution');
  } catch {
    return null; // a cycle beyond the calendar's years: not known to be passed
  }
};

/** One fact on the issue: exhaustive over the contracts. */
function apply(at: IssueAt, deadline: string | null, f: IssueFact): [IssueAt, string | null] {
  switch (f.type) {
    case 'IssueReported':
    case 'IssueProgressNoted':
    case 'IssueOverdue': // the scheduler's notice: the views count overdue from due dates
      return [at, deadline];
    case 'IssueDistributed':
      return [
        {
          ...at,
          status: 'distributed',
          level: 'department',
          departmentCode: f.data.departmentCode,
          owner: { kind: 'department', code: f.data.departmentCode },
        },
        f.data.deadline,
      ];
    case 'IssueRejected':
      return [{ ...at, status: 'rejected', closedOn: f.data.date, owner: { kind: 'project-office', code: null } }, null];
    case 'IssueAccepted':
      return [{ ...at, status: 'in-progress' }, deadline];
    case 'IssueEscalated': {
      const to = f.data.to;
      const code =
        to === 'locality'
          ? at.localityCode
          : to === 'department'
            ? at.departmentCode
            : to === 'city-leader'
              ? (f.data.leaderId ?? null)
              : null;
      return [{ ...at, status: 'escalated', escalated: true, level: to, owner: { kind: to, code } }, f.data.deadline];
    }
    case 'IssueDecided': {
      const { meetingId, owner, measures, deadline: due, date } = f.data;
      return [{ ...at, status: 'decided', owner, decision: { meetingId, owner, measures, deadline: due, date } }, due];
    }
    case 'IssueSupervised':
      return [{ ...at, supervisions: at.supervisions + 1 }, f.data.deadline];
    case 'IssueResolved':
      return [{ ...at, status: 'resolved', resolvedOn: f.data.date }, deadline];
    case 'IssueConfirmed':
      return [{ ...at, status: 'closed', closedOn: f.data.date }, deadline];
    case 'IssueReopened':
      return [{ ...at, status: at.decision ? 'decided' : 'in-progress', resolvedOn: null }, deadline];
    case 'IssueWithdrawn':
      return [{ ...at, status: 'withdrawn', closedOn: f.data.date }, null];
    default:
      return unhandledEvent(f);
  }
}

/** Working days from report to the resolution that stands (the day reported not counted, the day resolved counted). */
export function workingDaysToResolve(i: IssueAt): number | null {
  if (!isResolved(i) || !i.resolvedOn) return null;
  try {
    return workingDaysBetween(i.reportedOn, i.resolvedOn);
  } catch {
    return null;
  }
}
