import { MEETING_EVENTS, meetingStreams } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import { evolveMeeting, type Meeting } from '@ccpc/issue-resolution-domain';

/** The meetings and their minutes, from the service's own topic with the domain's fold. */
export interface MeetingView extends Meeting {
  version: number;
  updatedAt: string;
  /** Decisions of the minutes not yet done (the supervision list reads them). */
  openDecisions: number;
  /** The owners of open decisions (`department:gtj`, `locality:qikai`): a unit's inbox finds its own. */
  openOwners: string[];
}

export const MEETING_VIEW = 'issue_resolution_meetings';

export const meetingView = defineProjection({
  name: MEETING_VIEW,
  version: 1,
  events: MEETING_EVENTS,
  keyOf: (event) => meetingStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: MeetingView | undefined, event): MeetingView | null => {
    const state = evolveMeeting(view ?? null, event);
    if (!state) return null;
    const open = state.decisions.filter((d) => d.status === 'open');
    return {
      ...state,
      version: event.streamVersion,
      updatedAt: event.recordedAt,
      openDecisions: open.length,
      openOwners: [...new Set(open.map((d) => `${d.owner.kind}:${d.owner.code}`))],
    };
  },
});
