import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { REPORT_PERIOD } from '@ccpc/projection-domain';
import { OptionalField, PageField, PageSizeField } from '@ccpc/service-kit';
import { AT_A_POINT, PointQuery, READERS } from './point-query';
import { DashboardService } from './dashboard.service';
import { IssuesPanelService } from './issues-panel.service';
import { SupervisionReportService } from './supervision-report.service';
import { Responds, type Responses } from '../responses';

class ReportQuery {
  @ApiPropertyOptional({
    description:
      '按此时刻所知出具（ISO 时间，不得晚于现在）；缺省时，已结束的报告期按其最后一天结束时所知（之后补录的不计入，只计数），未结束的按现在所知',
    example: '2018-07-05T09:00:00+08:00',
    type: String,
    format: 'date-time',
  })
  @OptionalField()
  @IsISO8601({ strict: true })
  knownAt?: string;
}

class SupervisionQuery extends PointQuery {
  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}

/** The problem-solving views (§30, §32, §35), at a point like every leadership view. */
@ApiTags('issues 问题解决视图')
@Controller()
export class IssuesController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly issues: IssuesPanelService,
    private readonly reports: SupervisionReportService,
  ) {}

  @Get('dashboard/issues')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '问题解决面板（第三十二条）：本年截至统计日上报、未关闭、逾期、已解决、不予受理的问题数，解决率与解决用时（工作日）中位数；按县（市）区、责任部门、月度周期分列；县区、部门只计本单位的问题',
  })
  @Responds('IssuePanel')
  panel(@CurrentCaller() caller: Caller, @Query() q: PointQuery): Promise<Responses['IssuePanel']> {
    return this.issues.panel(caller, this.dashboard.point(q));
  }

  @Get('dashboard/supervision')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '督办清单（第三十五条）：统计日逾期、被督办、已升级至市大项目办或包保领导、或经会议决定的未解决问题，以及未办结的会议决定事项；逾期在前，按时限排序（分页）',
  })
  @Responds('SupervisionList')
  supervision(@CurrentCaller() caller: Caller, @Query() q: SupervisionQuery): Promise<Responses['SupervisionList']> {
    return this.issues.supervision(caller, this.dashboard.point(q), q.page, q.pageSize);
  }

  @Get('dashboard/leaders')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({ summary: '领导包保（第三十条）：每位市级包保领导的项目、阶段、投资与未关闭问题，逾期多者在前（季度专报的内容）' })
  @Responds('LeaderPackages')
  leaders(@CurrentCaller() caller: Caller, @Query() q: PointQuery): Promise<Responses['LeaderPackages']> {
    return this.issues.leaders(caller, this.dashboard.point(q));
  }

  @Get('reports/supervision/:period')
  @Allow('leadership', 'project-office', 'admin')
  @ApiParam({
    name: 'period',
    description: '报告期：月份 YYYY-MM 或季度 YYYY-Qn',
    example: '2018-Q2',
    schema: { type: 'string', pattern: REPORT_PERIOD.source },
  })
  @ApiUnprocessableEntityResponse({
    description: '报告期格式不对（report.period）或尚未开始（report.period-future），knownAt 晚于现在（query.knownAt-future）',
  })
  @ApiOperation({
    summary:
      '督查报告（第三十五条）：报告期内各次会议的决定事项及其办理情况（按期办结、逾期办结、正在办理、逾期未办结）与牵头单位，并列此前会议仍未办结的事项；报市委、市政府，抄送市委组织部、市纪检委。已结束的报告期按其最后一天、当天结束时所知出具，之后不再变化',
  })
  @Responds('SupervisionReport')
  report(@Param('period') period: string, @Query() q: ReportQuery): Promise<Responses['SupervisionReport']> {
    return this.reports.report(period, q.knownAt);
  }
}
