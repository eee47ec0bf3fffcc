import type { IssueAt } from './issues-at';
import { type DecisionAt, type DecisionStanding, issueDecision, type MeetingAt, decisionStanding, workingDaysPast } from './supervision';

/** A month (`2018-05`) or a quarter (`2018-Q2`) the supervision report covers. */
export interface ReportPeriod {
  period: string;
  kind: 'month' | 'quarter';
  from: string;
  to: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

export const REPORT_PERIOD = /^((?:19|20)\d{2})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

/** The period a `YYYY-MM` or `YYYY-Qn` names; undefined for anything else. */
export function reportPeriod(period: string): ReportPeriod | undefined {
  const m = REPORT_PERIOD.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  const [first, last] = m[2] ? [Number(m[2]), Number(m[2])] : [(Number(m[3]) - 1) * 3 + 1, Number(m[3]) * 3];
  return {
    period,
    kind: m[2] ? 'month' : 'quarter',
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

export { endOfCityDay } from '@ccpc/contracts';

export interface ReportDecision extends DecisionAt {
  standing: DecisionStanding;
  workingDaysOverdue: number | null;
}

export interface ReportMeeting extends Omit<MeetingAt, 'decisions'> {
  decisions: ReportDecision[];
}

export interface OwnerTally {
  kind: 'locality' | 'department';
  code: string;
  decisions: number;
  overdue: number;
  doneLate: number;
}

/**
 * The supervision report (§35 "根据各类会议形成的纪要，督查部门要加大督导、督查力度，定期报告市委、市政府，
 * 同时抄送市委组织部、市纪检委等部门"): the meetings held in the period, each decision in their minutes
 * and on reported issues with its owner and how it stands at the period's end; the decisions of
 * earlier meetings still open when the period began (carried over); totals and each owner's tally.
 */
export interface SupervisionReportBody {
  meetings: ReportMeeting[];
  carried: ReportDecision[];
  totals: { decisions: number } & Record<DecisionStanding, number>;
  owners: OwnerTally[];
}

export function supervisionReport(
  period: ReportPeriod,
  meetings: readonly MeetingAt[],
  issues: readonly IssueAt[],
  asOf: string,
): SupervisionReportBody {
  const onIssues = new Map<string, DecisionAt[]>();
  for (const i of issues) {
    const d = issueDecision(i);
    if (d) onIssues.set(d.meetingId, [...(onIssues.get(d.meetingId) ?? []), d]);
  }
  const judged = (d: DecisionAt): ReportDecision => {
    const standing = decisionStanding(d, asOf);
    return { ...d, standing, workingDaysOverdue: standing === 'overdue' ? workingDaysPast(d.deadline, asOf) : 0 };
  };
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId));
  const decisionsOf = (m: MeetingAt) =>
    [...m.decisions, ...(onIssues.get(m.meetingId) ?? [])]
      .map(judged)
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.decisionId.localeCompare(b.decisionId));
  const held = sorted.filter((m) => m.date >= period.from && m.date <= period.to).map((m) => ({ ...m, decisions: decisionsOf(m) }));
  const carried = sorted
    .filter((m) => m.date < period.from)
    .flatMap(decisionsOf)
    .filter((d) => d.doneOn === null || d.doneOn >= period.from);
  const all = [...held.flatMap((m) => m.decisions), ...carried];
  const totals = { decisions: all.length, 'done-on-time': 0, 'done-late': 0, open: 0, overdue: 0 };
  const owners = new Map<string, OwnerTally>();
  for (const d of all) {
    totals[d.standing]++;
    const key = `${d.owner.kind}:${d.owner.code}`;
    const tally = owners.get(key) ?? { ...d.owner, decisions: 0, overdue: 0, doneLate: 0 };
    tally.decisions++;
    if (d.standing === 'overdue') tally.overdue++;
    if (d.standing === 'done-late') tally.doneLate++;
    owners.set(key, tally);
  }
  return {
    meetings: held,
    carried,
    totals,
    owners: [...owners.values()].sort((a, b) => b.overdue - a.overdue || b.doneLate - a.doneLate || a.code.localeCompare(b.code)),
  };
}
