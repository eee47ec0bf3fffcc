import {
  ACTIVITY_EVENTS,
  type ActivityEvent,
  type ActivityKind,
  activityStreams,
  type Actor,
  type DockingChannel,
  type EnterpriseClass,
  type EnvelopeOf,
  LEAD_EVENTS,
  type LeadEvent,
  type LeadStage,
  leadStreams,
  type OriginRegion,
  unhandledEvent,
} from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/**
 * What the leadership views keep of investment promotion (§15–§20, §25, §26): every lead and
 * every activity with all of its events, each with its business date and the time it was
 * recorded — folded as of any date and as known at any time, like the registry's timelines.
 */
type Fact<E extends { type: string; data: unknown }> = E extends unknown
  ? E & { v: number; date: string; recordedAt: string; actor: Actor; eventId: string }
  : never;
export type LeadFact = Fact<LeadEvent>;
export type ActivityFact = Fact<ActivityEvent>;

export interface LeadDocument {
  leadId: string;
  enterpriseName: string;
  localityCode: string;
  departmentCode: string | null;
  classCode: EnterpriseClass;
  regionCode: OriginRegion;
  channelCode: DockingChannel;
  categoryCode: string;
  chainNode: string;
  intendedInvestmentWan: number;
  identifiedOn: string;
  identifiedAt: string;
  facts: LeadFact[];
}

export interface ActivityDocument {
  activityId: string;
  kind: ActivityKind;
  title: string;
  localityCode: string | null;
  departmentCode: string | null;
  plannedFor: string;
  plannedAt: string;
  facts: ActivityFact[];
}

export const DASHBOARD_LEADS = 'dashboard_leads';
export const DASHBOARD_ACTIVITIES = 'dashboard_activities';

const factOf = <E extends LeadEvent | ActivityEvent>(event: EnvelopeOf<E>) =>
  ({
    type: event.type,
    data: event.data,
    v: event.streamVersion,
    date: (event.data as { date: string }).date,
    recordedAt: event.recordedAt,
    actor: event.actor,
    eventId: event.eventId,
  }) as Fact<E>;

export const dashboardLeads = defineProjection({
  name: DASHBOARD_LEADS,
  version: 1,
  events: LEAD_EVENTS,
  keyOf: (event) => `lead-${leadStreams.entityId(event.streamId) ?? event.streamId}`,
  packed: ['facts'],
  evolve: (doc: LeadDocument | undefined, event): LeadDocument | null => {
    const fact = factOf<LeadEvent>(event);
    if (event.type === 'LeadIdentified') {
      const d = event.data;
      return {
        leadId: d.leadId,
        enterpriseName: d.enterprise.name,
        localityCode: d.localityCode,
        departmentCode: d.departmentCode,
        classCode: d.classCode,
        regionCode: d.regionCode,
        channelCode: d.channelCode,
        categoryCode: d.categoryCode,
        chainNode: d.chainNode,
        intendedInvestmentWan: d.intendedInvestmentWan,
        identifiedOn: d.date,
        identifiedAt: event.recordedAt,
        facts: [fact],
      };
    }
    return doc ? { ...doc, facts: [...doc.facts, fact] } : null;
  },
});

export const dashboardActivities = defineProjection({
  name: DASHBOARD_ACTIVITIES,
  version: 1,
  events: ACTIVITY_EVENTS,
  keyOf: (event) => `activity-${activityStreams.entityId(event.streamId) ?? event.streamId}`,
  packed: ['facts'],
  evolve: (doc: ActivityDocument | undefined, event): ActivityDocument | null => {
    const fact = factOf<ActivityEvent>(event);
    if (event.type === 'ActivityPlanned') {
      const d = event.data;
      return {
        activityId: d.activityId,
        kind: d.kind,
        title: d.title,
        localityCode: d.localityCode,
        departmentCode: d.departmentCode,
        plannedFor: d.date,
        plannedAt: event.recordedAt,
        facts: [fact],
      };
    }
    return doc ? { ...doc, facts: [...doc.facts, fact] } : null;
  },
});

/** A lead as it stood at a point: its stage and the amounts signed and landed by then. */
export interface LeadAt extends Omit<LeadDocument, 'facts' | 'identifiedAt'> {
  stage: LeadStage;
  stageSince: string;
  contract: { amountWan: number; date: string } | null;
  landing: { date: string; totalInvestmentWan: number; projectName: string } | null;
  projectId: string | null;
}

const counts = (f: { date: string; recordedAt: string }, asOf: string, knownAt?: string) =>
  f.date <= asOf && (knownAt === undefined || f.recordedAt <= knownAt);

function applyLead(at: LeadAt, f: LeadFact): LeadAt {
  switch (f.type) {
    case 'LeadIdentified':
    case 'LeadFollowedUp':
      return at;
    case 'LeadAdvanced':
      return { ...at, stage: f.data.to, stageSince: f.date };
    case 'LeadSigned':
      return { ...at, stage: 'signed', stageSince: f.date, contract: { amountWan: f.data.contractAmountWan, date: f.date } };
    case 'LeadLanded':
      return {
        ...at,
        stage: 'landed',
        stageSince: f.date,
        landing: { date: f.date, totalInvestmentWan: f.data.totalInvestmentWan, projectName: f.data.projectName },
      };
    case 'LeadProjectRegistered':
      return { ...at, projectId: f.data.projectId };
    case 'LeadLost':
      return { ...at, stage: 'lost', stageSince: f.date };
    default:
      return unhandledEvent(f);
  }
}

/** The lead at a business date, as known at an instant; undefined before it was identified (or known). */
export function leadAt(doc: LeadDocument, asOf: string, knownAt?: string): LeadAt | undefined {
  if (doc.identifiedOn > asOf || (knownAt !== undefined && doc.identifiedAt > knownAt)) return undefined;
  const { facts, identifiedAt: _recorded, ...about } = doc;
  let at: LeadAt = { ...about, stage: 'identified', stageSince: doc.identifiedOn, contract: null, landing: null, projectId: null };
  for (const f of facts) if (counts(f, asOf, knownAt)) at = applyLead(at, f);
  return at;
}

/** An activity at a point: held (with its deals) only when its results were recorded by then for a day by then. */
export interface ActivityAt {
  activityId: string;
  kind: ActivityKind;
  title: string;
  localityCode: string | null;
  departmentCode: string | null;
  held: { date: string; attendance: number; deals: number; dealAmountWan: number } | null;
}

export function activityAt(doc: ActivityDocument, asOf: string, knownAt?: string): ActivityAt | undefined {
  if (knownAt !== undefined && doc.plannedAt > knownAt) return undefined;
  let held: ActivityAt['held'] = null;
  for (const f of doc.facts) {
    if (!counts(f, asOf, knownAt)) continue;
    switch (f.type) {
      case 'ActivityPlanned':
      case 'ActivityCancelled':
        break;
      case 'ActivityHeld':
        held = {
          date: f.date,
          attendance: f.data.attendance,
          deals: f.data.deals.length,
          dealAmountWan: f.data.deals.reduce((sum, d) => sum + d.amountWan, 0),
        };
        break;
      default:
        unhandledEvent(f);
    }
  }
  const { activityId, kind, title, localityCode, departmentCode } = doc;
  return { activityId, kind, title, localityCode, departmentCode, held };
}
