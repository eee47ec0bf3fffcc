import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { FixedAssetInvestmentModule } from './fixed-asset-investments/fixed-asset-investment.module';
import { RESPONSE_SCHEMAS } from './responses.schema';

/** The assessment service: its feature modules are added here as they are built. */
export const assessmentService: ServiceDefinition = {
  service: 'assessment',
  imports: () => [
    EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true }),
    FixedAssetInvestmentModule,
  ],
  responses: RESPONSE_SCHEMAS,
};
