import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { CommandHeaders, type CommandOptions, CommandResultDto, IdempotencyKeyHeader, patternParam } from '@ccpc/service-kit';
import { OpenRoundDto, StateProceduresDto } from './approval-round.dto';
import { APPROVAL_ROUND_COMMANDS, ApprovalRounds, YEAR_PATTERN } from './approval-rounds.service';
import { Responds, type Responses } from '../responses';

const YEAR = patternParam('year', YEAR_PATTERN, '年份，如 2018');
const YearParam = () =>
  ApiParam({ name: 'year', description: '年度', schema: { type: 'string', pattern: YEAR_PATTERN.source, example: '2018' } });
const READERS = ['department', 'project-office', 'leader', 'leadership', 'admin'] as const;

@ApiTags('approval-rounds 集中审批')
@Controller('approval-rounds')
export class ApprovalRoundController {
  constructor(private readonly rounds: ApprovalRounds) {}

  @Post()
  @HttpCode(201)
  @Allow(...APPROVAL_ROUND_COMMANDS['open-round'].allow)
  @IdempotencyKeyHeader
  @ApiCreatedResponse({ description: '已开启；events[0].data.projects 为汇集的项目', type: CommandResultDto })
  @ApiOperation({ summary: APPROVAL_ROUND_COMMANDS['open-round'].summary })
  open(@CurrentCaller() caller: Caller, @Body() body: OpenRoundDto, @CommandHeaders() options: CommandOptions) {
    return this.rounds.run('open-round', caller, undefined, body, options);
  }

  @YearParam()
  @Post(':year/statements')
  @HttpCode(200)
  @Allow(...APPROVAL_ROUND_COMMANDS['state-procedures'].allow)
  @IdempotencyKeyHeader
  @ApiOkResponse({ type: CommandResultDto })
  @ApiOperation({ summary: APPROVAL_ROUND_COMMANDS['state-procedures'].summary })
  state(
    @CurrentCaller() caller: Caller,
    @Param('year', YEAR) year: string,
    @Body() body: StateProceduresDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.rounds.run('state-procedures', caller, year, body, options);
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '各年度集中审批' })
  @Responds('RoundList')
  list(): Promise<Responses['RoundList']> {
    return this.rounds.list();
  }

  @YearParam()
  @Get(':year')
  @Allow(...READERS)
  @ApiOperation({ summary: '集中审批进度：每个项目各部门明确的手续与时限，及其审批案件的办理进度' })
  @Responds('RoundProgress')
  get(@Param('year', YEAR) year: string): Promise<Responses['RoundProgress']> {
    return this.rounds.progress(year);
  }
}
