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
  /** A condition the command holds while it lands (a national code reserved for the project; see `Hold`). */
  hold?: Hold;
}

/**
 * Something a command takes before it is appended and gives back if it does not land (a national
 * code reserved for one project). Taken only once the caller is authorised and the command
 * decided, so that a caller without the right learns nothing of who holds what.
 */
export interface Hold {
  /** Takes it: true when taken now (to be given back if the command does not land), false when held already; throws to refuse. */
  take(): Promise<boolean>;
  release(): Promise<void>;
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

/** At most this many commands of one stream in one round (each link of a chain is one insert). */
const MAX_CHAIN = 100;

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
  /** The request's hold was taken for this attempt: given back if it does not land. */
  taken: boolean;
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

  async run<Command, Event extends DomainEvent, State>(request: CommandRequest<Command, Event, State>): Promise<CommandResult> {
    const { hold } = request;
    if (!hold) return this.runAlone(request);
    request.authorize((await loadAggregate(this.store, request.aggregate, request.streamId)).state);
    const taken = await hold.take();
    try {
      return await this.runAlone(request);
    } catch (error) {
      if (taken) await hold.release().catch(() => undefined);
      throw error;
    }
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
   * if sent alone; a result or an error in each slot, in order. Commands on one stream run in the
   * order given. A round decides each stream's next command on the state this process folded
   * last (the commit's unique id verifies it), and the commands after it on the state that one
   * leaves, as long as each adds events; the round's commands go to the store together (their
   * claims, one outbox marker, their commits, a stream's as a chain). A command that finds the
   * state stale, or whose key an earlier attempt holds, is run again alone — and so are those
   * after it on its stream; one refused, or adding nothing, waits for the next round.
   */
  async runMany(requests: readonly AnyCommandRequest[]): Promise<Array<CommandResult | Error>> {
    const results: Array<CommandResult | Error | undefined> = requests.map(() => undefined);
    const queues = new Map<string, number[]>();
    requests.forEach((request, index) => {
      const queue = queues.get(request.streamId);
      if (queue) queue.push(index);
      else queues.set(request.streamId, [index]);
    });
    while (queues.size > 0) {
      await this.round(requests, [...queues.values()], results);
      for (const [stream, queue] of queues) if (queue.length === 0) queues.delete(stream);
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
    queues: ReadonlyArray<number[]>,
    results: Array<CommandResult | Error | undefined>,
  ): Promise<void> {
    const now = this.clock.now();
    const today = cityDate(now);
    const chains: Decided[][] = [];
    await Promise.all(
      queues.map(async (queue) => {
        const index = queue.shift() as number;
        const request = requests[index] as AnyCommandRequest;
        try {
          const outcome = await this.decide(request, datedCommand(request.aggregate.dates, request.command, today), now);
          if ('result' in outcome) {
            results[index] = outcome.result;
            return;
          }
          const chain: Decided[] = [{ index, request, ...outcome, taken: false }];
          chains.push(chain);
          if (request.hold) return; // taken below, in the batch's order; the stream goes on next round
          for (
            let next = this.following(chain, requests, queue, today, now);
            next;
            next = this.following(chain, requests, queue, today, now)
          ) {
            chain.push(next);
            queue.shift();
          }
        } catch (error) {
          results[index] = error as Error;
        }
      }),
    );
    // Holds are taken one after the other in the batch's order: of two commands wanting one code, the first gets it.
    for (const chain of chains.filter((c) => c[0]?.request.hold).sort((a, b) => (a[0]?.index ?? 0) - (b[0]?.index ?? 0))) {
      const head = chain[0] as Decided;
      try {
        head.taken = await (head.request.hold as Hold).take();
      } catch (error) {
        results[head.index] = error as Error;
        chain.length = 0;
      }
    }
    const decided = chains.flat();
    if (decided.length === 0) return;
    const release = (d: Decided) => (d.taken ? d.request.hold?.release().catch(() => undefined) : undefined);
    const appended = await this.store
      .appendMany(
        decided.map((d) => ({
          streamId: d.request.streamId,
          events: d.events,
          expectedVersion: d.version,
          metadata: d.metadata,
          idempotencyKey: d.request.options?.idempotencyKey,
          fingerprint: d.request.options?.idempotencyKey ? requestFingerprint(d.request.command) : undefined,
        })),
      )
      .catch(async (error: unknown) => {
        await Promise.all(decided.map(release));
        throw error;
      });
    const outcomes = new Map(decided.map((d, k) => [d, appended[k]] as const));
    await Promise.all(
      chains.map(async (chain) => {
        let alone = false;
        for (const d of chain) {
          const outcome = outcomes.get(d);
          if (alone || !outcome || outcome instanceof ConcurrencyError || outcome instanceof KeyTaken) {
            // Another writer moved the stream on, or an earlier attempt holds the key: alone, from the store (and what followed it).
            alone = true;
            await release(d);
            results[d.index] = await this.run(d.request).catch((error: Error) => error);
            continue;
          }
          const state = fold(d.request.aggregate.decider, outcome.events, d.state);
          await rememberState(this.store, d.request.aggregate, d.request.streamId, d.version, outcome.version, state);
          results[d.index] = summary(d.request.id, outcome);
        }
      }),
    );
  }

  /** The stream's next command, decided on the state the chain's last leaves — if it adds events; otherwise it waits for the next round. */
  private following(
    chain: readonly Decided[],
    requests: readonly AnyCommandRequest[],
    queue: readonly number[],
    today: string,
    now: Date,
  ): Decided | undefined {
    const index = queue[0];
    const request = index === undefined ? undefined : requests[index];
    const last = chain[chain.length - 1] as Decided;
    if (index === undefined || !request || request.hold || chain.length >= MAX_CHAIN) return undefined;
    try {
      const { decider } = last.request.aggregate;
      const events = last.events.map((e) => ({ type: e.type, data: this.store.catalog.validateNew(e.type, e.data).data }));
      const base = { version: last.version + last.events.length, state: fold(decider, events, last.state) };
      const decided = this.attempt(request, datedCommand(request.aggregate.dates, request.command, today), base, now);
      return decided.events.length > 0 ? { index, request, ...decided, taken: false } : undefined;
    } catch {
      return undefined; // refused on the chain's state: decided again, alone, next round
    }
  }

  /** The caller authorised on the state, the expected version checked, the command decided. */
  private attempt(request: AnyCommandRequest, command: unknown, base: { version: number; state: unknown }, now: Date) {
    const options = request.options ?? {};
    const actor = request.authorize(base.state);
    if (options.expectedVersion !== undefined && options.expectedVersion !== base.version)
      throw new ConcurrencyError(request.streamId, options.expectedVersion, base.version);
    const events = request.aggregate.decider.decide(command, base.state) as readonly DomainEvent[];
    return { ...base, events, metadata: { ...this.metadata(options, now), actor } };
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
  ): Promise<{ result: CommandResult } | Omit<Decided, 'index' | 'request' | 'taken'>> {
    const { aggregate, streamId } = request;
    const options = request.options ?? {};
    const attempt = (base: { version: number; state: unknown }) => this.attempt(request, command, base, now);
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
    if (decided.events.length === 0) {
      // Nothing to append: a command with a key that committed before is a replay (a reaction counts it as a redelivery).
      const key = options.idempotencyKey;
      const earlier = key ? await this.store.commitByKey(streamId, key, requestFingerprint(request.command)) : undefined;
      if (earlier) return { result: summary(request.id, earlier) };
      return { result: { id: request.id, version: decided.version, events: [], replayed: false } };
    }
    return decided;
  }
}
