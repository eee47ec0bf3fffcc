import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { Caller } from '@ccpc/auth';
import { type Actor, type ProjectRecord, projectScope, projectStreams } from '@ccpc/contracts';
import { type AnyCommandRequest, type MongoEventStore } from '@ccpc/event-store';
import { CLOCK, type CommandSet, type CommandTarget, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type Clock, type CommandOptions, type CommandResult, DomainError, foldStream } from '@ccpc/eventsourcing';
import { projectsView } from './projects.view';
import { idFromKey } from '@ccpc/service-kit';
import type { ProjectCommand, ProjectState } from '@ccpc/registry-domain';
import {
  AnnualPlanDto,
  AssignmentDto,
  CorrectStageDto,
  DatedDto,
  FrontEndFundingDto,
  InvestmentCorrectionDto,
  LandDto,
  MonthlyInvestmentDto,
  NationalCodeDto,
  ReasonedDateDto,
  RegisterProjectDto,
  ReviseDetailsDto,
  StatisticsInclusionDto,
} from './dto';
import { NationalCodes } from './national-codes';
import { projectAggregate } from './project.aggregate';

interface Deps {
  store: MongoEventStore;
  codes: NationalCodes;
}

const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;
/** Who reads a project (its scope decides which): every kind of caller that has one. */
export const PROJECT_READERS = [
  'locality',
  'department',
  'project-office',
  'leader',
  'secretary',
  'leadership',
  'statistics',
  'admin',
] as const;

const notFound = (id: string) => new DomainError('project.notFound', `没有编号为 ${id} 的项目`, { field: 'projectId', status: 404 });

/** A command on an existing project (404 when there is none), by whoever `actor` says acts on it. */
function existing(id: string, command: ProjectCommand, actor: (state: ProjectRecord) => Actor, options: CommandOptions): AnyCommandRequest {
  return {
    aggregate: projectAggregate,
    id,
    streamId: projectStreams.streamId(id),
    command,
    authorize: (state: ProjectState) => {
      if (state === null) throw notFound(id);
      return actor(state);
    },
    options,
  };
}

/** A caller's command on a project: they act under the grant that covers its locality or department. */
const onProject = (caller: Caller, target: CommandTarget, command: ProjectCommand, options: CommandOptions): AnyCommandRequest =>
  existing(target.id as string, command, (state) => caller.actOn(projectScope(state)), options);

/** A project command whose body maps to the command field for field. */
const simple = <Body extends object>(
  path: string,
  summary: string,
  body: new () => Body,
  command: (body: Body) => ProjectCommand,
  allow: ReadonlyArray<(typeof WRITERS)[number] | 'statistics'> = WRITERS,
) =>
  defineCommand<Body, Deps>({
    path,
    summary,
    allow,
    body,
    request: (_deps, caller, target, b, o) => onProject(caller, target, command(b), o),
  });

/**
 * The registry's commands (项目储备库), each once: the routes take path, summary and roles from
 * here, POST /batch the same bodies. Who may act on which project is the caller's scope against
 * the project's locality and department; a national code is unique across projects.
 */
export const PROJECT_COMMANDS = {
  register: defineCommand<RegisterProjectDto, Deps>({
    summary: '项目入库（登记到项目储备库）',
    allow: WRITERS,
    body: RegisterProjectDto,
    creates: true,
    // With an Idempotency-Key the id is derived from it, so that a retry lands on the same project.
    request: ({ codes }, caller, _target, body, options) => {
      const id = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
      const actor = caller.actOn({ localityCode: body.localityCode, departmentCode: body.departmentCode });
      return {
        aggregate: projectAggregate,
        id,
        streamId: projectStreams.streamId(id),
        command: { type: 'RegisterProject', projectId: id, ...body },
        authorize: () => actor,
        options: { ...options, expectedVersion: undefined },
        hold: codes.hold(id, body.nationalCode),
      };
    },
  }),
  revise: simple('', '修订项目信息', ReviseDetailsDto, (b) => ({ type: 'ReviseDetails', ...b })),
  'national-code': defineCommand<NationalCodeDto, Deps>({
    path: 'national-code',
    summary: '补录国家投资项目代码（全市唯一）',
    allow: WRITERS,
    body: NationalCodeDto,
    request: ({ codes }, caller, target, body, options) => {
      // The runner takes the hold only for a caller authorised on the project: nobody learns other projects' codes.
      const request = onProject(caller, target, { type: 'AssignNationalCode', nationalCode: body.nationalCode }, options);
      return { ...request, hold: codes.hold(request.id, body.nationalCode) };
    },
  }),
  docking: simple('docking', '开始对接（谋划储备 → 对接中）', DatedDto, (b) => ({ type: 'StartDocking', date: b.date })),
  'site-ready': simple('site-ready', '记录"五通一平"完成（开发区项目落位前提，§23）', DatedDto, (b) => ({
    type: 'RecordSiteReady',
    date: b.date,
  })),
  landing: simple('landing', '项目落位（对接中 → 已落位，投资主体与选址确定）', LandDto, (b) => ({
    type: 'Land',
    date: b.date,
    investor: b.investor,
  })),
  preparation: simple('preparation', '进入前期（已落位 → 前期）', DatedDto, (b) => ({ type: 'EnterPreparation', date: b.date })),
  start: simple('start', '开工（新开工项目首次开工：前期 → 在建）', DatedDto, (b) => ({ type: 'StartConstruction', date: b.date })),
  resumption: simple('resumption', '续建项目年度复工', DatedDto, (b) => ({ type: 'ResumeConstruction', date: b.date })),
  completion: simple('completion', '竣工投产（在建 → 竣工投产）', DatedDto, (b) => ({ type: 'Complete', date: b.date })),
  suspension: simple('suspension', '停缓建（须说明原因）', ReasonedDateDto, (b) => ({ type: 'Suspend', date: b.date, reason: b.reason })),
  reactivation: simple('reactivation', '停缓建项目恢复（回到停建前阶段）', DatedDto, (b) => ({ type: 'Reactivate', date: b.date })),
  cancellation: simple(
    'cancellation',
    '取消项目（仅市大项目办，须说明原因）',
    ReasonedDateDto,
    (b) => ({ type: 'Cancel', date: b.date, reason: b.reason }),
    ['project-office'],
  ),
  'stage-correction': simple(
    'stage-correction',
    '阶段更正（仅市大项目办，可回退，须说明理由）',
    CorrectStageDto,
    (b) => ({ type: 'CorrectStage', stage: b.stage, reason: b.reason }),
    ['project-office'],
  ),
  'annual-plans': simple('annual-plans', '列入年度建设计划（新开工 / 续建）', AnnualPlanDto, (b) => ({
    type: 'AddToAnnualPlan',
    date: b.date,
    year: b.year,
    kind: b.kind,
    plannedStartMonth: b.plannedStartMonth ?? null,
    annualInvestmentWan: b.annualInvestmentWan,
  })),
  investments: simple('investments', '月度完成投资（累计）与形象进度', MonthlyInvestmentDto, (b) => ({
    type: 'ReportMonthlyInvestment',
    month: b.month,
    cumulativeWan: b.cumulativeWan,
    progressNote: b.progressNote ?? null,
  })),
  'investment-corrections': simple(
    'investment-corrections',
    '累计完成投资更正（可减少，须说明理由）',
    InvestmentCorrectionDto,
    (b) => ({ type: 'CorrectInvestment', month: b.month, cumulativeWan: b.cumulativeWan, reason: b.reason }),
    ['locality', 'department', 'project-office'],
  ),
  'statistics-inclusion': simple(
    'statistics-inclusion',
    '入库入统（§29，市统计局）',
    StatisticsInclusionDto,
    (b) => ({
      type: 'RecordStatisticsInclusion',
      registeredOn: b.registeredOn,
      includedAmountWan: b.includedAmountWan,
      evidence: b.evidence,
    }),
    ['statistics', 'project-office'],
  ),
  'city-leader': simple(
    'city-leader',
    '市级领导包保（§30，20亿元以上）',
    AssignmentDto,
    (b) => ({ type: 'AssignCityLeader', leaderId: b.id, leaderName: b.name, from: b.from, to: b.to ?? null }),
    ['project-office'],
  ),
  secretary: simple(
    'secretary',
    '配备项目秘书（§31，5000万元以上）',
    AssignmentDto,
    (b) => ({ type: 'AssignSecretary', secretaryId: b.id, secretaryName: b.name, from: b.from, to: b.to ?? null }),
    ['project-office'],
  ),
  'front-end-funding': simple(
    'front-end-funding',
    '前期经费支持（§36，设计已完成的计划项目）',
    FrontEndFundingDto,
    (b) => ({ type: 'GrantFrontEndFunding', amountWan: b.amountWan, date: b.date, designCompleted: b.designCompleted }),
    ['project-office'],
  ),
};

export type ProjectCommandName = keyof typeof PROJECT_COMMANDS;

/** The registry's command set: its catalogue, what its commands need, and the project as its stream says. */
@Injectable()
export class ProjectCommands implements CommandSet<Deps> {
  readonly commands = PROJECT_COMMANDS;
  readonly deps: Deps;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) clock: Clock,
    @InjectConnection() connection: Connection,
    private readonly service: ServiceCommands,
  ) {
    this.deps = { store, codes: new NationalCodes(connection, store, clock) };
  }

  run(name: ProjectCommandName, caller: Caller, id: string | undefined, body: object, options: CommandOptions): Promise<CommandResult> {
    return this.service.run(this, name, caller, { id, params: {} }, body, options);
  }

  /** Commands of the service itself (a reaction to another context's events): the system is the actor. */
  asSystem(commands: ReadonlyArray<{ id: string; command: ProjectCommand; options: CommandOptions }>, actor: Actor) {
    return this.service.runner.runMany(commands.map(({ id, command, options }) => existing(id, command, () => actor, options)));
  }

  /** Requests of the service itself that are not on an existing project (a landed lead's registration): one batch. */
  runMany(requests: readonly AnyCommandRequest[]) {
    return this.service.runner.runMany(requests);
  }

  /**
   * A project as its stream says it is now, for the moment between a registration and the
   * read model's catching up (a client that follows `Location` right after a 201).
   */
  async fromStream(projectId: string): Promise<(ProjectRecord & { version: number; updatedAt: string }) | undefined> {
    return foldStream(projectsView, await this.store.readStream(projectStreams.streamId(projectId)));
  }
}
