import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@ccpc/contracts';
import type { Reaction } from '@ccpc/event-store-nest';
import { ProjectCommands } from './project-commands';

const SYSTEM_ACTOR = { id: 'registry-service', role: 'system', scope: null };

/**
 * The approval service's `ApprovalCaseCompleted` recorded on the project (a fact with its date,
 * shown by GET /projects/{id}). Keyed by the approval event's id: a redelivered message returns
 * the first result and appends nothing.
 */
@Injectable()
export class ApprovalsCompletedReaction implements Reaction {
  constructor(private readonly commands: ProjectCommands) {}

  async handle(event: EventEnvelope): Promise<void> {
    if (event.type !== 'ApprovalCaseCompleted') return;
    const data = event.data as { projectId: string; date: string; workingDays: number };
    await this.commands.asSystem(
      data.projectId,
      { type: 'RecordApprovalsCompleted', date: data.date, workingDays: data.workingDays, approvalEventId: event.eventId },
      SYSTEM_ACTOR,
      { idempotencyKey: `approvals-completed:${event.eventId}`, correlationId: event.correlationId, causationId: event.eventId },
    );
  }
}
