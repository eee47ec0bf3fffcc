import type { Collection } from 'mongoose';
import type { EventEnvelope } from '@ccpc/contracts';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import { duplicateKeyIndexes, isDuplicateKey } from './mongo-errors';

/** Bookkeeping stored in each read-model document, next to the data it protects. */
export interface DocumentMeta {
  _id: string;
  /** Events applied to this document. Deterministic: a rebuild gives the same number. */
  _rev: number;
  /** The last version applied per stream: an event at or below it is a duplicate. */
  _applied: Array<{ s: string; v: number }>;
  /** evolve returned null: kept as a tombstone so that a redelivered old event cannot revive it. */
  _deleted?: true;
}

export type StoredDocument<Doc> = Doc & DocumentMeta;

export type ApplyOutcome = 'applied' | 'duplicate' | 'ignored';

const META_KEYS = new Set(['_id', '_rev', '_applied', '_deleted']);

/** A stored document's data without its bookkeeping; undefined for none or a tombstone. */
export function dataOf<Doc>(doc: StoredDocument<Doc> | undefined): Doc | undefined {
  if (!doc || doc._deleted) return undefined;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!META_KEYS.has(key)) data[key] = value;
  return data as Doc;
}

/**
 * A projection's codec between documents and what the collection holds: its `packed` fields as
 * JSON strings. Identity for a projection without them.
 */
export function storedForm<Doc extends object>(definition: ProjectionDefinition<Doc>) {
  const packed = definition.packed ?? [];
  const convert = (doc: StoredDocument<Doc>, each: (value: unknown) => unknown): StoredDocument<Doc> => {
    if (packed.length === 0 || doc._deleted) return doc;
    const copy = { ...doc } as Record<string, unknown>;
    for (const field of packed) if (copy[field] !== undefined) copy[field] = each(copy[field]);
    return copy as StoredDocument<Doc>;
  };
  return {
    encode: (doc: StoredDocument<Doc>) => convert(doc, (value) => JSON.stringify(value)),
    decode: <T extends StoredDocument<Doc> | null | undefined>(doc: T): T =>
      doc ? (convert(doc, (value) => (typeof value === 'string' ? JSON.parse(value) : value)) as T) : doc,
  };
}

/** The document key an event belongs to: the projection's `keyOf`, else the event's stream. */
export function keyFunction<Doc extends object>(definition: ProjectionDefinition<Doc>): (event: EventEnvelope) => string {
  return definition.keyOf ?? ((event: EventEnvelope) => event.streamId);
}

/**
 * One event folded onto a stored document: the next stored document, or undefined when the
 * document has already seen this (stream, version) — a redelivery.
 */
export function foldStored<Doc extends object>(
  definition: ProjectionDefinition<Doc>,
  key: string,
  doc: StoredDocument<Doc> | undefined,
  event: EventEnvelope,
): StoredDocument<Doc> | undefined {
  const seen = doc?._applied.find((a) => a.s === event.streamId)?.v ?? 0;
  if (seen >= event.streamVersion) return undefined;
  const next = definition.evolve(dataOf(doc), event);
  const applied = (doc?._applied ?? []).filter((a) => a.s !== event.streamId);
  applied.push({ s: event.streamId, v: event.streamVersion });
  const meta: DocumentMeta = { _id: key, _rev: (doc?._rev ?? 0) + 1, _applied: applied };
  return (next === null ? { ...meta, _deleted: true } : { ...next, ...meta }) as StoredDocument<Doc>;
}

/**
 * Writes a document if it is still at `rev` (undefined: if it does not exist yet): false when
 * another writer got there first. One statement per document — FerretDB v1 runs
 * multi-statement bulk updates pathologically slowly.
 */
export async function compareAndSet<Doc>(
  target: Collection<StoredDocument<Doc>>,
  doc: StoredDocument<Doc>,
  rev: number | undefined,
): Promise<boolean> {
  if (rev !== undefined) return (await target.replaceOne({ _id: doc._id, _rev: rev } as never, doc)).matchedCount === 1;
  try {
    await target.insertOne(doc as never);
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** Keys per read of many documents (FerretDB looks up to 10,000 up through the `_id` index). */
const KEYS_PER_READ = 5_000;

/** The stored documents of these keys, by key: one `_id: {$in}` read per 5,000 keys. */
export async function findByKeys<Doc>(
  target: Collection<StoredDocument<Doc>>,
  keys: readonly string[],
): Promise<Map<string, StoredDocument<Doc>>> {
  const found = new Map<string, StoredDocument<Doc>>();
  for (let i = 0; i < keys.length; i += KEYS_PER_READ) {
    const docs = await target.find({ _id: { $in: keys.slice(i, i + KEYS_PER_READ) } } as never).toArray();
    for (const doc of docs as unknown as Array<StoredDocument<Doc>>) found.set(doc._id, doc);
  }
  return found;
}

/**
 * Inserts documents that did not exist when read: one unordered insert for all of them. The
 * keys another writer inserted first come back (their documents were not written).
 */
export async function insertNew<Doc>(
  target: Collection<StoredDocument<Doc>>,
  docs: ReadonlyArray<StoredDocument<Doc>>,
): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  try {
    await target.insertMany(docs as never, { ordered: false });
    return new Set();
  } catch (error) {
    const lost = duplicateKeyIndexes(error);
    if (!lost) throw error;
    return new Set(lost.map((i) => docs[i]?._id).filter((id): id is string => id !== undefined));
  }
}
