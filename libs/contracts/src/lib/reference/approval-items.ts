import { categoryByCode } from './reference-data';

/**
 * The approval items (审批事项) of the 2018 edition of the reference data: the department that
 * decides each one, its promised time limit (承诺时限) in working days, and what must be approved
 * before it can be submitted. Items whose prerequisites are approved run in parallel (并联审批).
 * Codes are stable: a new edition adds a version instead of changing what a code meant.
 */
export const APPROVAL_REFERENCE_VERSION = '2018.1';

export interface ApprovalItemDefinition {
  code: string;
  name: string;
  departmentCode: string;
  limitDays: number;
  prerequisites: readonly string[];
}

export const APPROVAL_ITEMS: readonly ApprovalItemDefinition[] = [
  { code: 'site-selection', name: '规划选址', departmentCode: 'ghj', limitDays: 10, prerequisites: [] },
  { code: 'land-pre-review', name: '用地预审', departmentCode: 'gtj', limitDays: 10, prerequisites: [] },
  { code: 'environmental-impact', name: '环境影响评价', departmentCode: 'hbj', limitDays: 15, prerequisites: ['site-selection'] },
  {
    code: 'project-decision',
    name: '可行性研究/核准/备案',
    departmentCode: 'fgw',
    limitDays: 10,
    prerequisites: ['site-selection', 'land-pre-review'],
  },
  { code: 'survey-design', name: '勘测设计审查', departmentCode: 'jw', limitDays: 10, prerequisites: ['project-decision'] },
  { code: 'planning-permit', name: '建设工程规划许可', departmentCode: 'ghj', limitDays: 7, prerequisites: ['survey-design'] },
  { code: 'fire-design', name: '消防设计审查', departmentCode: 'xfzd', limitDays: 10, prerequisites: ['survey-design'] },
  {
    code: 'construction-permit',
    name: '施工许可',
    departmentCode: 'jw',
    limitDays: 5,
    prerequisites: ['planning-permit', 'fire-design', 'environmental-impact'],
  },
];

export const approvalItemByCode = new Map(APPROVAL_ITEMS.map((i) => [i.code, i]));

/**
 * The standard items of a project of a category. Every project needs all of them, except that a
 * project outside the industrial categories (infrastructure, ecology, public welfare) files no
 * separate survey-design review: its design is reviewed with the planning permit.
 */
export function standardItems(categoryCode: string): ApprovalItemDefinition[] {
  const industrial = categoryByCode.get(categoryCode)?.industrial ?? true;
  if (industrial) return [...APPROVAL_ITEMS];
  return APPROVAL_ITEMS.filter((i) => i.code !== 'survey-design').map((i) =>
    i.code === 'planning-permit' || i.code === 'fire-design' ? { ...i, prerequisites: ['project-decision'] } : i,
  );
}

/** The 2018 opinions' target (§22): 80% of projects approved within 51 working days. */
export const APPROVAL_TARGET = { withinWorkingDays: 51, share: 0.8 } as const;
