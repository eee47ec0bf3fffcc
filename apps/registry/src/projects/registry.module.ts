import { Module } from '@nestjs/common';
import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import { CLOCK, ProjectCommands } from './project-commands';
import { ProjectsController } from './projects.controller';
import { projectsView } from './projects.view';
import { ReferenceController } from './reference.controller';

@Module({
  imports: [EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), readModels: [projectsView as never] })],
  controllers: [ProjectsController, ReferenceController],
  providers: [ProjectCommands, { provide: CLOCK, useValue: { now: () => new Date() } }],
})
export class RegistryModule {}
