import type { DomainEvent, RefusalRule } from '@ccpc/contracts';

/**
 * An aggregate as three pure functions (emmett's decider): the state is the fold of the
 * stream's events; a command is decided against the state into new events, or refused.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
}

export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce(decider.evolve, from);
}

/**
 * A refusal by a business rule. `rule` names the rule (stable, for clients and tests; one of
 * the catalogue REFUSALS, which says it in Chinese); `field` names the input at fault when there
 * is one; the message is the Chinese a person reads, with the specifics of this refusal.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly rule: RefusalRule,
    message: string,
    readonly options: { field?: string; status?: 400 | 403 | 404 | 409 | 422 } = {},
  ) {
    super(message);
  }

  get status(): 400 | 403 | 404 | 409 | 422 {
    return this.options.status ?? 422;
  }
}

/** The stream moved on since the caller read it: someone else wrote first. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      actualVersion === undefined
        ? `stream ${streamId} was written concurrently: expected version ${expectedVersion} is no longer current`
        : `stream ${streamId} is at version ${actualVersion}, not the expected ${expectedVersion}`,
    );
  }
}

/** Where business time comes from: injected, so tests can set the 10th, the 15th, the 25th. */
export interface Clock {
  now(): Date;
}
