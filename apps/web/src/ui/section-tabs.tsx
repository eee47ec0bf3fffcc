/** A section's screens as one set of tabs (the problem-solving screens, the promotion screens): each tab offered to the kinds it names. */
import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';

export interface SectionTab {
  key: string;
  label: string;
  /** The kinds of caller it is offered to; null for everyone who has the section. */
  who: readonly string[] | null;
}

export function SectionTabs({ tabs }: { tabs: readonly SectionTab[] }) {
  const { has } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const offered = tabs.filter((t) => t.who === null || t.who.some((k) => has(k)));
  const active = offered
    .map((t) => t.key)
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  return <Tabs activeKey={active} onChange={(key) => navigate(key)} items={offered.map((t) => ({ key: t.key, label: t.label }))} />;
}
