import { z } from 'zod';
import type { ServiceName } from './services';

/** Turns data of schema version n into data of version n + 1. Pure. */
export type Upcaster = (data: unknown) => unknown;

export interface EventDefinition<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  /** The current schema version; new events are written with it. */
  readonly schemaVersion: number;
  readonly schema: S;
  readonly producer: ServiceName;
  /** What the fact is called on screen (a project's history, the catalogue): a few Chinese words. */
  readonly label: string;
  /** 中文说明 and meaning, for the catalogue. */
  readonly description: string;
  /** upcasters[n] turns version n into n + 1, for every n below schemaVersion. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
  /** Superseded schemas, kept for the catalogue and to validate stored old versions. */
  readonly previousSchemas: Readonly<Record<number, z.ZodType>>;
}

export type EventData<D extends EventDefinition> = z.infer<D['schema']>;

/**
 * The typed event (`{ type, data }`) of a contract, or the union of a list's: folds switch on
 * it and end in `unhandledEvent`, so that a new contract fails to compile where it is not folded.
 */
export type EventOf<D> = D extends EventDefinition<infer T, infer S> ? { readonly type: T; readonly data: z.infer<S> } : never;

/** The end of an exhaustive switch over an event union: unreachable unless a type is not handled. */
export function unhandledEvent(event: never): never {
  throw new Error(`event type ${(event as { type?: string }).type} is not handled by this fold`);
}

/**
 * Declares an event contract. A change to a schema adds a version with an upcaster from the
 * previous one; it never edits a published version in place.
 */
export function defineEvent<T extends string, S extends z.ZodType>(def: {
  type: T;
  producer: ServiceName;
  label: string;
  description: string;
  schema: S;
  schemaVersion?: number;
  upcasters?: Record<number, Upcaster>;
  previousSchemas?: Record<number, z.ZodType>;
}): EventDefinition<T, S> {
  const schemaVersion = def.schemaVersion ?? 1;
  for (let v = 1; v < schemaVersion; v++) {
    if (!def.upcasters?.[v]) throw new Error(`${def.type}: no upcaster from schema version ${v} to ${v + 1}`);
  }
  return {
    type: def.type,
    producer: def.producer,
    label: def.label,
    description: def.description,
    schema: def.schema,
    schemaVersion,
    upcasters: def.upcasters ?? {},
    previousSchemas: def.previousSchemas ?? {},
  };
}
