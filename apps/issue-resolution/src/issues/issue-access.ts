import type { Caller } from '@ccpc/auth';
import type { Actor, IssueReporter } from '@ccpc/contracts';
import type { Issue } from '@ccpc/issue-resolution-domain';
import type { ResourceScope } from '@ccpc/auth';
import type { KnownProject } from '../projects/known-project.view';

/** Who may act for the issue's current owner: the department's, the locality's, or (project office, leader) only city-wide grants. */
export function scopeOfOwner(state: Pick<Issue, 'owner'>): ResourceScope {
  if (state.owner.kind === 'department') return { departmentCode: state.owner.code };
  if (state.owner.kind === 'locality') return { localityCode: state.owner.code };
  return {};
}

/** The reporter's own scope: their locality or their department (the project office's drafts: the project office). */
export function scopeOfReporter(state: Pick<Issue, 'reporter'>): ResourceScope {
  if (state.reporter.kind === 'department') return { departmentCode: state.reporter.code };
  if (state.reporter.kind === 'locality') return { localityCode: state.reporter.code };
  return {};
}

/**
 * Who reports an issue on a project, and as whom: a locality only on its own projects (403 on
 * another's), a department on any project as itself, the project office (or an administrator) as
 * the project office.
 */
export function reporterFor(caller: Caller, project: KnownProject): { actor: Actor; reporter: IssueReporter } {
  const department = caller.grants.find((g) => g.kind === 'department');
  const cityWide = caller.grants.find((g) => g.code === null);
  if (!caller.grants.some((g) => g.kind === 'locality' && g.code === project.localityCode) && department)
    return { actor: caller.actOn({ departmentCode: department.code }), reporter: { kind: 'department', code: department.code } };
  if (!caller.grants.some((g) => g.kind === 'locality' && g.code === project.localityCode) && cityWide)
    return { actor: caller.actOn({}), reporter: { kind: 'project-office', code: null } };
  return { actor: caller.actOn({ localityCode: project.localityCode }), reporter: { kind: 'locality', code: project.localityCode } };
}

/** Whether the caller sees the issue: a locality its projects', a department those it reports, owns or was given, a leader those with them. */
export function seesIssue(caller: Caller, issue: Pick<Issue, 'localityCode' | 'reporter' | 'departmentCode' | 'owner'>): boolean {
  return caller.grants.some((g) => {
    if (g.code === null) return true;
    if (g.kind === 'locality') return issue.localityCode === g.code || (issue.owner.kind === 'locality' && issue.owner.code === g.code);
    if (g.kind === 'department')
      return [
        issue.departmentCode,
        issue.reporter.kind === 'department' ? issue.reporter.code : null,
        issue.owner.kind === 'department' ? issue.owner.code : null,
      ].includes(g.code);
    if (g.kind === 'leader') return issue.owner.kind === 'city-leader' && issue.owner.code === g.code;
    return false;
  });
}

/** The same rule as a read-model query: undefined for a city-wide caller. */
export function visibleIssues(caller: Caller): Array<Record<string, readonly string[]>> | undefined {
  const v = caller.visibility();
  if (v.all) return undefined;
  return [
    { localityCode: v.localityCodes },
    { departmentCode: v.departmentCodes },
    { reporterCode: v.departmentCodes },
    { ownerCode: [...v.departmentCodes, ...v.localityCodes, ...v.leaderIds] },
  ];
}
