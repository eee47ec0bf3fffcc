import { Body, Controller, Get, Inject, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { Responds, type Responses } from '../responses';
import { ISSUE_COMMANDS as COMMANDS, type IssueCommandName, IssueCommands } from './issue.commands';
import * as Dto from './issue.dto';
import { seesIssue, visibleIssues } from './issue-access';
import { ISSUE_VIEW, type IssueView } from './issue.view';

const ID = uuidParam('id', '问题编号');
export const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('issues 项目问题')
@Controller('issues')
@UseInterceptors(VersionETag)
export class IssueController {
  constructor(
    private readonly commands: IssueCommands,
    @Inject(readModelToken(ISSUE_VIEW)) private readonly view: ProjectionStore<IssueView>,
  ) {}

  @Post()
  @Allow(...COMMANDS['report-issue'].allow)
  @ApiOperation({ summary: COMMANDS['report-issue'].summary })
  @ApiCreatedResponse({ description: '已上报；返回问题编号、版本与事件（Location 指向问题）', type: CommandResultDto })
  @ApiNotFoundResponse({ description: '项目储备库中没有这个项目（rule issue.projectUnknown）' })
  @IdempotencyKeyHeader
  async report(
    @CurrentCaller() caller: Caller,
    @Body() body: Dto.ReportIssueDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const outcome = await this.commands.run('report-issue', caller, undefined, body, options);
    res.setHeader('Location', `/issues/${outcome.id}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '项目问题列表（仅本人权限范围内：县区看本地项目的，部门看本部门上报、承办的），可按县区、部门、项目、状态、周期、类别筛选，最近上报在前',
  })
  @Responds('IssuePage')
  async list(@CurrentCaller() caller: Caller, @Query() query: Dto.IssueQueryDto): Promise<Responses['IssuePage']> {
    const { items, total } = await this.view.page({
      equals: {
        localityCode: query.localityCode,
        departmentCode: query.departmentCode,
        projectId: query.projectId,
        status: query.status,
        cycle: query.cycle,
        category: query.category,
        open: query.open,
      },
      anyOf: visibleIssues(caller),
      sort: { reportedOn: -1, issueId: 1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '问题详情及办理经过（ETag 为版本）' })
  @Responds('Issue', '问题及其版本（ETag）')
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string): Promise<Responses['Issue']> {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!found || !seesIssue(caller, found))
      throw new DomainError('issue.notFound', `没有编号为 ${id} 的项目问题`, { field: 'id', status: 404 });
    return found;
  }

  private run(name: IssueCommandName, caller: Caller, id: string, body: object, options: CommandOptions) {
    return this.commands.run(name, caller, id, body, options);
  }

  @CommandRoute(COMMANDS, 'distribute-issue')
  distribute(
    @CurrentCaller() c: Caller,
    @Param('id', ID) id: string,
    @Body() b: Dto.DistributeIssueDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.run('distribute-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'reject-issue')
  reject(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.RejectIssueDto, @CommandHeaders() o: CommandOptions) {
    return this.run('reject-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'accept-issue')
  accept(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.AcceptIssueDto, @CommandHeaders() o: CommandOptions) {
    return this.run('accept-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'note-progress')
  note(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.NoteProgressDto, @CommandHeaders() o: CommandOptions) {
    return this.run('note-progress', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'request-escalation')
  escalate(
    @CurrentCaller() c: Caller,
    @Param('id', ID) id: string,
    @Body() b: Dto.RequestEscalationDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.run('request-escalation', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'decide-issue')
  decide(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.DecideIssueDto, @CommandHeaders() o: CommandOptions) {
    return this.run('decide-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'supervise-issue')
  supervise(
    @CurrentCaller() c: Caller,
    @Param('id', ID) id: string,
    @Body() b: Dto.SuperviseIssueDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.run('supervise-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'resolve-issue')
  resolve(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.ResolveIssueDto, @CommandHeaders() o: CommandOptions) {
    return this.run('resolve-issue', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'confirm-resolution')
  confirm(
    @CurrentCaller() c: Caller,
    @Param('id', ID) id: string,
    @Body() b: Dto.ConfirmResolutionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.run('confirm-resolution', c, id, b, o);
  }

  @CommandRoute(COMMANDS, 'reopen-issue')
  reopen(@CurrentCaller() c: Caller, @Param('id', ID) id: string, @Body() b: Dto.ReopenIssueDto, @CommandHeaders() o: CommandOptions) {
    return this.run('reopen-issue', c, id, b, o);
  }
}
