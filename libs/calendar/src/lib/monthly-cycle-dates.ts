import type { CycleMilestone } from '@ccpc/contracts';
import { addWorkingDays, checkCovered, isWorkingDay } from './working-days';

/**
 * The monthly problem-solving cycle's dates (§32): lists reach the project office by the 10th,
 * are distributed by the 15th, and the joint meeting decides by the 25th. A milestone that falls
 * on a non-working day moves to the next working day (a period's last day that is a holiday ends
 * on the first working day after it, as Chinese law counts periods). Shared by the service that
 * runs the cycle and the projection that counts what is overdue in it.
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
