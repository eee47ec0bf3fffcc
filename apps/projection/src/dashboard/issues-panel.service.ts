import { Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { departmentByCode, localityByCode, type ProjectRecord, projectScope } from '@ccpc/contracts';
import { type IssueAt, issueFigures, issueFiguresBy, isOpen, type MeetingAt, supervisionList } from '@ccpc/projection-domain';
import { paginate } from '@ccpc/service-kit';
import { DashboardService, type ViewPoint } from './dashboard.service';
import { IssueReadModels } from './issue-read-models';
import type { IssuePanel, LeaderPackages, SupervisionList } from '../responses';

/** A locality's or a department's name from the reference data (its code when unknown). */
export const unitName = (code: string | null) =>
  code === null ? '' : (localityByCode.get(code)?.name ?? departmentByCode.get(code)?.name ?? code);

/** Who an owner is, in words: a locality or department by name, the project office, or the packaging leader. */
export function ownerName(owner: { kind: string; code: string | null }, leaderName?: string): string {
  if (owner.kind === 'project-office') return '市大项目办';
  if (owner.kind === 'city-leader') return leaderName ?? '包保市级领导';
  return unitName(owner.code);
}

/**
 * The problem-solving views (§30, §32, §35) at a point like every leadership view. A caller sees
 * an issue when they see its project, or own it (the department it was distributed to, or the
 * owner a meeting named); a meeting decision when they are its owner. City-wide readers see all.
 */
@Injectable()
export class IssuesPanelService {
  constructor(
    private readonly read: IssueReadModels,
    private readonly dashboard: DashboardService,
  ) {}

  /** The caller's issues at the point, with the project each belongs to (as of the point, when it is in the view's year). */
  async visibleIssues(caller: Caller, point: ViewPoint): Promise<Array<{ issue: IssueAt; project?: ProjectRecord }>> {
    const [issues, projects] = await Promise.all([this.read.issuesAt(point.asOf, point.knownAt), this.dashboard.projects(point)]);
    const byId = new Map(projects.map((p) => [p.at.projectId, p.at]));
    return issues
      .map((issue) => ({ issue, project: byId.get(issue.projectId) }))
      .filter(({ issue, project }) => seesIssue(caller, issue, project));
  }

  seesDecision(caller: Caller, owner: { kind: 'locality' | 'department'; code: string }): boolean {
    return caller.sees(owner.kind === 'locality' ? { localityCode: owner.code } : { departmentCode: owner.code });
  }

  async panel(caller: Caller, point: ViewPoint): Promise<IssuePanel> {
    const issues = (await this.visibleIssues(caller, point)).map((v) => v.issue);
    const named = <T extends { code: string }>(rows: T[]) => rows.map((r) => ({ ...r, name: unitName(r.code) }));
    return {
      ...this.dashboard.header(point),
      totals: issueFigures(issues, point.year),
      byLocality: named(issueFiguresBy(issues, point.year, (i) => i.localityCode)),
      byDepartment: named(issueFiguresBy(issues, point.year, (i) => i.departmentCode)),
      byMonth: issueFiguresBy(
        issues.filter((i) => i.cycle.startsWith(String(point.year))),
        point.year,
        (i) => i.cycle,
      )
        .map(({ code, ...figures }) => ({ cycle: code, ...figures }))
        .sort((a, b) => a.cycle.localeCompare(b.cycle)),
    };
  }

  async supervision(caller: Caller, point: ViewPoint, page: number, pageSize: number): Promise<SupervisionList> {
    const [visible, meetings] = await Promise.all([this.visibleIssues(caller, point), this.read.meetingsAt(point.asOf, point.knownAt)]);
    const leaders = new Map(visible.map(({ issue, project }) => [issue.issueId, project?.leader?.name]));
    const own: MeetingAt[] = meetings.map((m) => ({ ...m, decisions: m.decisions.filter((d) => this.seesDecision(caller, d.owner)) }));
    const items = supervisionList(
      visible.map((v) => v.issue),
      own,
      point.asOf,
    ).map((item) => ({ ...item, ownerName: ownerName(item.owner, item.kind === 'issue' ? leaders.get(item.id) : undefined) }));
    return { ...this.dashboard.header(point), overdue: items.filter((i) => i.overdue).length, ...paginate(items, page, pageSize) };
  }

  /** Each city leader's packaged projects (§30, projects ≥ 20亿) with their open issues: the quarterly report's body. */
  async leaders(caller: Caller, point: ViewPoint): Promise<LeaderPackages> {
    const [projects, issues] = await Promise.all([this.dashboard.projects(point), this.read.issuesAt(point.asOf, point.knownAt)]);
    const openByProject = new Map<string, IssueAt[]>();
    for (const i of issues.filter(isOpen)) openByProject.set(i.projectId, [...(openByProject.get(i.projectId) ?? []), i]);
    const leaders = new Map<string, LeaderPackages['leaders'][number]>();
    for (const { at } of projects) {
      const leader = at.leader;
      if (!leader || (leader.to !== null && leader.to < point.asOf) || !caller.sees(projectScope(at))) continue;
      const open = (openByProject.get(at.projectId) ?? []).sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
      const pack = leaders.get(leader.id) ?? {
        leaderId: leader.id,
        leaderName: leader.name,
        projects: [],
        openIssues: 0,
        overdueIssues: 0,
      };
      pack.projects.push({
        projectId: at.projectId,
        name: at.name,
        localityCode: at.localityCode,
        localityName: unitName(at.localityCode),
        stage: at.stage,
        totalInvestmentWan: at.totalInvestmentWan,
        cumulativeWan: at.cumulativeWan,
        openIssues: open.map((i) => ({
          issueId: i.issueId,
          category: i.category,
          description: i.description,
          status: i.status,
          ownerName: ownerName(i.owner, leader.name),
          dueOn: i.dueOn,
          overdue: i.overdue,
        })),
      });
      pack.openIssues += open.length;
      pack.overdueIssues += open.filter((i) => i.overdue).length;
      leaders.set(leader.id, pack);
    }
    for (const pack of leaders.values())
      pack.projects.sort((a, b) => b.openIssues.length - a.openIssues.length || a.name.localeCompare(b.name));
    return {
      ...this.dashboard.header(point),
      leaders: [...leaders.values()].sort(
        (a, b) => b.overdueIssues - a.overdueIssues || b.openIssues - a.openIssues || a.leaderName.localeCompare(b.leaderName),
      ),
    };
  }
}

function seesIssue(caller: Caller, issue: IssueAt, project?: ProjectRecord): boolean {
  if (project ? caller.sees(projectScope(project)) : caller.sees({ localityCode: issue.localityCode })) return true;
  if (issue.departmentCode !== null && caller.sees({ departmentCode: issue.departmentCode })) return true;
  const { kind, code } = issue.owner;
  return (
    (kind === 'locality' || kind === 'department') && caller.sees(kind === 'locality' ? { localityCode: code } : { departmentCode: code })
  );
}
