import { addWorkingDays, type Span, workingDaysBetween, workingDaysIn } from '@ccpc/calendar';
import type { ApprovalDocument, ApprovalFact } from './approvals';

/** Per department, as of a date: its items under review, those of them past their due date, and those waiting for the applicant. */
export interface DepartmentLoad {
  /** Submitted and under review with the department (its clock running). */
  open: number;
  /** Of those, past their due date on that day. */
  overdue: number;
  /** Sent back for supplements (一次性告知): waiting for the applicant, the clock stopped. */
  waiting: number;
}

export interface ApprovalsAt {
  departments: Map<string, DepartmentLoad>;
  /** When the construction permit was approved, as of the date (undefined: not yet). */
  constructionPermitOn?: string;
}

interface ItemAt {
  status: 'review' | 'waiting' | 'decided';
  submittedOn: string;
  /** Supplement waits of the current submission, in working days (the clock stops while the applicant prepares). */
  waited: number;
  waitingSince?: string;
}

/**
 * A project's case as of a business date, as known at a recording time; undefined when it had none
 * (opened later, or not recorded yet).
 */
export const caseAsOf = (doc: ApprovalDocument | undefined, asOf: string, knownAt?: string): ApprovalsAt | undefined =>
  doc && hadCase(doc, asOf, knownAt) ? approvalsAt(doc, asOf, knownAt) : undefined;

/** The case had opened by `asOf`, and its opening was recorded by `knownAt`. */
const hadCase = (doc: ApprovalDocument, asOf: string, knownAt?: string): boolean =>
  doc.openedOn <= asOf && (knownAt === undefined || doc.openedAt === undefined || doc.openedAt <= knownAt);

/** The facts that count on `asOf` as known at `knownAt` (the scheduler's notices never do: overdue comes from due dates). */
const factsAt = (doc: ApprovalDocument, asOf: string, knownAt?: string): ApprovalFact[] =>
  (JSON.parse(doc.facts) as ApprovalFact[]).filter(
    (f) => f.kind !== 'overdue' && f.date <= asOf && (knownAt === undefined || f.recordedAt === undefined || f.recordedAt <= knownAt),
  );

/**
 * The case on a date: which items are with their department, which of them are past their due
 * date — a fact of the submission, the limit and the supplement waits, whether or not the
 * scheduler's notice came (an item decided late was overdue on the days before it) — and which
 * wait for the applicant. Facts dated after `asOf` or recorded after `knownAt` do not count.
 */
export function approvalsAt(doc: ApprovalDocument, asOf: string, knownAt?: string): ApprovalsAt {
  const facts = factsAt(doc, asOf, knownAt);
  const items = new Map<string, ItemAt>();
  let constructionPermitOn: string | undefined;
  for (const f of facts) {
    const item = items.get(f.item);
    if (f.kind === 'submitted') items.set(f.item, { status: 'review', submittedOn: f.date, waited: 0 });
    else if (!item) continue;
    else if (f.kind === 'supplements') Object.assign(item, { status: 'waiting', waitingSince: f.date });
    else if (f.kind === 'resubmitted') {
      item.waited += item.waitingSince ? workingDaysBetween(item.waitingSince, f.date) : 0;
      Object.assign(item, { status: 'review', waitingSince: undefined });
    } else item.status = 'decided';
    if (f.kind === 'approved' && f.item === 'construction-permit') constructionPermitOn ??= f.date;
  }
  const departments = new Map<string, DepartmentLoad>();
  for (const [code, item] of items) {
    if (item.status === 'decided') continue;
    const department = doc.departments[code] ?? 'unknown';
    const load = departments.get(department) ?? { open: 0, overdue: 0, waiting: 0 };
    if (item.status === 'waiting') load.waiting++;
    else {
      load.open++;
      if (isOverdue(item, doc.limits?.[code], asOf)) load.overdue++;
    }
    departments.set(department, load);
  }
  return { departments, ...(constructionPermitOn ? { constructionPermitOn } : {}) };
}

/**
 * The working days a case still open on `asOf` has taken by then — the case's clock: days on
 * which at least one item was with its department, parallel days once, waits for the applicant
 * not counted (as the approval service counts a completed case) — or undefined when it had no
 * case then, or all its items were decided by then.
 */
export function openCaseWorkingDaysAt(doc: ApprovalDocument | undefined, asOf: string, knownAt?: string): number | undefined {
  if (!doc || !hadCase(doc, asOf, knownAt)) return undefined;
  const facts = factsAt(doc, asOf, knownAt);
  const spans: Span[] = [];
  const reviewing = new Map<string, string>();
  const approved = new Set<string>();
  for (const f of facts) {
    const since = reviewing.get(f.item);
    if (f.kind === 'submitted' || f.kind === 'resubmitted') {
      reviewing.set(f.item, f.date);
      approved.delete(f.item);
    } else if (since !== undefined) {
      spans.push({ from: since, to: f.date });
      reviewing.delete(f.item);
      if (f.kind === 'approved') approved.add(f.item);
    }
  }
  const items = Object.keys(doc.departments);
  if (items.every((code) => approved.has(code))) return undefined; // completed by then
  for (const since of reviewing.values()) spans.push({ from: since, to: asOf });
  try {
    return workingDaysIn(spans);
  } catch {
    return undefined; // a date beyond the calendar's years
  }
}

/** Past its due date on `asOf`: the limit (working days from the submission, waits added) ran out before that day. */
function isOverdue(item: ItemAt, limit: number | undefined, asOf: string): boolean {
  if (limit === undefined) return false;
  try {
    return asOf > addWorkingDays(item.submittedOn, limit + item.waited);
  } catch {
    return false; // a due date beyond the calendar's years: not known to be passed
  }
}
