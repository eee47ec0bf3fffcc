import { THRESHOLDS } from '@ccpc/contracts';
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

/**
 * Early warnings (DOMAIN.md → registry): a missing leader package (≥ 20亿) or secretary
 * (≥ 5,000万), a planned start whose month has passed. Red: a planned start overdue by more
 * than a month, or an assignment missing on a project under construction; yellow: otherwise.
 */
export function warningsFor(p: ProjectAt, asOf: string): Warning | undefined {
  if (p.stage === 'cancelled' || p.stage === 'completed') return undefined;
  const reasons: string[] = [];
  let red = false;
  if (p.totalInvestmentWan >= THRESHOLDS.leaderPackageWan && !p.leaderId) {
    reasons.push('总投资20亿元以上，未明确市级包保领导（§30）');
    red ||= p.stage === 'under-construction';
  }
  if (p.totalInvestmentWan >= THRESHOLDS.secretaryWan && !p.secretaryId) {
    reasons.push('总投资5000万元以上，未配备项目秘书（§31）');
    red ||= p.stage === 'under-construction';
  }
  const year = Number(asOf.slice(0, 4));
  const plan = p.plans[year];
  if (plan?.kind === 'new-start' && plan.plannedStartMonth && !p.firstStartDate && plan.plannedStartMonth < monthOf(asOf)) {
    reasons.push(`计划${plan.plannedStartMonth}开工，至今未开工`);
    const [py, pm] = plan.plannedStartMonth.split('-').map(Number) as [number, number];
    const [ay, am] = monthOf(asOf).split('-').map(Number) as [number, number];
    red ||= (ay - py) * 12 + (am - pm) > 1;
  }
  if (reasons.length === 0) return undefined;
  return { projectId: p.projectId, name: p.name, localityCode: p.localityCode, departmentCode: p.departmentCode, light: red ? 'red' : 'yellow', reasons };
}
