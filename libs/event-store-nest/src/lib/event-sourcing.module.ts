import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { type EventCatalog, type ServiceDescriptor, topicName } from '@ccpc/contracts';
import { CommandRunner, MongoEventStore, OutboxRelay, ProjectionStore } from '@ccpc/event-store';
import type { Clock } from '@ccpc/eventsourcing';
import { ConsumerWatch, createKafka, OPENAPI_AMENDMENTS, SERVICE_CONFIG, SERVICE_DESCRIPTOR, type ServiceConfig } from '@ccpc/service-kit';
import { BatchController } from './commands/batch.controller';
import { ServiceCommands } from './commands/service-commands';
import { type FeatureOptions, Features } from './features';
import { EventSourcingLifecycle } from './lifecycle';
import { CLOCK, EVENT_CATALOG, EVENT_STORE, KAFKA_CLIENT, OUTBOX_RELAY, readModelToken, systemClock } from './tokens';

export interface EventSourcingOptions {
  catalog: EventCatalog;
  /** The service takes commands: POST /batch runs any of its features' commands. */
  batch?: boolean;
}

let features = 0;

/**
 * One way to wire a service. `forService` once, in the service's root: its event store on its
 * own database, the outbox relay to its topic (for a service that produces events), the clock,
 * the command runner, the batch route and the one lifecycle. `forFeature` in each feature
 * module: the read models it keeps (their stores injectable by `readModelToken`), its reactions
 * and its command sets — a second feature module adds to the same store and relay.
 */
@Module({})
export class EventSourcingModule {
  static forService(options: EventSourcingOptions): DynamicModule {
    const relayLogger = new Logger('outbox-relay');
    return {
      module: EventSourcingModule,
      global: true,
      providers: [
        { provide: CLOCK, useValue: systemClock },
        { provide: EVENT_CATALOG, useValue: options.catalog },
        Features,
        {
          provide: KAFKA_CLIENT,
          inject: [SERVICE_CONFIG, SERVICE_DESCRIPTOR],
          useFactory: (config: ServiceConfig, service: ServiceDescriptor) =>
            createKafka({ clientId: `${service.name}-events`, brokers: config.KAFKA_BROKERS }),
        },
        {
          provide: EVENT_STORE,
          inject: [getConnectionToken(), CLOCK],
          useFactory: (connection: Connection, clock: Clock) => new MongoEventStore(connection, options.catalog, { clock }),
        },
        {
          provide: OUTBOX_RELAY,
          inject: [EVENT_STORE, KAFKA_CLIENT, SERVICE_CONFIG, SERVICE_DESCRIPTOR, ConsumerWatch],
          useFactory: (store: MongoEventStore, kafka: Kafka, config: ServiceConfig, service: ServiceDescriptor, watch: ConsumerWatch) => {
            if (service.topic === null) return null; // a service that produces no events (the projection) has no relay
            const relay = new OutboxRelay(store, kafka, {
              topic: topicName(service.name, config.TOPIC_PREFIX),
              logger: { info: (m) => relayLogger.log(m), warn: (m) => relayLogger.warn(m) },
            });
            watch.relay = relay;
            return relay;
          },
        },
        {
          provide: CommandRunner,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (store: MongoEventStore, clock: Clock) => new CommandRunner(store, clock),
        },
        {
          provide: ServiceCommands,
          inject: [CommandRunner, ModuleRef, Features],
          useFactory: (runner: CommandRunner, moduleRef: ModuleRef, registered: Features) =>
            new ServiceCommands(runner, moduleRef, registered.commandSets),
        },
        // The batch route's schema, command by command, in the service's OpenAPI document.
        {
          provide: OPENAPI_AMENDMENTS,
          inject: [ServiceCommands],
          useFactory: (commands: ServiceCommands) => (options.batch ? [commands] : []),
        },
        EventSourcingLifecycle,
      ],
      controllers: options.batch ? [BatchController] : [],
      exports: [
        CLOCK,
        EVENT_CATALOG,
        EVENT_STORE,
        KAFKA_CLIENT,
        OUTBOX_RELAY,
        CommandRunner,
        ServiceCommands,
        OPENAPI_AMENDMENTS,
        Features,
      ],
    };
  }

  /** A feature module's read models, reactions and command sets, registered with the service's one store and lifecycle. */
  static forFeature(options: FeatureOptions): DynamicModule {
    const readModels = options.readModels ?? [];
    const storeTokens = readModels.map((model) => readModelToken(model.projection.name));
    const registration = `EVENT_SOURCING_FEATURE_${++features}`;
    return {
      module: EventSourcingModule,
      providers: [
        ...readModels.map((model, i) => ({
          provide: storeTokens[i] as string,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ProjectionStore(connection, model.projection),
        })),
        {
          provide: registration,
          inject: [Features, ...storeTokens],
          useFactory: (registered: Features, ...stores: Array<ProjectionStore<object>>) => registered.add(options, stores),
        },
      ],
      exports: storeTokens,
    };
  }
}
