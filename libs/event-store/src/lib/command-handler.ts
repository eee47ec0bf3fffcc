import type { Actor, DomainEvent, EventEnvelope } from '@ccpc/contracts';
import { ConcurrencyError, type Decider, fold } from '@ccpc/eventsourcing';
import type { CommandMetadata, MongoEventStore } from './mongo-event-store';

export interface AggregateDefinition<Command, Event extends DomainEvent, State> {
  /** Names the aggregate in logs and snapshot schemas, e.g. 'Project'. */
  readonly name: string;
  readonly decider: Decider<Command, Event, State>;
  /** Snapshot every N events; `schema` changes whenever State's shape changes. */
  readonly snapshots?: { every: number; schema: string };
}

export interface HandleOptions<State = unknown> {
  metadata: CommandMetadata;
  /**
   * Called with the loaded state before deciding: throws to refuse (e.g. the caller's scope
   * does not cover this aggregate), or returns the actor to record instead of metadata.actor.
   */
  authorize?: (state: State) => Actor | void;
  /** The version the client last saw (If-Match); a mismatch is a 409 before deciding. */
  expectedVersion?: number;
  idempotencyKey?: string;
}

export interface HandleResult<State> {
  version: number;
  events: EventEnvelope[];
  state: State;
  replayed: boolean;
}

/**
 * Load (from a snapshot if there is one), fold, decide, append at the version read.
 * Pure business rules stay in the decider; this is the only place that touches the store.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: MongoEventStore,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
  command: Command,
  options: HandleOptions<State>,
): Promise<HandleResult<State>> {
  if (options.idempotencyKey) {
    // A retry is answered with the first result, before the decider could refuse it.
    const earlier = await store.commitByKey(streamId, options.idempotencyKey);
    if (earlier) {
      const current = (await loadAggregate(store, aggregate, streamId)).state;
      options.authorize?.(current); // a retry by someone else still needs the right
      return { ...earlier, state: current };
    }
  }
  const { state, version } = await loadAggregate(store, aggregate, streamId);
  const actor = options.authorize?.(state);
  const metadata = actor ? { ...options.metadata, actor } : options.metadata;
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new ConcurrencyError(streamId, options.expectedVersion, version);
  }
  const decided = aggregate.decider.decide(command, state);
  const result = await store.append(streamId, decided, {
    expectedVersion: version,
    expectedVersionIsHead: true,
    metadata,
    idempotencyKey: options.idempotencyKey,
  });
  if (result.replayed) {
    const current = await loadAggregate(store, aggregate, streamId);
    return { ...result, state: current.state };
  }
  const newState = fold(aggregate.decider, result.events as unknown as Event[], state);
  const every = aggregate.snapshots?.every;
  if (aggregate.snapshots && every && Math.floor(result.version / every) > Math.floor(version / every)) {
    await store.saveSnapshot(streamId, result.version, aggregate.snapshots.schema, newState);
  }
  return { version: result.version, events: result.events, state: newState, replayed: false };
}

export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: MongoEventStore,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
): Promise<{ state: State; version: number }> {
  const snapshot = aggregate.snapshots ? await store.loadSnapshot(streamId, aggregate.snapshots.schema) : undefined;
  const from = snapshot ? (snapshot.state as State) : aggregate.decider.initialState();
  const events = await store.readStream(streamId, snapshot?.version ?? 0);
  const version = events.length > 0 ? (events[events.length - 1]?.streamVersion ?? 0) : (snapshot?.version ?? 0);
  return { state: fold(aggregate.decider, events as unknown as Event[], from), version };
}
