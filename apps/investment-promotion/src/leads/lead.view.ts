import { type LeadEvent, LEAD_EVENTS, leadStreams } from '@ccpc/contracts';
import { evolveLead, type Lead, type LeadFactType } from '@ccpc/investment-promotion-domain';
import { defineProjection } from '@ccpc/eventsourcing';

/** One fact of a lead's history: what, on which business day, recorded when. */
export interface LeadFact {
  type: LeadFactType;
  date: string;
  recordedAt: string;
}

/** The list of leads, kept from the service's own topic with the domain's fold. */
export interface LeadView extends Lead {
  /** The stream version: send it back as If-Match. */
  version: number;
  updatedAt: string;
  /** Every fact in order, with its business date and recording time: the bulletin of a past month reads them as known then. */
  timeline: LeadFact[];
  /** The months (YYYY-MM) its facts are dated in, for finding a month's leads. */
  months: string[];
}

export const LEAD_VIEW = 'investment_promotion_leads';

const dateOf = (event: LeadEvent): string => event.data.date;

export const leadView = defineProjection({
  name: LEAD_VIEW,
  version: 1,
  events: LEAD_EVENTS,
  keyOf: (event) => leadStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: LeadView | undefined, event): LeadView | null => {
    const state = evolveLead(view ?? null, event);
    if (!state) return null;
    const fact: LeadFact = { type: event.type, date: dateOf(event), recordedAt: event.recordedAt };
    const timeline = [...(view?.timeline ?? []), fact];
    const months = [...new Set([...(view?.months ?? []), fact.date.slice(0, 7)])];
    return { ...state, version: event.streamVersion, updatedAt: event.recordedAt, timeline, months };
  },
});
