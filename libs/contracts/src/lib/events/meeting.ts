import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';

/**
 * 会议纪要 (§32, §33, §35): the meetings that decide on projects' problems, and the monthly
 * cycle's deadlines (§32). A meeting's decisions each have an owner and a deadline and are
 * tracked like issues until done.
 */
const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');
const text = z.string().min(1).max(1000);

export const MEETING_KINDS = ['joint', 'dispatch', 'coordination', 'site'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  joint: '联席会议（每月25日前，§32）',
  dispatch: '调度会议（每月，§35）',
  coordination: '协调对接会议（每季度，§33）',
  site: '包保领导现场协调会（§35）',
};

export const ownerSchema = z.object({ kind: z.enum(['locality', 'department']), code });

export const MeetingHeld = defineEvent({
  type: 'MeetingHeld',
  producer: 'issue-resolution',
  label: '会议纪要登记',
  description: '登记一次会议（联席、调度、协调对接或现场协调会）及其纪要：日期、主持、参会单位。',
  schema: z.object({
    meetingId: z.string().min(1),
    kind: z.enum(MEETING_KINDS),
    title: z.string().min(2).max(100),
    date: day,
    chair: z.string().min(1).max(50),
    attendees: z.array(code).max(60),
    summary: text.optional(),
  }),
});

export const MeetingDecisionRecorded = defineEvent({
  type: 'MeetingDecisionRecorded',
  producer: 'issue-resolution',
  label: '会议决定事项',
  description: '纪要中的一项决定（不针对单个上报问题的）：牵头单位、措施与完成时限，之后跟踪督办至办结。',
  schema: z.object({ decisionId: code, subject: z.string().min(2).max(200), owner: ownerSchema, measures: text, deadline: day }),
});

export const MeetingDecisionCompleted = defineEvent({
  type: 'MeetingDecisionCompleted',
  producer: 'issue-resolution',
  label: '决定事项办结',
  description: '会议决定事项由牵头单位办结。',
  schema: z.object({ decisionId: code, date: day, note: text }),
});

export const MeetingDecisionOverdue = defineEvent({
  type: 'MeetingDecisionOverdue',
  producer: 'issue-resolution',
  label: '决定事项逾期',
  description: '会议决定事项超过完成时限未办结（每项只记一次）。',
  schema: z.object({ decisionId: code, dueOn: day, detectedOn: day }),
});

export const CYCLE_MILESTONES = ['reporting', 'distribution', 'meeting'] as const;
export type CycleMilestone = (typeof CYCLE_MILESTONES)[number];
export const CYCLE_MILESTONE_LABELS: Record<CycleMilestone, string> = {
  reporting: '问题清单报送截止（每月10日）',
  distribution: '问题分发截止（每月15日）',
  meeting: '联席会议截止（每月25日）',
};

export const IssueCycleDeadlinePassed = defineEvent({
  type: 'IssueCycleDeadlinePassed',
  producer: 'issue-resolution',
  label: '月度周期节点到期',
  description:
    '月度问题解决周期（§32）的一个节点到期：报送（10日）、分发（15日）、联席会议（25日），逢非工作日顺延至下一个工作日。' +
    'pending 为到期时该节点仍未完成的问题数（未分发、待会议决定）。',
  schema: z.object({ cycle: month, milestone: z.enum(CYCLE_MILESTONES), deadline: day, detectedOn: day, pending: z.number().int().min(0) }),
});

export const MEETING_EVENTS = [MeetingHeld, MeetingDecisionRecorded, MeetingDecisionCompleted, MeetingDecisionOverdue] as const;
export const ISSUE_CYCLE_EVENTS = [IssueCycleDeadlinePassed] as const;

export type MeetingEvent = EventOf<(typeof MEETING_EVENTS)[number]>;
export type IssueCycleEvent = EventOf<(typeof ISSUE_CYCLE_EVENTS)[number]>;
/** The meetings: `meeting-<uuid>`. */
export const meetingStreams = streamIds('meeting');
/** The monthly cycles: `monthly-cycle-<yyyy-mm>`. */
export const issueCycleStreams = streamIds('monthly-cycle');
