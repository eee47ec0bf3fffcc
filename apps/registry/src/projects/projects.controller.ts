import { Body, Controller, Get, Param, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  CommandHeaders,
  type CommandOptions,
  CommandResultDto,
  CommandRoute,
  IdempotencyKeyHeader,
  IfMatchHeader,
  uuidParam,
  VersionETag,
} from '@ccpc/service-kit';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
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
import { PROJECT_COMMANDS, PROJECT_READERS, ProjectCommands } from './project.commands';
import { ProjectList } from './project-list';
import { Responds, type Responses } from '../responses';

const PROJECT_ID = uuidParam('id', '项目编号');

const READERS = PROJECT_READERS;

@ApiTags('projects 项目储备库')
@Controller('projects')
@UseInterceptors(VersionETag)
export class ProjectsController {
  constructor(
    private readonly commands: ProjectCommands,
    private readonly projectList: ProjectList,
  ) {}

  private get view() {
    return this.projectList.view;
  }

  private get listed() {
    return this.projectList.mirror;
  }

  @Post()
  @Allow(...PROJECT_COMMANDS.register.allow)
  @ApiOperation({ summary: PROJECT_COMMANDS.register.summary, description: '县区只能登记本辖区项目，部门只能登记本部门负责的项目。' })
  @ApiCreatedResponse({ description: '已入库；返回项目编号、版本与事件', type: CommandResultDto })
  @IdempotencyKeyHeader
  async register(
    @CurrentCaller() caller: Caller,
    @Body() body: RegisterProjectDto,
    @CommandHeaders() options: CommandOptions,
    @Res({ passthrough: true }) res: { setHeader(n: string, v: string): void },
  ): Promise<CommandResultDto> {
    const outcome = await this.commands.run('register', caller, undefined, body, options);
    res.setHeader('Location', `/projects/${outcome.id}`);
    return outcome;
  }

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '查询项目（仅本人权限范围内）', description: '按阶段、类别、标志、投资额区间、项目代码、名称筛选，分页。' })
  @Responds('ProjectPage')
  async list(@CurrentCaller() caller: Caller, @Query() query: ProjectQueryDto): Promise<Responses['ProjectPage']> {
    const { stage, categoryCode, localityCode, departmentCode, industrial, leading, landmark, threeEarly, nationalCode } = query;
    const visibility = caller.visibility();
    const { items, total } = await this.listed.page({
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
  @Responds('Project', '项目的当前记录及版本（ETag）')
  async get(@CurrentCaller() caller: Caller, @Param('id', PROJECT_ID) id: string): Promise<Responses['Project']> {
    const project = (await this.view.get(id)) ?? (await this.commands.fromStream(id));
    if (!project || !caller.sees(projectScope(project))) {
      throw new DomainError('project.notFound', `没有编号为 ${id} 的项目`, { field: 'projectId', status: 404 });
    }
    return project;
  }

  @Patch(':id')
  @ApiExtraModels(ReviseDetailsDto)
  @ApiBody({ schema: { allOf: [{ $ref: getSchemaPath(ReviseDetailsDto) }], minProperties: 1 } })
  @Allow(...PROJECT_COMMANDS.revise.allow)
  @ApiOperation({ summary: PROJECT_COMMANDS.revise.summary })
  @IfMatchHeader
  @IdempotencyKeyHeader
  revise(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: ReviseDetailsDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('revise', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'national-code')
  nationalCode(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: NationalCodeDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('national-code', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'docking')
  docking(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('docking', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'site-ready')
  siteReady(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('site-ready', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'landing')
  land(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: LandDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('landing', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'preparation')
  preparation(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('preparation', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'start')
  start(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('start', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'resumption')
  resume(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('resumption', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'completion')
  complete(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('completion', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'suspension')
  suspend(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: ReasonedDateDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('suspension', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'reactivation')
  reactivate(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: DatedDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('reactivation', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'cancellation')
  cancel(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: ReasonedDateDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('cancellation', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'stage-correction')
  correctStage(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: CorrectStageDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('stage-correction', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'annual-plans')
  plan(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AnnualPlanDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('annual-plans', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'investments')
  investment(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: MonthlyInvestmentDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('investments', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'investment-corrections')
  correctInvestment(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: InvestmentCorrectionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('investment-corrections', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'statistics-inclusion')
  statistics(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: StatisticsInclusionDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('statistics-inclusion', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'city-leader')
  leader(@CurrentCaller() c: Caller, @Param('id', PROJECT_ID) id: string, @Body() b: AssignmentDto, @CommandHeaders() o: CommandOptions) {
    return this.commands.run('city-leader', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'secretary')
  secretary(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: AssignmentDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('secretary', c, id, b, o);
  }

  @CommandRoute(PROJECT_COMMANDS, 'front-end-funding')
  funding(
    @CurrentCaller() c: Caller,
    @Param('id', PROJECT_ID) id: string,
    @Body() b: FrontEndFundingDto,
    @CommandHeaders() o: CommandOptions,
  ) {
    return this.commands.run('front-end-funding', c, id, b, o);
  }
}
