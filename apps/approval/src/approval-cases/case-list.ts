import type { ApprovalCaseNow } from '../responses';
import type { ApprovalCaseView } from './approval-case.view';
import { withClock } from './case-access';
import { isOverdue } from './inbox';

/** What the office's case list filters by. */
export interface CaseFilter {
  localityCode?: string;
  status?: 'open' | 'completed';
  /** Project name containing this text. */
  q?: string;
  /** Cases with an item of this department. */
  departmentCode?: string;
  /** Cases with an item past its due date today (true), or without (false). */
  overdue?: boolean;
}

/** The cases that match, each with its clocks as of `today`, the latest opened first. */
export function casesMatching(cases: readonly ApprovalCaseView[], filter: CaseFilter, today: string): ApprovalCaseNow[] {
  const text = filter.q?.trim();
  return cases
    .filter(
      (c) =>
        (!filter.localityCode || c.localityCode === filter.localityCode) &&
        (!filter.status || c.status === filter.status) &&
        (!filter.departmentCode || c.departmentCodes.includes(filter.departmentCode)) &&
        (!text || c.projectName.includes(text)),
    )
    .map((c) => withClock(c, today))
    .filter((c) => filter.overdue === undefined || c.items.some((i) => isOverdue(i.workingDaysLeft)) === filter.overdue)
    .sort((a, b) => b.openedOn.localeCompare(a.openedOn) || a.projectId.localeCompare(b.projectId));
}
