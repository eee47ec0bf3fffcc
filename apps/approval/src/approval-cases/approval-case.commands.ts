import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, approvalCaseStreams, isApprovalCaseEvent } from '@ccpc/contracts';
import type { MongoEventStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { type ApprovalCase, type ApprovalCaseCommand, approvalCaseDecider, evolveApprovalCase } from '@ccpc/approval-domain';
import type { CommandOptions } from '@ccpc/service-kit';
import { caseView } from './approval-case.view';
import { runCommand } from './run-command';

const aggregate = { name: 'ApprovalCase', decider: approvalCaseDecider };
type ItemCommand = Extract<ApprovalCaseCommand, { itemCode: string }>;

export interface ApprovalCaseOutcome {
  id: string;
  version: number;
  events: Array<{ type: string; streamVersion: number; data: unknown }>;
  replayed: boolean;
}

/** Who acts on an item: the applicant's locality submits, resubmits; the item's department decides. */
export type ItemSide = 'applicant' | 'department';

const notFound = (id: string) => new DomainError('approvalCase.notFound', `项目 ${id} 没有审批案件`, { field: 'id', status: 404 });

/** Runs the approval-case commands: who may act (the caller's scope), the decider, the store. */
@Injectable()
export class ApprovalCaseCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A command on one item: the applicant's locality or the item's department, by the route's side. */
  onItem(caller: Caller, id: string, side: ItemSide, command: ItemCommand, options: CommandOptions) {
    return this.run(
      id,
      command,
      (state) => {
        if (!state) throw notFound(id);
        if (side === 'applicant') return caller.actOn({ localityCode: state.localityCode });
        // An unknown item code is the decider's 404; the department of a known one must be the caller's.
        const item = state.items.find((i) => i.code === command.itemCode);
        return caller.actOn({ departmentCode: item?.departmentCode ?? null });
      },
      options,
    );
  }

  /** Commands of the service itself (reactions, the overdue scheduler): the system is the actor. */
  asSystem(id: string, command: ApprovalCaseCommand, actor: Actor, options: CommandOptions) {
    return this.run(id, command, () => actor, options);
  }

  /** The case as its stream says, for the moment before the read model has it (a client following `Location`). */
  async fromStream(id: string) {
    const events = await this.store.readStream(approvalCaseStreams.streamId(id));
    const last = events.at(-1);
    const state = events.reduce<ApprovalCase | null>(
      (current, event) => (isApprovalCaseEvent(event) ? evolveApprovalCase(current, event) : current),
      null,
    );
    return state && last ? caseView(state, last.streamVersion, last.recordedAt) : undefined;
  }

  private async run(
    id: string,
    command: ApprovalCaseCommand,
    authorize: (state: ApprovalCase | null) => Actor,
    options: CommandOptions,
  ): Promise<ApprovalCaseOutcome> {
    return { id, ...(await runCommand(this.store, this.clock, aggregate, approvalCaseStreams.streamId(id), command, authorize, options)) };
  }
}
