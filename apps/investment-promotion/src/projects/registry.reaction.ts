import { Injectable } from '@nestjs/common';
import { cityDate, type EnvelopeOf, type EventOf, RegistryEvents } from '@ccpc/contracts';
import { causedBy, systemActor } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { LeadCommands, leadRequest } from '../leads/lead.commands';

type Registered = EventOf<typeof RegistryEvents.ProjectRegistered>;
const actor = systemActor('investment-promotion');

/**
 * The registry's project id back on the lead it landed from: a ProjectRegistered that names a
 * lead records LeadProjectRegistered on it (others are ignored). Keyed by the registry event, so
 * a redelivery appends nothing; the decider ignores the same project told twice.
 */
@Injectable()
export class RegistryReaction implements Reaction<Registered> {
  constructor(private readonly leads: LeadCommands) {}

  async handle(event: EnvelopeOf<Registered>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<Registered>>): Promise<ReactionOutcome[]> {
    const landed = events.flatMap((event, index) => (event.data.leadId ? [{ index, event, leadId: event.data.leadId }] : []));
    const results = landed.length
      ? await this.leads.runMany(
          landed.map(({ event, leadId }) =>
            leadRequest(
              leadId,
              { type: 'RecordLeadProject', projectId: event.data.projectId, date: event.data.registeredOn ?? cityDate(event.recordedAt) },
              () => actor,
              causedBy('lead-project', event),
            ),
          ),
        )
      : [];
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    results.forEach((result, i) => {
      if (result instanceof Error) throw result;
      outcomes[landed[i]?.index ?? 0] = reactionOutcome(result);
    });
    return outcomes;
  }
}

export const registryProjects = defineReaction({
  name: 'lead-projects',
  from: ['registry'],
  events: [RegistryEvents.ProjectRegistered],
  provider: RegistryReaction,
});
