import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { approvalRoundStreams, THRESHOLDS } from '@ccpc/contracts';
import type { MongoEventStore, ProjectionStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { type ApprovalRoundCommand, approvalRoundDecider } from '@ccpc/approval-domain';
import { CommandHeaders, type CommandOptions, IdempotencyKeyHeader, patternParam } from '@ccpc/service-kit';
import { APPROVAL_VIEW, type ApprovalCaseView } from '../approval-cases/approval-case.view';
import { runCommand } from '../approval-cases/run-command';
import { OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { OpenRoundDto, StateProceduresDto } from './approval-round.dto';
import { ROUND_VIEW, type ApprovalRoundView } from './approval-round.view';

const YEAR_PATTERN = /^20\d{2}$/;
const YEAR = patternParam('year', YEAR_PATTERN, 'a year such as 2018');
const YearParam = () =>
  ApiParam({ name: 'year', description: '年度', schema: { type: 'string', pattern: YEAR_PATTERN.source, example: '2018' } });
const READERS = ['department', 'project-office', 'leader', 'leadership', 'admin'] as const;
const aggregate = { name: 'ApprovalRound', decider: approvalRoundDecider };

@ApiTags('approval-rounds 集中审批')
@Controller('approval-rounds')
export class ApprovalRoundController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(readModelToken(ROUND_VIEW)) private readonly rounds: ProjectionStore<ApprovalRoundView>,
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly cases: ProjectionStore<ApprovalCaseView>,
    private readonly registry: OpenCaseReaction,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('project-office', 'admin')
  @IdempotencyKeyHeader
  @ApiCreatedResponse({ description: '已开启；events[0].data.projects 为汇集的项目' })
  @ApiOperation({ summary: '开启年度集中审批（一季度；汇集本年计划新开工、总投资 ≥ 10亿元、开启之日尚未开工的项目）' })
  async open(@CurrentCaller() caller: Caller, @Body() body: OpenRoundDto, @CommandHeaders() options: CommandOptions) {
    const actor = caller.actOn({});
    const known = await this.registry.projects.page({ skip: 0, limit: 100_000 });
    const projects = known.items
      .filter(
        (p) =>
          p.totalInvestmentWan >= THRESHOLDS.concentratedApprovalWan &&
          p.plans.some((plan) => plan.year === body.year && plan.kind === 'new-start') &&
          p.stage !== 'cancelled' &&
          (p.firstStartDate === null || p.firstStartDate > body.date),
      )
      .map((p) => ({ projectId: p.projectId, name: p.name, localityCode: p.localityCode, totalInvestmentWan: p.totalInvestmentWan }))
      .sort((a, b) => b.totalInvestmentWan - a.totalInvestmentWan || a.projectId.localeCompare(b.projectId));
    return this.run(String(body.year), { type: 'OpenRound', year: body.year, date: body.date, projects }, () => actor, options);
  }

  @YearParam()
  @Post(':year/statements')
  @HttpCode(200)
  @Allow('department', 'project-office', 'admin')
  @IdempotencyKeyHeader
  @ApiOperation({ summary: '审批职能部门一次性明确项目需补充的手续及审批时限（每个部门对每个项目一次）' })
  state(
    @CurrentCaller() caller: Caller,
    @Param('year', YEAR) year: string,
    @Body() body: StateProceduresDto,
    @CommandHeaders() options: CommandOptions,
  ) {
    const actor = caller.actOn({ departmentCode: body.departmentCode });
    return this.run(year, { type: 'StateProcedures', ...body }, () => actor, options);
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '各年度集中审批' })
  async list() {
    const { items } = await this.rounds.page({ sort: { year: -1 }, skip: 0, limit: 50 });
    return { items: items.map(({ statements: _s, projects, ...round }) => ({ ...round, projects: projects.length })) };
  }

  @YearParam()
  @Get(':year')
  @Allow(...READERS)
  @ApiOperation({ summary: '集中审批进度：每个项目各部门明确的手续与时限，及其审批案件的办理进度' })
  @ApiOkResponse({ description: '{ year, openedOn, projects: [...], done, total }' })
  async get(@Param('year', YEAR) year: string) {
    const round = await this.rounds.get(year);
    if (!round) throw new DomainError('round.notFound', `${year} 年度集中审批尚未开启`, { field: 'year', status: 404 });
    const rows = await Promise.all(
      round.projects.map(async (p) => {
        const c = await this.cases.get(p.projectId);
        const approved = c?.items.filter((i) => i.status === 'approved').length ?? 0;
        return {
          ...p,
          statements: round.statements.filter((s) => s.projectId === p.projectId),
          case: c
            ? { status: c.status, approvedItems: approved, items: c.items.length, completedOn: c.completedOn, workingDays: c.workingDays }
            : null,
          done: c?.status === 'completed',
        };
      }),
    );
    return {
      year: round.year,
      openedOn: round.openedOn,
      version: round.version,
      projects: rows,
      done: rows.filter((r) => r.done).length,
      total: rows.length,
    };
  }

  private async run(year: string, command: ApprovalRoundCommand, authorize: () => ReturnType<Caller['actOn']>, options: CommandOptions) {
    const result = await runCommand(this.store, this.clock, aggregate, approvalRoundStreams.streamId(year), command, authorize, options);
    return { year: Number(year), ...result };
  }
}
