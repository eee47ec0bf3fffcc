import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';
import { DOCKING_CHANNELS, ENTERPRISE_CLASSES, ORIGIN_REGIONS } from '../reference/promotion';

/**
 * 招商线索 (§15–§20): an enterprise a locality (or a department) courts, from the first contact to a
 * signed contract and a landed project. A landed lead makes the registry register the project
 * (source 招商引进); the registry's project id comes back as `LeadProjectRegistered`. A schema
 * change adds a version with an upcaster; a published version is never edited.
 */
const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const wan = z.number().int().min(0);
const text = z.string().min(1).max(1000);
const reason = z.string().min(1).max(500);

/** 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and the capitals without I, O, S, V, Z. */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const enterpriseSchema = z.object({ name: z.string().min(2).max(100), creditCode: z.string().regex(CREDIT_CODE).nullable() });
/** Written out (not inferred from the schema) so that the response schemas' generator reads it. */
export interface Enterprise {
  name: string;
  creditCode: string | null;
}

export const LeadIdentified = defineEvent({
  type: 'LeadIdentified',
  producer: 'investment-promotion',
  label: '招商线索登记',
  description:
    '县（市）区、开发区或市直部门登记一条招商线索：目标企业（名称、统一社会信用代码）、企业类别（§16）、来源地区（§17、§18）、' +
    '对接渠道（§15–§20）、所补的产业链（储备库行业类别）及其环节、意向投资额、所属地区与跟进人。',
  schema: z.object({
    leadId: z.string().min(1),
    enterprise: enterpriseSchema,
    classCode: z.enum(ENTERPRISE_CLASSES),
    regionCode: z.enum(ORIGIN_REGIONS),
    channelCode: z.enum(DOCKING_CHANNELS),
    categoryCode: code,
    chainNode: z.string().min(1).max(40),
    intendedInvestmentWan: wan,
    localityCode: code,
    departmentCode: code.nullable(),
    officer: z.string().min(1).max(40),
    date: day,
  }),
});

export const LeadFollowedUp = defineEvent({
  type: 'LeadFollowedUp',
  producer: 'investment-promotion',
  label: '跟进记录',
  description: '跟进日志的一条：拜访、洽谈、考察、来访等及其结果。',
  schema: z.object({ note: text, date: day }),
});

export const LeadAdvanced = defineEvent({
  type: 'LeadAdvanced',
  producer: 'investment-promotion',
  label: '线索推进',
  description: '线索推进一个阶段：已发现 → 已接触 → 洽谈中（签约、落地另有事件）。',
  schema: z.object({ from: z.enum(['identified', 'contacted']), to: z.enum(['contacted', 'negotiating']), date: day }),
});

export const LeadSigned = defineEvent({
  type: 'LeadSigned',
  producer: 'investment-promotion',
  label: '签约',
  description: '洽谈中的线索签约：记录合同（协议）投资额与签约日期。',
  schema: z.object({ contractAmountWan: wan.min(1), date: day }),
});

export const LeadLanded = defineEvent({
  type: 'LeadLanded',
  producer: 'investment-promotion',
  label: '项目落地',
  description:
    '签约项目落地：项目储备库据此登记项目（来源"招商引进"），每条线索只登记一次；项目编号随后以 LeadProjectRegistered 返回线索。',
  schema: z.object({
    projectName: z.string().min(2).max(100),
    localityCode: code,
    departmentCode: code,
    categoryCode: code,
    investor: z.string().min(2).max(100),
    totalInvestmentWan: wan.min(1),
    siteInDevelopmentZone: z.boolean(),
    date: day,
  }),
});

export const LeadProjectRegistered = defineEvent({
  type: 'LeadProjectRegistered',
  producer: 'investment-promotion',
  label: '落地项目已入库',
  description: '项目储备库已登记落地项目：记下其项目编号（由储备库的 ProjectRegistered 返回）。',
  schema: z.object({ projectId: z.string().min(1), date: day }),
});

export const LeadLost = defineEvent({
  type: 'LeadLost',
  producer: 'investment-promotion',
  label: '线索终止',
  description: '线索终止（企业放弃、落户他地等），附理由；conflictId 不为空时是市大项目办协调同一企业的竞争后由他地继续跟进。',
  schema: z.object({
    from: z.enum(['identified', 'contacted', 'negotiating', 'signed']),
    reason,
    conflictId: z.string().nullable(),
    date: day,
  }),
});

export const LEAD_EVENTS = [LeadIdentified, LeadFollowedUp, LeadAdvanced, LeadSigned, LeadLanded, LeadProjectRegistered, LeadLost] as const;

/** Every lead event, typed: what the folds of a lead switch over. */
export type LeadEvent = EventOf<(typeof LEAD_EVENTS)[number]>;
/** The Lead streams: `lead-<uuid>`. */
export const leadStreams = streamIds('lead');

/**
 * 同一企业、同一产业链环节的对接 (a courtship): every lead that courts one enterprise for one
 * chain node joins its stream, so two localities doing so is seen at once — the opinions forbid
 * vicious internal competition — and the project office decides who keeps the lead.
 */
export const CourtshipJoined = defineEvent({
  type: 'CourtshipJoined',
  producer: 'investment-promotion',
  label: '加入同一企业对接',
  description: '一条线索对接某企业的某产业链环节（同一企业名称、同一行业类别、同一环节的线索归入一处）。',
  schema: z.object({
    courtshipId: z.string().min(1),
    leadId: z.string().min(1),
    localityCode: code,
    enterpriseName: z.string().min(2).max(100),
    categoryCode: code,
    chainNode: z.string().min(1).max(40),
    date: day,
  }),
});

export const CourtshipLeft = defineEvent({
  type: 'CourtshipLeft',
  producer: 'investment-promotion',
  label: '退出同一企业对接',
  description: '线索终止，退出该企业该环节的对接。',
  schema: z.object({ leadId: z.string().min(1), date: day }),
});

export const LeadConflictFlagged = defineEvent({
  type: 'LeadConflictFlagged',
  producer: 'investment-promotion',
  label: '招商冲突提示',
  description:
    '两个以上县（市）区、开发区对接同一企业的同一产业链环节：提请市大项目办协调（防止内部恶性竞争）。round 为该企业该环节的第几次冲突。',
  schema: z.object({
    round: z.number().int().min(1),
    leads: z.array(z.object({ leadId: z.string().min(1), localityCode: code })).min(2),
    date: day,
  }),
});

export const LeadConflictResolved = defineEvent({
  type: 'LeadConflictResolved',
  producer: 'investment-promotion',
  label: '招商冲突协调',
  description: '市大项目办协调决定由一条线索继续跟进，其余线索随之终止（LeadLost，附协调理由）。',
  schema: z.object({
    round: z.number().int().min(1),
    keptLeadId: z.string().min(1),
    releasedLeadIds: z.array(z.string().min(1)),
    reason,
    date: day,
  }),
});

export const COURTSHIP_EVENTS = [CourtshipJoined, CourtshipLeft, LeadConflictFlagged, LeadConflictResolved] as const;
export type CourtshipEvent = EventOf<(typeof COURTSHIP_EVENTS)[number]>;
/** The courtship streams: `courtship-<hash of enterprise, category and node>`. */
export const courtshipStreams = streamIds('courtship');

/** The rules a lead command may be refused by, in Chinese (joined into the refusal catalogue, REFUSALS). */
export const LEAD_REFUSALS = {
  'lead.exists': '该招商线索已登记',
  'lead.notFound': '没有这个招商线索',
  'lead.stage': '线索当前阶段不允许此操作（须逐级推进：已发现 → 已接触 → 洽谈中 → 已签约 → 已落地）',
  'lead.creditCode': '统一社会信用代码校验位不符（GB 32100-2015）',
  'lead.reference': '不是基础数据中的代码',
  'lead.landing': '落地项目的信息不符合规则',
  'conflict.notFound': '没有这处招商冲突',
  'conflict.state': '该招商冲突已协调或尚未形成',
  'conflict.lead': '该线索不在此冲突中',
  'activity.exists': '该招商活动已登记',
  'activity.notFound': '没有这个招商活动',
  'activity.state': '招商活动当前状态不允许此操作',
  'activity.horizon': '计划日期超出计划期（今天起三个月内）',
  'activity.organizer': '活动的组织方不符合规则',
} as const;
