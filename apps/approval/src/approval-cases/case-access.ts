import type { Caller } from '@ccpc/auth';
import { ITEM_STATUS_LABELS, workingDaysBetween } from '@ccpc/approval-domain';
import type { ApprovalCaseNow } from '../responses';
import type { ApprovalCaseView, ApprovalItemView } from './approval-case.view';

/** The applicant's locality, every department with an item in the case, and the city-wide roles see a case. */
export const seesCase = (caller: Caller, c: Pick<ApprovalCaseView, 'localityCode' | 'departmentCodes'>): boolean =>
  caller.sees({ localityCode: c.localityCode }) || c.departmentCodes.some((departmentCode) => caller.sees({ departmentCode }));

/** Working days from `today` to the item's due date: 0 on the due date, negative once overdue; null when no clock runs. */
export function workingDaysLeft(item: Pick<ApprovalItemView, 'dueOn' | 'status'>, today: string): number | null {
  if (!item.dueOn || item.status !== 'under-review') return null; // a decided item's due date is history, not a countdown
  try {
    return item.dueOn >= today ? workingDaysBetween(today, item.dueOn) : -workingDaysBetween(item.dueOn, today);
  } catch {
    return null; // today or the due date in a year the calendar does not cover: the view says why (dueUnknown)
  }
}

/** The case with each item's working days left as of today (the read model keeps what does not depend on today). */
export const withClock = (c: ApprovalCaseView, today: string): ApprovalCaseNow => ({
  ...c,
  asOf: today,
  items: c.items.map((item) => ({ ...item, workingDaysLeft: workingDaysLeft(item, today), statusLabel: ITEM_STATUS_LABELS[item.status] })),
});
