import { Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { projectScope } from '@ccpc/contracts';
import { caseAsOf, warningsFor } from '@ccpc/projection-domain';
import { paginate } from '@ccpc/service-kit';
import { ApprovalCases } from './approval-cases';
import { DashboardService, type ViewPoint } from './dashboard.service';

/**
 * The early warnings (GET /warnings) at a point: each project the caller sees, judged by the rules
 * of GET /warnings/rules on its timeline and — for 未批先建 — on its approval case as of that date.
 */
@Injectable()
export class WarningsService {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly approvals: ApprovalCases,
  ) {}

  async warnings(caller: Caller, point: ViewPoint, light: 'red' | 'yellow' | undefined, page: number, pageSize: number) {
    const [projects, cases] = await Promise.all([this.dashboard.projects(point), this.approvals.current()]);
    const all = projects
      .map((p) => p.at)
      .filter((p) => caller.sees(projectScope(p)))
      .map((p) => warningsFor(p, point.asOf, caseAsOf(cases.get(`project-${p.projectId}`)?.doc, point.asOf, point.knownAt)))
      .filter((w): w is NonNullable<typeof w> => w !== undefined && (!light || w.light === light))
      .sort((a, b) => (a.light === b.light ? a.projectId.localeCompare(b.projectId) : a.light === 'red' ? -1 : 1));
    return {
      ...this.dashboard.header(point),
      red: all.filter((w) => w.light === 'red').length,
      ...paginate(all, page, pageSize),
    };
  }
}
