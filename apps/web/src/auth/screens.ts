/**
 * Which screens each kind of caller has, and where each lands after sign-in. Mirrors what the
 * services allow (a screen whose every command a caller may not send is not offered): the
 * leadership and the statistics bureau read, they do not register projects or report a
 * project's month; approvers land on their inbox; the statistics bureau on its figures.
 */
import type { Session } from './session';

export type ScreenKey =
  'todo' | 'cockpit' | 'workbench' | 'investments' | 'approvals' | 'approvalOffice' | 'issues' | 'promotion' | 'statistics';

type Kind = 'locality' | 'department' | 'project-office' | 'leadership' | 'statistics' | 'admin' | 'leader' | 'secretary';

export const SCREENS: Record<ScreenKey, { path: string; label: string; who: readonly Kind[] }> = {
  // What the caller must act on across the services (each service's GET /inbox), opened first after sign-in.
  todo: { path: '/todo', label: '我的待办', who: ['locality', 'department', 'project-office', 'admin', 'leader'] },
  cockpit: { path: '/cockpit', label: '领导驾驶舱', who: ['leadership', 'project-office', 'admin', 'statistics', 'leader'] },
  workbench: { path: '/workbench', label: '项目工作台', who: ['locality', 'department', 'project-office', 'admin', 'secretary'] },
  // Monthly figures of a project: its locality, its department or the project office (the registry's investments command).
  investments: { path: '/workbench/investments', label: '月度投资填报', who: ['locality', 'department', 'project-office'] },
  approvals: { path: '/approvals', label: '审批待办', who: ['locality', 'department', 'project-office', 'admin'] },
  approvalOffice: { path: '/approvals/office', label: '审批案件与集中审批', who: ['project-office', 'admin', 'leadership'] },
  // The problem-solving cycle (§32, §35): issues, the monthly board, minutes, the supervision list.
  issues: {
    path: '/issues',
    label: '问题解决',
    who: ['locality', 'department', 'project-office', 'admin', 'leader', 'secretary', 'leadership'],
  },
  // Investment promotion (§15–§20, §25, §26): the lead board, activities, conflicts, the monthly bulletin.
  promotion: { path: '/promotion', label: '招商对接', who: ['locality', 'department', 'project-office', 'admin', 'leadership'] },
  // The statistics bureau publishes and revises the fixed-asset investment figures; others read them on the cockpit.
  statistics: { path: '/statistics', label: '固定资产投资统计', who: ['statistics', 'admin'] },
};

const kindsOf = (session: Session | null): Set<string> =>
  new Set((session?.grants ?? []).map((g) => (g.includes(':') ? g.slice(0, g.indexOf(':')) : g)));

export function mayOpen(session: Session | null, screen: ScreenKey): boolean {
  const kinds = kindsOf(session);
  return SCREENS[screen].who.some((k) => kinds.has(k));
}

/** The screens of the caller, in the menu's order. */
export const screensOf = (session: Session | null): ScreenKey[] => (Object.keys(SCREENS) as ScreenKey[]).filter((s) => mayOpen(session, s));

/**
 * Where a caller lands: whoever has something to act on, on their 待办; the statistics bureau on
 * its figures; readers on the cockpit.
 */
export function homeOf(session: Session | null): string {
  const kinds = kindsOf(session);
  if (mayOpen(session, 'todo')) return SCREENS.todo.path;
  const first = (['cockpit', 'workbench', 'approvals', 'statistics'] as const).find((s) => mayOpen(session, s));
  if (kinds.has('statistics') && !kinds.has('project-office')) return SCREENS.statistics.path;
  if (kinds.has('department') && !kinds.has('project-office')) return SCREENS.approvals.path;
  if (kinds.has('locality')) return SCREENS.workbench.path;
  return first ? SCREENS[first].path : SCREENS.cockpit.path;
}
