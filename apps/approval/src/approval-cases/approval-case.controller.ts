import { Body, Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { CommandHeaders, type CommandOptions, CommandRoute, patternParam, uuidParam, VersionETag } from '@ccpc/service-kit';
import { APPROVAL_ITEMS } from '@ccpc/approval-domain';
import { cityDate } from '@ccpc/contracts';
import { APPROVAL_CASE_COMMANDS, ApprovalCaseCommands, ITEM_CODE } from './approval-case.commands';
import {
  ApprovalCaseQueryDto,
  ApproveItemDto,
  RecordVisitDto,
  RejectItemDto,
  RequestSupplementsDto,
  ResubmitItemDto,
  SubmitItemDto,
} from './approval-case.dto';
import { APPROVAL_VIEW, type ApprovalCaseView } from './approval-case.view';
import { Responds, type Responses } from '../responses';
import { seesCase, withClock } from './case-access';
import { casesMatching } from './case-list';
import { CaseMirror } from './case-mirror';

const ID = uuidParam('id', '项目编号（每个项目一个审批案件）');
const ITEM = patternParam('itemCode', ITEM_CODE, '审批事项代码（见审批事项清单）');
/** Documented on every item route: the fuzzer and the generated client send codes of the right shape. */
const ItemCodeParam = () =>
  ApiParam({
    name: 'itemCode',
    description: `审批事项代码（GET /reference/approval-items）：${APPROVAL_ITEMS.map((i) => `${i.code} ${i.name}`).join('；')}`,
    schema: { type: 'string', pattern: ITEM_CODE.source, example: 'site-selection' },
  });
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('approval-cases 审批案件')
@Controller('approval-cases')
@UseInterceptors(VersionETag)
export class ApprovalCaseController {
  constructor(
    private readonly commands: ApprovalCaseCommands,
    private readonly cases: CaseMirror,
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly view: ProjectionStore<ApprovalCaseView>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({
    summary: '审批案件列表（仅本人权限范围内：县区看本地项目，部门看有本部门事项的案件），可搜索、按县区/部门/状态/超期筛选，最近立案在前',
  })
  @Responds('ApprovalCasePage')
  async list(@CurrentCaller() caller: Caller, @Query() query: ApprovalCaseQueryDto): Promise<Responses['ApprovalCasePage']> {
    const today = cityDate(this.clock.now());
    const all = casesMatching(await this.cases.visibleTo(caller), query, today);
    const start = (query.page - 1) * query.pageSize;
    return { items: all.slice(start, start + query.pageSize), total: all.length, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件详情：各事项状态、到期日、剩余工作日（ETag 为版本）' })
  @Responds('ApprovalCase', '案件及其事项（ETag 为版本）')
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string): Promise<Responses['ApprovalCase']> {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!found || !seesCase(caller, found))
      throw new DomainError('approvalCase.notFound', `项目 ${id} 没有审批案件`, { field: 'id', status: 404 });
    return withClock(found, cityDate(this.clock.now()));
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'submit-item')
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: SubmitItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('submit-item', caller, id, itemCode, body, options);
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'resubmit-item')
  resubmit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: ResubmitItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('resubmit-item', caller, id, itemCode, body, options);
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'request-supplements')
  requestSupplements(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RequestSupplementsDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('request-supplements', caller, id, itemCode, body, options);
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'approve-item')
  approve(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: ApproveItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('approve-item', caller, id, itemCode, body, options);
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'reject-item')
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RejectItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('reject-item', caller, id, itemCode, body, options);
  }

  @ItemCodeParam()
  @CommandRoute(APPROVAL_CASE_COMMANDS, 'record-visit')
  visit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RecordVisitDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.run('record-visit', caller, id, itemCode, body, options);
  }
}
