import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Allow } from '@ccpc/auth';
import { cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { type Bulletin, buildBulletin, type LateFacts } from '@ccpc/investment-promotion-domain';
import { OptionalField, patternParam } from '@ccpc/service-kit';
import { ACTIVITY_VIEW, type ActivityView } from '../activities/activity.view';
import { LEAD_VIEW, type LeadView } from '../leads/lead.view';
import { PLANNED_PROJECTS, type PlannedProject } from '../projects/planned-project.view';
import { Responds, type Responses } from '../responses';
import { bulletinPage } from './bulletin.html';

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
const MONTH_PARAM = patternParam('month', MONTH, '月份 YYYY-MM');
const refusals = ApiUnprocessableEntityResponse({
  description: '月份尚未开始（date.future），或 knownAt 晚于现在（query.knownAt-future）',
});
const month = ApiParam({
  name: 'month',
  description: '月份（YYYY-MM）',
  schema: { type: 'string', pattern: MONTH.source },
  example: '2018-05',
});
/** The bulletin is for publication: every signed-in role reads it. */
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;
const ALL = 100_000;

export class BulletinQuery {
  @ApiPropertyOptional({
    description:
      '按此时刻所知重新出具（ISO 时间，不得晚于现在）；缺省时，已结束的月份按其最后一天结束时所知（之后补录的不计入），未结束的按现在所知',
    example: '2018-07-05T09:00:00+08:00',
    type: String,
    format: 'date-time',
  })
  @OptionalField()
  @IsISO8601({ strict: true })
  knownAt?: string;
}

@ApiTags('bulletins 谋划信息和招商动态')
@Controller('bulletins')
export class BulletinController {
  constructor(
    @Inject(readModelToken(LEAD_VIEW)) private readonly leads: ProjectionStore<LeadView>,
    @Inject(readModelToken(ACTIVITY_VIEW)) private readonly activities: ProjectionStore<ActivityView>,
    @Inject(readModelToken(PLANNED_PROJECTS)) private readonly projects: ProjectionStore<PlannedProject>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':month')
  @Allow(...READERS)
  @ApiOperation({
    summary:
      '月度谋划信息和招商动态（四(二)「定期调度发布全市谋划信息、招商动态」）：新入库项目按产业、新增线索按产业链、签约与落地项目及金额、招商对接活动。' +
      '已结束的月份按该月最后一天结束时所知发布，此后补录的事项不改变本期（其数见 GET /bulletins/{month}/late）',
  })
  @month
  @refusals
  @Responds('Bulletin')
  async get(@Param('month', MONTH_PARAM) month: string, @Query() query: BulletinQuery): Promise<Responses['Bulletin']> {
    return (await this.build(month, query.knownAt)).bulletin;
  }

  @Get(':month/late')
  @Allow('project-office', 'leadership', 'admin')
  @ApiOperation({ summary: '本期截止后补录的该月事项数（不计入已发布的本期；市大项目办据此决定是否更正）' })
  @month
  @refusals
  @Responds('LateFacts')
  async late(@Param('month', MONTH_PARAM) month: string, @Query() query: BulletinQuery): Promise<Responses['LateFacts']> {
    return (await this.build(month, query.knownAt)).late;
  }

  @Get(':month/print')
  @Allow(...READERS)
  @ApiOperation({ summary: '月度谋划信息和招商动态：可打印、可发布的页面（A4），内容与 JSON 相同' })
  @month
  @refusals
  @ApiOkResponse({ description: 'HTML 页面', content: { 'text/html': { schema: { type: 'string' } } } })
  async print(
    @Param('month', MONTH_PARAM) month: string,
    @Query() query: BulletinQuery,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<string> {
    const page = bulletinPage((await this.build(month, query.knownAt)).bulletin);
    // Set once the page is made: a refusal stays the JSON error body its status documents.
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return page;
  }

  private async build(month: string, knownAt?: string): Promise<{ bulletin: Bulletin; late: LateFacts }> {
    const now = this.clock.now().toISOString();
    const asKnown = knownAt === undefined ? undefined : new Date(knownAt).toISOString();
    if (asKnown !== undefined && asKnown > now)
      throw new DomainError('query.knownAt-future', `知情时点 ${knownAt} 晚于现在：已出具的内容须可在以后重现`, {
        field: 'knownAt',
        status: 422,
      });
    if (`${month}-01` > cityDate(now))
      throw new DomainError('date.future', `${month} 尚未开始，没有本月的谋划信息和招商动态`, { field: 'month', status: 422 });
    const [leads, activities, projects] = await Promise.all([
      this.leads.page({ anyOf: [{ months: [month] }], skip: 0, limit: ALL }),
      this.activities.page({ equals: { heldMonth: month }, skip: 0, limit: ALL }),
      this.projects.page({ equals: { registeredMonth: month }, skip: 0, limit: ALL }),
    ]);
    return buildBulletin(month, now, { leads: leads.items, activities: activities.items, projects: projects.items }, asKnown);
  }
}
