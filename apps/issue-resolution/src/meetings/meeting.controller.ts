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
  uuidParam,
  VersionETag,
} from '@ccpc/service-kit';
import { READERS } from '../issues/issue.controller';
import { ISSUE_VIEW, type IssueView } from '../issues/issue.view';
import { Responds, type Responses } from '../responses';
import { DECISION_CODE, MEETING_COMMANDS as COMMANDS, MeetingCommands } from './meeting.commands';
import { CompleteDecisionDto, HoldMeetingDto, MeetingQueryDto, RecordDecisionDto } from './meeting.dto';
import { MEETING_VIEW, type MeetingView } from './meeting.view';

const ID = uuidParam('id', '会议编号');
const DECISION = patternParam('decisionId', DECISION_CODE, '决定事项序号（1、2、…）');

@ApiTags('meetings 会议纪要')
@Controller('meetings')
@UseInterceptors(VersionETag)
export class MeetingController {
  constructor(
    private readonly commands: MeetingCommands,
    @Inject(readModelToken(MEETING_VIEW)) private readonly view: ProjectionStore<MeetingView>,
    @Inject(readModelToken(ISSUE_VIEW)) private readonly issues: ProjectionStore<IssueView>,
  ) {}

  @Post()
  @Allow(...COMMANDS['hold-meeting'].allow)
  @ApiOperation({ summary: COMMANDS['hold-meeting'].summary })
  @ApiCreatedResponse({ description: '已登记；返回会议编号（Location 指向会议）', type: CommandResultDto })
  @IdempotencyKeyHeader
  async hold(
    @CurrentCaller() caller: Caller,
    @Body() body: HoldMeetingDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const outcome = await this.commands.run('hold-meeting', caller, undefined, {}, body, options);
    res.setHeader('Location', `/meetings/${outcome.id}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '会议列表（最近的在前）' })
  @Responds('MeetingPage')
  async list(@Query() query: MeetingQueryDto): Promise<Responses['MeetingPage']> {
    const { items, total } = await this.view.page({
      equals: { kind: query.kind },
      sort: { date: -1, meetingId: 1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '会议纪要：纪要中的决定事项，以及会上对上报问题作出的决定（各自的牵头单位、时限与办理状态）' })
  @Responds('MeetingMinutes', '纪要及其版本（ETag）')
  async get(@Param('id', ID) id: string): Promise<Responses['MeetingMinutes']> {
    const meeting = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!meeting) throw new DomainError('meeting.notFound', `没有编号为 ${id} 的会议`, { field: 'id', status: 404 });
    const { items } = await this.issues.page({
      equals: {},
      anyOf: [{ 'decision.meetingId': [id] }],
      sort: { issueId: 1 },
      skip: 0,
      limit: 500,
    });
    const issueDecisions = items.map((i) => ({
      issueId: i.issueId,
      projectId: i.projectId,
      projectName: i.projectName,
      status: i.status,
      decision: i.decision as NonNullable<IssueView['decision']>,
    }));
    return { ...meeting, issueDecisions };
  }

  @CommandRoute(COMMANDS, 'record-decision')
  record(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: RecordDecisionDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('record-decision', c, id, {}, b, o);
  }

  @ApiParam({
    name: 'decisionId',
    description: '决定事项序号（1、2、…）',
    schema: { type: 'string', pattern: DECISION_CODE.source, example: '1' },
  })
  @CommandRoute(COMMANDS, 'complete-decision')
  complete(
    @CurrentCaller() c: Caller,
    @Param('id', ID) id: string,
    @Param('decisionId', DECISION) decisionId: string,
    @Body() b: CompleteDecisionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('complete-decision', c, id, { decisionId }, b, o);
  }
}
