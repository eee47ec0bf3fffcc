import { addWorkingDays, checkCovered, isWorkingDay } from '@ccpc/calendar';
import type { CycleMilestone, IssueCycleEvent, IssueLevel } from '@ccpc/contracts';
import { type Decider } from '@ccpc/eventsourcing';

/**
 * The monthly problem-solving cycle (§32): lists reach the project office by the 10th, are
 * distributed by the 15th, and the joint meeting decides by the 25th. A milestone that falls on a
 * non-working day moves to the next working day (a period's last day that is a holiday ends on the
 * first working day after it, as Chinese law counts periods), from the working-day calendar the
 * approval service counts by.
 */
export const MILESTONE_DAYS: Readonly<Record<CycleMilestone, number>> = { reporting: 10, distribution: 15, meeting: 25 };

/** The day itself when it is a working day, else the next working day. */
export function onOrNextWorkingDay(date: string, field = 'date'): string {
  checkCovered(date, field);
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

export const monthOf = (date: string) => date.slice(0, 7);
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A milestone's deadline in a cycle (`YYYY-MM`): its day of the month, moved to a working day. */
export const milestoneDeadline = (cycle: string, milestone: CycleMilestone, field = 'date') =>
  onOrNextWorkingDay(`${cycle}-${String(MILESTONE_DAYS[milestone]).padStart(2, '0')}`, field);

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
