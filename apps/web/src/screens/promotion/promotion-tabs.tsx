/** The promotion screens (§15–§20, §25, §26, 四(二)) as one set of tabs: the lead board, the activities, the conflicts, the monthly bulletin. */
import { SectionTabs, type SectionTab } from '../../ui/section-tabs';

const TABS: readonly SectionTab[] = [
  { key: '/promotion', label: '线索看板', who: null },
  { key: '/promotion/activities', label: '招商对接活动', who: null },
  { key: '/promotion/conflicts', label: '招商冲突协调', who: ['project-office', 'leadership', 'admin', 'locality'] },
  { key: '/promotion/bulletin', label: '月度谋划信息和招商动态', who: null },
];

export const PromotionTabs = () => <SectionTabs tabs={TABS} />;

/** Who may send the promotion commands (a locality its own, a department those it follows, the project office all). */
export const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;
