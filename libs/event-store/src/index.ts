export {
  type AggregateDefinition,
  handleCommand,
  type HandleOptions,
  requestFingerprint,
  type HandleResult,
  loadAggregate,
} from './lib/command-handler';
export { type AnyCommandRequest, causedBy, type CommandRequest, CommandRunner, type Hold, systemActor } from './lib/command-runner';
export { type DeadLetter, listDeadLetters, readWholeTopic, redriveDeadLetters } from './lib/dead-letters';
export {
  type ConsumerStatus,
  DLQ_HEADERS,
  EventConsumer,
  type EventConsumerOptions,
  type EventHandler,
  GROUP_TIMING,
} from './lib/event-consumer';
export {
  type AppendOptions,
  type AppendResult,
  type BatchAppend,
  type EventStoreOptions,
  KeyTaken,
  MongoEventStore,
} from './lib/mongo-event-store';
export { type CommandMetadata, type CommitDocument, commitId } from './lib/commits';
export { isDuplicateKey } from './lib/mongo-errors';
export { decodeEntries, encodeEntries, Outbox, outboxOf, type OutboxEntry, type OutboxMarker, type OutboxRound } from './lib/outbox';
export { OutboxRelay, type OutboxRelayOptions, type RelayLogger, type RelayStatus } from './lib/outbox-relay';
export { eventIdsOnTopic, type TopicTailOptions } from './lib/topic-tail';
export { liveProjection, rebuildProjection, rebuildReadModels, type RebuildProgress } from './lib/projection-runner';
export { ProjectionStore } from './lib/projection-store';
export { type ApplyOutcome, type StoredDocument } from './lib/stored-document';
export { type MirrorChange, type MirrorOptions, ReadModelMirror } from './lib/read-model-mirror';
export { ExclusiveWriter } from './lib/exclusive-writer';
export { type ViewQuery } from './lib/view-query';
export { ensureTopics, type TopicSettings } from './lib/topics';
