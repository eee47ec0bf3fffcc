import type { TodoEntry } from '@ccpc/contracts';
import type { ApprovalItemDefinition, ApprovalRound, ItemStatus, RoundProject, RoundStatement } from '@ccpc/approval-domain';
import type { Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { ApprovalCaseView, ApprovalItemView } from './approval-cases/approval-case.view';
import type { InboxRow } from './approval-cases/inbox';

/** An item of a case as of today: its working days left while the department's clock runs. */
export interface ApprovalItemNow extends ApprovalItemView {
  /** Working days to the due date: 0 on it, negative once overdue; null when no clock runs. */
  workingDaysLeft: number | null;
  /** The status as the screens show it (未申报, 审批中, …). */
  statusLabel: string;
}

/** A case as of today (`asOf`), each item with its working days left. */
export interface ApprovalCaseNow extends ApprovalCaseView<ApprovalItemNow> {
  asOf: string;
}

/** The caller's inbox as of today: one row per item to act on, the earliest due first. */
export interface Inbox extends Page<InboxRow> {
  asOf: string;
}

/** A round in the list of rounds: how many projects it gathered. */
export interface RoundSummary extends Pick<ApprovalRound, 'year' | 'openedOn'> {
  version: number;
  updatedAt: string;
  projects: number;
}

/** One project of a round: what each department stated, and how far its case has come. */
export interface RoundProgressRow extends RoundProject {
  statements: RoundStatement[];
  case: {
    status: ApprovalCaseView['status'];
    approvedItems: number;
    items: number;
    completedOn: string | null;
    workingDays: number | null;
  } | null;
  done: boolean;
}

export interface RoundProgress {
  year: number;
  openedOn: string;
  version: number;
  projects: RoundProgressRow[];
  done: number;
  total: number;
}

/** The approval items of the reference edition, and the labels of an item's statuses. */
export interface ApprovalItemsReference {
  version: string;
  items: readonly ApprovalItemDefinition[];
  statuses: Record<ItemStatus, string>;
}

/** Every response body of the approval service (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  ApprovalCase: ApprovalCaseNow;
  ApprovalCasePage: Page<ApprovalCaseNow>;
  Inbox: Inbox;
  Todo: { items: TodoEntry[]; total: number };
  ApprovalItemsReference: ApprovalItemsReference;
  RoundList: { items: RoundSummary[] };
  RoundProgress: RoundProgress;
}

export const Responds = responsesOf<Responses>();
