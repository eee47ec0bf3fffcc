import { Tag } from 'antd';

/** Working days left on an item's clock: red once past its limit, amber in its last three days. */
export function DaysLeft({ days, dueUnknown }: { days: number | null; dueUnknown?: string }) {
  if (dueUnknown) return <Tag title={dueUnknown}>到期日待工作日历更新</Tag>;
  if (days === null) return <span>—</span>;
  if (days < 0) return <Tag style={{ color: '#a8071a', background: '#fff1f0' }}>超期 {-days} 个工作日</Tag>;
  if (days <= 3) return <Tag style={{ color: '#6d4600', background: '#fff4d6' }}>剩 {days} 个工作日</Tag>;
  return <span>剩 {days} 个工作日</span>;
}
