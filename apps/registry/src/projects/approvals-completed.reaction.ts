import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@ccpc/contracts';
import { causedBy, systemActor } from '@ccpc/event-store';
import { type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { ProjectCommands } from './project.commands';

/**
 * The approval service's `ApprovalCaseCompleted` recorded on the project (a fact with its date,
 * shown by GET /projects/{id}). Keyed by the approval event's id: a redelivered message returns
 * the first result and appends nothing. A backlog goes through the runner's batch.
 */
@Injectable()
export class ApprovalsCompletedReaction implements Reaction {
  constructor(private readonly commands: ProjectCommands) {}

  async handle(event: EventEnvelope): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: readonly EventEnvelope[]): Promise<ReactionOutcome[]> {
    const completed = events.flatMap((event, index) => (event.type === 'ApprovalCaseCompleted' ? [{ event, index }] : []));
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    const results = await this.commands.asSystem(
      completed.map(({ event }) => {
        const data = event.data as { projectId: string; date: string; workingDays: number };
        return {
          id: data.projectId,
          command: {
            type: 'RecordApprovalsCompleted' as const,
            date: data.date,
            workingDays: data.workingDays,
            approvalEventId: event.eventId,
          },
          options: causedBy('approvals-completed', event),
        };
      }),
      systemActor('registry'),
    );
    results.forEach((result, k) => {
      if (result instanceof Error) throw result;
      outcomes[(completed[k] as { index: number }).index] = reactionOutcome(result);
    });
    return outcomes;
  }
}
