import {
  type Actor,
  type EnvelopeOf,
  ISSUE_EVENTS,
  type IssueCategory,
  type IssueEvent,
  type IssueReporter,
  issueStreams,
  MEETING_EVENTS,
  type MeetingEvent,
  type MeetingKind,
  meetingStreams,
} from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/**
 * What the leadership views keep of the problem-solving mechanism (§32, §33, §35): every issue
 * and every meeting with all of its events, each with its business date and the time it was
 * recorded — the views fold them as of any date and as known at any time, like the registry's
 * timelines. One document per issue and one per meeting.
 */
type Fact<E extends { type: string; data: unknown }> = E extends unknown
  ? E & { v: number; date: string; recordedAt: string; actor: Actor; eventId: string }
  : never;

/** One issue event as the views fold it (typed by the contracts, so the folds are exhaustive). */
export type IssueFact = Fact<IssueEvent>;
export type MeetingFact = Fact<MeetingEvent>;

export interface IssueDocument {
  issueId: string;
  projectId: string;
  projectName: string;
  localityCode: string;
  category: IssueCategory;
  description: string;
  cycle: string;
  reporter: IssueReporter;
  source: 'reported' | 'approval-overdue';
  reportedOn: string;
  reportedAt: string;
  facts: IssueFact[];
}

export interface MeetingDocument {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  date: string;
  chair: string;
  recordedAt: string;
  facts: MeetingFact[];
}

export const DASHBOARD_ISSUES = 'dashboard_issues';
export const DASHBOARD_MEETINGS = 'dashboard_meetings';

/** The business date of an event: the day it is about (an overdue: the day it was found; a decision: its meeting's day). */
const dateOf = (event: { data: unknown; recordedAt: string }, fallback?: string): string => {
  const data = event.data as { date?: string; detectedOn?: string };
  return data.date ?? data.detectedOn ?? fallback ?? event.recordedAt.slice(0, 10);
};

const factOf = <E extends IssueEvent | MeetingEvent>(event: EnvelopeOf<E>, fallback?: string) =>
  ({
    type: event.type,
    data: event.data,
    v: event.streamVersion,
    date: dateOf(event, fallback),
    recordedAt: event.recordedAt,
    actor: event.actor,
    eventId: event.eventId,
  }) as Fact<E>;

export const dashboardIssues = defineProjection({
  name: DASHBOARD_ISSUES,
  version: 1,
  events: ISSUE_EVENTS,
  keyOf: (event) => `issue-${issueStreams.entityId(event.streamId) ?? event.streamId}`,
  packed: ['facts'],
  evolve: (doc: IssueDocument | undefined, event): IssueDocument | null => {
    const fact = factOf<IssueEvent>(event);
    if (event.type === 'IssueReported') {
      const d = event.data;
      return {
        issueId: d.issueId,
        projectId: d.projectId,
        projectName: d.projectName,
        localityCode: d.localityCode,
        category: d.category,
        description: d.description,
        cycle: d.cycle,
        reporter: d.reporter,
        source: d.source,
        reportedOn: d.date,
        reportedAt: event.recordedAt,
        facts: [fact],
      };
    }
    return doc ? { ...doc, facts: [...doc.facts, fact] } : null;
  },
});

export const dashboardMeetings = defineProjection({
  name: DASHBOARD_MEETINGS,
  version: 1,
  events: MEETING_EVENTS,
  keyOf: (event) => `meeting-${meetingStreams.entityId(event.streamId) ?? event.streamId}`,
  packed: ['facts'],
  evolve: (doc: MeetingDocument | undefined, event): MeetingDocument | null => {
    if (event.type === 'MeetingHeld') {
      const d = event.data;
      return {
        meetingId: d.meetingId,
        kind: d.kind,
        title: d.title,
        date: d.date,
        chair: d.chair,
        recordedAt: event.recordedAt,
        facts: [factOf<MeetingEvent>(event)],
      };
    }
    // A decision in the minutes is dated by its meeting.
    return doc ? { ...doc, facts: [...doc.facts, factOf<MeetingEvent>(event, doc.date)] } : null;
  },
});
