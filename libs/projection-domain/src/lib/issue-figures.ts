import { type IssueAt, isOpen, isResolved, workingDaysToResolve } from './issues-at';

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The problem-solving figures (§32 "聚焦制约项目建设突出问题……每月10日前将项目问题清单报市大项目办，
 * 每月15日前……分发至相关责任部门或单位"), for one year as of a date:
 * - reported: issues reported in the year by that day;
 * - open: issues still someone's to act on that day, whenever reported (a resolution awaiting the
 *   reporter's confirmation is still open);
 * - overdue: open issues past their due date that day (not distributed by the cycle's 15th, or past
 *   the deadline the department, the meeting or a supervision notice set), awaiting confirmation excepted;
 * - resolved: issues of the year resolved by their responsible unit and not reopened;
 * - rejected: issues of the year the project office did not accept;
 * - resolutionRate: resolved ÷ (reported − rejected − withdrawn with their cancelled project);
 * - medianWorkingDays: the median working days from report to the resolution, over the resolved.
 */
export interface IssueFigures {
  reported: number;
  open: number;
  overdue: number;
  resolved: number;
  rejected: number;
  resolutionRate: number | null;
  medianWorkingDays: number | null;
}

export function issueFigures(issues: readonly IssueAt[], year: number): IssueFigures {
  const from = `${year}-01-01`;
  const ofYear = issues.filter((i) => i.reportedOn >= from);
  const resolved = ofYear.filter(isResolved);
  const rejected = ofYear.filter((i) => i.status === 'rejected').length;
  const withdrawn = ofYear.filter((i) => i.status === 'withdrawn').length;
  const base = ofYear.length - rejected - withdrawn;
  return {
    reported: ofYear.length,
    open: issues.filter(isOpen).length,
    overdue: issues.filter((i) => i.overdue).length,
    resolved: resolved.length,
    rejected,
    resolutionRate: base > 0 ? resolved.length / base : null,
    medianWorkingDays: median(resolved.map(workingDaysToResolve).filter((d): d is number => d !== null)),
  };
}

/** The figures per key (an issue without a key — e.g. not yet distributed, for departments — is left out). */
export function issueFiguresBy(
  issues: readonly IssueAt[],
  year: number,
  keyOf: (i: IssueAt) => string | null,
): Array<{ code: string } & IssueFigures> {
  const groups = new Map<string, IssueAt[]>();
  for (const i of issues) {
    const key = keyOf(i);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups]
    .map(([code, group]) => ({ code, ...issueFigures(group, year) }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code));
}
