import { Inject, Injectable, Logger } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { type EventEnvelope, isRegistryEvent, projectStreams } from '@ccpc/contracts';
import { ProjectionStore } from '@ccpc/event-store';
import type { Reaction } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import { ApprovalCaseCommands } from '../approval-cases/approval-case.commands';
import { type RegistryProject, registryProjects } from './registry-project.view';

export const SYSTEM_ACTOR = { id: 'approval-service', role: 'system', scope: null };

/**
 * A project entering `preparing` in the registry opens its approval case with the standard
 * items of its category. The reaction keeps what it knows of each project itself (one consumer,
 * so a project's registration is always applied before its stage change), and opens the case
 * with the registry event's id as Idempotency-Key: a redelivered message returns the first
 * result; a case opened already (a project back in preparing) is left as it is.
 */
@Injectable()
export class OpenCaseReaction implements Reaction {
  private readonly log = new Logger('reaction:open-case');
  readonly projects: ProjectionStore<RegistryProject>;

  constructor(
    @Inject(getConnectionToken()) connection: Connection,
    private readonly commands: ApprovalCaseCommands,
  ) {
    this.projects = new ProjectionStore(connection, registryProjects);
  }

  async handle(event: EventEnvelope): Promise<void> {
    await this.projects.applyBatch([event]);
    if (!isRegistryEvent(event) || event.type !== 'ProjectStageAdvanced' || event.data.to !== 'preparing') return;
    const project = await this.projects.get(projectStreams.entityId(event.streamId) ?? event.streamId);
    if (!project) return;
    try {
      await this.commands.asSystem(
        project.projectId,
        {
          type: 'OpenApprovalCase',
          projectId: project.projectId,
          projectName: project.name,
          localityCode: project.localityCode,
          categoryCode: project.categoryCode,
          totalInvestmentWan: project.totalInvestmentWan,
          date: event.data.date,
        },
        SYSTEM_ACTOR,
        { idempotencyKey: `open-case:${event.eventId}`, correlationId: event.correlationId, causationId: event.eventId },
      );
    } catch (error) {
      if (error instanceof DomainError && error.rule === 'approvalCase.exists') {
        this.log.log(`project ${project.projectId} is in preparing again; its case stays as it is`);
        return;
      }
      throw error;
    }
  }
}
