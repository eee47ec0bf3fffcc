import type { Caller } from '@ccpc/auth';
import { ITEM_STATUS_LABELS, type ItemStatus } from '@ccpc/approval-domain';
import { departmentByCode, localityByCode, type TodoEntry } from '@ccpc/contracts';
import type { ApprovalCaseView, ApprovalItemView } from './approval-case.view';
import { workingDaysLeft } from './case-access';

export type InboxAction = 'decide' | 'submit' | 'resubmit';
const ACTION_LABELS: Record<InboxAction, string> = { decide: '审批', submit: '申报', resubmit: '补正' };

export interface InboxFilter {
  status?: ApprovalItemView['status'];
  /** Only items due on or before this day. */
  due?: string;
  /** Project or item name containing this text. */
  q?: string;
  localityCode?: string;
  departmentCode?: string;
  itemCode?: string;
  /** Only items past their due date today (true), or only those not (false). */
  overdue?: boolean;
  /** The earliest due first (default), or the latest submitted first. */
  sort?: 'due' | 'newest';
}

/**
 * What the caller has to do on one item of an open case, if anything: a department decides the
 * items under review with it; the applicant's 区 submits an item whose prerequisites are approved
 * (again, after a rejection) and resubmits one awaiting supplements; the city-wide roles follow
 * every item under review.
 */
export function actionOn(caller: Caller, c: ApprovalCaseView, item: ApprovalItemView): InboxAction | undefined {
  const all = caller.visibility().all;
  if (item.status === 'under-review' && (all || caller.sees({ departmentCode: item.departmentCode }))) return 'decide';
  if (all || !caller.sees({ localityCode: c.localityCode })) return undefined;
  if (item.status === 'awaiting-supplements') return 'resubmit';
  const ready = item.prerequisites.every((p) => c.items.find((i) => i.code === p)?.status === 'approved');
  return (item.status === 'not-submitted' || item.status === 'rejected') && ready ? 'submit' : undefined;
}

/** One item the caller has to act on. */
export interface InboxRow {
  projectId: string;
  projectName: string;
  localityCode: string;
  localityName: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  departmentName: string;
  status: ItemStatus;
  statusLabel: string;
  action: InboxAction;
  actionLabel: string;
  submittedOn: string | null;
  dueOn: string | null;
  /** Working days to the due date as of today (negative once overdue); null when no clock runs. */
  workingDaysLeft: number | null;
  /**
   * Past its due date today: the one rule of 超期 on every screen (the cockpit's panel counts the
   * same, on its date) — not whether the scheduler has noticed yet.
   */
  overdue: boolean;
  /** The scheduler has recorded the item overdue (its notice went out). */
  overdueReported: boolean;
}

const byDueDate = (a: { dueOn: string | null }, b: { dueOn: string | null }) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');

/** Chinese names in the order a reader expects (one collator: `localeCompare(…, 'zh-CN')` builds one per call). */
const byName = new Intl.Collator('zh-CN').compare;

const bySubmittedLast = (a: { submittedOn: string | null }, b: { submittedOn: string | null }) =>
  (b.submittedOn ?? '').localeCompare(a.submittedOn ?? '');

/** Whether a row passes the filter's fields on the case and the item. */
function passes(filter: InboxFilter, c: ApprovalCaseView, item: ApprovalItemView): boolean {
  const text = filter.q?.trim();
  return (
    (!filter.status || item.status === filter.status) &&
    (!filter.due || (item.dueOn !== null && item.dueOn <= filter.due)) &&
    (!filter.localityCode || c.localityCode === filter.localityCode) &&
    (!filter.departmentCode || item.departmentCode === filter.departmentCode) &&
    (!filter.itemCode || item.code === filter.itemCode) &&
    (!text || c.projectName.includes(text) || item.name.includes(text))
  );
}

/** The caller's inbox over these open cases as of `today`: one row per item to act on, the earliest due (or the latest submitted) first. */
export function inboxRows(caller: Caller, cases: readonly ApprovalCaseView[], filter: InboxFilter, today: string): InboxRow[] {
  const rows = cases
    .flatMap((c) => c.items.map((item) => ({ c, item, action: actionOn(caller, c, item) })))
    .filter((row): row is typeof row & { action: InboxAction } => row.action !== undefined && passes(filter, row.c, row.item))
    .map(({ c, item, action }) => ({
      projectId: c.projectId,
      projectName: c.projectName,
      localityCode: c.localityCode,
      localityName: localityByCode.get(c.localityCode)?.name ?? c.localityCode,
      itemCode: item.code,
      itemName: item.name,
      departmentCode: item.departmentCode,
      departmentName: departmentByCode.get(item.departmentCode)?.name ?? item.departmentCode,
      status: item.status,
      statusLabel: ITEM_STATUS_LABELS[item.status],
      action,
      actionLabel: ACTION_LABELS[action],
      submittedOn: item.submittedOn,
      dueOn: item.dueOn,
      workingDaysLeft: workingDaysLeft(item, today),
      overdue: isOverdue(workingDaysLeft(item, today)),
      overdueReported: item.overdueReported,
    }))
    .filter((row) => filter.overdue === undefined || row.overdue === filter.overdue);
  const first = filter.sort === 'newest' ? bySubmittedLast : byDueDate;
  return rows.sort((a, b) => first(a, b) || byName(a.projectName, b.projectName) || a.itemCode.localeCompare(b.itemCode));
}

/** 超期: today is after the due date (working days left below 0). */
export const isOverdue = (daysLeft: number | null): boolean => daysLeft !== null && daysLeft < 0;

/** An inbox row in the shape every service's `GET /inbox` answers (the web app's one 待办 merges them). */
export const todoOf = (row: InboxRow): TodoEntry => ({
  service: 'approval',
  kind: 'approval-item',
  id: `${row.projectId}:${row.itemCode}`,
  title: `${row.itemName}（${row.departmentName}）`,
  projectId: row.projectId,
  projectName: row.projectName,
  action: row.action,
  actionLabel: row.actionLabel,
  dueOn: row.dueOn,
  overdue: row.overdue,
  link: `/approvals/${row.projectId}`,
});
