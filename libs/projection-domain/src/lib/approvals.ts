import {
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
  /** submitted (also a resubmission after a rejection), decided (approved or rejected), overdue (its due date passed), approved. */
  kind: 'submitted' | 'approved' | 'rejected' | 'overdue';
  item: string;
  /** The business date of the fact; for `overdue`, the due date (overdue from the day after). */
  date: string;
}

/** One approval event as the project's 360° history shows it, with its business date. */
export interface ApprovalHistoryEntry {
  v: number;
  type: string;
  date: string;
  recordedAt: string;
  data: unknown;
  actor: { id: string; role: string; scope: string | null };
  eventId: string;
}

export interface ApprovalDocument {
  projectId: string;
  openedOn: string;
  /** Item code → its department. */
  departments: Record<string, string>;
  facts: string;
  /** Every event of the case (ApprovalHistoryEntry[] as one JSON string), for the project's history. */
  entries: string;
}

export const DASHBOARD_APPROVALS = 'dashboard_approvals';

const factOf = (event: EnvelopeOf<ApprovalCaseEvent>): ApprovalFact | undefined => {
  switch (event.type) {
    case 'ApprovalItemSubmitted':
      return { kind: 'submitted', item: event.data.itemCode, date: event.data.date };
    case 'ApprovalItemApproved':
      return { kind: 'approved', item: event.data.itemCode, date: event.data.date };
    case 'ApprovalItemRejected':
      return { kind: 'rejected', item: event.data.itemCode, date: event.data.date };
    case 'ApprovalItemOverdue':
      return { kind: 'overdue', item: event.data.itemCode, date: event.data.dueOn };
    case 'ApprovalCaseOpened':
    case 'ApprovalSupplementsRequested':
    case 'ApprovalItemResubmitted':
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
  version: 2, // 2: every event kept for the project's history
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

export interface ApprovalsAt {
  /** Per department: items with it (submitted, not decided) and those of them past their due date. */
  departments: Map<string, { open: number; overdue: number }>;
  /** When the construction permit was approved, as of the date (undefined: not yet). */
  constructionPermitOn?: string;
}

/** A project's case as of a business date; undefined when it has none or it opened later. */
export const caseAsOf = (doc: ApprovalDocument | undefined, asOf: string): ApprovalsAt | undefined =>
  doc && doc.openedOn <= asOf ? approvalsAt(doc, asOf) : undefined;

/** The case as of a business date: which items are with their department, which of those are overdue. */
export function approvalsAt(doc: ApprovalDocument, asOf: string): ApprovalsAt {
  const facts = (JSON.parse(doc.facts) as ApprovalFact[]).filter((f) => f.kind === 'overdue' || f.date <= asOf);
  const items = new Map<string, { open: boolean; submittedOn: string; overdue: boolean }>();
  let constructionPermitOn: string | undefined;
  for (const f of facts) {
    const item = items.get(f.item) ?? { open: false, submittedOn: '', overdue: false };
    if (f.kind === 'submitted') Object.assign(item, { open: true, submittedOn: f.date, overdue: false });
    else if (f.kind === 'approved' || f.kind === 'rejected') item.open = false;
    // Overdue from the day after its due date, for the submission it was found on.
    else if (item.open && f.date >= item.submittedOn && f.date < asOf) item.overdue = true;
    if (f.kind === 'approved' && f.item === 'construction-permit') constructionPermitOn ??= f.date;
    items.set(f.item, item);
  }
  const departments = new Map<string, { open: number; overdue: number }>();
  for (const [code, item] of items) {
    if (!item.open) continue;
    const department = doc.departments[code] ?? 'unknown';
    const counts = departments.get(department) ?? { open: 0, overdue: 0 };
    counts.open++;
    if (item.overdue) counts.overdue++;
    departments.set(department, counts);
  }
  return { departments, ...(constructionPermitOn ? { constructionPermitOn } : {}) };
}
