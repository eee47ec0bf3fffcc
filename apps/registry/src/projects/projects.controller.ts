import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import type { ProjectCommand } from '@ccpc/registry-domain';
import {
  AnnualPlanDto, AssignmentDto, CorrectStageDto, DatedDto, FrontEndFundingDto, InvestmentCorrectionDto, LandDto, MonthlyInvestmentDto,
  NationalCodeDto, ProjectQueryDto, ReasonedDateDto, RegisterProjectDto, ReviseDetailsDto, StatisticsInclusionDto,
} from './dto';
import { type CommandOptions, type CommandOutcome, ProjectCommands } from './project-commands';
import { PROJECTS_VIEW, type ProjectView } from './projects.view';

interface HeaderSink {
  setHeader(name: string, value: string): void;
}

const ifMatchHeader = ApiHeader({ name: 'If-Match', required: false, description: '项目当前版本（GET 返回的 ETag）；版本已变化时返回 409' });
const idempotencyHeader = ApiHeader({ name: 'Idempotency-Key', required: false, description: '重试同一命令时使用相同的键，只执行一次' });

function commandOptions(ifMatch: string | undefined, idempotencyKey: string | undefined, correlationId: string | undefined): CommandOptions {
  let expectedVersion: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
    if (!match) throw new DomainError('header.ifMatch', 'If-Match must be the project version from its ETag, e.g. "7"', { field: 'If-Match', status: 400 });
    expectedVersion = Number(match[1]);
  }
  if (idempotencyKey !== undefined && !/^[A-Za-z0-9_.:-]{8,100}$/.test(idempotencyKey)) {
    throw new DomainError('header.idempotencyKey', 'Idempotency-Key must be 8-100 letters, digits or _ . : -', { field: 'Idempotency-Key', status: 400 });
  }
  const correlation = correlationId && /^[A-Za-z0-9_.:-]{1,100}$/.test(correlationId) ? correlationId : undefined;
  return { expectedVersion, idempotencyKey, correlationId: correlation };
}

const PROJECT_ID = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException({ statusCode: 400, error: 'Bad Request', rule: 'validation.isUuid', field: 'id', message: 'id must be a project id (a UUID)' }),
});

const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('projects 项目储备库')
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly commands: ProjectCommands,
    @Inject(readModelToken(PROJECTS_VIEW)) private readonly view: ProjectionStore<ProjectView>,
  ) {}

  private async send(caller: Caller, id: string, command: ProjectCommand, res: HeaderSink, h: [string?, string?, string?]): Promise<CommandOutcome> {
    const outcome = await this.commands.execute(caller, id, command, commandOptions(...h));
    res.setHeader('ETag', `"${outcome.version}"`);
    return outcome;
  }

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: '项目入库（登记到项目储备库）', description: '县区只能登记本辖区项目，部门只能登记本部门负责的项目。' })
  @ApiCreatedResponse({ description: '已入库；返回项目编号、版本与事件' })
  @idempotencyHeader
  async register(
    @CurrentCaller() caller: Caller,
    @Body() body: RegisterProjectDto,
    @Res({ passthrough: true }) res: HeaderSink,
    @Headers('idempotency-key') key?: string,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<CommandOutcome> {
    const outcome = await this.commands.register(caller, body, commandOptions(undefined, key, correlationId));
    res.setHeader('ETag', `"${outcome.version}"`);
    res.setHeader('Location', `/projects/${outcome.projectId}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '查询项目（仅本人权限范围内）', description: '按阶段、类别、标志、投资额区间、项目代码、名称筛选，分页。' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  async list(@CurrentCaller() caller: Caller, @Query() query: ProjectQueryDto) {
    const filter: Record<string, unknown> = { _deleted: { $ne: true } };
    for (const key of ['stage', 'categoryCode', 'localityCode', 'departmentCode', 'industrial', 'leading', 'landmark', 'threeEarly', 'nationalCode'] as const) {
      if (query[key] !== undefined) filter[key] = query[key];
    }
    if (query.minTotalWan !== undefined || query.maxTotalWan !== undefined) {
      filter['totalInvestmentWan'] = { ...(query.minTotalWan !== undefined ? { $gte: query.minTotalWan } : {}), ...(query.maxTotalWan !== undefined ? { $lte: query.maxTotalWan } : {}) };
    }
    if (query.q) filter['name'] = { $regex: query.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') };
    const visibility = caller.visibility();
    if (!visibility.all) {
      filter['$or'] = [
        { localityCode: { $in: visibility.localityCodes } },
        { departmentCode: { $in: visibility.departmentCodes } },
        { 'leader.id': { $in: visibility.leaderIds } },
        { 'secretary.id': { $in: visibility.secretaryIds } },
      ];
    }
    const collection = await this.view.collection();
    const [items, total] = await Promise.all([
      collection.find(filter as never, { projection: { _applied: 0, _rev: 0, _deleted: 0 } })
        .sort({ totalInvestmentWan: -1, _id: 1 }).skip((query.page - 1) * query.pageSize).limit(query.pageSize).toArray(),
      collection.countDocuments(filter as never),
    ]);
    return { items: items.map(({ _id, ...rest }) => rest), total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目详情（由事件折叠的当前状态，ETag 为版本）' })
  async get(@CurrentCaller() caller: Caller, @Param('id', PROJECT_ID) id: string, @Res({ passthrough: true }) res: HeaderSink) {
    const { state, version } = await this.commands.state(caller, id);
    res.setHeader('ETag', `"${version}"`);
    return { ...state, version };
  }

  @Patch(':id')
  @Allow(...WRITERS)
  @ApiOperation({ summary: '修订项目信息' })
  @ifMatchHeader
  @idempotencyHeader
  revise(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: ReviseDetailsDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'ReviseDetails', ...b }, r, [m, k, x]);
  }

  @Post(':id/national-code')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '补录国家投资项目代码（全市唯一）' })
  @ApiConflictResponse({ description: 'nationalCode.duplicate：代码已属于其他项目' })
  @ifMatchHeader
  @idempotencyHeader
  nationalCode(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: NationalCodeDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'AssignNationalCode', nationalCode: b.nationalCode }, r, [m, k, x]);
  }

  @Post(':id/docking')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '开始对接（谋划储备 → 对接中）' })
  @ApiUnprocessableEntityResponse({ description: '违反业务规则：rule 字段给出规则名' })
  @ifMatchHeader
  @idempotencyHeader
  docking(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'StartDocking', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/site-ready')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '记录"五通一平"完成（开发区项目落位前提，§23）' })
  @ifMatchHeader
  @idempotencyHeader
  siteReady(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'RecordSiteReady', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/landing')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '项目落位（对接中 → 已落位，投资主体与选址确定）' })
  @ifMatchHeader
  @idempotencyHeader
  land(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: LandDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'Land', date: b.date, investor: b.investor }, r, [m, k, x]);
  }

  @Post(':id/preparation')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '进入前期（已落位 → 前期）' })
  @ifMatchHeader
  @idempotencyHeader
  preparation(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'EnterPreparation', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '开工（新开工项目首次开工：前期 → 在建）' })
  @ifMatchHeader
  @idempotencyHeader
  start(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'StartConstruction', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/resumption')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '续建项目年度复工' })
  @ifMatchHeader
  @idempotencyHeader
  resume(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'ResumeConstruction', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/completion')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '竣工投产（在建 → 竣工投产）' })
  @ifMatchHeader
  @idempotencyHeader
  complete(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'Complete', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '停缓建（须说明原因）' })
  @ifMatchHeader
  @idempotencyHeader
  suspend(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: ReasonedDateDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'Suspend', date: b.date, reason: b.reason }, r, [m, k, x]);
  }

  @Post(':id/reactivation')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '停缓建项目恢复（回到停建前阶段）' })
  @ifMatchHeader
  @idempotencyHeader
  reactivate(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'Reactivate', date: b.date }, r, [m, k, x]);
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @Allow('project-office')
  @ApiOperation({ summary: '取消项目（仅市大项目办，须说明原因）' })
  @ifMatchHeader
  @idempotencyHeader
  cancel(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: ReasonedDateDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'Cancel', date: b.date, reason: b.reason }, r, [m, k, x]);
  }

  @Post(':id/stage-correction')
  @HttpCode(200)
  @Allow('project-office')
  @ApiOperation({ summary: '阶段更正（仅市大项目办，可回退，须说明理由）' })
  @ifMatchHeader
  @idempotencyHeader
  correctStage(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: CorrectStageDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'CorrectStage', stage: b.stage, reason: b.reason }, r, [m, k, x]);
  }

  @Post(':id/annual-plans')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '列入年度建设计划（新开工 / 续建）' })
  @ifMatchHeader
  @idempotencyHeader
  plan(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AnnualPlanDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'AddToAnnualPlan', year: b.year, kind: b.kind, plannedStartMonth: b.plannedStartMonth ?? null, annualInvestmentWan: b.annualInvestmentWan }, r, [m, k, x]);
  }

  @Post(':id/investments')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiOperation({ summary: '月度完成投资（累计）与形象进度' })
  @ifMatchHeader
  @idempotencyHeader
  investment(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: MonthlyInvestmentDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'ReportMonthlyInvestment', month: b.month, cumulativeWan: b.cumulativeWan, progressNote: b.progressNote ?? null }, r, [m, k, x]);
  }

  @Post(':id/investment-corrections')
  @HttpCode(200)
  @Allow('locality', 'department', 'project-office')
  @ApiOperation({ summary: '累计完成投资更正（可减少，须说明理由）' })
  @ifMatchHeader
  @idempotencyHeader
  correctInvestment(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: InvestmentCorrectionDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'CorrectInvestment', month: b.month, cumulativeWan: b.cumulativeWan, reason: b.reason }, r, [m, k, x]);
  }

  @Post(':id/statistics-inclusion')
  @HttpCode(200)
  @Allow('statistics', 'project-office')
  @ApiOperation({ summary: '入库入统（§29，市统计局）' })
  @ifMatchHeader
  @idempotencyHeader
  statistics(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: StatisticsInclusionDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'RecordStatisticsInclusion', registeredOn: b.registeredOn, includedAmountWan: b.includedAmountWan, evidence: b.evidence }, r, [m, k, x]);
  }

  @Post(':id/city-leader')
  @HttpCode(200)
  @Allow('project-office')
  @ApiOperation({ summary: '市级领导包保（§30，20亿元以上）' })
  @ifMatchHeader
  @idempotencyHeader
  leader(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AssignmentDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'AssignCityLeader', leaderId: b.id, leaderName: b.name, from: b.from, to: b.to ?? null }, r, [m, k, x]);
  }

  @Post(':id/secretary')
  @HttpCode(200)
  @Allow('project-office')
  @ApiOperation({ summary: '配备项目秘书（§31，5000万元以上）' })
  @ifMatchHeader
  @idempotencyHeader
  secretary(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AssignmentDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'AssignSecretary', secretaryId: b.id, secretaryName: b.name, from: b.from, to: b.to ?? null }, r, [m, k, x]);
  }

  @Post(':id/front-end-funding')
  @HttpCode(200)
  @Allow('project-office')
  @ApiOperation({ summary: '前期经费支持（§36，设计已完成的计划项目）' })
  @ifMatchHeader
  @idempotencyHeader
  funding(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: FrontEndFundingDto, @Res({ passthrough: true }) r: HeaderSink,
    @Headers('if-match') m?: string, @Headers('idempotency-key') k?: string, @Headers('x-correlation-id') x?: string) {
    return this.send(c, id, { type: 'GrantFrontEndFunding', amountWan: b.amountWan, date: b.date, designCompleted: b.designCompleted }, r, [m, k, x]);
  }
}
