import { addWorkingDays, milestoneDeadline, monthOf, nextMonth } from '@ccpc/calendar';
import type { CycleMilestone, IssueCycleEvent, IssueLevel } from '@ccpc/contracts';
import { type Decider } from '@ccpc/eventsourcing';

/**
 * The monthly problem-solving cycle (§32). Its milestones' dates (the 10th, 15th and 25th, moved
 * to the next working day) are the shared calendar's, which the projection reads too.
 */
export { MILESTONE_DAYS, milestoneDeadline, monthOf, nextMonth, onOrNextWorkingDay } from '@ccpc/calendar';

/** The cycle an issue reported on `date` belongs to: this month's when reported by its reporting deadline, else next month's. */
export function cycleOf(date: string): string {
  const month = monthOf(date);
  return date <= milestoneDeadline(month, 'reporting') ? month : nextMonth(month);
}

/** The first cycle whose milestone is on or after `date` (an issue escalated to the project office waits for that joint meeting). */
export function nextMilestone(date: string, milestone: CycleMilestone): string {
  const month = monthOf(date);
  const here = milestoneDeadline(month, milestone);
  return date <= here ? here : milestoneDeadline(nextMonth(month), milestone);
}

/** Working days a packaging city leader has to settle an issue escalated to them (a site coordination meeting, §35). */
export const LEADER_WORKING_DAYS = 10;

/** The level above, or null at the top: the city leader only for a project that has one (§30, ≥ 20亿). */
export function levelAbove(level: IssueLevel, hasLeader: boolean): IssueLevel | null {
  switch (level) {
    case 'locality':
      return 'department';
    case 'department':
      return 'project-office';
    case 'project-office':
      return hasLeader ? 'city-leader' : null;
    case 'city-leader':
      return null;
  }
}

/** The deadline of an issue escalated on `date` to `level`: the next joint meeting for the project office, ten working days for a leader. */
export function escalationDeadline(level: IssueLevel, date: string): string {
  if (level === 'project-office') return nextMilestone(date, 'meeting');
  return addWorkingDays(date, LEADER_WORKING_DAYS);
}

/** A cycle's milestones passed: each recorded once, by the scheduler. */
export interface MonthlyCycle {
  cycle: string;
  passed: Partial<Record<CycleMilestone, { deadline: string; detectedOn: string; pending: number }>>;
}

export type MonthlyCycleCommand = {
  type: 'RecordMilestones';
  cycle: string;
  today: string;
  /** What was still pending at each milestone (undistributed, awaiting the meeting), counted by the caller's read model. */
  pending: Readonly<Record<CycleMilestone, number>>;
};

export function evolveMonthlyCycle(state: MonthlyCycle | null, event: IssueCycleEvent): MonthlyCycle {
  // One event type so far: a second one turns this into an exhaustive switch.
  const { cycle, milestone, deadline, detectedOn, pending } = event.data;
  return { cycle, passed: { ...(state?.passed ?? {}), [milestone]: { deadline, detectedOn, pending } } };
}

/** Every milestone of the cycle whose deadline is before today and that was not recorded yet; nothing else. */
export function decideMonthlyCycle(command: MonthlyCycleCommand, state: MonthlyCycle | null): IssueCycleEvent[] {
  const milestones: CycleMilestone[] = ['reporting', 'distribution', 'meeting'];
  return milestones
    .filter((m) => !state?.passed[m])
    .map((milestone) => ({ milestone, deadline: milestoneDeadline(command.cycle, milestone) }))
    .filter(({ deadline }) => deadline < command.today)
    .map(({ milestone, deadline }) => ({
      type: 'IssueCycleDeadlinePassed' as const,
      data: { cycle: command.cycle, milestone, deadline, detectedOn: command.today, pending: command.pending[milestone] },
    }));
}

export const monthlyCycleDecider: Decider<MonthlyCycleCommand, IssueCycleEvent, MonthlyCycle | null> = {
  initialState: () => null,
  evolve: evolveMonthlyCycle,
  decide: decideMonthlyCycle,
};
