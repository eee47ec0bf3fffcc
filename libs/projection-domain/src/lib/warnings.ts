import { planFor, THRESHOLDS } from '@ccpc/contracts';
import type { ProjectAt } from './timeline';

export type Light = 'red' | 'yellow' | 'green';
export interface Warning {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  light: Light;
  reasons: string[];
}

const monthOf = (date: string) => date.slice(0, 7);

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

/** Completed investment of `year` up to asOf: the latest cumulative report minus the last one before the year. */
export function investedInYear(p: Pick<ProjectAt, 'reports'>, year: number): number {
  const before = p.reports.filter((r) => r.month < `${year}-01`).at(-1)?.cumulativeWan ?? 0;
  const latest = p.reports.filter((r) => r.month.startsWith(`${year}-`)).at(-1)?.cumulativeWan;
  return latest === undefined ? 0 : Math.max(0, latest - before);
}

/**
 * Early warnings (docs/domain.md → Leadership views): a missing leader package (≥ 20亿) or secretary
 * (≥ 5,000万); a planned start whose month has passed; a stage stalled for more than six
 * months; the year's investment behind schedule (under half of the plan's time-proportional
 * share from the third month on). Red: a start overdue by more than a month, an assignment
 * missing on a project under construction, a stage stalled for over a year, or investment
 * under a quarter of schedule; yellow: otherwise.
 */
export function warningsFor(p: ProjectAt, asOf: string): Warning | undefined {
  if (p.stage === 'cancelled' || p.stage === 'completed') return undefined;
  const reasons: string[] = [];
  let red = false;
  if (p.totalInvestmentWan >= THRESHOLDS.leaderPackageWan && !p.leader) {
    reasons.push('总投资20亿元以上，未明确市级包保领导（§30）');
    red ||= p.stage === 'under-construction';
  }
  if (p.totalInvestmentWan >= THRESHOLDS.secretaryWan && !p.secretary) {
    reasons.push('总投资5000万元以上，未配备项目秘书（§31）');
    red ||= p.stage === 'under-construction';
  }
  const year = Number(asOf.slice(0, 4));
  const plan = planFor(p, year);
  if (plan?.kind === 'new-start' && plan.plannedStartMonth && !p.firstStartDate && plan.plannedStartMonth < monthOf(asOf)) {
    reasons.push(`计划${plan.plannedStartMonth}开工，至今未开工`);
    const [py, pm] = plan.plannedStartMonth.split('-').map(Number) as [number, number];
    const [ay, am] = monthOf(asOf).split('-').map(Number) as [number, number];
    red ||= (ay - py) * 12 + (am - pm) > 1;
  }
  if (p.stageSince && ['docking', 'landed', 'preparing'].includes(p.stage)) {
    const stalled = monthsBetween(monthOf(p.stageSince), monthOf(asOf));
    if (stalled > 6) {
      reasons.push(`已在当前阶段停留${stalled}个月`);
      red ||= stalled > 12;
    }
  }
  const elapsed = Number(asOf.slice(5, 7));
  if (p.stage === 'under-construction' && plan && plan.annualInvestmentWan > 0 && elapsed >= 3) {
    const expected = (plan.annualInvestmentWan * elapsed) / 12;
    const done = investedInYear(p, year);
    if (done < expected / 2) {
      reasons.push(
        `年度投资完成${Math.round((done / plan.annualInvestmentWan) * 100)}%，低于序时进度（${Math.round((elapsed / 12) * 100)}%）`,
      );
      red ||= done < expected / 4;
    }
  }
  if (reasons.length === 0) return undefined;
  return {
    projectId: p.projectId,
    name: p.name,
    localityCode: p.localityCode,
    departmentCode: p.departmentCode,
    light: red ? 'red' : 'yellow',
    reasons,
  };
}
