/**
 * The reference codes of investment promotion (招商对接, §15–§20, §25, §26): who a lead is, where
 * it comes from, by which channel it was found, and the kinds of activity. Codes are English,
 * labels Chinese; the articles they come from are named beside them.
 */
/** §16 「紧盯世界500强、国内100强、行业30强以及"国字头"、"央字号"等大企业大集团」. */
export const ENTERPRISE_CLASSES = ['global-500', 'china-100', 'industry-30', 'central-soe', 'other'] as const;
export const ENTERPRISE_CLASS_LABELS: Record<(typeof ENTERPRISE_CLASSES)[number], string> = {
  'global-500': '世界500强',
  'china-100': '国内100强',
  'industry-30': '行业30强',
  'central-soe': '国字头/央字号',
  other: '其他企业',
};
export type EnterpriseClass = (typeof ENTERPRISE_CLASSES)[number];

/** §17 (长三角、珠三角、京津冀; 港澳台、日韩、欧美) and §18 (对口合作: 天津、杭州). */
export const ORIGIN_REGIONS = [
  'yangtze-delta',
  'pearl-delta',
  'jing-jin-ji',
  'hk-macao-taiwan',
  'japan-korea',
  'europe-america',
  'paired-tianjin',
  'paired-hangzhou',
  'other',
] as const;
export const ORIGIN_REGION_LABELS: Record<(typeof ORIGIN_REGIONS)[number], string> = {
  'yangtze-delta': '长三角',
  'pearl-delta': '珠三角',
  'jing-jin-ji': '京津冀',
  'hk-macao-taiwan': '港澳台',
  'japan-korea': '日韩',
  'europe-america': '欧美',
  'paired-tianjin': '对口合作·天津',
  'paired-hangzhou': '对口合作·杭州',
  other: '其他地区',
};
export type OriginRegion = (typeof ORIGIN_REGIONS)[number];

/** The six docking channels of §15–§20, one article each. */
export const DOCKING_CHANNELS = [
  'industry-chain',
  'key-enterprise',
  'key-region',
  'paired-cooperation',
  'platform',
  'industrial-park',
] as const;
export const DOCKING_CHANNEL_LABELS: Record<(typeof DOCKING_CHANNELS)[number], string> = {
  'industry-chain': '产业链对接',
  'key-enterprise': '重点企业对接',
  'key-region': '重点区域对接',
  'paired-cooperation': '对口合作对接',
  platform: '平台机构对接（展会）',
  'industrial-park': '产业园区对接',
};
export type DockingChannel = (typeof DOCKING_CHANNELS)[number];

/** A lead's pipeline (the opinions name no stages; these are the ones the project office tracks). */
export const LEAD_STAGES = ['identified', 'contacted', 'negotiating', 'signed', 'landed', 'lost'] as const;
export const LEAD_STAGE_LABELS: Record<(typeof LEAD_STAGES)[number], string> = {
  identified: '已发现',
  contacted: '已接触',
  negotiating: '洽谈中',
  signed: '已签约',
  landed: '已落地',
  lost: '已终止',
};
export type LeadStage = (typeof LEAD_STAGES)[number];
/** The stages a lead moves through in order; `lost` may follow any stage before `landed`. */
export const LEAD_PIPELINE: readonly LeadStage[] = ['identified', 'contacted', 'negotiating', 'signed', 'landed'];

/**
 * §25 集中招商 (city leaders' trips quarterly, localities' monthly), §26 集中对接 (funds, talent,
 * technology, quarterly), §19 展会.
 */
export const ACTIVITY_KINDS = ['leaders-trip', 'locality-trip', 'funds-docking', 'talent-docking', 'technology-docking', 'expo'] as const;
export const ACTIVITY_KIND_LABELS: Record<(typeof ACTIVITY_KINDS)[number], string> = {
  'leaders-trip': '市级领导带队外出招商',
  'locality-trip': '县（市）区、开发区招商活动',
  'funds-docking': '资金对接活动',
  'talent-docking': '人才对接活动',
  'technology-docking': '技术对接活动',
  expo: '展会对接',
};
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** The §26 docking kinds: each is due once a quarter. */
export const DOCKING_KINDS: readonly ActivityKind[] = ['funds-docking', 'talent-docking', 'technology-docking'];
