/** The promotion screens (§15–§20, §25, §26, 四(二)) as one set of tabs: the lead board, the activities, the conflicts, the monthly bulletin. */
import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session';

const TABS = [
  { key: '/promotion', label: '线索看板', who: null },
  { key: '/promotion/activities', label: '招商对接活动', who: null },
  { key: '/promotion/conflicts', label: '招商冲突协调', who: ['project-office', 'leadership', 'admin', 'locality'] },
  { key: '/promotion/bulletin', label: '月度谋划信息和招商动态', who: null },
] as const;

export function PromotionTabs() {
  const { has } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((t) => t.who === null || t.who.some((k) => has(k)));
  const active = tabs
    .map((t) => t.key as string)
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  return <Tabs activeKey={active} onChange={(key) => navigate(key)} items={tabs.map((t) => ({ key: t.key, label: t.label }))} />;
}

/** Who may send the promotion commands (a locality its own, a department those it follows, the project office all). */
export const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;
