import { Module } from '@nestjs/common';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import { DashboardController } from './dashboard.controller';
import { PROJECTION_SOURCES } from './dashboard.projection';
import { DashboardService } from './dashboard.service';
import { ApprovalCases } from './approval-cases';
import { ApprovalPanelService } from './approval-panel.service';
import { WarningsService } from './warnings.service';
import { IssueReadModels } from './issue-read-models';
import { IssuesController } from './issues.controller';
import { IssuesPanelService } from './issues-panel.service';
import { ProjectHistoryService } from './project-history.service';
import { SupervisionReportService } from './supervision-report.service';
import { ChangesService } from './changes.service';
import { PromotionController } from './promotion.controller';
import { PromotionPanelService } from './promotion-panel.service';
import { PromotionReadModels } from './promotion-read-models';

@Module({
  imports: [EventSourcingModule.forFeature({ readModels: PROJECTION_SOURCES })],
  controllers: [DashboardController, IssuesController, PromotionController],
  providers: [
    DashboardService,
    ApprovalCases,
    ApprovalPanelService,
    WarningsService,
    IssueReadModels,
    IssuesPanelService,
    ProjectHistoryService,
    SupervisionReportService,
    ChangesService,
    PromotionReadModels,
    PromotionPanelService,
  ],
})
export class DashboardModule {}
