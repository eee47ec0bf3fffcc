import { Inject, Injectable, Logger } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { type EnvelopeOf, projectStreams } from '@ccpc/contracts';
import { causedBy, ProjectionStore, systemActor } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import { ApprovalCaseCommands } from '../approval-cases/approval-case.commands';
import { type Followed, FOLLOWED, type RegistryProject, registryProjects } from './registry-project.view';

export const SYSTEM_ACTOR = systemActor('approval');

/**
 * A project entering `preparing` in the registry opens its approval case with the standard
 * items of its category. The reaction keeps what it knows of each project itself (one consumer,
 * so a project's registration is always applied before its stage change), and opens the case
 * with the registry event's id as Idempotency-Key: a redelivered message returns the first
 * result; a case opened already (a project back in preparing) is left as it is.
 */
@Injectable()
export class OpenCaseReaction implements Reaction<Followed> {
  private readonly log = new Logger('reaction:open-case');
  readonly projects: ProjectionStore<RegistryProject>;

  constructor(
    @Inject(getConnectionToken()) connection: Connection,
    private readonly commands: ApprovalCaseCommands,
  ) {
    this.projects = new ProjectionStore(connection, registryProjects);
  }

  async handle(event: EnvelopeOf<Followed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  /** A backlog at once: what the registry said is applied first, then every case it opens goes through the runner's batch. */
  async handleBatch(events: ReadonlyArray<EnvelopeOf<Followed>>): Promise<ReactionOutcome[]> {
    await this.projects.applyBatch(events);
    const opening = events.flatMap((event, index) =>
      event.type === 'ProjectStageAdvanced' && event.data.to === 'preparing' ? [{ event, index, date: event.data.date }] : [],
    );
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    if (opening.length === 0) return outcomes;
    const ids = opening.map(({ event }) => projectStreams.entityId(event.streamId) ?? event.streamId);
    const known = await Promise.all(ids.map((id) => this.projects.latest(id))); // as the batch above just wrote them
    const commands = opening.map(({ event, date }, k) => {
      const project = known[k];
      // The reaction's own read model is versioned with its consumer group: it has every project it was sent.
      if (!project) throw new Error(`open-case: project ${event.streamId} entered 前期 but was never registered on the topic`);
      return {
        id: project.projectId,
        command: {
          type: 'OpenApprovalCase' as const,
          projectId: project.projectId,
          projectName: project.name,
          localityCode: project.localityCode,
          categoryCode: project.categoryCode,
          totalInvestmentWan: project.totalInvestmentWan,
          date,
        },
        options: causedBy('open-case', event),
      };
    });
    const results = await this.commands.asSystemMany(commands, SYSTEM_ACTOR);
    results.forEach((result, k) => {
      const { index } = opening[k] as { index: number };
      if (!(result instanceof Error)) outcomes[index] = reactionOutcome(result);
      else if (result instanceof DomainError && result.rule === 'approvalCase.exists')
        this.log.log(`project ${commands[k]?.id} is in preparing again; its case stays as it is`);
      else throw result;
    });
    return outcomes;
  }
}

/** Its own read model's version is its consumer group's: a new version reads the registry's topic again from the start. */
export const openCase = defineReaction({
  name: 'open-case',
  from: ['registry'],
  events: FOLLOWED,
  provider: OpenCaseReaction,
  version: registryProjects.version,
});
