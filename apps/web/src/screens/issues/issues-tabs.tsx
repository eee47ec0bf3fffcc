/** The problem-solving screens (§32, §35) as one set of tabs: the issues, the monthly cycle, the minutes, the supervision list. */
import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session';

const TABS = [
  { key: '/issues', label: '问题清单', who: null },
  { key: '/issues/cycle', label: '月度周期', who: ['project-office', 'leadership', 'admin'] },
  { key: '/meetings', label: '会议纪要', who: null },
  { key: '/supervision', label: '督办清单', who: null },
] as const;

export function IssuesTabs() {
  const { has } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((t) => t.who === null || t.who.some((k) => has(k)));
  const active = tabs
    .map((t) => t.key as string)
    .filter((k) => location.pathname.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return <Tabs activeKey={active} onChange={(key) => navigate(key)} items={tabs.map((t) => ({ key: t.key, label: t.label }))} />;
}
