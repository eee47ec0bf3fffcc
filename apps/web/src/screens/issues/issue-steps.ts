/**
 * Which steps to offer the caller on an issue in its state — the service's own rules, read from
 * the caller's grants (the service decides; this only spares people buttons that would be refused).
 */
import type { Issue } from '../../api/types';
import type { IssueStep } from './issue-action-form';

export function stepsFor(issue: Issue, grants: readonly string[]): IssueStep[] {
  const office = grants.includes('project-office') || grants.includes('admin');
  const holds = (kind: string, code: string | null) => code !== null && grants.includes(`${kind}:${code}`);
  const owner = office || (issue.owner.kind !== 'project-office' && holds(issue.owner.kind, issue.owner.code));
  const reporter = issue.reporter.kind !== 'project-office' && holds(issue.reporter.kind, issue.reporter.code);
  switch (issue.status) {
    case 'reported':
      return office ? ['distribution', 'rejection'] : [];
    case 'distributed':
      return [...(owner ? (['acceptance'] as const) : []), ...(office ? (['supervision'] as const) : [])];
    case 'in-progress':
    case 'decided':
    case 'escalated':
      return [
        ...(owner ? (['resolution', 'progress'] as const) : []),
        ...(owner || reporter ? (['escalation'] as const) : []),
        ...(office ? (['decision', 'supervision'] as const) : []),
      ].filter((s, i, all) => all.indexOf(s) === i);
    case 'resolved':
      return reporter || (issue.reporter.kind === 'project-office' && office) ? ['confirmation', 'reopening'] : [];
    default:
      return [];
  }
}
