import { Injectable } from '@nestjs/common';
import { type EnvelopeOf, type EventOf, LeadEvents, leadStreams, projectStreams } from '@ccpc/contracts';
import { causedBy, systemActor } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { leadProjectId } from '@ccpc/service-kit';
import { ProjectCommands } from './project.commands';
import { projectAggregate } from './project.aggregate';

type Landed = EventOf<typeof LeadEvents.LeadLanded>;
const actor = systemActor('registry');

/**
 * 招商引进: a lead landed in investment-promotion becomes a project in the reserve (source
 * 招商引进, the lead's locality, category and investment, and the lead's id), exactly once: the
 * project's id comes from the lead's, the command is keyed by the event, and the decider
 * registers nothing when the project already holds that lead.
 */
@Injectable()
export class LeadLandedReaction implements Reaction<Landed> {
  constructor(private readonly commands: ProjectCommands) {}

  async handle(event: EnvelopeOf<Landed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<Landed>>): Promise<ReactionOutcome[]> {
    const results = await this.commands.runMany(
      events.map((event) => {
        const leadId = leadStreams.entityId(event.streamId) ?? event.streamId;
        // One id per lead, so that every delivery of its landing lands on the same project.
        const projectId = leadProjectId(leadId);
        const d = event.data;
        return {
          aggregate: projectAggregate,
          id: projectId,
          streamId: projectStreams.streamId(projectId),
          command: {
            type: 'RegisterLandedLead' as const,
            projectId,
            leadId,
            name: d.projectName,
            localityCode: d.localityCode,
            departmentCode: d.departmentCode,
            categoryCode: d.categoryCode,
            investor: d.investor,
            totalInvestmentWan: d.totalInvestmentWan,
            siteInDevelopmentZone: d.siteInDevelopmentZone,
            date: d.date,
          },
          authorize: () => actor,
          options: causedBy('lead-landed', event),
        };
      }),
    );
    return results.map((result) => {
      if (result instanceof Error) throw result;
      return reactionOutcome(result);
    });
  }
}

export const leadLanded = defineReaction({
  name: 'lead-landed',
  from: ['investment-promotion'],
  events: [LeadEvents.LeadLanded],
  provider: LeadLandedReaction,
});
