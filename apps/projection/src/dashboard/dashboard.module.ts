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

@Module({
  imports: [EventSourcingModule.forFeature({ readModels: PROJECTION_SOURCES })],
  controllers: [DashboardController, IssuesController],
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
  ],
})
export class DashboardModule {}
