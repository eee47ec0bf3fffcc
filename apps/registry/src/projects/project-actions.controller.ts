import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@ccpc/service-kit';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { CLOCK } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { cityDate, projectScope } from '@ccpc/contracts';
import { type StageAction, stageActions } from '@ccpc/registry-domain';
import { PROJECT_COMMANDS, PROJECT_READERS, ProjectCommands, type ProjectCommandName } from './project.commands';
import { Responds, type Responses } from '../responses';

const PROJECT_ID = uuidParam('id', '项目编号');
const READERS = PROJECT_READERS;

/** Each stage step, the command (route) that takes it, and what its form asks besides the date. */
const ROUTES: Record<StageAction, { command: ProjectCommandName; asks: 'date' | 'investor' | 'reason' }> = {
  StartDocking: { command: 'docking', asks: 'date' },
  RecordSiteReady: { command: 'site-ready', asks: 'date' },
  Land: { command: 'landing', asks: 'investor' },
  EnterPreparation: { command: 'preparation', asks: 'date' },
  StartConstruction: { command: 'start', asks: 'date' },
  ResumeConstruction: { command: 'resumption', asks: 'date' },
  Complete: { command: 'completion', asks: 'date' },
  Suspend: { command: 'suspension', asks: 'reason' },
  Reactivate: { command: 'reactivation', asks: 'date' },
  Cancel: { command: 'cancellation', asks: 'reason' },
};

@ApiTags('projects 项目储备库')
@Controller('projects')
export class ProjectActionsController {
  constructor(
    private readonly commands: ProjectCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/actions')
  @Allow(...READERS)
  @ApiOperation({
    summary: '项目可办理的阶段事项（按项目当前状态与调用者权限）',
    description: '项目页据此显示按钮：只列出项目状态今天允许、且调用者有权办理的事项；只读角色得到空列表。',
  })
  @Responds('ProjectActions', '可办理的阶段事项')
  async actions(@CurrentCaller() caller: Caller, @Param('id', PROJECT_ID) id: string): Promise<Responses['ProjectActions']> {
    // From the stream, not the list's read model: the page re-reads this right after a step, and must see it.
    const project = await this.commands.fromStream(id);
    if (!project || !caller.sees(projectScope(project))) {
      throw new DomainError('project.notFound', `没有编号为 ${id} 的项目`, { field: 'projectId', status: 404 });
    }
    const actions = stageActions(project, cityDate(this.clock.now()))
      .map((step) => ({ step, ...ROUTES[step] }))
      .filter(({ command }) => caller.mayAct(PROJECT_COMMANDS[command].allow, projectScope(project)))
      .map(({ step, command, asks }) => ({
        step,
        command,
        path: PROJECT_COMMANDS[command].path as string,
        label: PROJECT_COMMANDS[command].summary,
        asks,
      }));
    return { projectId: project.projectId, version: project.version, stage: project.stage, actions };
  }
}
