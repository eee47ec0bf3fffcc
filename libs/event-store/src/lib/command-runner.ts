import { randomUUID } from 'node:crypto';
import { type Actor, cityDate, type DomainEvent, type EventEnvelope } from '@ccpc/contracts';
import { type Clock, type CommandOptions, type CommandResult, ConcurrencyError, datedCommand, fold } from '@ccpc/eventsourcing';
import { type AggregateDefinition, cachedState, handleCommand, loadAggregate, rememberState, requestFingerprint } from './command-handler';
import type { CommandMetadata } from './commits';
import { type AppendResult, KeyTaken, type MongoEventStore } from './mongo-event-store';

/** One command on one aggregate, as every context hands it to the runner. */
export interface CommandRequest<Command, Event extends DomainEvent, State> {
  aggregate: AggregateDefinition<Command, Event, State>;
  /** The aggregate's id, as the result names it. */
  id: string;
  streamId: string;
  /** As the caller asked it (its fingerprint goes with the Idempotency-Key); business dates are filled in by the runner. */
  command: Command;
  /** Throws to refuse (not found, not the caller's scope); returns the actor recorded on the events. */
  authorize: (state: State) => Actor;
  options?: CommandOptions;
  /**
   * A condition held around the command (e.g. a national code reserved while it is appended,
   * released if it does not land): such a command runs alone, in its place in its stream's order.
   */
  around?: (run: () => Promise<CommandResult>) => Promise<CommandResult>;
}

// A batch mixes aggregates: each request is typed where it is built, the runner needs only its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommandRequest = CommandRequest<any, any, any>;

/** Who a system command is recorded as: the service itself, acting on another context's event or on its own schedule. */
export const systemActor = (service: string): Actor => ({ id: `${service}-service`, role: 'system', scope: null });

/** The options of a command caused by an event: keyed by the event (a redelivery replays), its causation and correlation kept. */
export const causedBy = (reaction: string, event: EventEnvelope): CommandOptions => ({
  idempotencyKey: `${reaction}:${event.eventId}`,
  correlationId: event.correlationId,
  causationId: event.eventId,
});

const summary = (id: string, result: { version: number; events: EventEnvelope[]; replayed: boolean }): CommandResult => ({
  id,
  version: result.version,
  events: result.events.map((e) => ({ type: e.type, streamVersion: e.streamVersion, data: e.data })),
  replayed: result.replayed,
});

interface Decided {
  index: number;
  request: AnyCommandRequest;
  version: number;
  state: unknown;
  events: readonly DomainEvent[];
  metadata: CommandMetadata;
}

/**
 * The one way every context runs its commands: the business dates filled in and checked
 * against the city's today, the caller authorised on the loaded state (the actor goes into the
 * events), the decider, the append at the version read with the request's fingerprint and
 * Idempotency-Key, and one result shape. `runMany` does the same for many commands at once.
 */
export class CommandRunner {
  constructor(
    readonly store: MongoEventStore,
    readonly clock: Clock,
  ) {}

  run<Command, Event extends DomainEvent, State>(request: CommandRequest<Command, Event, State>): Promise<CommandResult> {
    return request.around ? request.around(() => this.runAlone(request)) : this.runAlone(request);
  }

  private async runAlone<Command, Event extends DomainEvent, State>(
    request: CommandRequest<Command, Event, State>,
  ): Promise<CommandResult> {
    const now = this.clock.now();
    const options = request.options ?? {};
    const command = datedCommand(request.aggregate.dates, request.command, cityDate(now));
    const result = await handleCommand(this.store, request.aggregate, request.streamId, command, {
      metadata: this.metadata(options, now),
      authorize: request.authorize,
      expectedVersion: options.expectedVersion,
      idempotencyKey: options.idempotencyKey,
      request: request.command,
    });
    return summary(request.id, result);
  }

  /**
   * Many commands, each decided by the same decider, authorised and idempotent by its own key as
   * if sent alone; a result or an error in each slot, in order. Commands on one stream run in
   * the order given, one per round; a round's commands go to the store together (their claims,
   * one outbox marker, their commits). A round decides on the state this process folded last
   * and lets the commit's unique id verify it: a command that finds it stale, or whose key an
   * earlier attempt holds, is run again alone.
   */
  async runMany(requests: readonly AnyCommandRequest[]): Promise<Array<CommandResult | Error>> {
    const results: Array<CommandResult | Error | undefined> = requests.map(() => undefined);
    const queues = new Map<string, number[]>();
    requests.forEach((request, index) => {
      const queue = queues.get(request.streamId);
      if (queue) queue.push(index);
      else queues.set(request.streamId, [index]);
    });
    for (let round = 0; ; round++) {
      const indexes = [...queues.values()].flatMap((queue) => (queue.length > round ? [queue[round] as number] : []));
      if (indexes.length === 0) break;
      await this.round(requests, indexes, results);
    }
    return results as Array<CommandResult | Error>;
  }

  private metadata(options: CommandOptions, now: Date): CommandMetadata {
    return {
      actor: { id: 'unknown', role: 'unknown', scope: null },
      correlationId: options.correlationId ?? randomUUID(),
      causationId: options.causationId ?? null,
      now,
    };
  }

  private async round(
    requests: readonly AnyCommandRequest[],
    indexes: readonly number[],
    results: Array<CommandResult | Error | undefined>,
  ): Promise<void> {
    const now = this.clock.now();
    const today = cityDate(now);
    const decided: Decided[] = [];
    await Promise.all(
      indexes.map(async (index) => {
        const request = requests[index] as AnyCommandRequest;
        if (request.around) {
          results[index] = await this.run(request).catch((error: Error) => error);
          return;
        }
        try {
          const outcome = await this.decide(request, datedCommand(request.aggregate.dates, request.command, today), now);
          if ('result' in outcome) results[index] = outcome.result;
          else decided.push({ index, request, ...outcome });
        } catch (error) {
          results[index] = error as Error;
        }
      }),
    );
    if (decided.length === 0) return;
    const appended = await this.store.appendMany(
      decided.map((d) => ({
        streamId: d.request.streamId,
        events: d.events,
        expectedVersion: d.version,
        metadata: d.metadata,
        idempotencyKey: d.request.options?.idempotencyKey,
        fingerprint: d.request.options?.idempotencyKey ? requestFingerprint(d.request.command) : undefined,
      })),
    );
    await Promise.all(
      appended.map(async (outcome, k) => {
        const d = decided[k] as Decided;
        if (outcome instanceof ConcurrencyError || outcome instanceof KeyTaken) {
          // Another writer moved the stream on, or an earlier attempt holds the key: alone, from the store.
          results[d.index] = await this.runAlone(d.request).catch((error: Error) => error);
          return;
        }
        const state = fold(d.request.aggregate.decider, outcome.events, d.state);
        await rememberState(this.store, d.request.aggregate, d.request.streamId, d.version, outcome.version, state);
        results[d.index] = summary(d.request.id, outcome);
      }),
    );
  }

  /**
   * Decides on the state this process knows (or, for a stream it has not seen, an empty one —
   * the commit's unique id refuses it if the stream exists); a refusal on it is checked against
   * the store's state before it stands, and a refused retry of a command that landed is its result.
   */
  private async decide(
    request: AnyCommandRequest,
    command: unknown,
    now: Date,
  ): Promise<{ result: CommandResult } | Omit<Decided, 'index' | 'request'>> {
    const { aggregate, streamId } = request;
    const options = request.options ?? {};
    const attempt = (base: { version: number; state: unknown }) => {
      const actor = request.authorize(base.state);
      if (options.expectedVersion !== undefined && options.expectedVersion !== base.version)
        throw new ConcurrencyError(streamId, options.expectedVersion, base.version);
      const events = aggregate.decider.decide(command, base.state) as readonly DomainEvent[];
      return { ...base, events, metadata: { ...this.metadata(options, now), actor } };
    };
    const known = cachedState(this.store, aggregate, streamId) ?? { version: 0, state: aggregate.decider.initialState() };
    let decided;
    try {
      decided = attempt(known);
    } catch {
      const current = await loadAggregate(this.store, aggregate, streamId);
      try {
        decided = attempt(current);
      } catch (error) {
        const key = options.idempotencyKey;
        const earlier: AppendResult | undefined = key
          ? await this.store.commitByKey(streamId, key, requestFingerprint(request.command))
          : undefined;
        if (!earlier) throw error;
        request.authorize(current.state); // a retry by someone else still needs the right
        return { result: summary(request.id, earlier) };
      }
    }
    if (decided.events.length === 0) return { result: { id: request.id, version: decided.version, events: [], replayed: false } };
    return decided;
  }
}
