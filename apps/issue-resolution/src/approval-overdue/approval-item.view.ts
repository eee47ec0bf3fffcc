import { ApprovalEvents, approvalCaseStreams, type EventOf, unhandledEvent } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/** What issue-resolution knows of a project's approval case: enough to raise one draft issue per overdue item and submission. */
export interface ApprovalCaseFacts {
  projectId: string;
  projectName: string;
  localityCode: string;
  items: Array<{ code: string; departmentCode: string; limitDays: number; submissions: number }>;
}

export const APPROVAL_FACTS = 'issue_resolution_approval_cases';

export const APPROVAL_FOLLOWED = [
  ApprovalEvents.ApprovalCaseOpened,
  ApprovalEvents.ApprovalItemSubmitted,
  ApprovalEvents.ApprovalItemOverdue,
  ApprovalEvents.ApprovalItemApproved,
] as const;
export type ApprovalFollowed = EventOf<(typeof APPROVAL_FOLLOWED)[number]>;

export const approvalFacts = defineProjection({
  name: APPROVAL_FACTS,
  version: 1,
  events: APPROVAL_FOLLOWED,
  keyOf: (event) => approvalCaseStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (doc: ApprovalCaseFacts | undefined, event): ApprovalCaseFacts | null => {
    if (event.type === 'ApprovalCaseOpened') {
      const d = event.data;
      return {
        projectId: d.projectId,
        projectName: d.projectName,
        localityCode: d.localityCode,
        items: d.items.map((i) => ({ code: i.code, departmentCode: i.departmentCode, limitDays: i.limitDays, submissions: 0 })),
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'ApprovalItemSubmitted':
        return { ...doc, items: doc.items.map((i) => (i.code === event.data.itemCode ? { ...i, submissions: i.submissions + 1 } : i)) };
      case 'ApprovalItemOverdue':
      case 'ApprovalItemApproved':
        return doc;
      default:
        return unhandledEvent(event);
    }
  },
});
