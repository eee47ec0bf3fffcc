import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import { CommandHeaders, type CommandOptions, CommandRoute, IdempotencyKeyHeader, patternParam, VersionETag } from '@ccpc/service-kit';
import { FixedAssetInvestmentCommands } from './fixed-asset-investment.commands';
import {
  FixedAssetInvestmentQueryDto,
  MONTH,
  ReportFixedAssetInvestmentDto,
  ReviseFixedAssetInvestmentDto,
} from './fixed-asset-investment.dto';
import { ASSESSMENT_VIEW, type FixedAssetInvestmentView } from './fixed-asset-investment.view';

const MONTH_PARAM = patternParam('id', MONTH, 'a month YYYY-MM');
const MONTH_DOC = ApiParam({
  name: 'id',
  description: '数据所属月份（YYYY-MM）',
  example: '2018-06',
  schema: { type: 'string', pattern: MONTH.source },
});
/** The statistics bureau publishes the city's figures (§29: 市统计局牵头). */
const WRITERS = ['statistics', 'admin'] as const;
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('fixed-asset-investment 全社会固定资产投资（统计局月报）')
@Controller('fixed-asset-investment')
@UseInterceptors(VersionETag)
export class FixedAssetInvestmentController {
  constructor(
    private readonly commands: FixedAssetInvestmentCommands,
    @Inject(readModelToken(ASSESSMENT_VIEW)) private readonly view: ProjectionStore<FixedAssetInvestmentView>,
  ) {}

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: '公布某月全社会固定资产投资累计数与上年同期数（市统计局；每月一次，其后只能修订）' })
  @ApiCreatedResponse({ description: '已公布；返回月份、版本与事件' })
  @IdempotencyKeyHeader
  async report(
    @CurrentCaller() caller: Caller,
    @Body() body: ReportFixedAssetInvestmentDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const { month, ...figures } = body;
    const outcome = await this.commands.execute(caller, month, { type: 'ReportFixedAssetInvestment', month, ...figures }, options);
    res.setHeader('Location', `/fixed-asset-investment/${month}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '各月数据（最近的月份在前），可按年度筛选' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  async list(@Query() query: FixedAssetInvestmentQueryDto) {
    const { items, total } = await this.view.page({
      contains: query.year ? { field: 'month', text: `${query.year}-` } : undefined,
      sort: { month: -1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @MONTH_DOC
  @Allow(...READERS)
  @ApiOperation({ summary: '某月数据（ETag 为版本）' })
  async get(@Param('id', MONTH_PARAM) month: string) {
    const found = (await this.view.get(month)) ?? (await this.commands.fromStream(month));
    if (!found) throw new DomainError('statistics.notFound', `no figures published for ${month}`, { field: 'id', status: 404 });
    return found;
  }

  @CommandRoute('revisions', '修订某月数据（须说明理由；看板自修订公布日起采用修订数）', ...WRITERS)
  @MONTH_DOC
  revise(
    @CurrentCaller() caller: Caller,
    @Param('id', MONTH_PARAM) month: string,
    @Body() body: ReviseFixedAssetInvestmentDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.execute(caller, month, { type: 'ReviseFixedAssetInvestment', ...body }, options);
  }
}
