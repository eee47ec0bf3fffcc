import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { ActivityCommands } from './activities/activity.commands';
import { ActivityController } from './activities/activity.controller';
import { activityView } from './activities/activity.view';
import { BulletinController } from './bulletins/bulletin.controller';
import { CourtshipCommands } from './conflicts/courtship.commands';
import { ConflictController } from './conflicts/conflict.controller';
import { CourtshipReaction, courtships } from './conflicts/courtship.reaction';
import { courtshipView } from './conflicts/courtship.view';
import { LeadCommands } from './leads/lead.commands';
import { LeadController } from './leads/lead.controller';
import { leadView } from './leads/lead.view';
import { plannedProjects } from './projects/planned-project.view';
import { RegistryReaction, registryProjects } from './projects/registry.reaction';
import { ReferenceController } from './reference/reference.controller';
import { InboxController } from './inbox/inbox.controller';

/** 招商对接: leads and their courtships, activities, the monthly bulletin, and the registry's projects it needs. */
@Module({
  imports: [
    EventSourcingModule.forFeature({
      readModels: [readModel(leadView), readModel(activityView), readModel(courtshipView), readModel(plannedProjects, ['registry'])],
      reactions: [courtships, registryProjects],
      commands: [LeadCommands, ActivityCommands, CourtshipCommands],
    }),
  ],
  controllers: [LeadController, ActivityController, ConflictController, BulletinController, ReferenceController, InboxController],
  providers: [LeadCommands, ActivityCommands, CourtshipCommands, CourtshipReaction, RegistryReaction],
})
export class PromotionModule {}
