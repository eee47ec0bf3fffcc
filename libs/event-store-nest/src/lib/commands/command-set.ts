import type { Type } from '@nestjs/common';
import type { Caller, RoleKind } from '@ccpc/auth';
import type { AnyCommandRequest } from '@ccpc/event-store';
import type { CommandOptions } from '@ccpc/eventsourcing';

/** What a command acts on: the aggregate's id (absent for one that creates it) and the route's other path parameters. */
export interface CommandTarget {
  id?: string;
  params: Readonly<Record<string, string>>;
}

/**
 * One command of a context, as its HTTP route and its batch entry both run it: who may send it
 * (the route's `@Allow`), the body class that validates it, and how it becomes the runner's
 * request (the command, the stream, who acts on which aggregate).
 */
export interface CommandDefinition<Body extends object = object, Deps = unknown> {
  /** The route's path after the aggregate's id (`:id/<path>`), when it is a command route. */
  readonly path?: string;
  readonly summary: string;
  readonly allow: readonly RoleKind[];
  readonly body: Type<Body>;
  /** The command creates its aggregate: no id is given (it comes from the caller's Idempotency-Key, or is new). */
  readonly creates?: boolean;
  /** What the aggregate's id looks like in a batch entry (as the route's id pipe checks it); a UUID unless said. */
  readonly id?: { readonly pattern: RegExp; readonly what: string };
  /** Path parameters besides the id, and the pattern each must match (e.g. an item code). */
  readonly params?: Readonly<Record<string, RegExp>>;
  /** The runner's request; `deps` are the set's own (a collection, the store) for the few commands that need more than the command. */
  request(
    deps: Deps,
    caller: Caller,
    target: CommandTarget,
    body: Body,
    options: CommandOptions,
  ): AnyCommandRequest | Promise<AnyCommandRequest>;
}

/** A context's commands by name, written once: routes take their path, summary and roles from here, the batch its bodies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandCatalogue<Deps = unknown> = Readonly<Record<string, CommandDefinition<any, Deps>>>;

/** Typed by its body class: `request` receives the validated body. */
export const defineCommand = <Body extends object, Deps = unknown>(
  definition: CommandDefinition<Body, Deps>,
): CommandDefinition<Body, Deps> => definition;

/**
 * A context's commands by name (`docking`, `submit-item`, …): a provider of its feature module,
 * registered with `EventSourcingModule.forService({ commands })`, so that the service's batch
 * route runs them.
 */
export interface CommandSet<Deps = unknown> {
  readonly commands: CommandCatalogue<Deps>;
  readonly deps: Deps;
}
