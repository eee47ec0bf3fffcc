import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { FixedAssetInvestmentCommands } from './fixed-asset-investment.commands';
import { FixedAssetInvestmentController } from './fixed-asset-investment.controller';
import { fixedAssetInvestmentView } from './fixed-asset-investment.view';

@Module({
  imports: [
    EventSourcingModule.forFeature({ readModels: [readModel(fixedAssetInvestmentView)], commands: [FixedAssetInvestmentCommands] }),
  ],
  controllers: [FixedAssetInvestmentController],
  providers: [FixedAssetInvestmentCommands],
})
export class FixedAssetInvestmentModule {}
