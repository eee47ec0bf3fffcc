import { Controller, Get, Param, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { cityDate, DEPARTMENTS, LANDMARK_DEPARTMENTS, LOCALITIES } from '@ccpc/contracts';
import { ANNUAL_TARGETS, BUSINESS_DATE_RULE, INDICATORS, WARNING_RULES } from '@ccpc/projection-domain';
import { OptionalField, PageField, PageSizeField, uuidParam } from '@ccpc/service-kit';
import { ApprovalPanelService } from './approval-panel.service';
import { WarningsService } from './warnings.service';
import { DashboardService } from './dashboard.service';
import { Responds, type Responses } from '../responses';
import { AT_A_POINT, PointQuery, READERS } from './point-query';
import { ProjectHistoryService } from './project-history.service';
import { ChangesService } from './changes.service';

const PROJECT_INDICATORS = INDICATORS.filter((i) => i.basis === 'projects').map((i) => i.code);

class BreakdownQuery extends PointQuery {
  @ApiPropertyOptional({ enum: ['locality', 'department'], description: '按县（市）区或市直部门', default: 'locality' })
  @OptionalField()
  @IsIn(['locality', 'department'])
  by: 'locality' | 'department' = 'locality';

  @ApiPropertyOptional({ enum: PROJECT_INDICATORS, description: '指标代码（GET /indicators，按项目计数的指标）', default: 'new-starts' })
  @OptionalField()
  @IsIn(PROJECT_INDICATORS)
  indicator = 'new-starts';
}

class PageQuery extends PointQuery {
  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}

class DrillQuery extends PageQuery {
  @ApiPropertyOptional({ description: '只看某县（市）区', enum: LOCALITIES.map((l) => l.code) })
  @OptionalField()
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode?: string;

  @ApiPropertyOptional({ description: '只看某部门', enum: DEPARTMENTS.map((d) => d.code) })
  @OptionalField()
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode?: string;
}

class WarningQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['red', 'yellow'], description: '红灯 / 黄灯' })
  @OptionalField()
  @IsIn(['red', 'yellow'])
  light?: 'red' | 'yellow';
}

const PROJECT_ID = uuidParam('id', '项目编号');

@ApiTags('dashboard 领导视图')
@Controller()
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly approvalPanel: ApprovalPanelService,
    private readonly warningsOf: WarningsService,
    private readonly projectHistory: ProjectHistoryService,
    private readonly changeStream: ChangesService,
  ) {}

  @Get('indicators')
  @Allow(...READERS)
  @ApiOperation({ summary: '指标定义与年度目标（版本化配置，2018 年计划）' })
  @Responds('Indicators')
  indicators(): Responses['Indicators'] {
    const year = Number(cityDate(new Date()).slice(0, 4));
    return {
      indicators: INDICATORS.map((i) => ({
        code: i.code,
        name: i.name,
        article: i.article,
        quote: i.quote,
        definition: `${i.article}：「${i.quote}」。${i.definition}`,
        kind: i.kind,
        period: i.period,
        progress: i.progress,
        targetRule: i.targetRule,
        removedBy: i.removedBy,
        basis: i.basis,
        ...(i.basis === 'projects' && i.coverage ? { units: i.coverage.universe(year), minimum: i.coverage.min } : {}),
      })),
      landmarkDepartments: LANDMARK_DEPARTMENTS,
      businessDates: BUSINESS_DATE_RULE,
      targets: ANNUAL_TARGETS,
      warningRules: WARNING_RULES,
    };
  }

  @Get('warnings/rules')
  @Allow(...READERS)
  @ApiOperation({ summary: '预警规则：每条规则的颜色、条件与阈值' })
  @Responds('WarningRules')
  warningRules(): Responses['WarningRules'] {
    return { rules: WARNING_RULES };
  }

  @Get('dashboard')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({ summary: '全市看板：本年度各项目标的实际完成与目标完成度；可按任一过去日期（asOf）或当时所知（knownAt）查询' })
  @Responds('Board')
  city(@Query() q: PointQuery): Promise<Responses['Board']> {
    return this.dashboard.dashboard(this.dashboard.point(q));
  }

  @Sse('dashboard/changes')
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '看板变化通知（text/event-stream）：本服务每应用一批事件发送一次 change（至多每 300 毫秒一次），每 15 秒一次 heartbeat；客户端收到 change 后重新读取看板',
  })
  @ApiOkResponse({ description: 'event: ready | change {at} | heartbeat', content: { 'text/event-stream': {} } })
  changes() {
    return this.changeStream.changes();
  }

  @Get('dashboard/breakdown')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({ summary: '按县（市）区或部门分解一项指标，并排名' })
  @Responds('Breakdown')
  breakdown(@Query() q: BreakdownQuery): Promise<Responses['Breakdown']> {
    return this.dashboard.breakdown(this.dashboard.point(q), q.by, q.indicator);
  }

  @Get('dashboard/indicators/:code/projects')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({ summary: '下钻：构成某项指标数字的项目（分页）；县区、部门只看到本辖区/本部门的项目' })
  @Responds('DrillDown')
  drill(@CurrentCaller() caller: Caller, @Param('code') code: string, @Query() q: DrillQuery): Promise<Responses['DrillDown']> {
    return this.dashboard.drillDown(caller, this.dashboard.point(q), code, q.page, q.pageSize, {
      localityCode: q.localityCode,
      departmentCode: q.departmentCode,
    });
  }

  @Get('dashboard/approvals')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '审批面板（第二十二条）：本年截至统计日办结的案件数、51个工作日以内的个数与用时中位数；各部门在办与超期事项（排名）；本年截至统计日未批先建（施工许可批准前开工）的项目',
  })
  @Responds('ApprovalPanel')
  approvals(@CurrentCaller() caller: Caller, @Query() q: PointQuery): Promise<Responses['ApprovalPanel']> {
    return this.approvalPanel.panel(caller, this.dashboard.point(q));
  }

  @Get('warnings')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({ summary: '预警：按 GET /warnings/rules 的规则给出红/黄灯及每条原因（规则代码、颜色、说明）' })
  @Responds('Warnings')
  warnings(@CurrentCaller() caller: Caller, @Query() q: WarningQuery): Promise<Responses['Warnings']> {
    return this.warningsOf.warnings(caller, this.dashboard.point(q), q.light, q.page, q.pageSize);
  }

  @Get('projects/:id/history')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目全景：一个项目在各服务中的全部事件，按时间排列' })
  @Responds('ProjectHistory')
  history(@CurrentCaller() caller: Caller, @Param('id', PROJECT_ID) id: string): Promise<Responses['ProjectHistory']> {
    return this.projectHistory.history(caller, id);
  }
}
