import {
  type Actor,
  APPROVAL_CASE_EVENTS,
  type ApprovalCaseEvent,
  approvalCaseStreams,
  type EnvelopeOf,
  type EventEnvelope,
  unhandledEvent,
} from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/**
 * What the leadership views need of a project's approval case: each item's dated facts —
 * submitted, decided, past its due date — from which the items open and overdue as of any date
 * are read, per department. One document per project, its facts as one JSON string.
 */
export interface ApprovalFact {
  /**
   * submitted (also again after a rejection); supplements (the department asked, the clock stops);
   * resubmitted (the applicant answered, the clock runs on); approved, rejected (decided); overdue
   * (the scheduler's notice — kept for the history; the views count overdue from due dates).
   */
  kind: 'submitted' | 'supplements' | 'resubmitted' | 'approved' | 'rejected' | 'overdue';
  item: string;
  /** The business date of the fact; for `overdue`, the due date (overdue from the day after). */
  date: string;
  /** When the fact was recorded: a view known at an earlier time leaves it out. */
  recordedAt: string;
}

/** One approval event as the project's 360° history shows it, with its business date. */
export interface ApprovalHistoryEntry {
  v: number;
  type: string;
  date: string;
  recordedAt: string;
  data: Record<string, unknown>;
  actor: Actor;
  eventId: string;
}

export interface ApprovalDocument {
  projectId: string;
  openedOn: string;
  /** Item code → its department. */
  departments: Record<string, string>;
  /** Item code → its limit in working days. */
  limits: Record<string, number>;
  /** When the case's opening was recorded. */
  openedAt: string;
  facts: string;
  /** Every event of the case (ApprovalHistoryEntry[] as one JSON string), for the project's history. */
  entries: string;
}

export const DASHBOARD_APPROVALS = 'dashboard_approvals';

const factOf = (event: EnvelopeOf<ApprovalCaseEvent>): ApprovalFact | undefined => {
  switch (event.type) {
    case 'ApprovalItemSubmitted':
      return { kind: 'submitted', item: event.data.itemCode, date: event.data.date, recordedAt: event.recordedAt };
    case 'ApprovalSupplementsRequested':
      return { kind: 'supplements', item: event.data.itemCode, date: event.data.date, recordedAt: event.recordedAt };
    case 'ApprovalItemResubmitted':
      return { kind: 'resubmitted', item: event.data.itemCode, date: event.data.date, recordedAt: event.recordedAt };
    case 'ApprovalItemApproved':
      return { kind: 'approved', item: event.data.itemCode, date: event.data.date, recordedAt: event.recordedAt };
    case 'ApprovalItemRejected':
      return { kind: 'rejected', item: event.data.itemCode, date: event.data.date, recordedAt: event.recordedAt };
    case 'ApprovalItemOverdue':
      return { kind: 'overdue', item: event.data.itemCode, date: event.data.dueOn, recordedAt: event.recordedAt };
    case 'ApprovalCaseOpened':
    case 'ApprovalVisitRecorded':
    case 'ApprovalCaseCompleted':
      return undefined;
    default:
      return unhandledEvent(event);
  }
};

/** The business date of an approval event: the day the fact is about (an overdue: the day it was found). */
const dateOf = (event: EventEnvelope): string => {
  const data = event.data as { date?: string; detectedOn?: string };
  return data.date ?? data.detectedOn ?? event.recordedAt.slice(0, 10);
};

export const dashboardApprovals = defineProjection({
  name: DASHBOARD_APPROVALS,
  version: 3, // 2: every event kept for the project's history; 3: limits, supplement waits and recording times (overdue from due dates, known at a time)
  events: APPROVAL_CASE_EVENTS,
  keyOf: (event) => `project-${approvalCaseStreams.entityId(event.streamId) ?? event.streamId}`,
  evolve: (doc: ApprovalDocument | undefined, event): ApprovalDocument | null => {
    const entry: ApprovalHistoryEntry = {
      v: event.streamVersion,
      type: event.type,
      date: dateOf(event),
      recordedAt: event.recordedAt,
      data: event.data,
      actor: event.actor,
      eventId: event.eventId,
    };
    if (event.type === 'ApprovalCaseOpened')
      return {
        projectId: event.data.projectId,
        openedOn: event.data.date,
        departments: Object.fromEntries(event.data.items.map((i) => [i.code, i.departmentCode])),
        limits: Object.fromEntries(event.data.items.map((i) => [i.code, i.limitDays])),
        openedAt: event.recordedAt,
        facts: '[]',
        entries: JSON.stringify([entry]),
      };
    if (!doc) return null;
    const fact = factOf(event);
    return {
      ...doc,
      facts: fact ? JSON.stringify([...(JSON.parse(doc.facts) as ApprovalFact[]), fact]) : doc.facts,
      entries: JSON.stringify([...(JSON.parse(doc.entries) as ApprovalHistoryEntry[]), entry]),
    };
  },
});
