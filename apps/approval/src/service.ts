import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { ApprovalCaseModule } from './approval-cases/approval-case.module';
import { ApprovalRoundModule } from './approval-rounds/approval-round.module';
import { ApprovalConfig } from './approval.config';
import { RESPONSE_SCHEMAS } from './responses.schema';

/** The approval service (审批): approval cases per project, counted in China's working days; the concentrated rounds (§27). */
export const approvalService: ServiceDefinition<ApprovalConfig> = {
  service: 'approval',
  config: ApprovalConfig,
  imports: () => [
    EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true }),
    ApprovalCaseModule,
    ApprovalRoundModule,
  ],
  responses: RESPONSE_SCHEMAS,
};
