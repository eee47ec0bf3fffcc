import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';

/**
 * 审批 (approval, §21, §22, §27): one approval case per project, its items run in parallel, each
 * counted in China's working days. A schema change adds a version with an upcaster; a published
 * version is never edited.
 */
const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const documents = z.array(z.string().min(1).max(100)).min(1).max(50);
const text = z.string().min(1).max(500);

export const ApprovalCaseOpened = defineEvent({
  type: 'ApprovalCaseOpened',
  label: '审批立案',
  producer: 'approval',
  description:
    '审批案件立案：项目进入前期阶段时，按其产业类别列出所需审批事项（办理部门、承诺时限〔工作日〕、前置事项），各事项前置办结后并联办理。',
  schema: z.object({
    projectId: z.string().min(1),
    projectName: z.string().min(1).max(100),
    localityCode: code,
    categoryCode: code,
    totalInvestmentWan: z.number().int().min(0),
    date: day,
    referenceVersion: z.string(),
    items: z.array(z.object({ code, departmentCode: code, limitDays: z.number().int().min(1), prerequisites: z.array(code) })).min(1),
  }),
});

export const ApprovalItemSubmitted = defineEvent({
  type: 'ApprovalItemSubmitted',
  label: '审批事项申报',
  producer: 'approval',
  description: '申请人提交审批事项（申报材料清单）；自次日起第一个工作日为第1个工作日，开始计时。',
  schema: z.object({ itemCode: code, date: day, documents }),
});

export const ApprovalSupplementsRequested = defineEvent({
  type: 'ApprovalSupplementsRequested',
  label: '一次性告知补正',
  producer: 'approval',
  description: '一次性告知：审批部门一次列明需补正的全部材料；计时暂停，至申请人补正提交时恢复。',
  schema: z.object({ itemCode: code, date: day, documents, note: text.optional() }),
});

export const ApprovalItemResubmitted = defineEvent({
  type: 'ApprovalItemResubmitted',
  label: '补正后提交',
  producer: 'approval',
  description: '申请人按告知补正材料后再次提交，计时恢复。',
  schema: z.object({ itemCode: code, date: day, documents }),
});

export const ApprovalItemApproved = defineEvent({
  type: 'ApprovalItemApproved',
  label: '审批事项批准',
  producer: 'approval',
  description: '审批事项办结（批准）；workingDays 为该事项用时（工作日，不含补正等待）。',
  schema: z.object({ itemCode: code, date: day, workingDays: z.number().int().min(0), note: text.optional() }),
});

export const ApprovalItemRejected = defineEvent({
  type: 'ApprovalItemRejected',
  label: '审批事项不予批准',
  producer: 'approval',
  description: '审批事项不予批准，附理由；申请人可重新申报。',
  schema: z.object({ itemCode: code, date: day, reasons: text }),
});

export const ApprovalVisitRecorded = defineEvent({
  type: 'ApprovalVisitRecorded',
  label: '申请人到窗口办理',
  producer: 'approval',
  description: '记录申请人到窗口办理一次（最多跑一次）；同一事项同一环节第二次到访时 repeat 为 true，予以标记。',
  schema: z.object({ itemCode: code, step: z.enum(['submission', 'supplement', 'collection']), date: day, repeat: z.boolean() }),
});

export const ApprovalItemOverdue = defineEvent({
  type: 'ApprovalItemOverdue',
  label: '审批事项超期',
  producer: 'approval',
  description: '审批事项超过承诺时限仍未办结（每个事项每次申报只记一次），dueOn 为到期日。',
  schema: z.object({ itemCode: code, dueOn: day, detectedOn: day }),
});

export const ApprovalCaseCompleted = defineEvent({
  type: 'ApprovalCaseCompleted',
  label: '审批案件办结',
  producer: 'approval',
  description:
    '审批案件办结：全部事项批准。workingDays 为案件用时：至少一个事项在审批部门手中的工作日数（并联的同一天只计一次，不含等待申请人补正或申报的时间）。',
  schema: z.object({ projectId: z.string().min(1), date: day, workingDays: z.number().int().min(0) }),
});

export const ApprovalRoundOpened = defineEvent({
  type: 'ApprovalRoundOpened',
  label: '集中审批开启',
  producer: 'approval',
  description:
    '集中审批（§27）：市大项目办在一季度开启本年度集中审批，汇集本年计划新开工、总投资 ≥ 10亿元的项目（按开启时项目储备库的计划）。',
  schema: z.object({
    year: z.number().int(),
    date: day,
    projects: z.array(
      z.object({ projectId: z.string().min(1), name: z.string().min(1), localityCode: code, totalInvestmentWan: z.number().int() }),
    ),
  }),
});

export const ApprovalRoundProceduresStated = defineEvent({
  type: 'ApprovalRoundProceduresStated',
  label: '部门明确手续与时限',
  producer: 'approval',
  description: '集中审批：审批职能部门对一个项目一次性明确需补充完善的手续及其审批时限（每个部门对每个项目只明确一次）。',
  schema: z.object({
    projectId: z.string().min(1),
    departmentCode: code,
    procedures: z.array(z.string().min(1).max(100)).max(30),
    deadline: day,
    date: day,
  }),
});

export const APPROVAL_CASE_EVENTS = [
  ApprovalCaseOpened,
  ApprovalItemSubmitted,
  ApprovalSupplementsRequested,
  ApprovalItemResubmitted,
  ApprovalItemApproved,
  ApprovalItemRejected,
  ApprovalVisitRecorded,
  ApprovalItemOverdue,
  ApprovalCaseCompleted,
] as const;
export const APPROVAL_ROUND_EVENTS = [ApprovalRoundOpened, ApprovalRoundProceduresStated] as const;
export const APPROVAL_EVENTS = [...APPROVAL_CASE_EVENTS, ...APPROVAL_ROUND_EVENTS] as const;

/** Every approval event, typed. */
export type ApprovalEvent = EventOf<(typeof APPROVAL_EVENTS)[number]>;
/** The events of an approval case: what its folds switch over. */
export type ApprovalCaseEvent = EventOf<(typeof APPROVAL_CASE_EVENTS)[number]>;
/** The events of a concentrated approval round. */
export type ApprovalRoundEvent = EventOf<(typeof APPROVAL_ROUND_EVENTS)[number]>;
export const APPROVAL_EVENT_TYPES: ReadonlyArray<ApprovalEvent['type']> = APPROVAL_EVENTS.map((d) => d.type);
export const APPROVAL_CASE_EVENT_TYPES: ReadonlyArray<ApprovalCaseEvent['type']> = APPROVAL_CASE_EVENTS.map((d) => d.type);
export const APPROVAL_ROUND_EVENT_TYPES: ReadonlyArray<ApprovalRoundEvent['type']> = APPROVAL_ROUND_EVENTS.map((d) => d.type);

const types = new Set<string>(APPROVAL_EVENT_TYPES);
const caseTypes = new Set<string>(APPROVAL_CASE_EVENT_TYPES);
const roundTypes = new Set<string>(APPROVAL_ROUND_EVENT_TYPES);
/** Narrows an envelope read through the catalogue to an approval event. */
export const isApprovalEvent = (event: { type: string; data: unknown }): event is ApprovalEvent => types.has(event.type);
export const isApprovalCaseEvent = (event: { type: string; data: unknown }): event is ApprovalCaseEvent => caseTypes.has(event.type);
export const isApprovalRoundEvent = (event: { type: string; data: unknown }): event is ApprovalRoundEvent => roundTypes.has(event.type);

/** The approval case streams: `approval-case-<projectId>` — one case per project. */
export const approvalCaseStreams = streamIds('approval-case');
/** The concentrated approval rounds: `approval-round-<year>` — one per year. */
export const approvalRoundStreams = streamIds('approval-round');
