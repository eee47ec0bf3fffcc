import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { PromotionModule } from './promotion.module';
import { RESPONSE_SCHEMAS } from './responses.schema';

/** The investment-promotion service: leads, activities, conflicts and the monthly bulletin (招商对接, §15–§20, §25, §26). */
export const investmentPromotionService: ServiceDefinition = {
  service: 'investment-promotion',
  imports: () => [EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true }), PromotionModule],
  responses: RESPONSE_SCHEMAS,
};
