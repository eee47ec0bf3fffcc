import { Injectable } from '@nestjs/common';
import { type EnvelopeOf, type EventOf, LeadEvents, leadStreams, localityByCode, courtshipStreams } from '@ccpc/contracts';
import { type AnyCommandRequest, causedBy, systemActor } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { LeadCommands, leadRequest } from '../leads/lead.commands';
import { courtshipIdOf, courtshipRequest, CourtshipCommands } from './courtship.commands';

type Followed = EventOf<typeof LeadEvents.LeadIdentified | typeof LeadEvents.LeadLost | typeof LeadEvents.LeadConflictResolved>;

const actor = systemActor('investment-promotion');
const system = () => actor;

/**
 * The courtships, kept by the service's own events: an identified lead joins its enterprise's
 * and node's courtship (a second locality there flags a conflict), a lost one leaves it, and the
 * project office's resolution releases the other leads (each LeadLost with the reason). Keyed by
 * the event: a redelivered message returns the first result and appends nothing.
 */
@Injectable()
export class CourtshipReaction implements Reaction<Followed> {
  constructor(
    private readonly leads: LeadCommands,
    private readonly courtships: CourtshipCommands,
  ) {}

  async handle(event: EnvelopeOf<Followed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<Followed>>): Promise<ReactionOutcome[]> {
    const perEvent = await Promise.all(events.map((event) => this.requestsFor(event)));
    const flat = perEvent.flatMap((requests, index) => requests.map((request) => ({ index, request })));
    const results = flat.length ? await this.leads.runMany(flat.map((r) => r.request)) : [];
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    results.forEach((result, i) => {
      if (result instanceof Error) throw result;
      const index = flat[i]?.index ?? 0;
      // An event is applied when any of its commands appended; a duplicate when all were replays.
      if (outcomes[index] !== 'applied') outcomes[index] = reactionOutcome(result);
    });
    return outcomes;
  }

  private async requestsFor(event: EnvelopeOf<Followed>): Promise<AnyCommandRequest[]> {
    const options = (step: string) => causedBy(`courtship-${step}`, event);
    switch (event.type) {
      case 'LeadIdentified': {
        const d = event.data;
        const courtshipId = courtshipIdOf(d.enterprise.name, d.categoryCode, d.chainNode);
        const command = {
          type: 'JoinCourtship' as const,
          courtshipId,
          leadId: d.leadId,
          localityCode: d.localityCode,
          enterpriseName: d.enterprise.name,
          categoryCode: d.categoryCode,
          chainNode: d.chainNode,
          date: d.date,
        };
        return [courtshipRequest(courtshipId, command, system, options('join'))];
      }
      case 'LeadLost': {
        const leadId = leadStreams.entityId(event.streamId) ?? '';
        const lead = await this.leads.fromStream(leadId);
        if (!lead) return [];
        const courtshipId = courtshipIdOf(lead.enterprise.name, lead.categoryCode, lead.chainNode);
        return [courtshipRequest(courtshipId, { type: 'LeaveCourtship', leadId, date: event.data.date }, system, options('leave'))];
      }
      case 'LeadConflictResolved': {
        const courtshipId = courtshipStreams.entityId(event.streamId) ?? '';
        const courtship = await this.courtships.fromStream(courtshipId);
        const kept = courtship?.members.find((m) => m.leadId === event.data.keptLeadId);
        const keeper = localityByCode.get(kept?.localityCode ?? '')?.name ?? '他地';
        const reason = `市大项目办协调由${keeper}继续跟进：${event.data.reason}`.slice(0, 500);
        return event.data.releasedLeadIds.map((leadId) =>
          leadRequest(
            leadId,
            { type: 'LoseLead', reason, conflictId: courtshipId, date: event.data.date },
            system,
            options(`release-${leadId}`),
          ),
        );
      }
    }
  }
}

export const courtships = defineReaction({
  name: 'courtships',
  from: ['investment-promotion'],
  events: [LeadEvents.LeadIdentified, LeadEvents.LeadLost, LeadEvents.LeadConflictResolved],
  provider: CourtshipReaction,
});
