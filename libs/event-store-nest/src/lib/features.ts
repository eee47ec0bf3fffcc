import { Injectable, type Type } from '@nestjs/common';
import type { ServiceName } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import type { CommandSet } from './commands/command-set';
import type { ReactionDefinition } from './reactions';

/** A read model and the services whose topics it follows (default: the service's own). */
export interface ReadModel {
  projection: ProjectionDefinition<object>;
  from?: readonly ServiceName[];
}

/** A read model of documents of any shape, and where its events come from. */
export function readModel(projection: ProjectionDefinition<object>, from?: readonly ServiceName[]): ReadModel {
  return { projection, from };
}

/** What a feature module brings to its service: read models, reactions, command sets. */
export interface FeatureOptions {
  /** Read models the feature keeps, each with a consumer run the same way as every other. */
  readModels?: readonly ReadModel[];
  /** Reactions to other contexts' events, each with a consumer of its own (started once every module is ready). */
  reactions?: readonly ReactionDefinition[];
  /** The feature's command sets (its providers): their commands are run by POST /batch too. */
  commands?: ReadonlyArray<Type<CommandSet>>;
}

/**
 * Everything the service's feature modules registered (EventSourcingModule.forFeature), read by
 * the one event-sourcing lifecycle of the service: one store, one relay, every consumer.
 */
@Injectable()
export class Features {
  readonly readModels: Array<{ model: ReadModel; store: ProjectionStore<object> }> = [];
  readonly reactions: ReactionDefinition[] = [];
  readonly commandSets: Array<Type<CommandSet>> = [];

  add(options: FeatureOptions, stores: ReadonlyArray<ProjectionStore<object>>): void {
    for (const name of (options.readModels ?? []).map((m) => m.projection.name))
      if (this.readModels.some((r) => r.model.projection.name === name)) throw new Error(`read model ${name} is registered twice`);
    (options.readModels ?? []).forEach((model, i) => this.readModels.push({ model, store: stores[i] as ProjectionStore<object> }));
    this.reactions.push(...(options.reactions ?? []));
    this.commandSets.push(...(options.commands ?? []));
  }
}
