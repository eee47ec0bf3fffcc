import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Actor, DomainEvent, EventEnvelope } from '@ccpc/contracts';
import { type BusinessDates, ConcurrencyError, type Decider, fold } from '@ccpc/eventsourcing';
import type { CommandMetadata } from './commits';
import type { MongoEventStore } from './mongo-event-store';

export interface AggregateDefinition<Command, Event extends DomainEvent, State> {
  /** Names the aggregate in logs and snapshot schemas, e.g. 'Project'. */
  readonly name: string;
  readonly decider: Decider<Command, Event, State>;
  /** Snapshot every N events; `schema` changes whenever State's shape changes. */
  readonly snapshots?: { every: number; schema: string };
  /** The business dates of its commands: filled in and checked against the city's today by the command runner. */
  readonly dates?: BusinessDates<Command, State>;
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
  /**
   * What the client asked for, before the service filled in defaults (e.g. today's date): its
   * fingerprint goes with the idempotency key, so that a retry days later still matches and
   * the same key with another request is refused. Defaults to the command.
   */
  request?: unknown;
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
  // A race with another writer that the client did not ask to be told about (no If-Match):
  // re-read and re-decide a few times. With If-Match the client wants the 409 at once.
  const attempts = options.expectedVersion === undefined ? RACE_RETRIES + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await handleOnce(store, aggregate, streamId, command, options);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
}

/** A request's fingerprint: SHA-256 of its JSON with keys sorted and undefined members left out. */
export function requestFingerprint(request: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(request)))
    .digest('base64url');
}

/** How often a command without If-Match is re-decided after losing a race to another writer. */
const RACE_RETRIES = 3;

async function handleOnce<Command, Event extends DomainEvent, State>(
  store: MongoEventStore,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
  command: Command,
  options: HandleOptions<State>,
): Promise<HandleResult<State>> {
  const fingerprint = options.idempotencyKey ? requestFingerprint(options.request ?? command) : undefined;
  if (options.idempotencyKey) {
    // A retry is answered with the first result, before the decider could refuse it.
    const earlier = await store.commitByKey(streamId, options.idempotencyKey, fingerprint);
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
  let decided: readonly Event[];
  try {
    decided = aggregate.decider.decide(command, state);
  } catch (error) {
    // A copy of the request that committed between our key check and our read (a same-key
    // storm) makes the decider refuse what was in fact done: answer with that first result.
    const earlier = options.idempotencyKey ? await store.commitByKey(streamId, options.idempotencyKey, fingerprint) : undefined;
    if (earlier) return { ...earlier, state };
    throw error;
  }
  const result = await store.append(streamId, decided, {
    expectedVersion: version,
    expectedVersionIsHead: true,
    metadata,
    idempotencyKey: options.idempotencyKey,
    fingerprint,
    idempotencyChecked: options.idempotencyKey !== undefined,
  });
  if (result.replayed) {
    const current = await loadAggregate(store, aggregate, streamId);
    return { ...result, state: current.state };
  }
  const newState = fold(aggregate.decider, result.events as unknown as Event[], state);
  await rememberState(store, aggregate, streamId, version, result.version, newState);
  return { version: result.version, events: result.events, state: newState, replayed: false };
}

/**
 * Recently folded states per store, so that a command on a stream just written does not fold
 * it again from the start: only what follows the cached version is read (one lookup when
 * nothing did), so a cached state is never stale. Bounded, least recently used first out; a
 * state is never replaced by an older one (two commands of one stream finishing out of order).
 */
class StateCache {
  private readonly entries = new LRUCache<string, { version: number; state: unknown }>({ max: 5000 });

  get(key: string): { version: number; state: unknown } | undefined {
    return this.entries.get(key);
  }

  set(key: string, version: number, state: unknown): void {
    const current = this.entries.peek(key);
    if (current && current.version > version) return;
    this.entries.set(key, { version, state });
  }
}

const caches = new WeakMap<MongoEventStore, StateCache>();
const cacheOf = (store: MongoEventStore) => caches.get(store) ?? (caches.set(store, new StateCache()), caches.get(store) as StateCache);
const cacheKey = (aggregate: { name: string }, streamId: string) => `${aggregate.name}|${streamId}`;

/** The state this process last folded for a stream, and its version (a batch decides on it and lets the commit's unique id verify it). */
export function cachedState<State>(store: MongoEventStore, aggregate: { name: string }, streamId: string) {
  return cacheOf(store).get(cacheKey(aggregate, streamId)) as { version: number; state: State } | undefined;
}

/** After a command landed: its new state, for the next command on the stream, and a snapshot when one is due. */
export async function rememberState<State>(
  store: MongoEventStore,
  aggregate: { name: string; snapshots?: { every: number; schema: string } },
  streamId: string,
  from: number,
  to: number,
  state: State,
): Promise<void> {
  cacheOf(store).set(cacheKey(aggregate, streamId), to, state);
  const every = aggregate.snapshots?.every;
  if (aggregate.snapshots && every && Math.floor(to / every) > Math.floor(from / every))
    await store.saveSnapshot(streamId, to, aggregate.snapshots.schema, state);
}

export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: MongoEventStore,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
): Promise<{ state: State; version: number }> {
  const cache = cacheOf(store);
  const key = cacheKey(aggregate, streamId);
  const cached = cache.get(key);
  const snapshot = cached ? undefined : aggregate.snapshots ? await store.loadSnapshot(streamId, aggregate.snapshots.schema) : undefined;
  const base = cached ?? snapshot;
  const from = base ? (base.state as State) : aggregate.decider.initialState();
  const events = await store.readStream(streamId, base?.version ?? 0);
  const version = events.length > 0 ? (events[events.length - 1]?.streamVersion ?? 0) : (base?.version ?? 0);
  const state = fold(aggregate.decider, events as unknown as Event[], from);
  if (version > 0) cache.set(key, version, state);
  return { state, version };
}
