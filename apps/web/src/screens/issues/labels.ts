/** The issue-resolution service's codes in Chinese, as its contracts name them (categories, statuses, levels, meeting kinds). */
import type { IssueCategory, IssueStatus } from '../../api/types';

export const CATEGORY_LABELS: Record<IssueCategory, string> = {
  funding: '资金',
  land: '用地',
  approval: '审批',
  utilities: '配套',
  labour: '用工',
  technology: '技术',
  other: '其他',
};

export const STATUS_LABELS: Record<IssueStatus, string> = {
  reported: '已上报',
  distributed: '已分发',
  'in-progress': '办理中',
  escalated: '已升级',
  decided: '已决定',
  resolved: '已解决待确认',
  closed: '已销号',
  rejected: '不予受理',
};

export const LEVEL_LABELS: Record<string, string> = {
  locality: '属地',
  department: '责任部门',
  'project-office': '市大项目办',
  'city-leader': '包保市级领导',
};

export const MEETING_KIND_LABELS: Record<string, string> = {
  joint: '联席会议',
  dispatch: '调度会议',
  coordination: '协调对接会议',
  site: '现场协调会',
};

export const STANDING_LABELS: Record<string, string> = {
  'done-on-time': '按期办结',
  'done-late': '逾期办结',
  open: '正在办理',
  overdue: '逾期未办结',
};

/** Who an owner is, in words. */
export function ownerLabel(
  owner: { kind: string; code: string | null },
  names: { locality: (c: string) => string; department: (c: string) => string },
): string {
  if (owner.kind === 'project-office') return '市大项目办';
  if (owner.kind === 'city-leader') return '包保市级领导';
  if (!owner.code) return LEVEL_LABELS[owner.kind] ?? owner.kind;
  return owner.kind === 'locality' ? names.locality(owner.code) : names.department(owner.code);
}
