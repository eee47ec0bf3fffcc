import { ACTIVITY_EVENTS, activityStreams } from '@ccpc/contracts';
import { type Activity, evolveActivity } from '@ccpc/investment-promotion-domain';
import { defineProjection } from '@ccpc/eventsourcing';

/** The activities, kept from the service's own topic with the domain's fold. */
export interface ActivityView extends Activity {
  version: number;
  updatedAt: string;
  /** When its results (or its cancellation) were recorded: a past month's bulletin counts only what was known then. */
  concludedAt: string | null;
  /** The month (YYYY-MM) it was held in, once held. */
  heldMonth: string | null;
}

export const ACTIVITY_VIEW = 'investment_promotion_activities';

export const activityView = defineProjection({
  name: ACTIVITY_VIEW,
  version: 1,
  events: ACTIVITY_EVENTS,
  keyOf: (event) => activityStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: ActivityView | undefined, event): ActivityView | null => {
    const state = evolveActivity(view ?? null, event);
    if (!state) return null;
    const concluded = event.type === 'ActivityPlanned' ? null : event.recordedAt;
    return {
      ...state,
      version: event.streamVersion,
      updatedAt: event.recordedAt,
      concludedAt: concluded ?? view?.concludedAt ?? null,
      heldMonth: state.held?.date.slice(0, 7) ?? null,
    };
  },
});
