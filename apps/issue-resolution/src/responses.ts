import type { Labelled, Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { CycleMilestone } from '@ccpc/contracts';
import type { IssueDecision, IssueStatus } from '@ccpc/issue-resolution-domain';
import type { CycleColumn } from './cycles/cycle.controller';
import type { InboxEntry } from './inbox/inbox';
import type { IssueSummary, IssueView } from './issues/issue.view';
import type { MeetingView } from './meetings/meeting.view';

/** A decision taken on a reported issue, as a meeting's minutes list it. */
export interface IssueDecisionRow {
  issueId: string;
  projectId: string;
  projectName: string;
  status: IssueStatus;
  decision: IssueDecision;
}

/** Every response body of the issue-resolution service (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  Issue: IssueView;
  IssuePage: Page<IssueView>;
  MeetingPage: Page<MeetingView>;
  MeetingMinutes: MeetingView & { issueDecisions: IssueDecisionRow[] };
  Inbox: { items: InboxEntry[]; total: number };
  IssueReference: {
    categories: Labelled[];
    statuses: Labelled[];
    levels: Labelled[];
    meetingKinds: Labelled[];
    milestones: Labelled[];
  };
  CycleBoard: {
    cycle: string;
    total: number;
    milestones: Array<{
      milestone: CycleMilestone;
      label: string;
      deadline: string;
      passed: { deadline: string; detectedOn: string; pending: number } | null;
    }>;
    columns: Array<{ column: CycleColumn; label: string; count: number; issues: IssueSummary[] }>;
  };
}

export const Responds = responsesOf<Responses>();
