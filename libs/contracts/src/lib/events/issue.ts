import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';

/**
 * 项目问题 (§32, §35): an issue a locality or a department reports on a project, distributed by
 * the project office to a responsible department, escalated up the ladder when its deadline
 * passes, decided at a meeting, resolved and confirmed by its reporter. A schema change adds a
 * version with an upcaster; a published version is never edited.
 */
const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');
const text = z.string().min(1).max(1000);
const reason = z.string().min(1).max(500);

/** 问题类别 (§32 lists no categories; these are the ones the project office files by). */
export const ISSUE_CATEGORIES = ['funding', 'land', 'approval', 'utilities', 'labour', 'technology', 'other'] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export const ISSUE_CATEGORY_LABELS: Record<IssueCategory, string> = {
  funding: '资金',
  land: '用地',
  approval: '审批',
  utilities: '配套',
  labour: '用工',
  technology: '技术',
  other: '其他',
};

/** The escalation ladder, lowest first: the level that owns the issue now. */
export const ISSUE_LEVELS = ['locality', 'department', 'project-office', 'city-leader'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];
export const ISSUE_LEVEL_LABELS: Record<IssueLevel, string> = {
  locality: '属地（县市区、开发区）',
  department: '责任部门',
  'project-office': '市大项目办（联席会议）',
  'city-leader': '包保市级领导',
};

/** Who reported an issue: a locality, a department, or the project office itself (a draft raised from an overdue approval item). */
export const reporterSchema = z.object({ kind: z.enum(['locality', 'department', 'project-office']), code: code.nullable() });
/** Written out (not inferred from the schema) so that the response schemas' generator reads it. */
export interface IssueReporter {
  kind: 'locality' | 'department' | 'project-office';
  code: string | null;
}

export const IssueReported = defineEvent({
  type: 'IssueReported',
  producer: 'issue-resolution',
  label: '上报项目问题',
  description:
    '县（市）区、开发区或市直部门上报项目问题（§32）。cycle 为所属月度周期：当月10日（逢非工作日顺延）前上报的属当月，其后的属下月。' +
    'source 为 approval-overdue 时是审批事项超期自动生成的待分发问题（approvalItem 指明事项）。',
  schema: z.object({
    issueId: z.string().min(1),
    projectId: z.string().min(1),
    projectName: z.string().min(1).max(100),
    localityCode: code,
    reporter: reporterSchema,
    category: z.enum(ISSUE_CATEGORIES),
    description: text,
    date: day,
    cycle: month,
    source: z.enum(['reported', 'approval-overdue']),
    approvalItem: z.object({ itemCode: code, departmentCode: code, key: z.string().min(1).max(200) }).nullable(),
  }),
});

export const IssueDistributed = defineEvent({
  type: 'IssueDistributed',
  producer: 'issue-resolution',
  label: '分发问题',
  description: '市大项目办将问题分发至责任部门（每月15日前），并定办结时限。',
  schema: z.object({ departmentCode: code, deadline: day, date: day, note: reason.optional() }),
});

export const IssueRejected = defineEvent({
  type: 'IssueRejected',
  producer: 'issue-resolution',
  label: '不予受理',
  description: '市大项目办不予受理（非项目问题、重复上报等），附理由。',
  schema: z.object({ reason, date: day }),
});

export const IssueAccepted = defineEvent({
  type: 'IssueAccepted',
  producer: 'issue-resolution',
  label: '责任部门受理',
  description: '责任部门受理问题，开始办理。',
  schema: z.object({ date: day }),
});

export const IssueProgressNoted = defineEvent({
  type: 'IssueProgressNoted',
  producer: 'issue-resolution',
  label: '办理进展',
  description: '记录问题办理进展。',
  schema: z.object({ note: text, date: day }),
});

export const IssueEscalated = defineEvent({
  type: 'IssueEscalated',
  producer: 'issue-resolution',
  label: '问题升级',
  description:
    '问题沿"属地 → 责任部门 → 市大项目办 → 包保市级领导"上升一级：经办方申请，或逾期未办结由系统自动升级（automatic）。deadline 为新一级的办结时限。',
  schema: z.object({
    from: z.enum(ISSUE_LEVELS),
    to: z.enum(ISSUE_LEVELS),
    reason,
    automatic: z.boolean(),
    deadline: day,
    date: day,
    /** The packaging city leader it now rests with (to = city-leader). */
    leaderId: code.optional(),
  }),
});

export const IssueDecided = defineEvent({
  type: 'IssueDecided',
  producer: 'issue-resolution',
  label: '会议决定',
  description: '联席会议、调度会议或协调会议对问题作出决定：牵头单位、解决措施与完成时限（§32、§35）。',
  schema: z.object({
    meetingId: z.string().min(1),
    owner: z.object({ kind: z.enum(['locality', 'department']), code }),
    measures: text,
    deadline: day,
    date: day,
  }),
});

export const IssueSupervised = defineEvent({
  type: 'IssueSupervised',
  producer: 'issue-resolution',
  label: '督办',
  description: '督办通知：限期办结（§35 定期督办），其期限成为问题的办结时限。',
  schema: z.object({ noticeId: z.string().min(1).max(60), note: reason, deadline: day, date: day }),
});

export const IssueOverdue = defineEvent({
  type: 'IssueOverdue',
  producer: 'issue-resolution',
  label: '问题逾期',
  description: '问题超过办结时限仍未解决（每个时限只记一次）；dueOn 为到期日，level 为逾期时的责任层级。',
  schema: z.object({ dueOn: day, detectedOn: day, level: z.enum(ISSUE_LEVELS) }),
});

export const IssueResolved = defineEvent({
  type: 'IssueResolved',
  producer: 'issue-resolution',
  label: '问题已解决',
  description: '责任单位报告问题已解决，待上报方确认。',
  schema: z.object({ resolution: text, date: day }),
});

export const IssueConfirmed = defineEvent({
  type: 'IssueConfirmed',
  producer: 'issue-resolution',
  label: '上报方确认销号',
  description: '上报方确认问题已解决，问题销号（关闭）。',
  schema: z.object({ date: day }),
});

export const IssueReopened = defineEvent({
  type: 'IssueReopened',
  producer: 'issue-resolution',
  label: '上报方不认可，重新办理',
  description: '上报方不认可解决结果，附理由，问题回到办理中，时限不变。',
  schema: z.object({ reason, date: day }),
});

export const IssueWithdrawn = defineEvent({
  type: 'IssueWithdrawn',
  producer: 'issue-resolution',
  label: '项目取消，问题关闭',
  description: '项目在储备库中取消，其未关闭的问题随之关闭，附取消理由。',
  schema: z.object({ reason, date: day }),
});

export const ISSUE_EVENTS = [
  IssueReported,
  IssueDistributed,
  IssueRejected,
  IssueAccepted,
  IssueProgressNoted,
  IssueEscalated,
  IssueDecided,
  IssueSupervised,
  IssueOverdue,
  IssueResolved,
  IssueConfirmed,
  IssueReopened,
  IssueWithdrawn,
] as const;

/** Every issue event, typed: what the folds of an issue switch over. */
export type IssueEvent = EventOf<(typeof ISSUE_EVENTS)[number]>;
/** The issue streams: `issue-<uuid>`. */
export const issueStreams = streamIds('issue');

/** The rules an issue command may be refused by, in Chinese (joined into the refusal catalogue, REFUSALS). */
export const ISSUE_REFUSALS = {
  'issue.exists': '该项目问题已上报',
  'issue.notFound': '没有这个项目问题',
  'issue.state': '问题当前状态不允许此操作',
  'issue.projectUnknown': '项目储备库中没有这个项目',
  'issue.projectCancelled': '项目已取消，不能上报问题',
  'issue.deadline': '办结时限不能早于上报日或当天',
  'issue.topLevel': '问题已在最高层级，不能再升级',
  'meeting.notFound': '没有这次会议',
  'meeting.exists': '该会议纪要已登记',
  'meeting.decisionUnknown': '会议纪要中没有这项决定',
  'meeting.decisionDone': '该决定已办结',
  'meeting.date': '会议决定须在会议当天或之后登记，且日期一致',
} as const;
