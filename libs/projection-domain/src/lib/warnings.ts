import { planFor, THRESHOLDS } from '@ccpc/contracts';
import type { ProjectAt } from './timeline';

export type Light = 'red' | 'yellow';

/** One early-warning rule: what it looks at, its colour and its threshold (GET /warnings/rules). */
export interface WarningRule {
  code: string;
  light: Light;
  article: string;
  condition: string;
}

/**
 * The early-warning rules (docs/domain.md → Warnings). Each rule has one colour: where the same
 * finding is worse in one situation than another, those are two rules. A project's light is
 * red when any red rule holds, else yellow; completed and cancelled projects get none.
 */
export const WARNING_RULES: readonly WarningRule[] = [
  { code: 'leader-missing', light: 'yellow', article: '第三十条', condition: '总投资 ≥ 20亿元、尚未开工，未明确市级包保领导' },
  {
    code: 'leader-missing-under-construction',
    light: 'red',
    article: '第三十条',
    condition: '总投资 ≥ 20亿元、已在建，未明确市级包保领导',
  },
  { code: 'secretary-missing', light: 'yellow', article: '第三十一条', condition: '总投资 ≥ 5000万元、尚未开工，未配备项目秘书' },
  {
    code: 'secretary-missing-under-construction',
    light: 'red',
    article: '第三十一条',
    condition: '总投资 ≥ 5000万元、已在建，未配备项目秘书',
  },
  {
    code: 'start-overdue',
    light: 'yellow',
    article: '第二条（新开工项目开工率）',
    condition: '列入本年新开工计划，计划开工月份已过去1个月，仍未开工',
  },
  {
    code: 'start-overdue-long',
    light: 'red',
    article: '第二条（新开工项目开工率）',
    condition: '列入本年新开工计划，计划开工月份已过去2个月及以上，仍未开工',
  },
  {
    code: 'stage-stalled',
    light: 'yellow',
    article: '第三十五条（月度调度、督办）',
    condition: '处于对接中、已落位或前期阶段超过6个月（7至12个月）',
  },
  {
    code: 'stage-stalled-long',
    light: 'red',
    article: '第三十五条（月度调度、督办）',
    condition: '处于对接中、已落位或前期阶段超过12个月',
  },
  {
    code: 'investment-behind',
    light: 'yellow',
    article: '第三十五条（比速度；第二条扩总量）',
    condition: '在建项目自一季度末起，本年完成投资低于序时进度（年度计划投资 × 已结束月份数 / 12）的50%、不低于25%',
  },
  {
    code: 'investment-behind-far',
    light: 'red',
    article: '第三十五条（比速度；第二条扩总量）',
    condition: '在建项目自一季度末起，本年完成投资低于序时进度的25%',
  },
  {
    code: 'started-before-permit',
    light: 'red',
    article: '第二十七条（依法合规、早日开工）',
    condition: '已开工，其审批案件中的施工许可尚未批准（未批先建）',
  },
];

/** What a warning needs of the project's approval case (absent: the project has none). */
export interface ApprovalStanding {
  /** When the construction permit was approved, as of the date; undefined while it is not. */
  constructionPermitOn?: string;
}

export interface WarningReason {
  rule: string;
  light: Light;
  text: string;
}

export interface Warning {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  light: Light;
  reasons: WarningReason[];
}

const ruleByCode = new Map(WARNING_RULES.map((r) => [r.code, r]));
const reason = (rule: string, text: string): WarningReason => ({ rule, light: (ruleByCode.get(rule) as WarningRule).light, text });

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const lastDayOfMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === Number(date.slice(8, 10));
};

/** Months of the year that have ended by `asOf` (a month ends on its last day): what 序时进度 is measured on. */
export const monthsEnded = (asOf: string) => Number(asOf.slice(5, 7)) - (lastDayOfMonth(asOf) ? 0 : 1);

/** Completed investment of `year` up to asOf: the latest cumulative report minus the last one before the year. */
export function investedInYear(p: Pick<ProjectAt, 'reports'>, year: number): number {
  const before = p.reports.filter((r) => r.month < `${year}-01`).at(-1)?.cumulativeWan ?? 0;
  const latest = p.reports.filter((r) => r.month.startsWith(`${year}-`)).at(-1)?.cumulativeWan;
  return latest === undefined ? 0 : Math.max(0, latest - before);
}

/**
 * The warnings of one project at a business date, by WARNING_RULES. `approval` is its approval
 * case as of the date; a project without a case (recorded as already under way) is not judged
 * on its permit.
 */
export function warningsFor(p: ProjectAt, asOf: string, approval?: ApprovalStanding): Warning | undefined {
  if (p.stage === 'cancelled' || p.stage === 'completed') return undefined;
  const reasons: WarningReason[] = [];
  const building = p.stage === 'under-construction';
  if (p.totalInvestmentWan >= THRESHOLDS.leaderPackageWan && !p.leader)
    reasons.push(reason(building ? 'leader-missing-under-construction' : 'leader-missing', '总投资20亿元以上，未明确市级包保领导（§30）'));
  if (p.totalInvestmentWan >= THRESHOLDS.secretaryWan && !p.secretary)
    reasons.push(
      reason(building ? 'secretary-missing-under-construction' : 'secretary-missing', '总投资5000万元以上，未配备项目秘书（§31）'),
    );
  const year = Number(asOf.slice(0, 4));
  const plan = planFor(p, year);
  if (plan?.kind === 'new-start' && plan.plannedStartMonth && !p.firstStartDate) {
    const overdue = monthIndex(asOf.slice(0, 7)) - monthIndex(plan.plannedStartMonth);
    if (overdue >= 1)
      reasons.push(
        reason(overdue >= 2 ? 'start-overdue-long' : 'start-overdue', `计划${plan.plannedStartMonth}开工，已过${overdue}个月仍未开工`),
      );
  }
  if (p.stageSince && ['docking', 'landed', 'preparing'].includes(p.stage)) {
    const stalled = monthIndex(asOf.slice(0, 7)) - monthIndex(p.stageSince.slice(0, 7));
    if (stalled > 6) reasons.push(reason(stalled > 12 ? 'stage-stalled-long' : 'stage-stalled', `已在当前阶段停留${stalled}个月`));
  }
  const ended = monthsEnded(asOf);
  if (building && plan && plan.annualInvestmentWan > 0 && ended >= 3) {
    const schedule = (plan.annualInvestmentWan * ended) / 12;
    const done = investedInYear(p, year);
    const ofSchedule = done / schedule;
    if (ofSchedule < 0.5)
      reasons.push(
        reason(
          ofSchedule < 0.25 ? 'investment-behind-far' : 'investment-behind',
          `年度投资完成${Math.round((done / plan.annualInvestmentWan) * 100)}%，为序时进度（${Math.round((ended / 12) * 100)}%）的${Math.round(ofSchedule * 100)}%`,
        ),
      );
  }
  if (approval && p.firstStartDate && p.firstStartDate <= asOf && !approval.constructionPermitOn)
    reasons.push(reason('started-before-permit', `${p.firstStartDate}已开工，施工许可尚未批准（未批先建）`));
  if (reasons.length === 0) return undefined;
  return {
    projectId: p.projectId,
    name: p.name,
    localityCode: p.localityCode,
    departmentCode: p.departmentCode,
    light: reasons.some((r) => r.light === 'red') ? 'red' : 'yellow',
    reasons,
  };
}
