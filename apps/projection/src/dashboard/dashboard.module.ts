import { Module } from '@nestjs/common';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import { DashboardController } from './dashboard.controller';
import { PROJECTION_SOURCES, projectionCatalog } from './dashboard.projection';
import { DashboardService } from './dashboard.service';
import { ApprovalPanelService } from './approval-panel.service';
import { WarningsService } from './warnings.service';

@Module({
  imports: [EventSourcingModule.forService({ catalog: projectionCatalog, readModels: PROJECTION_SOURCES })],
  controllers: [DashboardController],
  providers: [DashboardService, ApprovalPanelService, WarningsService],
})
export class DashboardModule {}
