import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { byDeadline, cityDate, type TodoEntry } from '@ccpc/contracts';
import { CLOCK } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { monthlyReportDue, owesMonthlyReport } from '@ccpc/registry-domain';
import { ProjectList } from './project-list';
import { Responds, type Responses } from '../responses';

/** At most this many projects under construction are read for one inbox (a 区 has tens, a department hundreds). */
const LIMIT = 5000;

@ApiTags('inbox 待办')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly projects: ProjectList,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('locality', 'department', 'project-office', 'admin')
  @ApiOperation({
    summary:
      '待办（与各服务同一格式）：本人负责的在建项目中，上月完成投资尚未填报的（每月5日前填报上月），到期日最早的在前；市项目办只见已逾期的',
  })
  @Responds('Todo')
  async inbox(@CurrentCaller() caller: Caller): Promise<Responses['Todo']> {
    const today = cityDate(this.clock.now());
    const { month, dueOn } = monthlyReportDue(today);
    const visibility = caller.visibility();
    const overdue = today > dueOn;
    // The city-wide roles do not report; their 待办 holds the reports past due, to chase.
    if (visibility.all && !overdue) return { items: [], total: 0 };
    const { items: projects } = await this.projects.mirror.page({
      equals: { stage: 'under-construction' },
      anyOf: visibility.all ? undefined : [{ localityCode: visibility.localityCodes }, { departmentCode: visibility.departmentCodes }],
      sort: { totalInvestmentWan: -1 },
      skip: 0,
      limit: LIMIT,
    });
    const [y, m] = month.split('-').map(Number) as [number, number];
    const items = projects
      .filter((p) => owesMonthlyReport(p, month))
      .map((p): TodoEntry => ({
        service: 'registry',
        kind: 'monthly-report',
        id: `${p.projectId}:${month}`,
        title: `${y}年${m}月完成投资`,
        projectId: p.projectId,
        projectName: p.name,
        action: 'report-investment',
        actionLabel: '填报月度投资',
        dueOn,
        overdue,
        link: `/workbench/investments?projectId=${p.projectId}`,
      }))
      .sort(byDeadline);
    return { items, total: items.length };
  }
}
