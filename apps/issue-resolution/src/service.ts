import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { EventSourcingModule } from '@ccpc/event-store-nest';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { IssueResolutionConfig } from './issue-resolution.config';
import { IssueResolutionModule } from './issue-resolution.module';
import { RESPONSE_SCHEMAS } from './responses.schema';

/** The issue-resolution service (问题解决, §32, §33, §35): the monthly cycle, escalation, meetings and supervision. */
export const issueResolutionService: ServiceDefinition<IssueResolutionConfig> = {
  service: 'issue-resolution',
  config: IssueResolutionConfig,
  imports: () => [EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true }), IssueResolutionModule],
  responses: RESPONSE_SCHEMAS,
};
