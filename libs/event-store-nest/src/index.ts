export { EventConsumerServer } from './lib/event-consumer.server';
export {
  CLOCK,
  CONSUMERS,
  EVENT_STORE,
  type EventSourcingOptions,
  EventSourcingModule,
  KAFKA_CLIENT,
  OUTBOX_RELAY,
  type ReadModel,
  type Reaction,
  type ReactionDefinition,
  readModel,
  readModelToken,
  systemClock,
} from './lib/event-sourcing.module';
export { RetryingConsumer } from './lib/retrying-consumer';
