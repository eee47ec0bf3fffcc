import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { AT_A_POINT, PointQuery, READERS } from './point-query';
import { DashboardService } from './dashboard.service';
import { PromotionPanelService } from './promotion-panel.service';
import { Responds, type Responses } from '../responses';

/** The promotion views (§15–§20, §25, §26), at a point like every leadership view. */
@ApiTags('promotion 招商对接视图')
@Controller()
export class PromotionController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly promotion: PromotionPanelService,
  ) {}

  @Get('dashboard/promotion')
  @(AT_A_POINT as MethodDecorator)
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '招商对接面板（第十五至二十、二十五、二十六条）：线索按阶段、企业类别、来源地区、对接渠道和县（市）区；本年签约与落地项目及金额、线索落地率；' +
      '集中招商、集中对接落实情况及预警（已结束的月份、季度）。县区、部门只计本单位的线索与活动',
  })
  @Responds('PromotionPanel')
  panel(@CurrentCaller() caller: Caller, @Query() q: PointQuery): Promise<Responses['PromotionPanel']> {
    return this.promotion.panel(caller, this.dashboard.point(q));
  }
}
