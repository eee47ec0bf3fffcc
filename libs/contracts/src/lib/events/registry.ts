import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { PLAN_KINDS, RESERVE_LEVELS, STAGES } from '../reference/reference-data';

const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');
const wan = z.number().int().min(0);
const stage = z.enum(STAGES);
const reason = z.string().min(1).max(500);

export const ProjectRegistered = defineEvent({
  type: 'ProjectRegistered',
  label: '项目入库',
  producer: 'registry',
  description:
    '项目入库（项目储备库）：登记项目的全部基本信息。每个看板指标所需的项目属性都在此事件中。registeredOn 为入库日期（业务日期；此字段之前记录的事件没有它，以记录日为准）。leadId 为落地的招商线索（由招商线索落地登记的项目才有）。',
  schema: z.object({
    projectId: z.string().min(1),
    registeredOn: day.optional(),
    name: z.string().min(2).max(100),
    localityCode: code,
    departmentCode: code,
    categoryCode: code,
    subKindCode: code.nullable(),
    industrial: z.boolean(),
    sourceCode: code,
    investor: z.string().max(100).nullable(),
    totalInvestmentWan: wan,
    nationalCode: z.string().nullable(),
    leading: z.boolean(),
    landmark: z.boolean(),
    threeEarly: z.boolean(),
    reserveLevels: z.array(z.enum(RESERVE_LEVELS)).min(1),
    siteInDevelopmentZone: z.boolean(),
    referenceVersion: z.string(),
    /** The investment-promotion lead it landed from (source 招商引进); absent on projects entered by hand. */
    leadId: z.string().min(1).optional(),
  }),
});

export const ProjectDetailsRevised = defineEvent({
  type: 'ProjectDetailsRevised',
  label: '修订项目信息',
  producer: 'registry',
  description: '项目信息修订（投资额、投资方、标志、储备层级等），只含修改的字段；date 为修订生效的业务日期（缺省时以记录日为准）。',
  schema: z.object({
    date: day.optional(),
    name: z.string().min(2).max(100).optional(),
    investor: z.string().max(100).nullable().optional(),
    totalInvestmentWan: wan.optional(),
    leading: z.boolean().optional(),
    landmark: z.boolean().optional(),
    threeEarly: z.boolean().optional(),
    reserveLevels: z.array(z.enum(RESERVE_LEVELS)).min(1).optional(),
  }),
});

export const ProjectNationalCodeAssigned = defineEvent({
  type: 'ProjectNationalCodeAssigned',
  label: '补录国家项目代码',
  producer: 'registry',
  description: '赋予国家投资项目代码（项目代码可在入库后补录，一经赋予不可重复）。',
  schema: z.object({ nationalCode: z.string() }),
});

export const ProjectStageAdvanced = defineEvent({
  type: 'ProjectStageAdvanced',
  label: '阶段推进',
  producer: 'registry',
  description: '项目阶段推进：谋划储备→对接中→已落位→前期（开工、竣工另有事件）。',
  schema: z.object({ from: stage, to: stage, date: day, investor: z.string().max(100).nullable().optional() }),
});

export const ProjectSiteReadied = defineEvent({
  type: 'ProjectSiteReadied',
  label: '"五通一平"完成',
  producer: 'registry',
  description: '开发区项目用地"五通一平"完成（§23），开发区项目落位的前提。',
  schema: z.object({ date: day }),
});

export const ProjectConstructionStarted = defineEvent({
  type: 'ProjectConstructionStarted',
  label: '开工',
  producer: 'registry',
  description: '新开工项目首次开工：计入开工率、上半年开工及春秋集中开工等指标。',
  schema: z.object({ date: day, year: z.number().int(), plannedAsNewStart: z.boolean() }),
});

export const ProjectConstructionResumed = defineEvent({
  type: 'ProjectConstructionResumed',
  label: '年度复工',
  producer: 'registry',
  description: '续建项目年度复工：计入续建项目复工率。',
  schema: z.object({ date: day, year: z.number().int() }),
});

export const ProjectCompleted = defineEvent({
  type: 'ProjectCompleted',
  label: '竣工投产',
  producer: 'registry',
  description: '项目竣工投产。',
  schema: z.object({ date: day }),
});

export const ProjectSuspended = defineEvent({
  type: 'ProjectSuspended',
  label: '停缓建',
  producer: 'registry',
  description: '项目停缓建，记录原因及停建前阶段。',
  schema: z.object({ date: day, reason, stageBefore: stage }),
});

export const ProjectReactivated = defineEvent({
  type: 'ProjectReactivated',
  label: '恢复建设',
  producer: 'registry',
  description: '停缓建项目恢复，回到停建前阶段。',
  schema: z.object({ date: day, stage }),
});

export const ProjectCancelled = defineEvent({
  type: 'ProjectCancelled',
  label: '取消项目',
  producer: 'registry',
  description: '项目取消（仅市大项目办），记录原因。',
  schema: z.object({ date: day, reason, stageBefore: stage }),
});

export const ProjectStageCorrected = defineEvent({
  type: 'ProjectStageCorrected',
  label: '阶段更正',
  producer: 'registry',
  description: '阶段更正（仅市大项目办，须说明理由），可回退。',
  schema: z.object({ from: stage, to: stage, reason }),
});

export const ProjectAddedToAnnualPlan = defineEvent({
  type: 'ProjectAddedToAnnualPlan',
  label: '列入年度计划',
  producer: 'registry',
  description: '列入年度建设计划：新开工或续建，含计划开工月份与年度计划投资；date 为列入计划的业务日期（缺省时以记录日为准）。',
  schema: z.object({
    date: day.optional(),
    year: z.number().int(),
    kind: z.enum(PLAN_KINDS),
    plannedStartMonth: month.nullable(),
    annualInvestmentWan: wan,
  }),
});

export const MonthlyInvestmentReported = defineEvent({
  type: 'MonthlyInvestmentReported',
  label: '月度投资填报',
  producer: 'registry',
  description: '月度完成投资（累计，万元）及形象进度。',
  schema: z.object({ month, cumulativeWan: wan, monthWan: z.number().int(), progressNote: z.string().max(500).nullable() }),
});

export const InvestmentCorrected = defineEvent({
  type: 'InvestmentCorrected',
  label: '累计投资更正',
  producer: 'registry',
  description: '累计完成投资更正（可减少，须说明理由）。',
  schema: z.object({ month, cumulativeWan: wan, previousCumulativeWan: wan, reason }),
});

export const StatisticsInclusionRecorded = defineEvent({
  type: 'StatisticsInclusionRecorded',
  label: '入库入统',
  producer: 'registry',
  description: '入库入统（§29）：入库日期、入统金额及支出凭证。',
  schema: z.object({ registeredOn: day, includedAmountWan: wan, evidence: z.array(z.string().min(1).max(200)).max(50) }),
});

export const CityLeaderAssigned = defineEvent({
  type: 'CityLeaderAssigned',
  label: '市级领导包保',
  producer: 'registry',
  description: '市级领导包保（§30，20亿元以上项目）。',
  schema: z.object({ leaderId: code, leaderName: z.string().max(50), from: day, to: day.nullable() }),
});

export const ProjectSecretaryAssigned = defineEvent({
  type: 'ProjectSecretaryAssigned',
  label: '配备项目秘书',
  producer: 'registry',
  description: '配备项目秘书（§31，5000万元以上项目）。',
  schema: z.object({ secretaryId: code, secretaryName: z.string().max(50), from: day, to: day.nullable() }),
});

export const FrontEndFundingGranted = defineEvent({
  type: 'FrontEndFundingGranted',
  label: '前期经费支持',
  producer: 'registry',
  description: '前期经费支持（§36，已完成设计的计划项目）。',
  schema: z.object({ amountWan: wan, date: day }),
});

export const ProjectApprovalsCompleted = defineEvent({
  type: 'ProjectApprovalsCompleted',
  label: '审批手续全部办结',
  producer: 'registry',
  description:
    '审批手续全部办结（由审批服务的"审批案件办结"引起）：date 为最后一个事项批准之日，workingDays 为案件用时（工作日，不含等待申请人的时间）。',
  schema: z.object({ date: day, workingDays: z.number().int().min(0), approvalEventId: z.string().min(1) }),
});

export const REGISTRY_EVENTS = [
  ProjectRegistered,
  ProjectDetailsRevised,
  ProjectNationalCodeAssigned,
  ProjectStageAdvanced,
  ProjectSiteReadied,
  ProjectConstructionStarted,
  ProjectConstructionResumed,
  ProjectCompleted,
  ProjectSuspended,
  ProjectReactivated,
  ProjectCancelled,
  ProjectStageCorrected,
  ProjectAddedToAnnualPlan,
  MonthlyInvestmentReported,
  InvestmentCorrected,
  StatisticsInclusionRecorded,
  CityLeaderAssigned,
  ProjectSecretaryAssigned,
  FrontEndFundingGranted,
  ProjectApprovalsCompleted,
] as const;

/** Every registry event, typed: what the folds of a project switch over. */
export type RegistryEvent = EventOf<(typeof REGISTRY_EVENTS)[number]>;
export type RegistryEventType = RegistryEvent['type'];
/** The registry's event types, derived from the contracts (never a hand-kept list). */
export const REGISTRY_EVENT_TYPES: readonly RegistryEventType[] = REGISTRY_EVENTS.map((d) => d.type);

const registryTypes = new Set<string>(REGISTRY_EVENT_TYPES);
/** Narrows an envelope read through the catalogue (so its data is valid) to a registry event. */
export const isRegistryEvent = (event: { type: string; data: unknown }): event is RegistryEvent => registryTypes.has(event.type);
