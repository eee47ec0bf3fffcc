import type { EnvelopeOf, EventDefinition, EventOf } from '@ccpc/contracts';

type AnyEvent = { readonly type: string; readonly data: unknown };

/**
 * A read model: per-key documents built by a pure evolve over the events it lists. Aggregates
 * (counts, sums) are queries over these documents, so that every document is written atomically
 * together with the versions it has applied — and nothing counts twice.
 */
export interface ProjectionDefinition<Doc extends object, E extends AnyEvent = AnyEvent> {
  /** Collection base name; bump `version` when evolve changes, to rebuild. */
  readonly name: string;
  readonly version: number;
  /** The event types it folds, derived from the contracts it was defined with: the kit hands it no other. */
  readonly handles: readonly string[];
  /** The document an event belongs to; defaults to its stream. */
  keyOf?(event: EnvelopeOf<E>): string;
  /** `undefined` doc: the first event for this key. Returning null deletes the document. */
  evolve(doc: Doc | undefined, event: EnvelopeOf<E>): Doc | null;
  /**
   * Fields the store keeps as one JSON string (queries cannot filter or sort on them; reads get
   * them back as they were). For nested lists nobody queries: FerretDB v1 decodes a stored
   * document value by value on every read and compare-and-set, and a case's eight items cost it
   * four times what the same content costs as one string.
   */
  readonly packed?: readonly string[];
}

/**
 * A projection over a list of event contracts (`events: REGISTRY_EVENTS`, or a few of them):
 * the kit passes `evolve` only those events, read and validated by the catalogue, typed by their
 * contracts — a switch on `event.type` narrows `event.data`, and a fold that ends in
 * `unhandledEvent(event)` stops compiling when the list gains an event it does not handle.
 */
export function defineProjection<Doc extends object, const Events extends readonly EventDefinition[]>(def: {
  name: string;
  version: number;
  events: Events;
  keyOf?: (event: EnvelopeOf<EventOf<Events[number]>>) => string;
  evolve: (doc: Doc | undefined, event: EnvelopeOf<EventOf<Events[number]>>) => Doc | null;
  packed?: ReadonlyArray<keyof Doc & string>;
}): ProjectionDefinition<Doc, EventOf<Events[number]>> {
  if (!/^[a-z][a-z0-9_]*$/.test(def.name)) throw new Error(`projection name ${def.name}: use lower-case letters, digits and _`);
  return {
    name: def.name,
    version: def.version,
    handles: def.events.map((e) => e.type),
    keyOf: def.keyOf,
    evolve: def.evolve,
    packed: def.packed,
  };
}

/**
 * A projection's document for one stream, folded from that stream's events (only those it
 * handles): what a read route answers for an entity the read model has not caught up with yet
 * (a client following `Location` right after a command).
 */
export function foldStream<Doc extends object>(
  projection: ProjectionDefinition<Doc, never>,
  events: ReadonlyArray<{ readonly type: string }>,
): Doc | undefined {
  const handles = new Set(projection.handles);
  let doc: Doc | undefined;
  for (const event of events) {
    // The store's envelopes carry validated, upcast data; the listed types are the projection's own.
    if (handles.has(event.type)) doc = projection.evolve(doc, event as never) ?? undefined;
  }
  return doc;
}
