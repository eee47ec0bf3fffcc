/**
 * The one 待办 (to-do) of the signed-in person: each service answers its own part (GET /inbox, one
 * shape), the app merges them — soonest deadline first — and re-reads them within a second of each
 * change the projection announces (the SSE the cockpit uses), so the count on the navigation bar
 * drops as soon as something is done, wherever it was done.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { approval, issueResolution, promotion, registry, unwrap } from '../api/client';
import type { ServiceKey } from '../api/config';
import type { TodoEntry } from '../api/types';
import { useSession } from '../auth/session';
import { useLiveChanges } from './live-changes';
import { useApi } from './use-api';

type Kind = 'locality' | 'department' | 'project-office' | 'leader' | 'admin';

/** Each service's part and who may ask for it (the service's own rule for its GET /inbox). */
const PARTS: ReadonlyArray<{ service: ServiceKey; label: string; who: readonly Kind[]; read: () => Promise<{ items: TodoEntry[] }> }> = [
  {
    service: 'registry',
    label: '月度投资填报',
    who: ['locality', 'department', 'project-office', 'admin'],
    read: () => unwrap(registry().GET('/inbox')),
  },
  {
    service: 'approval',
    label: '审批事项',
    who: ['locality', 'department', 'project-office', 'admin'],
    read: () => unwrap(approval().GET('/inbox')),
  },
  {
    service: 'issue-resolution',
    label: '项目问题与会议决定',
    who: ['locality', 'department', 'project-office', 'leader', 'admin'],
    read: () => unwrap(issueResolution().GET('/inbox')),
  },
  {
    service: 'investment-promotion',
    label: '招商活动与冲突协调',
    who: ['locality', 'department', 'project-office', 'admin'],
    read: () => unwrap(promotion().GET('/inbox')),
  },
];

/** Soonest deadline first; undated last; then by title (the services' own order, once merged). */
export const byDeadline = (a: TodoEntry, b: TodoEntry): number =>
  (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.title.localeCompare(b.title, 'zh-CN');

export interface Todo {
  entries: TodoEntry[];
  loading: boolean;
  /** The parts that could not be read (their service's label), shown as such: the list is then incomplete. */
  failed: string[];
  reload: () => void;
}

const Context = createContext<Todo | null>(null);

export function TodoProvider({ children }: { children: ReactNode }) {
  const { session, has } = useSession();
  const parts = useMemo(() => PARTS.filter((p) => p.who.some((k) => has(k))), [has]);
  // Another screen's own reads go first: the count follows 1.5 s after it opens (the 待办 itself reads at once).
  const onTodo = useLocation().pathname === '/todo';
  const [started, setStarted] = useState(onTodo);
  useEffect(() => {
    if (started) return;
    const later = setTimeout(() => setStarted(true), 1500);
    return () => clearTimeout(later);
  }, [started]);
  const reading = started || onTodo;
  const changedAt = useLiveChanges(parts.length > 0 && reading);
  const state = useApi(async () => {
    if (!reading) return undefined;
    const results = await Promise.allSettled(parts.map((p) => p.read()));
    const entries = results.flatMap((r) => (r.status === 'fulfilled' ? r.value.items : [])).sort(byDeadline);
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [parts[i]?.label ?? ''] : []));
    return { entries, failed };
  }, [session?.sub, parts, changedAt, reading]);
  // A service's own read model may trail the projection's signal by a moment: read once more shortly after.
  const { reload } = state;
  useEffect(() => {
    if (!changedAt) return;
    const again = setTimeout(reload, 1500);
    return () => clearTimeout(again);
  }, [changedAt, reload]);
  const value = useMemo(
    () => ({ entries: state.data?.entries ?? [], failed: state.data?.failed ?? [], loading: state.loading, reload: state.reload }),
    [state.data, state.loading, state.reload],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTodo(): Todo {
  const todo = useContext(Context);
  if (!todo) throw new Error('useTodo outside TodoProvider');
  return todo;
}
