import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { byDeadline, cityDate } from '@ccpc/contracts';
import { CLOCK } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { APPROVAL_ITEMS, ITEM_STATUS_LABELS } from '@ccpc/approval-domain';
import { InboxQueryDto } from './approval-case.dto';
import type { ApprovalCaseView } from './approval-case.view';
import { CaseMirror } from './case-mirror';
import { inboxRows, todoOf } from './inbox';
import { Responds, type Responses } from '../responses';

@ApiTags('approval-cases 审批案件')
@Controller()
export class InboxController {
  constructor(
    private readonly cases: CaseMirror,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('items')
  @Allow('locality', 'department', 'project-office', 'admin')
  @ApiOperation({
    summary: '待办：本人须办理的审批事项，到期日最早的在前（部门：待审批；县区：可申报与待补正；市项目办：全部审批中事项）',
  })
  @Responds('Inbox')
  async inbox(@CurrentCaller() caller: Caller, @Query() query: InboxQueryDto): Promise<Responses['Inbox']> {
    const today = cityDate(this.clock.now());
    const { status, due, q, localityCode, departmentCode, itemCode, overdue, sort } = query;
    const filter = { status, due, q, localityCode, departmentCode, itemCode, overdue, sort };
    const all = inboxRows(caller, await this.openCasesOf(caller), filter, today);
    const start = (query.page - 1) * query.pageSize;
    return { asOf: today, items: all.slice(start, start + query.pageSize), total: all.length, page: query.page, pageSize: query.pageSize };
  }

  @Get('inbox')
  @Allow('locality', 'department', 'project-office', 'admin')
  @ApiOperation({
    summary: '待办（与各服务同一格式）：本人须申报、补正或审批的事项，到期日最早的在前；网页的“我的待办”合并各服务的这一部分',
  })
  @Responds('Todo')
  async todo(@CurrentCaller() caller: Caller): Promise<Responses['Todo']> {
    const today = cityDate(this.clock.now());
    // The city-wide roles follow every item under review on their list screens; their 待办 holds the overdue ones (to supervise).
    const rows = inboxRows(caller, await this.openCasesOf(caller), caller.visibility().all ? { overdue: true } : {}, today);
    const items = rows.map(todoOf).sort(byDeadline);
    return { items, total: items.length };
  }

  /** Every open case the caller sees (its 区's, its department's, or all). */
  private async openCasesOf(caller: Caller): Promise<ApprovalCaseView[]> {
    return (await this.cases.visibleTo(caller)).filter((c) => c.status === 'open');
  }

  @Get('reference/approval-items')
  @Allow('locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin')
  @ApiOperation({ summary: '审批事项参考数据（2018.1 版）：办理部门、承诺时限（工作日）、前置事项' })
  @Responds('ApprovalItemsReference')
  reference(): Responses['ApprovalItemsReference'] {
    return { version: '2018.1', items: APPROVAL_ITEMS, statuses: ITEM_STATUS_LABELS };
  }
}
