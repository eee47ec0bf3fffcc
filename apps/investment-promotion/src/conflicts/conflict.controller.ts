import { Body, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import {
  CommandHeaders,
  type CommandOptions,
  CommandRoute,
  OptionalField,
  PageField,
  PageSizeField,
  patternParam,
} from '@ccpc/service-kit';
import { COURTSHIP_COMMANDS as COMMANDS, COURTSHIP_ID, CourtshipCommands, ResolveConflictDto } from './courtship.commands';
import { COURTSHIP_VIEW, type CourtshipView } from './courtship.view';
import { Responds, type Responses } from '../responses';

const ID = patternParam('id', COURTSHIP_ID.pattern, COURTSHIP_ID.what);
const READERS = ['project-office', 'leadership', 'admin', 'locality'] as const;

export class ConflictQueryDto {
  @ApiPropertyOptional({ description: 'open 待协调（缺省）、all 含已协调与已消除的', enum: ['open', 'all'], default: 'open' })
  @OptionalField()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}

/** A locality sees the courtships it takes part in; the project office and the leadership all. */
function visible(caller: Caller): Array<Record<string, readonly string[]>> | undefined {
  const v = caller.visibility();
  return v.all ? undefined : [{ 'members.localityCode': v.localityCodes }];
}

@ApiTags('conflicts 招商冲突协调')
@Controller('conflicts')
export class ConflictController {
  constructor(
    private readonly commands: CourtshipCommands,
    @Inject(readModelToken(COURTSHIP_VIEW)) private readonly view: ProjectionStore<CourtshipView>,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({
    summary: '招商冲突：两个以上县（市）区、开发区对接同一企业的同一产业链环节（防止内部恶性竞争），待市大项目办协调的在前',
  })
  @Responds('CourtshipPage')
  async list(@CurrentCaller() caller: Caller, @Query() query: ConflictQueryDto): Promise<Responses['CourtshipPage']> {
    const { items, total } = await this.view.page({
      equals: query.status === 'all' ? undefined : { conflictStatus: 'open' },
      ranges: query.status === 'all' ? { round: { min: 1 } } : undefined,
      anyOf: visible(caller),
      sort: { conflictStatus: -1, updatedAt: -1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '一处招商冲突：对接的线索、各轮提示与协调结果' })
  @ApiParam({ name: 'id', description: COURTSHIP_ID.what, schema: { type: 'string', pattern: COURTSHIP_ID.pattern.source } })
  @Responds('Courtship')
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string): Promise<Responses['Courtship']> {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    const v = caller.visibility();
    if (!found || found.round === 0 || (!v.all && !found.members.some((m) => v.localityCodes.includes(m.localityCode))))
      throw new DomainError('conflict.notFound', `没有编号为 ${id} 的招商冲突`, { field: 'id', status: 404 });
    return found;
  }

  @CommandRoute(COMMANDS, 'resolve')
  @ApiParam({ name: 'id', description: COURTSHIP_ID.what, schema: { type: 'string', pattern: COURTSHIP_ID.pattern.source } })
  resolve(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Body() body: ResolveConflictDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('resolve', caller, id, body, options);
  }
}
