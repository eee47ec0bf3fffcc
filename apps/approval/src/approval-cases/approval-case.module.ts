import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { OverdueScheduler } from '../overdue/overdue.scheduler';
import { openCase, OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { ApprovalCaseCommands } from './approval-case.commands';
import { ApprovalCaseController } from './approval-case.controller';
import { approvalCaseView } from './approval-case.view';
import { CaseMirror } from './case-mirror';
import { InboxController } from './inbox.controller';

const cases = EventSourcingModule.forFeature({
  readModels: [readModel(approvalCaseView)],
  reactions: [openCase],
  commands: [ApprovalCaseCommands],
});

/** Approval cases: their commands, the inbox, the overdue scheduler, and the reaction that opens a case when a project enters 前期. */
@Module({
  imports: [cases],
  controllers: [ApprovalCaseController, InboxController],
  providers: [ApprovalCaseCommands, CaseMirror, OpenCaseReaction, OverdueScheduler],
  exports: [OpenCaseReaction, cases], // the rounds read the cases' view and the projects the reaction follows
})
export class ApprovalCaseModule {}
