import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { approvalsCompleted, ApprovalsCompletedReaction } from './approvals-completed.reaction';
import { leadLanded, LeadLandedReaction } from './lead-landed.reaction';
import { ProjectCommands } from './project.commands';
import { ProjectsController } from './projects.controller';
import { projectsView } from './projects.view';
import { ProjectActionsController } from './project-actions.controller';
import { ReferenceController } from './reference.controller';
import { InboxController } from './inbox.controller';
import { ProjectList } from './project-list';

@Module({
  imports: [
    EventSourcingModule.forFeature({
      readModels: [readModel(projectsView)],
      reactions: [approvalsCompleted, leadLanded],
      commands: [ProjectCommands],
    }),
  ],
  controllers: [ProjectActionsController, ProjectsController, ReferenceController, InboxController],
  providers: [ProjectCommands, ApprovalsCompletedReaction, LeadLandedReaction, ProjectList],
})
export class RegistryModule {}
