import type { EventEnvelope } from '@ccpc/contracts';

/**
 * A read model: per-key documents built by a pure evolve over the events it handles.
 * Aggregates (counts, sums) are queries over these documents, so that every document is
 * written atomically together with the versions it has applied — and nothing counts twice.
 */
export interface ProjectionDefinition<Doc extends object> {
  /** Collection base name; bump `version` when evolve changes, to rebuild. */
  readonly name: string;
  readonly version: number;
  readonly handles: readonly string[];
  /** The document an event belongs to; defaults to its stream. */
  readonly keyOf?: (event: EventEnvelope) => string;
  /** `undefined` doc: the first event for this key. Returning null deletes the document. */
  readonly evolve: (doc: Doc | undefined, event: EventEnvelope) => Doc | null;
}

export function defineProjection<Doc extends object>(def: ProjectionDefinition<Doc>): ProjectionDefinition<Doc> {
  if (!/^[a-z][a-z0-9_]*$/.test(def.name)) throw new Error(`projection name ${def.name}: use lower-case letters, digits and _`);
  return def;
}
