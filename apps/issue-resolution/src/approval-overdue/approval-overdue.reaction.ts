import { Inject, Injectable } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { nextDay } from '@ccpc/calendar';
import { APPROVAL_ITEMS } from '@ccpc/contracts';
import { approvalCaseStreams, type EnvelopeOf } from '@ccpc/contracts';
import { causedBy, ProjectionStore } from '@ccpc/event-store';
import { defineReaction, type Reaction, reactionOutcome, type ReactionOutcome } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import type { IssueCommand } from '@ccpc/issue-resolution-domain';
import { idFromKey } from '@ccpc/service-kit';
import { IssueCommands } from '../issues/issue.commands';
import { SYSTEM_ACTOR } from '../projects/registry.reaction';
import { APPROVAL_FOLLOWED, type ApprovalCaseFacts, approvalFacts, type ApprovalFollowed } from './approval-item.view';

const itemName = new Map(APPROVAL_ITEMS.map((i) => [i.code, i.name]));

/**
 * An approval item overdue raises a draft issue of category 审批 for the project office to
 * distribute — once per item and submission, whichever says so first: the approval service's
 * overdue event (dated the day after the due date), or a decision taken after the limit that the
 * approval scheduler never flagged (dated the decision's day). The issue's id is derived from the
 * item and its submission, so the second signal finds it there and appends nothing; a redelivered
 * message replays by its key.
 */
@Injectable()
export class ApprovalOverdueReaction implements Reaction<ApprovalFollowed> {
  readonly facts: ProjectionStore<ApprovalCaseFacts>;

  constructor(
    @Inject(getConnectionToken()) connection: Connection,
    private readonly commands: IssueCommands,
  ) {
    this.facts = new ProjectionStore(connection, approvalFacts);
  }

  async handle(event: EnvelopeOf<ApprovalFollowed>): Promise<ReactionOutcome> {
    return (await this.handleBatch([event]))[0] ?? 'ignored';
  }

  async handleBatch(events: ReadonlyArray<EnvelopeOf<ApprovalFollowed>>): Promise<ReactionOutcome[]> {
    await this.facts.applyBatch(events);
    const outcomes: ReactionOutcome[] = events.map(() => 'ignored');
    const raising: Array<{ index: number; id: string; command: IssueCommand; event: EnvelopeOf<ApprovalFollowed> }> = [];
    for (const [index, event] of events.entries()) {
      if (event.type !== 'ApprovalItemOverdue' && !(event.type === 'ApprovalItemApproved')) continue;
      const facts = await this.facts.latest(approvalCaseStreams.entityId(event.streamId) ?? event.streamId);
      const item = facts?.items.find((i) => i.code === event.data.itemCode);
      if (!facts || !item)
        throw new Error(`approval-overdue: ${event.streamId} has no item ${event.data.itemCode} on the topic before this event`);
      if (event.type === 'ApprovalItemApproved' && event.data.workingDays <= item.limitDays) continue;
      const key = `${facts.projectId}:${item.code}:${item.submissions}`;
      const id = idFromKey(SYSTEM_ACTOR.id, `approval-overdue:${key}`);
      const name = itemName.get(item.code) ?? item.code;
      const late =
        event.type === 'ApprovalItemOverdue'
          ? { date: nextDay(event.data.dueOn), text: `审批事项"${name}"超过承诺时限（${event.data.dueOn} 到期）仍未办结` }
          : {
              date: event.data.date,
              text: `审批事项"${name}"超过承诺时限办结（用时 ${event.data.workingDays} 个工作日，时限 ${item.limitDays}）`,
            };
      raising.push({
        index,
        id,
        event,
        command: {
          type: 'ReportIssue',
          issueId: id,
          project: {
            projectId: facts.projectId,
            name: facts.projectName,
            localityCode: facts.localityCode,
            stage: 'preparing',
            leaderId: null,
          },
          reporter: { kind: 'locality', code: facts.localityCode },
          category: 'approval',
          description: `${late.text}，请市大项目办分发督办。`,
          date: late.date,
          source: 'approval-overdue',
          approvalItem: { itemCode: item.code, departmentCode: item.departmentCode, key },
        },
      });
    }
    if (raising.length === 0) return outcomes;
    const results = await this.commands.asSystem(
      raising.map(({ id, command, event }) => ({ id, command, options: causedBy('approval-overdue', event) })),
      SYSTEM_ACTOR,
    );
    results.forEach((result, k) => {
      const { index } = raising[k] as { index: number };
      if (!(result instanceof Error)) outcomes[index] = reactionOutcome(result);
      else if (!(result instanceof DomainError && result.rule === 'issue.exists')) throw result; // raised already by the other signal
    });
    return outcomes;
  }
}

export const approvalOverdue = defineReaction({
  name: 'approval-overdue',
  from: ['approval'],
  events: APPROVAL_FOLLOWED,
  provider: ApprovalOverdueReaction,
  version: approvalFacts.version,
});
