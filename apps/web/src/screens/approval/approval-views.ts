/** What the approval screens read (the approval service's answers, as the screens use them). */
export interface InboxRow {
  projectId: string;
  projectName: string;
  localityCode: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  status: string;
  statusLabel: string;
  action: 'decide' | 'submit' | 'resubmit';
  actionLabel: string;
  submittedOn: string | null;
  dueOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
}

export interface CaseItem {
  code: string;
  name: string;
  departmentCode: string;
  limitDays: number;
  prerequisites: string[];
  status: 'not-submitted' | 'under-review' | 'awaiting-supplements' | 'approved' | 'rejected';
  submittedOn: string | null;
  notice: string[] | null;
  decidedOn: string | null;
  workingDays: number | null;
  dueOn: string | null;
  dueUnknown?: string;
  workingDaysLeft: number | null;
  overdueReported: boolean;
  visits: Record<'submission' | 'supplement' | 'collection', number>;
}

export interface ApprovalCaseDetail {
  projectId: string;
  projectName: string;
  localityCode: string;
  openedOn: string;
  status: 'open' | 'completed';
  completedOn: string | null;
  workingDays: number | null;
  version: number;
  asOf: string;
  items: CaseItem[];
}

export const ITEM_STATUS_LABELS: Record<CaseItem['status'], string> = {
  'not-submitted': '未申报',
  'under-review': '审批中',
  'awaiting-supplements': '待补正',
  approved: '已批准',
  rejected: '不予批准',
};
