import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';
import { ACTIVITY_KINDS, ORIGIN_REGIONS } from '../reference/promotion';

/**
 * 招商/对接活动 (§25 集中招商, §26 集中对接, §19 展会): planned (up to three months ahead), then held
 * with its results — participants, leads produced, deals signed and their amounts — or
 * cancelled. A schema change adds a version with an upcaster; a published version is never edited.
 */
const code = z.string().min(1).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const wan = z.number().int().min(0);

export const ActivityPlanned = defineEvent({
  type: 'ActivityPlanned',
  producer: 'investment-promotion',
  label: '招商活动计划',
  description:
    '登记一次招商或对接活动：类别（市级领导带队外出招商每季度、县（市）区和开发区招商活动每月，§25；资金、人才、技术对接每季度，§26；展会，§19）、' +
    '组织单位（县（市）区、开发区或市直部门）、带队市级领导、目的地及其地区、日期与参加单位。',
  schema: z.object({
    activityId: z.string().min(1),
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string().min(2).max(100),
    localityCode: code.nullable(),
    departmentCode: code.nullable(),
    leaderName: z.string().min(1).max(40).nullable(),
    destination: z.string().min(1).max(100),
    regionCode: z.enum(ORIGIN_REGIONS),
    date: day,
    participants: z.array(code).max(60),
  }),
});

export const dealSchema = z.object({ enterprise: z.string().min(2).max(100), amountWan: wan.min(1), leadId: z.string().nullable() });
/** Written out (not inferred from the schema) so that the response schemas' generator reads it. */
export interface Deal {
  enterprise: string;
  amountWan: number;
  leadId: string | null;
}

export const ActivityHeld = defineEvent({
  type: 'ActivityHeld',
  producer: 'investment-promotion',
  label: '招商活动开展',
  description: '活动已开展：实际日期、参加人数（企业、机构）、形成的线索（编号）、现场签约项目及其金额。',
  schema: z.object({
    date: day,
    attendance: z.number().int().min(0),
    leadIds: z.array(z.string().min(1)).max(200),
    deals: z.array(dealSchema).max(200),
    note: z.string().max(1000).nullable(),
  }),
});

export const ActivityCancelled = defineEvent({
  type: 'ActivityCancelled',
  producer: 'investment-promotion',
  label: '招商活动取消',
  description: '计划的活动取消，附理由。',
  schema: z.object({ reason: z.string().min(1).max(500), date: day }),
});

export const ACTIVITY_EVENTS = [ActivityPlanned, ActivityHeld, ActivityCancelled] as const;
export type ActivityEvent = EventOf<(typeof ACTIVITY_EVENTS)[number]>;
/** The activity streams: `activity-<uuid>`. */
export const activityStreams = streamIds('activity');
