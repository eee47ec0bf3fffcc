export { EventConsumerServer } from './lib/event-consumer.server';
export { type EventSourcingOptions, EventSourcingModule } from './lib/event-sourcing.module';
export { type FeatureOptions, type ReadModel, readModel } from './lib/features';
export { defineReaction, type Reaction, type ReactionDefinition, reactionOutcome, type ReactionOutcome } from './lib/reactions';
export { CLOCK, EVENT_CATALOG, EVENT_STORE, KAFKA_CLIENT, OUTBOX_RELAY, readModelToken, systemClock } from './lib/tokens';
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
