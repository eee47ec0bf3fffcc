import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { RegistryModule } from './projects/registry.module';
import { RESPONSE_SCHEMAS } from './responses.schema';

/** The registry service (项目储备库): projects, their lifecycle, plans, progress and assignments. */
export const registryService: ServiceDefinition = {
  service: 'registry',
  imports: () => [EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true }), RegistryModule],
  responses: RESPONSE_SCHEMAS,
};
