import {
  type ActivityEvent,
  type ActivityKind,
  ACTIVITY_KIND_LABELS,
  type Deal,
  departmentByCode,
  localityByCode,
  type OriginRegion,
  type RefusalRule,
  unhandledEvent,
} from '@ccpc/contracts';
import { type BusinessDates, type Decider, DomainError } from '@ccpc/eventsourcing';

/** How far ahead an activity may be planned: three months from the city's today (a quarter's programme). */
export const PLANNING_HORIZON_MONTHS = 3;

/** An activity as its events say it is; null before it is planned. */
export interface Activity {
  activityId: string;
  kind: ActivityKind;
  title: string;
  localityCode: string | null;
  departmentCode: string | null;
  leaderName: string | null;
  destination: string;
  regionCode: OriginRegion;
  /** The planned day; the day it was held is in `held`. */
  date: string;
  participants: string[];
  status: 'planned' | 'held' | 'cancelled';
  held: { date: string; attendance: number; leadIds: string[]; deals: Deal[]; note: string | null } | null;
  cancelled: { date: string; reason: string } | null;
}

export interface PlanActivity {
  type: 'PlanActivity';
  activityId: string;
  kind: ActivityKind;
  title: string;
  localityCode: string | null;
  departmentCode: string | null;
  leaderName: string | null;
  destination: string;
  regionCode: OriginRegion;
  date: string;
  participants: string[];
  /** The city's today, filled in by the runner: the planning horizon is counted from it. */
  today?: string;
}

export type ActivityCommand =
  | PlanActivity
  | { type: 'RecordActivityHeld'; date: string; attendance: number; leadIds: string[]; deals: Deal[]; note: string | null }
  | { type: 'CancelActivity'; reason: string; date: string };

export function evolveActivity(state: Activity | null, event: ActivityEvent): Activity | null {
  switch (event.type) {
    case 'ActivityPlanned':
      return { ...event.data, status: 'planned', held: null, cancelled: null };
    case 'ActivityHeld':
      return state && { ...state, status: 'held', held: event.data };
    case 'ActivityCancelled':
      return state && { ...state, status: 'cancelled', cancelled: event.data };
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/** The last day an activity may be planned for, `months` after `today` (clamped to the month's end). */
export function horizonEnd(today: string, months = PLANNING_HORIZON_MONTHS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function checkPlan(c: PlanActivity): void {
  if (c.localityCode !== null && !localityByCode.has(c.localityCode))
    refuse('lead.reference', `“${c.localityCode}”不是本市的县（市）区或开发区代码`, 'localityCode', 400);
  if (c.departmentCode !== null && !departmentByCode.has(c.departmentCode))
    refuse('lead.reference', `“${c.departmentCode}”不是基础数据中的市直部门代码`, 'departmentCode', 400);
  const unknown = c.participants.find((p) => !localityByCode.has(p) && !departmentByCode.has(p));
  if (unknown !== undefined) refuse('lead.reference', `参加单位“${unknown}”不是县（市）区、开发区或市直部门代码`, 'participants', 400);
  if (c.kind === 'leaders-trip' && c.leaderName === null)
    refuse('activity.organizer', `${ACTIVITY_KIND_LABELS['leaders-trip']}须写明带队的市级领导（第二十五条）`, 'leaderName', 422);
  if (c.kind === 'locality-trip' && c.localityCode === null)
    refuse(
      'activity.organizer',
      `${ACTIVITY_KIND_LABELS['locality-trip']}须写明组织的县（市）区或开发区（第二十五条）`,
      'localityCode',
      422,
    );
  if (c.localityCode === null && c.departmentCode === null)
    refuse('activity.organizer', '须写明组织单位：县（市）区、开发区（localityCode）或市直部门（departmentCode）', 'departmentCode', 422);
  if (c.today !== undefined && c.date > horizonEnd(c.today))
    refuse(
      'activity.horizon',
      `${c.date} 超出计划期：最远可计划到 ${horizonEnd(c.today)}（今天起${PLANNING_HORIZON_MONTHS}个月）`,
      'date',
      422,
    );
}

export function decideActivity(command: ActivityCommand, state: Activity | null): ActivityEvent[] {
  if (command.type === 'PlanActivity') {
    if (state) refuse('activity.exists', `活动 ${command.activityId} 已登记`, 'activityId', 409);
    checkPlan(command);
    const { type: _type, today: _today, ...data } = command;
    return [{ type: 'ActivityPlanned', data }];
  }
  if (!state) return refuse('activity.notFound', '没有这个招商活动', 'id', 404);
  if (state.status !== 'planned')
    refuse('activity.state', state.status === 'held' ? `活动已于 ${state.held?.date} 开展并登记成果` : '活动已取消', 'status', 409);
  switch (command.type) {
    case 'RecordActivityHeld': {
      const { type: _type, ...data } = command;
      return [{ type: 'ActivityHeld', data }];
    }
    case 'CancelActivity':
      return [{ type: 'ActivityCancelled', data: { reason: command.reason, date: command.date } }];
    default:
      return unhandledEvent(command);
  }
}

export const activityDecider: Decider<ActivityCommand, ActivityEvent, Activity | null> = {
  initialState: () => null,
  evolve: evolveActivity,
  decide: decideActivity,
};

/**
 * A plan may look ahead (up to the horizon, checked by the decider with today filled in); what
 * happened — held, cancelled — is never dated after today.
 */
export const activityDates: BusinessDates<ActivityCommand, Activity | null> = {
  fill: (command, today) => (command.type === 'PlanActivity' ? { ...command, today } : command),
  of: (command) => (command.type === 'PlanActivity' ? [] : [{ field: 'date', date: command.date }]),
};
