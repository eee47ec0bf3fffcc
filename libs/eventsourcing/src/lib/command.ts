import type { RefusalRule } from '@ccpc/contracts';

/** What a command's caller asked of its delivery: the version it saw, its retry key, where it came from. */
export interface CommandOptions {
  /** From If-Match: refuse with 409 if the aggregate moved on since. */
  expectedVersion?: number;
  /** From Idempotency-Key: a retry returns the first result. */
  idempotencyKey?: string;
  correlationId?: string;
  /** The event that caused this command (a reaction to another context's event, a scheduler's notice). */
  causationId?: string;
}

/** An event a command appended, as its caller sees it. */
export interface EventSummary {
  type: string;
  streamVersion: number;
  data: unknown;
}

/** The answer to every command of every context: the aggregate, its new version, what happened, whether it was a retry. */
export interface CommandResult {
  id: string;
  version: number;
  events: EventSummary[];
  replayed: boolean;
}

/** A business date a command carries: a day (YYYY-MM-DD) or a month (YYYY-MM), and the field it came in. */
export interface DatedField {
  field: string;
  date: string;
}

/**
 * The business dates of an aggregate's commands, which the command runner checks in every
 * context alike: none may lie after the city's today (a month: none may not have begun), and
 * none before the aggregate's own first fact (e.g. the project's registration, the case's opening).
 */
export interface BusinessDates<Command, State> {
  /** The command with the dates an officer may leave out filled in as today. */
  fill?: (command: Command, today: string) => Command;
  /** The command's business dates. */
  of: (command: Command) => readonly DatedField[];
  /** The earliest day a command may carry on this state, the rule it breaks and what that day is (in Chinese). */
  notBefore?: (state: State, command: Command) => { date: string; rule: RefusalRule; what: string } | undefined;
}
