import { Module } from '@nestjs/common';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import { DashboardController } from './dashboard.controller';
import { PROJECTION_SOURCES } from './dashboard.projection';
import { DashboardService } from './dashboard.service';
import { ApprovalCases } from './approval-cases';
import { ApprovalPanelService } from './approval-panel.service';
import { WarningsService } from './warnings.service';

@Module({
  imports: [EventSourcingModule.forFeature({ readModels: PROJECTION_SOURCES })],
  controllers: [DashboardController],
  providers: [DashboardService, ApprovalCases, ApprovalPanelService, WarningsService],
})
export class DashboardModule {}
