import { Injectable } from '@nestjs/common';
import { type Caller } from '@ccpc/auth';
import { DEPARTMENTS, projectScope } from '@ccpc/contracts';
import { caseAsOf, type DepartmentLoad, median } from '@ccpc/projection-domain';
import { ApprovalCases } from './approval-cases';
import { DashboardService, type ViewPoint } from './dashboard.service';

const departmentName = new Map(DEPARTMENTS.map((d) => [d.code, d.name]));
/**
 * The cockpit's approval panel (§22), at a point like every leadership view: the cases completed
 * in the year so far and their median working days (the registry's record of each completion),
 * the items with each department and those past their limit (ranked), and the projects that
 * started construction in the year before their construction permit (未批先建, a red finding).
 */
@Injectable()
export class ApprovalPanelService {
  constructor(
    private readonly approvals: ApprovalCases,
    private readonly dashboard: DashboardService,
  ) {}

  async panel(caller: Caller, point: ViewPoint) {
    const [projects, cases, ctx] = await Promise.all([
      this.dashboard.projects(point),
      this.approvals.current(),
      this.dashboard.context(point),
    ]);
    const from = `${point.year}-01-01`;
    const completed = projects.filter((p) => {
      const done = p.at.approvalsCompleted?.date;
      return !!done && done >= from && done <= point.asOf;
    });
    const days = completed.map((p) => p.at.approvalsCompleted?.workingDays ?? 0);
    // §22's share counts a case still open past 51 working days as not within (over the limit whenever it completes).
    const done = new Set(completed);
    const openOverLimit = projects.filter((p) => !done.has(p) && (ctx.openApprovalDays?.(p.at.projectId) ?? 0) > 51).length;
    const departments = new Map<string, DepartmentLoad>();
    const beforePermit: Array<{ projectId: string; name: string; localityCode: string; startedOn: string; permitOn: string | null }> = [];
    for (const p of projects) {
      const at = caseAsOf(cases.get(`project-${p.at.projectId}`)?.doc, point.asOf, point.knownAt);
      if (!at) continue; // no case yet on that date
      for (const [code, counts] of at.departments) {
        const sum = departments.get(code) ?? { open: 0, overdue: 0, waiting: 0 };
        departments.set(code, {
          open: sum.open + counts.open,
          overdue: sum.overdue + counts.overdue,
          waiting: sum.waiting + counts.waiting,
        });
      }
      const started = p.at.firstStartDate;
      if (
        started &&
        started >= from && // started in the view's year, like the completions
        started <= point.asOf &&
        (!at.constructionPermitOn || at.constructionPermitOn > started) &&
        caller.sees(projectScope(p.at))
      )
        beforePermit.push({
          projectId: p.at.projectId,
          name: p.at.name,
          localityCode: p.at.localityCode,
          startedOn: started,
          permitOn: at.constructionPermitOn ?? null,
        });
    }
    return {
      year: point.year,
      asOf: point.asOf,
      knownAt: point.knownAt,
      live: point.live,
      closed: point.closed,
      completed: completed.length,
      within51: days.filter((d) => d <= 51).length,
      openOverLimit,
      medianWorkingDays: median(days),
      departments: [...departments]
        .map(([code, counts]) => ({ code, name: departmentName.get(code) ?? code, ...counts }))
        .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code)),
      startedBeforePermit: beforePermit.sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.projectId.localeCompare(b.projectId)),
    };
  }
}
