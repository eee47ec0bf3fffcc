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
  defineReaction,
  type Reaction,
  reactionOutcome,
  type ReactionOutcome,
  type ReactionDefinition,
  readModel,
  readModelToken,
  systemClock,
} from './lib/event-sourcing.module';
export { RetryingConsumer } from './lib/retrying-consumer';
export { BATCH_MAX, BatchCommandDto, BatchDto, BatchResponseDto } from './lib/commands/batch.dto';
export {
  type CommandCatalogue,
  type CommandDefinition,
  type CommandSet,
  type CommandTarget,
  defineCommand,
} from './lib/commands/command-set';
export { ServiceCommands } from './lib/commands/service-commands';
