/** The problem-solving screens (§32, §35) as one set of tabs: the issues, the monthly cycle, the minutes, the supervision list. */
import { SectionTabs, type SectionTab } from '../../ui/section-tabs';

const TABS: readonly SectionTab[] = [
  { key: '/issues', label: '问题清单', who: null },
  { key: '/issues/cycle', label: '月度周期', who: ['project-office', 'leadership', 'admin'] },
  { key: '/meetings', label: '会议纪要', who: null },
  { key: '/supervision', label: '督办清单', who: null },
];

export const IssuesTabs = () => <SectionTabs tabs={TABS} />;
