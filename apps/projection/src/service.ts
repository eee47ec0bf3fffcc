import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ALL_EVENT_DEFINITIONS, EventCatalog, topicName } from '@ccpc/contracts';
import { liveProjection, type ProjectionStore } from '@ccpc/event-store';
import { EventConsumerServer } from '@ccpc/event-store-nest';
import type { ProjectTimeline } from '@ccpc/projection-domain';
import { createKafka, type ServiceDefinition } from '@ccpc/service-kit';
import { DashboardModule } from './dashboard/dashboard.module';
import { TIMELINES } from './dashboard/dashboard.service';

/** The topics every read model follows; the other services' topics join as they publish. */
export const consumedTopics = (prefix: string) => [topicName('registry', prefix)];
export const catalog = new EventCatalog(ALL_EVENT_DEFINITIONS);

/** The projection service (领导视图): read models of every service's events, for the leadership. */
export const projectionService: ServiceDefinition = {
  service: 'projection',
  imports: () => [DashboardModule],
  microservices: (app, config) => [
    new EventConsumerServer(
      liveProjection(createKafka({ clientId: 'projection', brokers: config.KAFKA_BROKERS }), app.get<ProjectionStore<ProjectTimeline>>(TIMELINES), {
        topics: consumedTopics(config.TOPIC_PREFIX),
        catalog,
        connection: app.get<Connection>(getConnectionToken()),
        topicPrefix: config.TOPIC_PREFIX,
        groupId: 'projection.dashboard_projects',
      }),
    ),
  ],
};
