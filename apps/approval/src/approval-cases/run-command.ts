import { randomUUID } from 'node:crypto';
import type { Actor, DomainEvent } from '@ccpc/contracts';
import { type AggregateDefinition, handleCommand, type MongoEventStore } from '@ccpc/event-store';
import type { Clock } from '@ccpc/eventsourcing';
import type { CommandOptions } from '@ccpc/service-kit';

/** One command of an approval aggregate through the store: who acts, the request's headers, the events it appended. */
export async function runCommand<Command, Event extends DomainEvent, State>(
  store: MongoEventStore,
  clock: Clock,
  aggregate: AggregateDefinition<Command, Event, State>,
  streamId: string,
  command: Command,
  authorize: (state: State) => Actor,
  options: CommandOptions,
) {
  const result = await handleCommand(store, aggregate, streamId, command, {
    metadata: {
      actor: { id: 'unknown', role: 'unknown', scope: null },
      correlationId: options.correlationId ?? randomUUID(),
      causationId: options.causationId ?? null,
      now: clock.now(),
    },
    authorize,
    expectedVersion: options.expectedVersion,
    idempotencyKey: options.idempotencyKey,
  });
  const events = result.events.map((e) => ({ type: e.type, streamVersion: e.streamVersion, data: e.data }));
  return { version: result.version, events, replayed: result.replayed };
}
