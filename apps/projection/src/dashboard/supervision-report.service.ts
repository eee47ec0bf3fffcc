import { Inject, Injectable } from '@nestjs/common';
import { cityDate } from '@ccpc/contracts';
import { CLOCK } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { DECISION_STANDING_LABELS, endOfCityDay, type ReportDecision, reportPeriod, supervisionReport } from '@ccpc/projection-domain';
import { IssueReadModels } from './issue-read-models';
import { ownerName } from './issues-panel.service';
import type { SupervisionReport } from '../responses';

const QUARTERS = ['一', '二', '三', '四'];
export const SUPERVISION_BASIS =
  '第三十五条：「根据各类会议形成的纪要，督查部门要加大督导、督查力度，定期报告市委、市政府，同时抄送市委组织部、市纪检委等部门。」';

/**
 * The supervision report (督查报告, §35) of a month or a quarter. A period that has ended is
 * reported as of its last day and as known at that day's end in the city: later events —
 * a late completion, a decision recorded afterwards — never change it, whenever it is asked for.
 * A period still running is reported as of today, marked provisional. Facts dated in the period
 * but recorded after the instant it is known at (entered late or back-dated — what a discipline
 * inspector wants to see) are left out and counted; a re-issue names a later `knownAt`.
 */
@Injectable()
export class SupervisionReportService {
  constructor(
    private readonly read: IssueReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(period: string, knownAtAsked?: string): Promise<SupervisionReport> {
    const p =
      reportPeriod(period) ?? refuse('report.period', `报告期“${period}”须为月份 YYYY-MM 或季度 YYYY-Qn（如 2018-05、2018-Q2）`, 'period');
    const now = this.clock.now();
    const today = cityDate(now);
    if (p.from > today) refuse('report.period-future', `报告期 ${period} 自 ${p.from} 起，尚未开始（今天 ${today}）`, 'period');
    const final = today > p.to;
    const asOf = final ? p.to : today;
    if (knownAtAsked !== undefined && Date.parse(knownAtAsked) > now.getTime())
      refuse('query.knownAt-future', `知情时点 ${knownAtAsked} 晚于现在：报告须可在以后重现`, 'knownAt');
    // Final: as known at the end of its last day, whenever asked — unless a later instant is named (a re-issue).
    const knownAt = knownAtAsked !== undefined ? new Date(knownAtAsked).toISOString() : final ? endOfCityDay(p.to) : now.toISOString();
    const [meetings, issues, recordedLater] = await Promise.all([
      this.read.meetingsAt(asOf, knownAt),
      this.read.issuesAt(asOf, knownAt),
      this.read.recordedAfter(p.from, p.to, knownAt),
    ]);
    const body = supervisionReport(p, meetings, issues, asOf);
    const named = (d: ReportDecision) => ({ ...d, ownerName: ownerName(d.owner), standingLabel: DECISION_STANDING_LABELS[d.standing] });
    const [year, rest] = period.split('-') as [string, string];
    const label = p.kind === 'month' ? `${year}年${Number(rest)}月` : `${year}年第${QUARTERS[Number(rest.slice(1)) - 1]}季度`;
    return {
      ...p,
      asOf,
      knownAt,
      final,
      recordedLater,
      title: `${label}重大项目会议决定事项督查报告`,
      addressedTo: '市委、市政府',
      copiesTo: ['市委组织部', '市纪检委'],
      basis: SUPERVISION_BASIS,
      meetings: body.meetings.map((m) => ({ ...m, decisions: m.decisions.map(named) })),
      carried: body.carried.map(named),
      totals: body.totals,
      owners: body.owners.map((o) => ({ ...o, ownerName: ownerName(o) })),
    };
  }
}

function refuse(rule: 'report.period' | 'report.period-future' | 'query.knownAt-future', message: string, field: string): never {
  throw new DomainError(rule, message, { field, status: 422 });
}
