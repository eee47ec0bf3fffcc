import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { CYCLE_MILESTONE_LABELS, CYCLE_MILESTONES } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { milestoneDeadline } from '@ccpc/issue-resolution-domain';
import { patternParam } from '@ccpc/service-kit';
import { READERS } from '../issues/issue.controller';
import { visibleIssues } from '../issues/issue-access';
import { ISSUE_VIEW, type IssueView } from '../issues/issue.view';
import { Responds, type Responses } from '../responses';
import { CYCLE_VIEW, type MonthlyCycleView } from './monthly-cycle.view';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH = patternParam('month', MONTH_PATTERN, '月度周期 YYYY-MM');

/** The columns of the project office's cycle board. */
export const CYCLE_COLUMNS = {
  reported: '待分发',
  handling: '部门办理中',
  meeting: '提交联席会议',
  leader: '包保领导协调',
  resolved: '已解决',
  rejected: '不予受理',
} as const;
export type CycleColumn = keyof typeof CYCLE_COLUMNS;

export function columnOf(issue: IssueView): CycleColumn {
  switch (issue.status) {
    case 'reported':
      return 'reported';
    case 'escalated':
      return issue.level === 'city-leader' ? 'leader' : 'meeting';
    case 'resolved':
    case 'closed':
      return 'resolved';
    case 'rejected':
      return 'rejected';
    default:
      return 'handling';
  }
}

@ApiTags('cycles 月度问题解决周期')
@Controller('cycles')
export class CycleController {
  constructor(
    @Inject(readModelToken(ISSUE_VIEW)) private readonly issues: ProjectionStore<IssueView>,
    @Inject(readModelToken(CYCLE_VIEW)) private readonly cycles: ProjectionStore<MonthlyCycleView>,
  ) {}

  @Get(':month')
  @ApiParam({
    name: 'month',
    description: '月度周期 YYYY-MM',
    schema: { type: 'string', pattern: MONTH_PATTERN.source, example: '2018-05' },
  })
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '月度周期看板（§32）：报送（10日）、分发（15日）、联席会议（25日）三个节点的截止日（逢非工作日顺延）与到期记录，本周期问题按办理阶段分列（仅本人权限范围内）',
  })
  @ApiUnprocessableEntityResponse({ description: '工作日历没有该年的法定节假日数据（rule calendar.year-not-covered）' })
  @Responds('CycleBoard')
  async board(@CurrentCaller() caller: Caller, @Param('month', MONTH) month: string): Promise<Responses['CycleBoard']> {
    milestoneDeadline(month, 'meeting', 'month'); // a year the calendar does not cover: 422 before anything is read
    const [{ items }, recorded] = await Promise.all([
      this.issues.page({
        equals: { cycle: month },
        anyOf: visibleIssues(caller),
        sort: { reportedOn: 1, issueId: 1 },
        skip: 0,
        limit: 5000,
      }),
      this.cycles.get(month),
    ]);
    const milestones = CYCLE_MILESTONES.map((milestone) => ({
      milestone,
      label: CYCLE_MILESTONE_LABELS[milestone],
      deadline: milestoneDeadline(month, milestone, 'month'),
      passed: recorded?.passed[milestone] ?? null,
    }));
    const columns = (Object.keys(CYCLE_COLUMNS) as CycleColumn[]).map((column) => {
      const issues = items.filter((i) => columnOf(i) === column);
      return { column, label: CYCLE_COLUMNS[column], count: issues.length, issues: issues.map(({ log: _log, ...issue }) => issue) };
    });
    return { cycle: month, milestones, columns, total: items.length };
  }
}
