import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { activityCompliance } from '@ccpc/contracts';
import {
  CommandHeaders,
  type CommandOptions,
  CommandResultDto,
  CommandRoute,
  IdempotencyKeyHeader,
  uuidParam,
  VersionETag,
} from '@ccpc/service-kit';
import { ACTIVITY_COMMANDS as COMMANDS, ActivityCommands, activityScope } from './activity.commands';
import * as Dto from './activity.dto';
import { ACTIVITY_VIEW, type ActivityView } from './activity.view';
import { LEAD_READERS, visibleLeads } from '../leads/lead.controller';
import { Responds, type Responses } from '../responses';

const ID = uuidParam('id', '活动编号');

@ApiTags('activities 招商对接活动')
@Controller('activities')
@UseInterceptors(VersionETag)
export class ActivityController {
  constructor(
    private readonly commands: ActivityCommands,
    @Inject(readModelToken(ACTIVITY_VIEW)) private readonly view: ProjectionStore<ActivityView>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Allow(...COMMANDS.plan.allow)
  @ApiOperation({ summary: COMMANDS.plan.summary })
  @ApiCreatedResponse({ description: '已登记；返回活动编号、版本与事件', type: CommandResultDto })
  @IdempotencyKeyHeader
  async plan(
    @CurrentCaller() caller: Caller,
    @Body() body: Dto.PlanActivityDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const outcome = await this.commands.run('plan', caller, undefined, body, options);
    res.setHeader('Location', `/activities/${outcome.id}`);
    return outcome;
  }

  @Get()
  @Allow(...LEAD_READERS)
  @ApiOperation({ summary: '招商、对接活动（本单位权限范围内，日期最近的在前）' })
  @Responds('ActivityPage')
  async list(@CurrentCaller() caller: Caller, @Query() query: Dto.ActivityQueryDto): Promise<Responses['ActivityPage']> {
    const { page, pageSize, ...filters } = query;
    const { items, total } = await this.view.page({
      equals: filters,
      anyOf: visibleLeads(caller),
      sort: { date: -1, activityId: 1 },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize };
  }

  @Get('compliance')
  @Allow('project-office', 'leadership', 'admin', 'locality', 'department')
  @ApiOperation({
    summary:
      '集中招商、集中对接落实情况（第二十五、二十六条）：各月未开展招商活动的县（市）区、开发区；各季度市级领导带队外出招商次数，未开展的资金、人才、技术对接',
  })
  @Responds('ActivityCompliance')
  async compliance(@Query() query: Dto.ComplianceQueryDto): Promise<Responses['ActivityCompliance']> {
    const today = cityDate(this.clock.now());
    const year = query.year ?? Number(today.slice(0, 4));
    const held = await this.view.page({ equals: { status: 'held' }, skip: 0, limit: 100_000 });
    return activityCompliance(year, today, held.items);
  }

  @Get(':id')
  @Allow(...LEAD_READERS)
  @ApiOperation({ summary: '活动详情（ETag 为版本）' })
  @Responds('Activity', '详情及其版本（ETag）')
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string): Promise<Responses['Activity']> {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!found || !caller.sees(activityScope(found)))
      throw new DomainError('activity.notFound', `没有编号为 ${id} 的招商活动`, { field: 'id', status: 404 });
    return found;
  }

  @CommandRoute(COMMANDS, 'results')
  results(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.RecordResultsDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('results', caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'cancel')
  cancel(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.CancelActivityDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('cancel', caller, id, body, options);
  }
}
