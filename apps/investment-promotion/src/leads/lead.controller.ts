import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  uuidParam,
  VersionETag,
} from '@ccpc/service-kit';
import { LEAD_COMMANDS as COMMANDS, LeadCommands, leadScope } from './lead.commands';
import * as Dto from './lead.dto';
import { LEAD_VIEW, type LeadView } from './lead.view';
import { Responds, type Responses } from '../responses';

const ID = uuidParam('id', '线索编号');
/** Every kind of caller may ask; each sees the leads of its scope (a locality its own, a department those it follows, city-wide roles all; a leader none). */
export const LEAD_READERS = [
  'locality',
  'department',
  'project-office',
  'leader',
  'secretary',
  'leadership',
  'statistics',
  'admin',
] as const;

/** The same scope rule as a read-model query: undefined for a city-wide caller. */
export function visibleLeads(caller: Caller): Array<Record<string, readonly string[]>> | undefined {
  const v = caller.visibility();
  return v.all ? undefined : [{ localityCode: v.localityCodes }, { departmentCode: v.departmentCodes }];
}

@ApiTags('leads 招商线索')
@Controller('leads')
@UseInterceptors(VersionETag)
export class LeadController {
  constructor(
    private readonly commands: LeadCommands,
    @Inject(readModelToken(LEAD_VIEW)) private readonly view: ProjectionStore<LeadView>,
  ) {}

  @Post()
  @Allow(...COMMANDS.identify.allow)
  @ApiOperation({ summary: COMMANDS.identify.summary })
  @ApiCreatedResponse({ description: '已登记；返回线索编号、版本与事件', type: CommandResultDto })
  @IdempotencyKeyHeader
  async identify(
    @CurrentCaller() caller: Caller,
    @Body() body: Dto.IdentifyLeadDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const outcome = await this.commands.run('identify', caller, undefined, body, options);
    res.setHeader('Location', `/leads/${outcome.id}`);
    return outcome;
  }

  @Get()
  @Allow(...LEAD_READERS)
  @ApiOperation({ summary: '招商线索（本单位权限范围内；按阶段、产业链、企业类别、地区、渠道筛选，最近登记的在前）' })
  @Responds('LeadPage')
  async list(@CurrentCaller() caller: Caller, @Query() query: Dto.LeadQueryDto): Promise<Responses['LeadPage']> {
    const { page, pageSize, ...filters } = query;
    const { items, total } = await this.view.page({
      equals: filters,
      anyOf: visibleLeads(caller),
      sort: { identifiedOn: -1, leadId: 1 },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize };
  }

  @Get(':id')
  @Allow(...LEAD_READERS)
  @ApiOperation({ summary: '线索详情及跟进日志（ETag 为版本）' })
  @Responds('Lead', '详情及其版本（ETag）')
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string): Promise<Responses['Lead']> {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!found || !caller.sees(leadScope(found)))
      throw new DomainError('lead.notFound', `没有编号为 ${id} 的招商线索`, { field: 'id', status: 404 });
    return found;
  }

  @CommandRoute(COMMANDS, 'follow-up')
  followUp(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.FollowUpDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('follow-up', caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'advance')
  advance(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.AdvanceLeadDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('advance', caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'sign')
  sign(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.SignLeadDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('sign', caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'land')
  land(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.LandLeadDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('land', caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'lose')
  lose(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: Dto.LoseLeadDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('lose', caller, id, body, options);
  }
}
