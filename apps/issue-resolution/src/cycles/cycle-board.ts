import type { CycleMilestone } from '@ccpc/contracts';
import { milestoneDeadline } from '@ccpc/issue-resolution-domain';
import type { IssueView } from '../issues/issue.view';

/** The business date of the first event of these types in an issue's history, or null. */
const firstOf = (issue: IssueView, types: readonly string[], pred: (e: IssueView['log'][number]) => boolean = () => true) =>
  issue.log.find((e) => types.includes(e.type) && pred(e))?.date ?? null;

/**
 * What was still pending at a milestone, from each issue's dated history (so the figure is the
 * same whenever it is counted): reporting — the issues of the cycle reported by its deadline;
 * distribution — those not distributed (nor rejected) by the 15th; meeting — those escalated to the
 * project office by the 25th and not decided by then.
 */
export function pendingAt(issues: readonly IssueView[], cycle: string, milestone: CycleMilestone): number {
  const deadline = milestoneDeadline(cycle, milestone);
  const ofCycle = issues.filter((i) => i.cycle === cycle && i.reportedOn <= deadline);
  switch (milestone) {
    case 'reporting':
      return ofCycle.length;
    case 'distribution':
      return ofCycle.filter((i) => {
        const handled = firstOf(i, ['IssueDistributed', 'IssueRejected', 'IssueWithdrawn']);
        return handled === null || handled > deadline;
      }).length;
    case 'meeting':
      return ofCycle.filter((i) => {
        const escalated = i.log.find((e) => e.type === 'IssueEscalated' && e.date <= deadline);
        if (!escalated) return false;
        const decided = firstOf(i, ['IssueDecided', 'IssueWithdrawn', 'IssueConfirmed'], (e) => e.date >= escalated.date);
        return decided === null || decided > deadline;
      }).length;
  }
}
