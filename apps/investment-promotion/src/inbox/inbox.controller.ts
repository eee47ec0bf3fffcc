import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { ACTIVITY_KIND_LABELS, byDeadline, cityDate, type TodoEntry } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { ACTIVITY_VIEW, type ActivityView } from '../activities/activity.view';
import { COURTSHIP_VIEW, type CourtshipView } from '../conflicts/courtship.view';
import { visibleLeads } from '../leads/lead.controller';
import { Responds, type Responses } from '../responses';

const LIMIT = 2000;

/**
 * Investment promotion's part of the 待办: the conflicts awaiting the project office, and each
 * planned activity whose day has passed without its results (its organiser records them, or
 * cancels it) — in the shape every service's inbox answers.
 */
@ApiTags('inbox 待办')
@Controller('inbox')
export class InboxController {
  constructor(
    @Inject(readModelToken(ACTIVITY_VIEW)) private readonly activities: ProjectionStore<ActivityView>,
    @Inject(readModelToken(COURTSHIP_VIEW)) private readonly courtships: ProjectionStore<CourtshipView>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('locality', 'department', 'project-office', 'admin')
  @ApiOperation({
    summary:
      '待办：待协调的招商冲突（市大项目办）与已过活动日期、尚未登记成果的招商活动（组织单位），时限最近的在前；与其他服务的待办同一格式',
  })
  @Responds('Inbox')
  async inbox(@CurrentCaller() caller: Caller): Promise<Responses['Inbox']> {
    const today = cityDate(this.clock.now());
    const office = caller.visibility().all;
    const [{ items: planned }, conflicts] = await Promise.all([
      this.activities.page({ equals: { status: 'planned' }, anyOf: visibleLeads(caller), sort: { date: 1 }, skip: 0, limit: LIMIT }),
      office
        ? this.courtships.page({ equals: { conflictStatus: 'open' }, sort: { updatedAt: 1 }, skip: 0, limit: LIMIT })
        : Promise.resolve({ items: [] as CourtshipView[] }),
    ]);
    const items: TodoEntry[] = [
      ...planned
        .filter((a) => a.date < today)
        .map((a) => ({
          service: 'investment-promotion' as const,
          kind: 'activity',
          id: a.activityId,
          title: `${a.title}（${ACTIVITY_KIND_LABELS[a.kind]}）`,
          projectId: null,
          projectName: null,
          action: 'results',
          actionLabel: '登记活动成果或取消',
          dueOn: a.date,
          overdue: true,
          link: '/promotion/activities',
        })),
      ...conflicts.items.map((c) => ({
        service: 'investment-promotion' as const,
        kind: 'conflict',
        id: c.courtshipId,
        title: `${c.enterpriseName} · ${c.chainNode}（${c.localityCodes.length} 地对接）`,
        projectId: null,
        projectName: null,
        action: 'resolve',
        actionLabel: '协调招商冲突',
        dueOn: null,
        overdue: false,
        link: '/promotion/conflicts',
      })),
    ].sort(byDeadline);
    return { items, total: items.length };
  }
}
