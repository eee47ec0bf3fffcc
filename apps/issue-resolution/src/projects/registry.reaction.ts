import { Inject, Injectable } from '@nestjs/common';
import { type EnvelopeOf, projectStreams } from '@ccpc/contracts';
import { causedBy, type ProjectionStore, systemActor } from '@ccpc/event-store';
import { defineReaction, readModelToken, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { IssueCommands } from '../issues/issue.commands';
import { ISSUE_VIEW, type IssueView } from '../issues/issue.view';
import { FOLLOWED, type Followed, knownProjects } from './known-project.view';
import { KnownProjects } from './known-projects';

export const SYSTEM_ACTOR = systemActor('issue-resolution');

/**
 * The registry's projects, kept by this service from the registry's events (one consumer, so a
 * project's registration is applied before anything else about it); a project cancelled closes
 * its open issues with the cancellation's reason, keyed by the registry event and the issue (a
 * redelivery replays, appends nothing).
 */
@Injectable()
export class RegistryReaction implements Reaction<Followed> {
  constructor(
    private readonly projects: KnownProjects,
    private readonly commands: IssueCommands,
    @Inject(readModelToken(ISSUE_VIEW)) private readonly issues: ProjectionStore<IssueView>,
  ) {}

  async handle(event: EnvelopeOf<Followed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<Followed>>): Promise<ReactionOutcome[]> {
    await this.projects.store.applyBatch(events);
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    for (const [index, event] of events.entries()) {
      if (event.type !== 'ProjectCancelled') continue;
      const projectId = projectStreams.entityId(event.streamId) ?? event.streamId;
      const { items } = await this.issues.page({ equals: { projectId, open: true }, sort: { issueId: 1 }, skip: 0, limit: 1000 });
      if (items.length === 0) continue;
      const results = await this.commands.asSystem(
        items.map((issue) => ({
          id: issue.issueId,
          command: { type: 'WithdrawIssue' as const, reason: `项目已取消：${event.data.reason}`, date: event.data.date },
          options: { ...causedBy('withdraw-issues', event), idempotencyKey: `withdraw-issues:${event.eventId}:${issue.issueId}` },
        })),
        SYSTEM_ACTOR,
      );
      for (const result of results) {
        if (result instanceof Error) throw result;
        outcomes[index] = reactionOutcome(result);
      }
    }
    return outcomes;
  }
}

/** Its own read model's version is its consumer group's: a new version reads the registry's topic again from the start. */
export const registryProjects = defineReaction({
  name: 'registry-projects',
  from: ['registry'],
  events: FOLLOWED,
  provider: RegistryReaction,
  version: knownProjects.version,
});
