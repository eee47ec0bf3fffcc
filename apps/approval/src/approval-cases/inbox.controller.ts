import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { APPROVAL_ITEMS, ITEM_STATUS_LABELS } from '@ccpc/approval-domain';
import { InboxQueryDto } from './approval-case.dto';
import { APPROVAL_VIEW, type ApprovalCaseView, type ApprovalItemView } from './approval-case.view';
import { workingDaysLeft } from './case-access';

type Action = 'decide' | 'submit' | 'resubmit';
const ACTION_LABELS: Record<Action, string> = { decide: '审批', submit: '申报', resubmit: '补正' };
/** At most this many open cases are read for one inbox (a department of the demo city has a few hundred). */
const CASES = 5000;

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
  @ApiOkResponse({ description: '{ asOf, items, total, page, pageSize }' })
  async inbox(@CurrentCaller() caller: Caller, @Query() query: InboxQueryDto) {
    const visibility = caller.visibility();
    const { items: cases } = await this.view.page({
      equals: { status: 'open' },
      anyOf: visibility.all ? undefined : [{ localityCode: visibility.localityCodes }, { departmentCodes: visibility.departmentCodes }],
      sort: { openedOn: 1 },
      skip: 0,
      limit: CASES,
    });
    const today = cityDate(this.clock.now());
    const actionOf = (c: ApprovalCaseView, item: ApprovalItemView): Action | undefined => {
      if (item.status === 'under-review' && (visibility.all || caller.sees({ departmentCode: item.departmentCode }))) return 'decide';
      if (visibility.all || !caller.sees({ localityCode: c.localityCode })) return undefined;
      if (item.status === 'awaiting-supplements') return 'resubmit';
      const ready = item.prerequisites.every((p) => c.items.find((i) => i.code === p)?.status === 'approved');
      return (item.status === 'not-submitted' || item.status === 'rejected') && ready ? 'submit' : undefined;
    };
    const all = cases
      .flatMap((c) =>
        c.items
          .map((item) => ({ c, item, action: actionOf(c, item) }))
          .filter((row): row is typeof row & { action: Action } => !!row.action),
      )
      .filter(
        ({ item }) => (!query.status || item.status === query.status) && (!query.due || (item.dueOn !== null && item.dueOn <= query.due)),
      )
      .map(({ c, item, action }) => ({
        projectId: c.projectId,
        projectName: c.projectName,
        localityCode: c.localityCode,
        itemCode: item.code,
        itemName: item.name,
        departmentCode: item.departmentCode,
        status: item.status,
        statusLabel: ITEM_STATUS_LABELS[item.status],
        action,
        actionLabel: ACTION_LABELS[action],
        submittedOn: item.submittedOn,
        dueOn: item.dueOn,
        workingDaysLeft: workingDaysLeft(item, today),
        overdue: item.overdueReported,
      }))
      .sort((a, b) =>
        (a.dueOn ?? '9999') < (b.dueOn ?? '9999')
          ? -1
          : (a.dueOn ?? '9999') > (b.dueOn ?? '9999')
            ? 1
            : a.projectName.localeCompare(b.projectName, 'zh-CN') || a.itemCode.localeCompare(b.itemCode),
      );
    const start = (query.page - 1) * query.pageSize;
    return { asOf: today, items: all.slice(start, start + query.pageSize), total: all.length, page: query.page, pageSize: query.pageSize };
  }

  @Get('reference/approval-items')
  @Allow('locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin')
  @ApiOperation({ summary: '审批事项参考数据（2018.1 版）：办理部门、承诺时限（工作日）、前置事项' })
  reference() {
    return { version: '2018.1', items: APPROVAL_ITEMS, statuses: ITEM_STATUS_LABELS };
  }
}
