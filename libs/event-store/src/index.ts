export { type AggregateDefinition, handleCommand, type HandleOptions, type HandleResult, loadAggregate } from './lib/command-handler';
export { type DeadLetter, listDeadLetters, readWholeTopic, redriveDeadLetters } from './lib/dead-letters';
export { DLQ_HEADERS, EventConsumer, type EventConsumerOptions, type EventHandler } from './lib/event-consumer';
export {
  type AppendOptions, type AppendResult, type CommandMetadata, type CommitDocument, commitId, decodeEntries, encodeEntries, MongoEventStore, type EventStoreOptions, type OutboxEntry, type OutboxMarker, type OutboxRound,
} from './lib/mongo-event-store';
export { OutboxRelay, type OutboxRelayOptions, type RelayLogger } from './lib/outbox-relay';
export { liveProjection, rebuildProjection, type RebuildProgress } from './lib/projection-runner';
export { type ApplyOutcome, ExclusiveWriter, ProjectionStore, type StoredDocument, type ViewQuery } from './lib/projection-store';
export { ensureTopics, type TopicSettings } from './lib/topics';
