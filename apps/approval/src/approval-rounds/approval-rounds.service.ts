import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type ApprovalRoundEvent, approvalRoundStreams, THRESHOLDS } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, ProjectionStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, readModelToken, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError } from '@ccpc/eventsourcing';
import {
  type ApprovalRound,
  type ApprovalRoundCommand,
  approvalRoundDates,
  approvalRoundDecider,
  type RoundProject,
} from '@ccpc/approval-domain';
import { APPROVAL_VIEW, type ApprovalCaseView } from '../approval-cases/approval-case.view';
import { OpenCaseReaction } from '../registry-projects/open-case.reaction';
import type { RegistryProject } from '../registry-projects/registry-project.view';
import { OpenRoundDto, StateProceduresDto } from './approval-round.dto';
import { ROUND_VIEW, type ApprovalRoundView } from './approval-round.view';

export const approvalRoundAggregate: AggregateDefinition<ApprovalRoundCommand, ApprovalRoundEvent, ApprovalRound | null> = {
  name: 'ApprovalRound',
  decider: approvalRoundDecider,
  dates: approvalRoundDates,
};

export const YEAR_PATTERN = /^20\d{2}$/;

const roundRequest = (
  year: string,
  command: ApprovalRoundCommand,
  caller: Caller,
  scope: { departmentCode?: string },
  options: CommandOptions,
) => {
  const actor = caller.actOn(scope);
  return {
    aggregate: approvalRoundAggregate,
    id: year,
    streamId: approvalRoundStreams.streamId(year),
    command,
    authorize: () => actor,
    options,
  } satisfies AnyCommandRequest;
};

/**
 * Whether a round of `year` opened on `date` gathers the project (§27): planned as the year's new
 * start, of 10亿 or more, not cancelled, not started — as the registry had it on that day:
 * registered and put in the plan by then, not started by then.
 */
export const gathersInRound = (p: RegistryProject, year: number, date: string): boolean =>
  p.totalInvestmentWan >= THRESHOLDS.concentratedApprovalWan &&
  p.registeredOn <= date &&
  p.plans.some((plan) => plan.year === year && plan.kind === 'new-start' && plan.date <= date) &&
  p.stage !== 'cancelled' &&
  (p.firstStartDate === null || p.firstStartDate > date);

/** The projects a round gathers: every project the service knows is read, page by page (no silent cap). */
export async function roundProjects(projects: ProjectionStore<RegistryProject>, year: number, date: string): Promise<RoundProject[]> {
  const gathered: RoundProject[] = [];
  const PAGE = 5000;
  for (let skip = 0; ; skip += PAGE) {
    const { items } = await projects.page({ sort: { projectId: 1 }, skip, limit: PAGE });
    for (const p of items)
      if (gathersInRound(p, year, date))
        gathered.push({ projectId: p.projectId, name: p.name, localityCode: p.localityCode, totalInvestmentWan: p.totalInvestmentWan });
    if (items.length < PAGE) break;
  }
  return gathered.sort((a, b) => b.totalInvestmentWan - a.totalInvestmentWan || a.projectId.localeCompare(b.projectId));
}

interface Deps {
  projects: ProjectionStore<RegistryProject>;
}

/** The concentrated round's commands (集中审批), each once: routes and POST /batch run them alike. */
export const APPROVAL_ROUND_COMMANDS = {
  'open-round': defineCommand<OpenRoundDto, Deps>({
    summary: '开启年度集中审批（一季度；汇集本年计划新开工、总投资 ≥ 10亿元、开启之日尚未开工的项目）',
    allow: ['project-office', 'admin'],
    body: OpenRoundDto,
    creates: true,
    request: async ({ projects }, caller, _target, body, options) => {
      const gathered = await roundProjects(projects, body.year, body.date);
      return roundRequest(
        String(body.year),
        { type: 'OpenRound', year: body.year, date: body.date, projects: gathered },
        caller,
        {},
        options,
      );
    },
  }),
  'state-procedures': defineCommand<StateProceduresDto, Deps>({
    path: 'statements',
    id: { pattern: YEAR_PATTERN, what: '年份，如 2018' },
    summary: '审批职能部门一次性明确项目需补充的手续及审批时限（每个部门对每个项目一次）',
    allow: ['department', 'project-office', 'admin'],
    body: StateProceduresDto,
    request: (_deps, caller, target, body, options) =>
      roundRequest(target.id as string, { type: 'StateProcedures', ...body }, caller, { departmentCode: body.departmentCode }, options),
  }),
};

/**
 * The year's concentrated approval round (§27): which projects it gathers (from the registry's
 * projects this service follows), the departments' statements, and each project's progress read
 * from its approval case.
 */
@Injectable()
export class ApprovalRounds implements CommandSet<Deps> {
  readonly commands = APPROVAL_ROUND_COMMANDS;
  readonly deps: Deps;

  constructor(
    @Inject(readModelToken(ROUND_VIEW)) private readonly rounds: ProjectionStore<ApprovalRoundView>,
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly cases: ProjectionStore<ApprovalCaseView>,
    registry: OpenCaseReaction,
    private readonly service: ServiceCommands,
  ) {
    this.deps = { projects: registry.projects };
  }

  run(name: keyof typeof APPROVAL_ROUND_COMMANDS, caller: Caller, year: string | undefined, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id: year, params: {} }, body, options);
  }

  async list() {
    const { items } = await this.rounds.page({ sort: { year: -1 }, skip: 0, limit: 50 });
    return { items: items.map(({ statements: _s, projects, ...round }) => ({ ...round, projects: projects.length })) };
  }

  async progress(year: string) {
    const round = await this.rounds.get(year);
    if (!round) throw new DomainError('round.notFound', `${year} 年度集中审批尚未开启`, { field: 'year', status: 404 });
    const cases = new Map((await this.cases.getMany(round.projects.map((p) => p.projectId))).map((c) => [c.key, c.doc]));
    const rows = round.projects.map((p) => {
      const c = cases.get(p.projectId);
      const approved = c?.items.filter((i) => i.status === 'approved').length ?? 0;
      return {
        ...p,
        statements: round.statements.filter((s) => s.projectId === p.projectId),
        case: c
          ? { status: c.status, approvedItems: approved, items: c.items.length, completedOn: c.completedOn, workingDays: c.workingDays }
          : null,
        done: c?.status === 'completed',
      };
    });
    return {
      year: round.year,
      openedOn: round.openedOn,
      version: round.version,
      projects: rows,
      done: rows.filter((r) => r.done).length,
      total: rows.length,
    };
  }
}
