import { Injectable } from '@nestjs/common';
import { ApprovalEvents, type EnvelopeOf, type EventOf } from '@ccpc/contracts';
import { causedBy, systemActor } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { ProjectCommands } from './project.commands';

type Completed = EventOf<typeof ApprovalEvents.ApprovalCaseCompleted>;

/**
 * The approval service's `ApprovalCaseCompleted` recorded on the project (a fact with its date,
 * shown by GET /projects/{id}). Keyed by the approval event's id: a redelivered message returns
 * the first result and appends nothing. A backlog goes through the runner's batch.
 */
@Injectable()
export class ApprovalsCompletedReaction implements Reaction<Completed> {
  constructor(private readonly commands: ProjectCommands) {}

  async handle(event: EnvelopeOf<Completed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<Completed>>): Promise<ReactionOutcome[]> {
    const results = await this.commands.asSystem(
      events.map((event) => ({
        id: event.data.projectId,
        command: {
          type: 'RecordApprovalsCompleted' as const,
          date: event.data.date,
          workingDays: event.data.workingDays,
          approvalEventId: event.eventId,
        },
        options: causedBy('approvals-completed', event),
      })),
      systemActor('registry'),
    );
    return results.map((result) => {
      if (result instanceof Error) throw result;
      return reactionOutcome(result);
    });
  }
}

export const approvalsCompleted = defineReaction({
  name: 'approvals-completed',
  from: ['approval'],
  events: [ApprovalEvents.ApprovalCaseCompleted],
  provider: ApprovalsCompletedReaction,
});
