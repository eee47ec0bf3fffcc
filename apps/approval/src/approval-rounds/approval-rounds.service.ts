import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { approvalRoundStreams, THRESHOLDS } from '@ccpc/contracts';
import type { MongoEventStore, ProjectionStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { type ApprovalRoundCommand, approvalRoundDecider } from '@ccpc/approval-domain';
import type { CommandOptions } from '@ccpc/service-kit';
import { APPROVAL_VIEW, type ApprovalCaseView } from '../approval-cases/approval-case.view';
import { runCommand } from '../approval-cases/run-command';
import { OpenCaseReaction } from '../registry-projects/open-case.reaction';
import { ROUND_VIEW, type ApprovalRoundView } from './approval-round.view';

const aggregate = { name: 'ApprovalRound', decider: approvalRoundDecider };

/**
 * The year's concentrated approval round (§27): which projects it gathers (from the registry's
 * projects this service follows), the departments' statements, and each project's progress read
 * from its approval case.
 */
@Injectable()
export class ApprovalRounds {
  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(readModelToken(ROUND_VIEW)) private readonly rounds: ProjectionStore<ApprovalRoundView>,
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly cases: ProjectionStore<ApprovalCaseView>,
    private readonly registry: OpenCaseReaction,
  ) {}

  /** Opens the year's round with every project of ≥ 10亿 planned as the year's new start and not started on the opening day. */
  async open(caller: Caller, year: number, date: string, options: CommandOptions) {
    const actor = caller.actOn({});
    const known = await this.registry.projects.page({ skip: 0, limit: 100_000 });
    const projects = known.items
      .filter(
        (p) =>
          p.totalInvestmentWan >= THRESHOLDS.concentratedApprovalWan &&
          p.plans.some((plan) => plan.year === year && plan.kind === 'new-start') &&
          p.stage !== 'cancelled' &&
          (p.firstStartDate === null || p.firstStartDate > date),
      )
      .map((p) => ({ projectId: p.projectId, name: p.name, localityCode: p.localityCode, totalInvestmentWan: p.totalInvestmentWan }))
      .sort((a, b) => b.totalInvestmentWan - a.totalInvestmentWan || a.projectId.localeCompare(b.projectId));
    return this.run(String(year), { type: 'OpenRound', year, date, projects }, () => actor, options);
  }

  /** A department states once per project the procedures still missing and their deadline. */
  state(
    caller: Caller,
    year: string,
    command: Omit<Extract<ApprovalRoundCommand, { type: 'StateProcedures' }>, 'type'>,
    options: CommandOptions,
  ) {
    const actor = caller.actOn({ departmentCode: command.departmentCode });
    return this.run(year, { type: 'StateProcedures', ...command }, () => actor, options);
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

  private async run(year: string, command: ApprovalRoundCommand, authorize: () => ReturnType<Caller['actOn']>, options: CommandOptions) {
    const result = await runCommand(this.store, this.clock, aggregate, approvalRoundStreams.streamId(year), command, authorize, options);
    return { year: Number(year), ...result };
  }
}
