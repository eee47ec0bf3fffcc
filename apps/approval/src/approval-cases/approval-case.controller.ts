import { Body, Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { CommandHeaders, type CommandOptions, CommandRoute, patternParam, uuidParam, VersionETag } from '@ccpc/service-kit';
import { APPROVAL_ITEMS } from '@ccpc/approval-domain';
import { cityDate } from '@ccpc/contracts';
import { ApprovalCaseCommands } from './approval-case.commands';
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
import { seesCase, withClock } from './case-access';

const ID = uuidParam('id', 'a project id (one approval case per project)');
const ITEM_CODE = /^[a-z][a-z0-9-]{0,39}$/;
const ITEM = patternParam('itemCode', ITEM_CODE, 'an approval item code (GET /reference/approval-items)');
/** Documented on every item route: the fuzzer and the generated client send codes of the right shape. */
const ItemCodeParam = () =>
  ApiParam({
    name: 'itemCode',
    description: `审批事项代码（GET /reference/approval-items）：${APPROVAL_ITEMS.map((i) => `${i.code} ${i.name}`).join('；')}`,
    schema: { type: 'string', pattern: ITEM_CODE.source, example: 'site-selection' },
  });
const APPLICANT = ['locality', 'project-office', 'admin'] as const;
const DEPARTMENT = ['department', 'project-office', 'admin'] as const;
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('approval-cases 审批案件')
@Controller('approval-cases')
@UseInterceptors(VersionETag)
export class ApprovalCaseController {
  constructor(
    private readonly commands: ApprovalCaseCommands,
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly view: ProjectionStore<ApprovalCaseView>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '审批案件列表（仅本人权限范围内：县区看本地项目，部门看有本部门事项的案件）' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  async list(@CurrentCaller() caller: Caller, @Query() query: ApprovalCaseQueryDto) {
    const visibility = caller.visibility();
    const { items, total } = await this.view.page({
      equals: { localityCode: query.localityCode, status: query.status },
      anyOf: visibility.all ? undefined : [{ localityCode: visibility.localityCodes }, { departmentCodes: visibility.departmentCodes }],
      sort: { openedOn: -1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const today = cityDate(this.clock.now());
    return { items: items.map((c) => withClock(c, today)), total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '案件详情：各事项状态、到期日、剩余工作日（ETag 为版本）' })
  async get(@CurrentCaller() caller: Caller, @Param('id', ID) id: string) {
    const found = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!found || !seesCase(caller, found))
      throw new DomainError('approvalCase.notFound', `项目 ${id} 没有审批案件`, { field: 'id', status: 404 });
    return withClock(found, cityDate(this.clock.now()));
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/submission', '申报审批事项（申请人所在县区）', ...APPLICANT)
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: SubmitItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.onItem(
      caller,
      id,
      'applicant',
      { type: 'SubmitItem', itemCode, date: body.date, documents: body.documents },
      options,
    );
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/resubmission', '按一次性告知补正后再次提交（申请人所在县区）', ...APPLICANT)
  resubmit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: ResubmitItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.onItem(
      caller,
      id,
      'applicant',
      { type: 'ResubmitItem', itemCode, date: body.date, documents: body.documents },
      options,
    );
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/supplement-request', '一次性告知需补正的全部材料（办理部门）', ...DEPARTMENT)
  requestSupplements(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RequestSupplementsDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    const { date, documents, note } = body;
    return this.commands.onItem(
      caller,
      id,
      'department',
      { type: 'RequestSupplements', itemCode, date, documents, ...(note ? { note } : {}) },
      options,
    );
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/approval', '批准（办理部门）', ...DEPARTMENT)
  approve(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: ApproveItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.onItem(
      caller,
      id,
      'department',
      { type: 'ApproveItem', itemCode, date: body.date, ...(body.note ? { note: body.note } : {}) },
      options,
    );
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/rejection', '不予批准并说明理由（办理部门）', ...DEPARTMENT)
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RejectItemDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.onItem(
      caller,
      id,
      'department',
      { type: 'RejectItem', itemCode, date: body.date, reasons: body.reasons },
      options,
    );
  }

  @ItemCodeParam()
  @CommandRoute('items/:itemCode/visits', '登记申请人到窗口办理一次（最多跑一次：同一环节第二次到访予以标记）', ...DEPARTMENT)
  visit(
    @CurrentCaller() caller: Caller,
    @Param('id', ID) id: string,
    @Param('itemCode', ITEM) itemCode: string,
    @Body() body: RecordVisitDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    return this.commands.onItem(caller, id, 'department', { type: 'RecordVisit', itemCode, step: body.step, date: body.date }, options);
  }
}
