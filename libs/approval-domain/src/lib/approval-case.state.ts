import { type ApprovalCaseEvent, unhandledEvent } from '@ccpc/contracts';
import { addWorkingDays, type Span, workingDaysBetween, workingDaysIn } from '@ccpc/calendar';

export const ITEM_STATUSES = ['not-submitted', 'under-review', 'awaiting-supplements', 'approved', 'rejected'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  'not-submitted': '未申报',
  'under-review': '审批中',
  'awaiting-supplements': '待补正',
  approved: '已批准',
  rejected: '不予批准',
};
export type VisitStep = 'submission' | 'supplement' | 'collection';

/** One approval item of a case, as its events say it is. Dates are business dates (city time). */
export interface ApprovalItem {
  code: string;
  departmentCode: string;
  limitDays: number;
  prerequisites: string[];
  status: ItemStatus;
  /** The current submission (a rejected item may be submitted again: a new submission). */
  submittedOn: string | null;
  /** The documents the first request for supplements of this submission named: a later one may name no other (一次性告知). */
  notice: string[] | null;
  /** Waits on the applicant in this submission: the clock stops from the request to the resubmission. */
  waits: Array<{ from: string; to: string | null }>;
  /** Every span the department held the file, over all submissions: what the case's clock counts. */
  reviews: Span[];
  decidedOn: string | null;
  /** Working days this item took (its approval), waits excluded. */
  workingDays: number | null;
  overdueReported: boolean;
  visits: Record<VisitStep, number>;
  /** The item's last dated fact: a later fact may not be dated before it. */
  lastDate: string | null;
}

export interface ApprovalCase {
  projectId: string;
  projectName: string;
  localityCode: string;
  categoryCode: string;
  totalInvestmentWan: number;
  openedOn: string;
  referenceVersion: string;
  items: ApprovalItem[];
  completedOn: string | null;
  workingDays: number | null;
}

const withItem = (state: ApprovalCase, code: string, change: (item: ApprovalItem) => Partial<ApprovalItem>): ApprovalCase => ({
  ...state,
  items: state.items.map((i) => (i.code === code ? { ...i, ...change(i) } : i)),
});

/** The span of review running now (from the submission or the last resubmission), closed on `date`. */
const closeReview = (item: ApprovalItem, date: string): Span[] => {
  const lastWait = item.waits.at(-1);
  const from = lastWait?.to ?? item.submittedOn ?? date;
  return [...item.reviews, { from, to: date }];
};

/** The fold: exhaustive over the contracts, so a new event type does not compile until it is handled here. */
export function evolveApprovalCase(state: ApprovalCase | null, event: ApprovalCaseEvent): ApprovalCase | null {
  if (event.type === 'ApprovalCaseOpened') {
    const { date, items, ...rest } = event.data;
    return {
      ...rest,
      openedOn: date,
      completedOn: null,
      workingDays: null,
      items: items.map((i) => ({
        ...i,
        prerequisites: [...i.prerequisites],
        status: 'not-submitted',
        submittedOn: null,
        notice: null,
        waits: [],
        reviews: [],
        decidedOn: null,
        workingDays: null,
        overdueReported: false,
        visits: { submission: 0, supplement: 0, collection: 0 },
        lastDate: null,
      })),
    };
  }
  if (!state) return state;
  switch (event.type) {
    case 'ApprovalItemSubmitted':
      return withItem(state, event.data.itemCode, () => ({
        status: 'under-review',
        submittedOn: event.data.date,
        notice: null,
        waits: [],
        decidedOn: null,
        overdueReported: false,
        lastDate: event.data.date,
      }));
    case 'ApprovalSupplementsRequested':
      return withItem(state, event.data.itemCode, (item) => ({
        status: 'awaiting-supplements',
        notice: item.notice ?? [...event.data.documents],
        reviews: closeReview(item, event.data.date),
        waits: [...item.waits, { from: event.data.date, to: null }],
        lastDate: event.data.date,
      }));
    case 'ApprovalItemResubmitted':
      return withItem(state, event.data.itemCode, (item) => ({
        status: 'under-review',
        waits: item.waits.map((w, i) => (i === item.waits.length - 1 ? { ...w, to: event.data.date } : w)),
        lastDate: event.data.date,
      }));
    case 'ApprovalItemApproved':
      return withItem(state, event.data.itemCode, (item) => ({
        status: 'approved',
        decidedOn: event.data.date,
        workingDays: event.data.workingDays,
        reviews: closeReview(item, event.data.date),
        lastDate: event.data.date,
      }));
    case 'ApprovalItemRejected':
      return withItem(state, event.data.itemCode, (item) => ({
        status: 'rejected',
        decidedOn: event.data.date,
        reviews: closeReview(item, event.data.date),
        lastDate: event.data.date,
      }));
    case 'ApprovalVisitRecorded':
      return withItem(state, event.data.itemCode, (item) => ({
        visits: { ...item.visits, [event.data.step]: item.visits[event.data.step] + 1 },
      }));
    case 'ApprovalItemOverdue':
      return withItem(state, event.data.itemCode, () => ({ overdueReported: true }));
    case 'ApprovalCaseCompleted':
      return { ...state, completedOn: event.data.date, workingDays: event.data.workingDays };
    default:
      return unhandledEvent(event);
  }
}

/** Working days of the clock used by this submission up to `date` (waits on the applicant excluded). */
export function itemWorkingDays(item: ApprovalItem, date: string): number {
  if (!item.submittedOn) return 0;
  const end = item.decidedOn ?? date;
  const waited = item.waits.reduce((sum, w) => sum + workingDaysBetween(w.from, w.to ?? end), 0);
  return workingDaysBetween(item.submittedOn, end) - waited;
}

/** The day the limit runs out for the current submission; null while nothing runs (not submitted, decided, waiting). */
export function itemDueOn(item: ApprovalItem): string | null {
  if (item.status !== 'under-review' || !item.submittedOn) return null;
  const waited = item.waits.reduce((sum, w) => sum + workingDaysBetween(w.from, w.to ?? w.from), 0);
  return addWorkingDays(item.submittedOn, item.limitDays + waited);
}

/**
 * The day the limit of the current submission runs out — also for a decided item, so that anyone
 * can see whether it was decided within its limit; null before a submission and while the item
 * waits for the applicant's supplements (its clock stopped).
 */
export function itemLimitDate(item: ApprovalItem): string | null {
  if (!item.submittedOn || item.status === 'not-submitted' || item.status === 'awaiting-supplements') return null;
  const waited = item.waits.reduce((sum, w) => sum + workingDaysBetween(w.from, w.to ?? w.from), 0);
  return addWorkingDays(item.submittedOn, item.limitDays + waited);
}

/** The case's clock: working days on which at least one item was with its department (parallel days count once). */
export function caseWorkingDays(items: readonly ApprovalItem[]): number {
  return workingDaysIn(items.flatMap((i) => i.reviews));
}
