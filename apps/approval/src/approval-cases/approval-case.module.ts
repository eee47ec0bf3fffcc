import { Module } from '@nestjs/common';
import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { openCase, OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { ApprovalCaseCommands } from './approval-case.commands';
import { ApprovalCaseController } from './approval-case.controller';
import { approvalCaseView } from './approval-case.view';
import { InboxController } from './inbox.controller';
import { OverdueScheduler } from '../overdue/overdue.scheduler';
import { ApprovalRoundController } from '../approval-rounds/approval-round.controller';
import { approvalRoundView } from '../approval-rounds/approval-round.view';
import { ApprovalRounds } from '../approval-rounds/approval-rounds.service';

@Module({
  imports: [
    EventSourcingModule.forService({
      catalog: new EventCatalog(ALL_EVENT_DEFINITIONS),
      readModels: [readModel(approvalCaseView), readModel(approvalRoundView)],
      reactions: [openCase],
      commands: [ApprovalCaseCommands, ApprovalRounds],
    }),
  ],
  controllers: [ApprovalCaseController, InboxController, ApprovalRoundController],
  providers: [ApprovalCaseCommands, ApprovalRounds, OpenCaseReaction, OverdueScheduler],
})
export class ApprovalCaseModule {}
