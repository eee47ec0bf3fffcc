import { Module } from '@nestjs/common';
import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { approvalsCompleted, ApprovalsCompletedReaction } from './approvals-completed.reaction';
import { ProjectCommands } from './project.commands';
import { ProjectsController } from './projects.controller';
import { projectsView } from './projects.view';
import { ReferenceController } from './reference.controller';

@Module({
  imports: [
    EventSourcingModule.forService({
      catalog: new EventCatalog(ALL_EVENT_DEFINITIONS),
      readModels: [readModel(projectsView)],
      commands: [ProjectCommands],
      reactions: [approvalsCompleted],
    }),
  ],
  controllers: [ProjectsController, ReferenceController],
  providers: [ProjectCommands, ApprovalsCompletedReaction],
})
export class RegistryModule {}
