import type { ServiceName } from './services';

/**
 * One thing a user must act on, as every service's `GET /inbox` answers it — one shape, so that the
 * web app's 待办 merges the services' parts into one list, soonest deadline first.
 */
export interface TodoEntry {
  service: ServiceName;
  /** What it is in its service (`issue`, `meeting-decision`, `approval-item`, `monthly-report`). */
  kind: string;
  /** Its id in its service (an issue id; a meeting id and decision number). */
  id: string;
  title: string;
  projectId: string | null;
  projectName: string | null;
  /** The step expected of the caller (`distribute`, `accept`, `resolve`, `confirm`, …) and its Chinese name. */
  action: string;
  actionLabel: string;
  /** The day it is due by, or null when nothing is due. */
  dueOn: string | null;
  /** Past its due date today (city time). */
  overdue: boolean;
  /** The web app's path of its screen. */
  link: string;
}

/** Soonest deadline first; undated last; then by title. */
export const byDeadline = (a: TodoEntry, b: TodoEntry): number =>
  (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.title.localeCompare(b.title, 'zh-CN');
