import type { Type } from '@nestjs/common';
import type { EnvelopeOf, EventDefinition, EventOf, ServiceName } from '@ccpc/contracts';

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
