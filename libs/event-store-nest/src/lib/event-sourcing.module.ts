import { type BeforeApplicationShutdown, type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { type EventCatalog, type ServiceDescriptor, topicName } from '@ccpc/contracts';
import { type EventConsumer, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore } from '@ccpc/event-store';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import { createKafka, SERVICE_CONFIG, SERVICE_DESCRIPTOR, type ServiceConfig } from '@ccpc/service-kit';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const OUTBOX_RELAY = Symbol('OUTBOX_RELAY');
/** The ProjectionStore of a read model the service keeps from its own topic. */
export const readModelToken = (name: string): string => `READ_MODEL:${name}`;

export interface EventSourcingOptions {
  catalog: EventCatalog;
  /** Read models built from the service's own topic (e.g. the registry's project list). */
  readModels?: ReadonlyArray<ProjectionDefinition<object>>;
}

const CONSUMERS = Symbol('CONSUMERS');

@Injectable()
class EventSourcingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('event-sourcing');
  private starting: Array<Promise<void>> = [];

  constructor(
    @Inject(OUTBOX_RELAY) private readonly relay: OutboxRelay,
    @Inject(CONSUMERS) private readonly consumers: EventConsumer[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay.start();
    // A consumer that cannot reach Kafka yet keeps retrying on its own; the service still serves.
    this.starting = this.consumers.map((consumer) =>
      consumer.start().catch((error: unknown) => this.logger.warn(`consumer did not start: ${(error as Error).message}`)),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.starting);
    await Promise.all(this.consumers.map((c) => c.stop().catch(() => undefined)));
    await this.relay.stop();
  }
}

/**
 * A service's event store on its own database, the outbox relay to its topic (started with
 * the app, drained on shutdown) and the read models it keeps from its own topic.
 */
@Module({})
export class EventSourcingModule {
  static forService(options: EventSourcingOptions): DynamicModule {
    const readModels = options.readModels ?? [];
    const relayLogger = new Logger('outbox-relay');
    return {
      module: EventSourcingModule,
      providers: [
        {
          provide: KAFKA_CLIENT,
          inject: [SERVICE_CONFIG, SERVICE_DESCRIPTOR],
          useFactory: (config: ServiceConfig, service: ServiceDescriptor) => createKafka({ clientId: `${service.name}-events`, brokers: config.KAFKA_BROKERS }),
        },
        {
          provide: EVENT_STORE,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new MongoEventStore(connection, options.catalog),
        },
        {
          provide: OUTBOX_RELAY,
          inject: [EVENT_STORE, KAFKA_CLIENT, SERVICE_CONFIG, SERVICE_DESCRIPTOR],
          useFactory: (store: MongoEventStore, kafka: Kafka, config: ServiceConfig, service: ServiceDescriptor) =>
            new OutboxRelay(store, kafka, {
              topic: topicName(service.name, config.TOPIC_PREFIX),
              logger: { info: (m) => relayLogger.log(m), warn: (m) => relayLogger.warn(m) },
            }),
        },
        ...readModels.map((definition) => ({
          provide: readModelToken(definition.name),
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ProjectionStore(connection, definition),
        })),
        {
          provide: CONSUMERS,
          inject: [KAFKA_CLIENT, getConnectionToken(), SERVICE_CONFIG, SERVICE_DESCRIPTOR, ...readModels.map((d) => readModelToken(d.name))],
          useFactory: (kafka: Kafka, connection: Connection, config: ServiceConfig, service: ServiceDescriptor, ...stores: Array<ProjectionStore<object>>) => {
            const logger = new Logger('read-models');
            return stores.map((store) =>
              liveProjection(kafka, store, {
                topics: [topicName(service.name, config.TOPIC_PREFIX)],
                catalog: options.catalog,
                connection,
                topicPrefix: config.TOPIC_PREFIX,
                groupId: `${service.name}.${store.definition.name}`,
                logger: { info: (m) => logger.log(m), warn: (m) => logger.warn(m) },
              }),
            );
          },
        },
        EventSourcingLifecycle,
      ],
      exports: [EVENT_STORE, KAFKA_CLIENT, OUTBOX_RELAY, ...readModels.map((d) => readModelToken(d.name))],
    };
  }
}
