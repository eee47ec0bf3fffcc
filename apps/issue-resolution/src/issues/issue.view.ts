import { eventLabel, ISSUE_EVENTS, issueStreams } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import { dueOf, evolveIssue, type Issue, OPEN_STATUSES } from '@ccpc/issue-resolution-domain';

/** One line of an issue's history as the page shows it. */
export interface IssueLogEntry {
  type: string;
  label: string;
  date: string;
  text: string | null;
  actor: string | null;
}

/** An issue as a list or a board shows it, without its history. */
export interface IssueSummary extends Issue {
  /** The stream version: send it back as If-Match. */
  version: number;
  updatedAt: string;
  open: boolean;
  ownerKind: string;
  ownerCode: string | null;
  reporterKind: string;
  reporterCode: string | null;
  /** What the scheduler watches: the date it is due by, or null when nothing is due (resolved, closed). */
  dueOn: string | null;
}

/** The issues list, kept from the service's own topic with the domain's fold, flattened for its filters. */
export interface IssueView extends IssueSummary {
  log: IssueLogEntry[];
}

export const ISSUE_VIEW = 'issue_resolution_issues';

const textOf = (data: Record<string, unknown>): string | null => {
  for (const key of ['description', 'note', 'reason', 'measures', 'resolution'] as const) {
    const value = data[key];
    if (typeof value === 'string') return value;
  }
  return null;
};

export const issueView = defineProjection({
  name: ISSUE_VIEW,
  version: 1,
  events: ISSUE_EVENTS,
  keyOf: (event) => issueStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: IssueView | undefined, event): IssueView | null => {
    const state = evolveIssue(view ?? null, event);
    if (!state) return null;
    const data = event.data as Record<string, unknown>;
    const entry: IssueLogEntry = {
      type: event.type,
      label: eventLabel(event.type),
      date:
        typeof data['date'] === 'string'
          ? data['date']
          : typeof data['detectedOn'] === 'string'
            ? data['detectedOn']
            : event.recordedAt.slice(0, 10),
      text: textOf(data),
      actor: event.actor.name ?? event.actor.scope ?? event.actor.id,
    };
    return {
      ...state,
      version: event.streamVersion,
      updatedAt: event.recordedAt,
      open: OPEN_STATUSES.has(state.status),
      ownerKind: state.owner.kind,
      ownerCode: state.owner.code,
      reporterKind: state.reporter.kind,
      reporterCode: state.reporter.code,
      dueOn: dueOf(state)?.dueOn ?? null,
      log: [...(view?.log ?? []), entry],
    };
  },
});
