import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { RESPONSE_SCHEMAS } from './responses.schema';
import { DashboardModule } from './dashboard/dashboard.module';
import { projectionCatalog } from './dashboard/dashboard.projection';

/** The projection service (领导视图): read models of every service's events, for the leadership. */
export const projectionService: ServiceDefinition = {
  service: 'projection',
  imports: () => [EventSourcingModule.forService({ catalog: projectionCatalog }), DashboardModule],
  responses: RESPONSE_SCHEMAS,
};
