import { COURTSHIP_EVENTS, courtshipStreams } from '@ccpc/contracts';
import { type Courtship, evolveCourtship } from '@ccpc/investment-promotion-domain';
import { defineProjection } from '@ccpc/eventsourcing';

/** Each enterprise and chain node courted, with its open conflict (the project office's list) and past resolutions. */
export interface CourtshipView extends Courtship {
  version: number;
  updatedAt: string;
  /** 'open' while a conflict awaits the project office, else 'none' (queried by the conflict list). */
  conflictStatus: 'open' | 'none';
  /** The localities courting it now. */
  localityCodes: string[];
}

export const COURTSHIP_VIEW = 'investment_promotion_courtships';

export const courtshipView = defineProjection({
  name: COURTSHIP_VIEW,
  version: 1,
  events: COURTSHIP_EVENTS,
  keyOf: (event) => courtshipStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: CourtshipView | undefined, event): CourtshipView | null => {
    const state = evolveCourtship(view ?? null, event);
    if (!state) return null;
    const localityCodes = [...new Set(state.members.filter((m) => m.active).map((m) => m.localityCode))];
    return {
      ...state,
      version: event.streamVersion,
      updatedAt: event.recordedAt,
      conflictStatus: state.conflict ? 'open' : 'none',
      localityCodes,
    };
  },
});
