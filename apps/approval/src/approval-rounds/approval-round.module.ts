import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { ApprovalCaseModule } from '../approval-cases/approval-case.module';
import { ApprovalRoundController } from './approval-round.controller';
import { approvalRoundView } from './approval-round.view';
import { ApprovalRounds } from './approval-rounds.service';

/** The year's concentrated approval round (§27): it reads the projects the case module follows and the cases' progress. */
@Module({
  imports: [ApprovalCaseModule, EventSourcingModule.forFeature({ readModels: [readModel(approvalRoundView)], commands: [ApprovalRounds] })],
  controllers: [ApprovalRoundController],
  providers: [ApprovalRounds],
})
export class ApprovalRoundModule {}
