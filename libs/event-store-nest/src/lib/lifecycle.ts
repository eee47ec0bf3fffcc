import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { type EventCatalog, type ServiceDescriptor, type ServiceName, topicName } from '@ccpc/contracts';
import { EventConsumer, liveProjection, type OutboxRelay, type ProjectionStore } from '@ccpc/event-store';
import { ConsumerWatch, SERVICE_CONFIG, SERVICE_DESCRIPTOR, type ServiceConfig } from '@ccpc/service-kit';
import { Features, type ReadModel } from './features';
import type { Reaction, ReactionDefinition } from './reactions';
import { RetryingConsumer } from './retrying-consumer';
import { EVENT_CATALOG, KAFKA_CLIENT, OUTBOX_RELAY } from './tokens';

/**
 * The service's one event-sourcing lifecycle: once every module is ready it starts the outbox
 * relay and a consumer for each read model and reaction its features registered — each in its
 * group (`<service>.<read model>_v<version>`, `<service>.reaction.<name>[_v<version>]`), with the
 * retries, dead letters and /health status of every consumer — and stops them on shutdown.
 */
@Injectable()
export class EventSourcingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly running: RetryingConsumer[] = [];

  constructor(
    @Optional() @Inject(OUTBOX_RELAY) private readonly relay: OutboxRelay | null,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(EVENT_CATALOG) private readonly catalog: EventCatalog,
    @Inject(getConnectionToken()) private readonly connection: Connection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_DESCRIPTOR) private readonly service: ServiceDescriptor,
    private readonly features: Features,
    private readonly watch: ConsumerWatch,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.relay?.start();
    for (const { model, store } of this.features.readModels) this.running.push(this.readModelConsumer(model, store));
    for (const reaction of this.features.reactions) this.running.push(this.reactionConsumer(reaction));
    // A consumer that cannot reach Kafka yet keeps trying on its own; the service serves meanwhile.
    for (const consumer of this.running) consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.running.map((consumer) => consumer.stop()));
    await this.relay?.stop();
  }

  private topics(from: readonly ServiceName[]): string[] {
    return from.map((producer) => topicName(producer, this.config.TOPIC_PREFIX));
  }

  private watched(consumer: EventConsumer, name: string): RetryingConsumer {
    const running = new RetryingConsumer(consumer, name);
    this.watch.add({ name, status: () => running.status() }); // /health shows it
    return running;
  }

  private readModelConsumer(model: ReadModel, store: ProjectionStore<object>): RetryingConsumer {
    const logger = new Logger(`read-model:${store.storeName}`);
    const consumer = liveProjection(this.kafka, store, {
      topics: this.topics(model.from ?? [this.service.name]),
      catalog: this.catalog,
      connection: this.connection,
      topicPrefix: this.config.TOPIC_PREFIX,
      groupId: `${this.service.name}.${store.storeName}`,
      logger: { info: (m) => logger.log(m), warn: (m) => logger.warn(m) },
    });
    return this.watched(consumer, store.storeName);
  }

  private reactionConsumer(reaction: ReactionDefinition): RetryingConsumer {
    const handler = this.moduleRef.get<Reaction>(reaction.provider, { strict: false });
    const logger = new Logger(`reaction:${reaction.name}`);
    const name = `reaction.${reaction.name}`;
    const consumer = new EventConsumer(this.kafka, {
      groupId: `${this.service.name}.${name}${reaction.version ? `_v${reaction.version}` : ''}`,
      topics: this.topics(reaction.from),
      catalog: this.catalog,
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
    return this.watched(consumer, name);
  }
}
