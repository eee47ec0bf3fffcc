import { Body, Controller, Get, Inject, Param, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  CommandHeaders,
  type CommandOptions,
  CommandRoute,
  IdempotencyKeyHeader,
  IfMatchHeader,
  uuidParam,
  VersionETag,
} from '@ccpc/service-kit';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { DomainError } from '@ccpc/eventsourcing';
import { projectScope } from '@ccpc/contracts';
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
  ProjectQueryDto,
  ReasonedDateDto,
  RegisterProjectDto,
  ReviseDetailsDto,
  StatisticsInclusionDto,
} from './dto';
import { type CommandOutcome, ProjectCommands } from './project-commands';
import { PROJECTS_VIEW, type ProjectView } from './projects.view';

const PROJECT_ID = uuidParam('id', 'a project id');

const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;
const READERS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;

@ApiTags('projects 项目储备库')
@Controller('projects')
@UseInterceptors(VersionETag)
export class ProjectsController {
  constructor(
    private readonly commands: ProjectCommands,
    @Inject(readModelToken(PROJECTS_VIEW)) private readonly view: ProjectionStore<ProjectView>,
  ) {}

  @Post()
  @Allow(...WRITERS)
  @ApiOperation({ summary: '项目入库（登记到项目储备库）', description: '县区只能登记本辖区项目，部门只能登记本部门负责的项目。' })
  @ApiCreatedResponse({ description: '已入库；返回项目编号、版本与事件' })
  @IdempotencyKeyHeader
  async register(
    @CurrentCaller() caller: Caller,
    @Body() body: RegisterProjectDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(n: string, v: string): void },
  ): Promise<CommandOutcome> {
    const outcome = await this.commands.register(caller, body, { ...options, expectedVersion: undefined });
    res.setHeader('Location', `/projects/${outcome.projectId}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '查询项目（仅本人权限范围内）', description: '按阶段、类别、标志、投资额区间、项目代码、名称筛选，分页。' })
  @ApiOkResponse({ description: '{ items, total, page, pageSize }' })
  async list(@CurrentCaller() caller: Caller, @Query() query: ProjectQueryDto) {
    const { stage, categoryCode, localityCode, departmentCode, industrial, leading, landmark, threeEarly, nationalCode } = query;
    const visibility = caller.visibility();
    const { items, total } = await this.view.page({
      equals: { stage, categoryCode, localityCode, departmentCode, industrial, leading, landmark, threeEarly, nationalCode },
      ranges: { totalInvestmentWan: { min: query.minTotalWan, max: query.maxTotalWan } },
      contains: query.q ? { field: 'name', text: query.q } : undefined,
      anyOf: visibility.all
        ? undefined
        : [
            { localityCode: visibility.localityCodes },
            { departmentCode: visibility.departmentCodes },
            { 'leader.id': visibility.leaderIds },
            { 'secretary.id': visibility.secretaryIds },
          ],
      sort: { totalInvestmentWan: -1 },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: '项目详情（项目列表读模型，ETag 为版本；命令后数秒内更新）' })
  @ApiOkResponse({ description: '项目的当前记录及版本（ETag）' })
  async get(@CurrentCaller() caller: Caller, @Param('id', PROJECT_ID) id: string) {
    const project = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!project || !caller.sees(projectScope(project))) {
      throw new DomainError('project.notFound', `no project ${id}`, { field: 'projectId', status: 404 });
    }
    return project;
  }

  @Patch(':id')
  @ApiExtraModels(ReviseDetailsDto)
  @ApiBody({ schema: { allOf: [{ $ref: getSchemaPath(ReviseDetailsDto) }], minProperties: 1 } })
  @Allow(...WRITERS)
  @ApiOperation({ summary: '修订项目信息' })
  @IfMatchHeader
  @IdempotencyKeyHeader
  revise(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: ReviseDetailsDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(c, id, { type: 'ReviseDetails', ...b }, o);
  }

  @CommandRoute('national-code', '补录国家投资项目代码（全市唯一）', ...WRITERS)
  nationalCode(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: NationalCodeDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(c, id, { type: 'AssignNationalCode', nationalCode: b.nationalCode }, o);
  }

  @CommandRoute('docking', '开始对接（谋划储备 → 对接中）', ...WRITERS)
  docking(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'StartDocking', date: b.date }, o);
  }

  @CommandRoute('site-ready', '记录"五通一平"完成（开发区项目落位前提，§23）', ...WRITERS)
  siteReady(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'RecordSiteReady', date: b.date }, o);
  }

  @CommandRoute('landing', '项目落位（对接中 → 已落位，投资主体与选址确定）', ...WRITERS)
  land(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: LandDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'Land', date: b.date, investor: b.investor }, o);
  }

  @CommandRoute('preparation', '进入前期（已落位 → 前期）', ...WRITERS)
  preparation(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'EnterPreparation', date: b.date }, o);
  }

  @CommandRoute('start', '开工（新开工项目首次开工：前期 → 在建）', ...WRITERS)
  start(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'StartConstruction', date: b.date }, o);
  }

  @CommandRoute('resumption', '续建项目年度复工', ...WRITERS)
  resume(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'ResumeConstruction', date: b.date }, o);
  }

  @CommandRoute('completion', '竣工投产（在建 → 竣工投产）', ...WRITERS)
  complete(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'Complete', date: b.date }, o);
  }

  @CommandRoute('suspension', '停缓建（须说明原因）', ...WRITERS)
  suspend(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: ReasonedDateDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(c, id, { type: 'Suspend', date: b.date, reason: b.reason }, o);
  }

  @CommandRoute('reactivation', '停缓建项目恢复（回到停建前阶段）', ...WRITERS)
  reactivate(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'Reactivate', date: b.date }, o);
  }

  @CommandRoute('cancellation', '取消项目（仅市大项目办，须说明原因）', 'project-office')
  cancel(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: ReasonedDateDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(c, id, { type: 'Cancel', date: b.date, reason: b.reason }, o);
  }

  @CommandRoute('stage-correction', '阶段更正（仅市大项目办，可回退，须说明理由）', 'project-office')
  correctStage(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: CorrectStageDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(c, id, { type: 'CorrectStage', stage: b.stage, reason: b.reason }, o);
  }

  @CommandRoute('annual-plans', '列入年度建设计划（新开工 / 续建）', ...WRITERS)
  plan(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AnnualPlanDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(
      c,
      id,
      {
        type: 'AddToAnnualPlan',
        date: b.date,
        year: b.year,
        kind: b.kind,
        plannedStartMonth: b.plannedStartMonth ?? null,
        annualInvestmentWan: b.annualInvestmentWan,
      },
      o,
    );
  }

  @CommandRoute('investments', '月度完成投资（累计）与形象进度', ...WRITERS)
  investment(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: MonthlyInvestmentDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(
      c,
      id,
      { type: 'ReportMonthlyInvestment', month: b.month, cumulativeWan: b.cumulativeWan, progressNote: b.progressNote ?? null },
      o,
    );
  }

  @CommandRoute('investment-corrections', '累计完成投资更正（可减少，须说明理由）', 'locality', 'department', 'project-office')
  correctInvestment(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: InvestmentCorrectionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(c, id, { type: 'CorrectInvestment', month: b.month, cumulativeWan: b.cumulativeWan, reason: b.reason }, o);
  }

  @CommandRoute('statistics-inclusion', '入库入统（§29，市统计局）', 'statistics', 'project-office')
  statistics(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: StatisticsInclusionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(
      c,
      id,
      { type: 'RecordStatisticsInclusion', registeredOn: b.registeredOn, includedAmountWan: b.includedAmountWan, evidence: b.evidence },
      o,
    );
  }

  @CommandRoute('city-leader', '市级领导包保（§30，20亿元以上）', 'project-office')
  leader(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AssignmentDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.execute(
      c,
      id,
      { type: 'AssignCityLeader', leaderId: b.id, leaderName: b.name, from: b.from, to: b.to ?? null },
      o,
    );
  }

  @CommandRoute('secretary', '配备项目秘书（§31，5000万元以上）', 'project-office')
  secretary(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: AssignmentDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(
      c,
      id,
      { type: 'AssignSecretary', secretaryId: b.id, secretaryName: b.name, from: b.from, to: b.to ?? null },
      o,
    );
  }

  @CommandRoute('front-end-funding', '前期经费支持（§36，设计已完成的计划项目）', 'project-office')
  funding(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: FrontEndFundingDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.execute(
      c,
      id,
      { type: 'GrantFrontEndFunding', amountWan: b.amountWan, date: b.date, designCompleted: b.designCompleted },
      o,
    );
  }
}
