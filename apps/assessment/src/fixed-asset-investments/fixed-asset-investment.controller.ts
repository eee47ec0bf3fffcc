import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import {
  CommandHeaders,
  type CommandOptions,
  CommandResultDto,
  CommandRoute,
  IdempotencyKeyHeader,
  patternParam,
  VersionETag,
} from '@ccpc/service-kit';
import { Responds, type Responses } from '../responses';
import { FIXED_ASSET_INVESTMENT_COMMANDS, FixedAssetInvestmentCommands } from './fixed-asset-investment.commands';
import {
  FixedAssetInvestmentQueryDto,
  MONTH,
  ReportFixedAssetInvestmentDto,
  ReviseFixedAssetInvestmentDto,
} from './fixed-asset-investment.dto';
import { ASSESSMENT_VIEW, type FixedAssetInvestmentView } from './fixed-asset-investment.view';

const MONTH_PARAM = patternParam('id', MONTH, '月份，格式 YYYY-MM，如 2018-06');
const MONTH_DOC = ApiParam({
  name: 'id',
  description: '数据所属月份（YYYY-MM）',
  example: '2018-06',
  schema: { type: 'string', pattern: MONTH.source },
});
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
  @Allow(...FIXED_ASSET_INVESTMENT_COMMANDS['report-figures'].allow)
  @ApiOperation({ summary: FIXED_ASSET_INVESTMENT_COMMANDS['report-figures'].summary })
  @ApiCreatedResponse({ description: '已公布；返回月份（id）、版本与事件', type: CommandResultDto })
  @IdempotencyKeyHeader
  async report(
    @CurrentCaller() caller: Caller,
    @Body() body: ReportFixedAssetInvestmentDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const outcome = await this.commands.run('report-figures', caller, undefined, body, options);
    res.setHeader('Location', `/fixed-asset-investment/${body.month}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '各月数据（最近的月份在前），可按年度筛选' })
  @Responds('FixedAssetInvestmentPage')
  async list(@Query() query: FixedAssetInvestmentQueryDto): Promise<Responses['FixedAssetInvestmentPage']> {
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
  @Responds('FixedAssetInvestment', '某月数据及其版本（ETag）')
  async get(@Param('id', MONTH_PARAM) month: string): Promise<Responses['FixedAssetInvestment']> {
    const found = (await this.view.get(month)) ?? (await this.commands.fromStream(month));
    if (!found) throw new DomainError('statistics.notFound', `${month} 尚未发布统计数字`, { field: 'id', status: 404 });
    return found;
  }

  @CommandRoute(FIXED_ASSET_INVESTMENT_COMMANDS, 'revise-figures')
  @MONTH_DOC
  revise(
    @CurrentCaller() caller: Caller,
    @Param('id', MONTH_PARAM) month: string,
    @Body() body: ReviseFixedAssetInvestmentDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('revise-figures', caller, month, body, options);
  }
}
