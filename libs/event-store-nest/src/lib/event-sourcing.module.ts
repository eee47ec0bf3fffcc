import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  Optional,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import {
  type EnvelopeOf,
  type EventCatalog,
  type EventDefinition,
  type EventOf,
  type ServiceDescriptor,
  type ServiceName,
  topicName,
} from '@ccpc/contracts';
import { CommandRunner, EventConsumer, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore } from '@ccpc/event-store';
import type { Clock, ProjectionDefinition } from '@ccpc/eventsourcing';
import { ConsumerWatch, createKafka, OPENAPI_AMENDMENTS, SERVICE_CONFIG, SERVICE_DESCRIPTOR, type ServiceConfig } from '@ccpc/service-kit';
import { BatchController } from './commands/batch.controller';
import type { CommandSet } from './commands/command-set';
import { ServiceCommands } from './commands/service-commands';
import { RetryingConsumer } from './retrying-consumer';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const OUTBOX_RELAY = Symbol('OUTBOX_RELAY');
/** Where business time comes from, in every service: one token; a test provides its own clock. */
export const CLOCK = Symbol('CLOCK');
/** The consumers the module runs (their state is shown by health checks). */
export const CONSUMERS = Symbol('CONSUMERS');
/** The ProjectionStore of a read model the service keeps. */
export const readModelToken = (name: string): string => `READ_MODEL:${name}`;

export const systemClock: Clock = { now: () => new Date() };

/** A read model and the services whose topics it follows (default: the service's own). */
export interface ReadModel {
  projection: ProjectionDefinition<object>;
  from?: readonly ServiceName[];
}

/** A read model of documents of any shape, and where its events come from. */
export function readModel(projection: ProjectionDefinition<object>, from?: readonly ServiceName[]): ReadModel {
  return { projection, from };
}

/**
 * What a service does when another context's event arrives (a process manager step): run one
 * of its own commands. A provider of the feature module (it may inject the command handlers,
 * the store, the clock); the module runs it with a consumer group of its own,
 * `<service>.reaction.<name>`, with the retries and dead letters of every consumer. `handle`
 * must be idempotent under redelivery: run its command with an Idempotency-Key derived from the
 * event id.
 */
export interface Reaction<E extends { readonly type: string; readonly data: unknown } = { readonly type: string; readonly data: unknown }> {
  /** What became of the event: a command applied, a redelivery answered with the first result (counted by /health), or nothing to do. */
  handle(event: EnvelopeOf<E>): Promise<ReactionOutcome>;
  /**
   * Optional: a backlog many events at a time (in order, one partition's), each with its outcome;
   * throwing hands them back to `handle` one by one. Its commands go through the runner's batch.
   */
  handleBatch?(events: ReadonlyArray<EnvelopeOf<E>>): Promise<ReactionOutcome[]>;
}

export type ReactionOutcome = 'applied' | 'duplicate' | 'ignored';

/** A reaction's command result as its outcome: a replayed command means the event had been handled before. */
export const reactionOutcome = (result: { replayed: boolean }): ReactionOutcome => (result.replayed ? 'duplicate' : 'applied');

export interface ReactionDefinition {
  name: string;
  /** The services whose topics it follows. */
  from: readonly ServiceName[];
  /** The event types it reacts to (others are acknowledged untouched), from the contracts it was defined with. */
  handles: readonly string[];
  /** Declared among the feature module's providers too. */
  provider: Type<Reaction>;
  /**
   * The version of what the reaction keeps of other contexts (its own read model): part of its
   * consumer group's name, so that a new version reads its topics again from the start (and its
   * commands, keyed by event, replay) instead of starting empty at the old group's offsets.
   */
  version?: number;
}

export interface EventSourcingOptions {
  catalog: EventCatalog;
  /** Read models the service keeps, each with a consumer run the same way as every other. */
  readModels?: readonly ReadModel[];
  /** Reactions to other contexts' events, each with a consumer of its own (started once every module is ready). */
  reactions?: readonly ReactionDefinition[];
  /** The service's command sets (providers of its feature modules): their commands are run by POST /batch too. */
  commands?: ReadonlyArray<Type<CommandSet>>;
}

/**
 * A reaction over a list of event contracts: its provider receives only those events, typed by
 * them (a switch on `event.type` narrows `event.data`), read and validated once by the kit.
 */
export function defineReaction<const Events extends readonly EventDefinition[]>(def: {
  name: string;
  from: readonly ServiceName[];
  events: Events;
  provider: Type<Reaction<EventOf<Events[number]>>>;
  version?: number;
}): ReactionDefinition {
  return { name: def.name, from: def.from, handles: def.events.map((e) => e.type), provider: def.provider, version: def.version };
}

const REACTIONS = Symbol('REACTIONS');

@Injectable()
class EventSourcingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly reacting: RetryingConsumer[] = [];

  constructor(
    @Optional() @Inject(OUTBOX_RELAY) private readonly relay: OutboxRelay | null,
    @Inject(CONSUMERS) private readonly consumers: RetryingConsumer[],
    @Inject(REACTIONS) private readonly reactions: { options: EventSourcingOptions },
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(getConnectionToken()) private readonly connection: Connection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_DESCRIPTOR) private readonly service: ServiceDescriptor,
    private readonly watch: ConsumerWatch,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.relay?.start();
    // Reactions live in the feature modules: resolved once every module is ready.
    for (const reaction of this.reactions.options.reactions ?? []) this.reacting.push(this.reactionConsumer(reaction));
    // A consumer that cannot reach Kafka yet keeps trying on its own; the service serves meanwhile.
    for (const consumer of [...this.consumers, ...this.reacting]) consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.consumers, ...this.reacting].map((consumer) => consumer.stop()));
    await this.relay?.stop();
  }

  private reactionConsumer(reaction: ReactionDefinition): RetryingConsumer {
    const handler = this.moduleRef.get(reaction.provider, { strict: false });
    const logger = new Logger(`reaction:${reaction.name}`);
    const name = `reaction.${reaction.name}`;
    const consumer = new EventConsumer(this.kafka, {
      groupId: `${this.service.name}.${name}${reaction.version ? `_v${reaction.version}` : ''}`,
      topics: reaction.from.map((producer) => topicName(producer, this.config.TOPIC_PREFIX)),
      catalog: this.reactions.options.catalog,
      connection: this.connection,
      topicPrefix: this.config.TOPIC_PREFIX,
      handlerName: name,
      handles: reaction.handles,
      handle: (event) => handler.handle(event),
      handleBatch: handler.handleBatch
        ? (events) => (handler.handleBatch as NonNullable<Reaction['handleBatch']>).call(handler, events)
        : undefined,
      logger: { info: (m) => logger.log(m), warn: (m) => logger.warn(m) },
    });
    const running = new RetryingConsumer(consumer, name);
    this.watch.add({ name, status: () => running.status() }); // /health shows it
    return running;
  }
}

/**
 * One way to wire a service: its event store on its own database and the outbox relay to its
 * topic (for a service that produces events), the read models it keeps — each consumed by a
 * RetryingConsumer with a logger, in consumer group `<service>.<name>_v<version>` — and the clock.
 */
@Module({})
export class EventSourcingModule {
  static forService(options: EventSourcingOptions): DynamicModule {
    const readModels = options.readModels ?? [];
    const relayLogger = new Logger('outbox-relay');
    const storeTokens = readModels.map((model) => readModelToken(model.projection.name));
    return {
      module: EventSourcingModule,
      providers: [
        { provide: CLOCK, useValue: systemClock },
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
        ...readModels.map((model, i) => ({
          provide: storeTokens[i] as string,
          inject: [getConnectionToken()],
          useFactory: (connection: Connection) => new ProjectionStore(connection, model.projection),
        })),
        {
          provide: CONSUMERS,
          inject: [KAFKA_CLIENT, getConnectionToken(), SERVICE_CONFIG, SERVICE_DESCRIPTOR, ConsumerWatch, ...storeTokens],
          useFactory: (
            kafka: Kafka,
            connection: Connection,
            config: ServiceConfig,
            service: ServiceDescriptor,
            watch: ConsumerWatch,
            ...stores: Array<ProjectionStore<object>>
          ) =>
            stores.map((store, i) => {
              const from = readModels[i]?.from ?? [service.name];
              const logger = new Logger(`read-model:${store.storeName}`);
              const consumer = liveProjection(kafka, store, {
                topics: from.map((producer) => topicName(producer, config.TOPIC_PREFIX)),
                catalog: options.catalog,
                connection,
                topicPrefix: config.TOPIC_PREFIX,
                groupId: `${service.name}.${store.storeName}`,
                logger: { info: (m) => logger.log(m), warn: (m) => logger.warn(m) },
              });
              const running = new RetryingConsumer(consumer, store.storeName);
              watch.add({ name: store.storeName, status: () => running.status() }); // /health shows it
              return running;
            }),
        },
        { provide: REACTIONS, useValue: { options } },
        {
          provide: CommandRunner,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (store: MongoEventStore, clock: Clock) => new CommandRunner(store, clock),
        },
        {
          provide: ServiceCommands,
          inject: [CommandRunner, ModuleRef],
          useFactory: (runner: CommandRunner, moduleRef: ModuleRef) => new ServiceCommands(runner, moduleRef, options.commands ?? []),
        },
        // The batch route's schema, command by command, in the service's OpenAPI document.
        {
          provide: OPENAPI_AMENDMENTS,
          inject: [ServiceCommands],
          useFactory: (commands: ServiceCommands) => (options.commands?.length ? [commands] : []),
        },
        EventSourcingLifecycle,
      ],
      controllers: options.commands?.length ? [BatchController] : [],
      exports: [
        CLOCK,
        EVENT_STORE,
        KAFKA_CLIENT,
        OUTBOX_RELAY,
        CONSUMERS,
        CommandRunner,
        ServiceCommands,
        OPENAPI_AMENDMENTS,
        ...storeTokens,
      ],
    };
  }
}
