import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { APPROVAL_ITEMS, ITEM_STATUS_LABELS } from '@ccpc/approval-domain';
import { InboxQueryDto } from './approval-case.dto';
import { APPROVAL_VIEW, type ApprovalCaseView } from './approval-case.view';
import { inboxRows } from './inbox';
import { Responds, type Responses } from '../responses';

/**
 * Open cases are read in pages of this size until none are left, so an inbox is never cut short
 * (one page for the demo city's whole year; beyond it, a case closing between two reads can move
 * another out of this request — the next one shows it).
 */
const PAGE = 5000;

@ApiTags('approval-cases 审批案件')
@Controller()
export class InboxController {
  constructor(
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly view: ProjectionStore<ApprovalCaseView>,
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
    const all = inboxRows(caller, await this.openCasesOf(caller), { status: query.status, due: query.due }, today);
    const start = (query.page - 1) * query.pageSize;
    return { asOf: today, items: all.slice(start, start + query.pageSize), total: all.length, page: query.page, pageSize: query.pageSize };
  }

  /** Every open case the caller sees (its 区's, its department's, or all), read page by page. */
  private async openCasesOf(caller: Caller): Promise<ApprovalCaseView[]> {
    const visibility = caller.visibility();
    const anyOf: Array<Record<string, readonly string[]>> | undefined = visibility.all
      ? undefined
      : [{ localityCode: visibility.localityCodes }, { departmentCodes: visibility.departmentCodes }];
    const cases: ApprovalCaseView[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const { items } = await this.view.page({ equals: { status: 'open' }, anyOf, sort: { openedOn: 1, projectId: 1 }, skip, limit: PAGE });
      cases.push(...items);
      if (items.length < PAGE) return cases;
    }
  }

  @Get('reference/approval-items')
  @Allow('locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin')
  @ApiOperation({ summary: '审批事项参考数据（2018.1 版）：办理部门、承诺时限（工作日）、前置事项' })
  @Responds('ApprovalItemsReference')
  reference(): Responses['ApprovalItemsReference'] {
    return { version: '2018.1', items: APPROVAL_ITEMS, statuses: ITEM_STATUS_LABELS };
  }
}
