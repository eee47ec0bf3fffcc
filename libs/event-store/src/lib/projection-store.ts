import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection, Connection } from 'mongoose';
import type { EventEnvelope } from '@ccpc/contracts';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import type { ExclusiveWriter } from './exclusive-writer';
import { isDuplicateKey } from './mongo-errors';
import { filterOf, type ViewQuery } from './view-query';

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

interface ProjectionMeta {
  _id: string;
  active: number;
  version: number;
  switchedAt: Date;
  /** A rebuild is catching its generation up: live writers hold their events until it switches (or the lease runs out). */
  handover?: { to: number; until: Date } | null;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'ignored';

interface CachedMeta {
  generation: number;
  handoverUntil: number;
  readAt: number;
}

const META_KEYS = new Set(['_id', '_rev', '_applied', '_deleted']);

function dataOf<Doc>(doc: StoredDocument<Doc> | undefined): Doc | undefined {
  if (!doc || doc._deleted) return undefined;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!META_KEYS.has(key)) data[key] = value;
  return data as Doc;
}

function appliedVersion(doc: DocumentMeta | undefined, streamId: string): number {
  return doc?._applied.find((a) => a.s === streamId)?.v ?? 0;
}

/**
 * Where a projection's documents live: `<name>_v<version>_g<generation>` collections, the active one
 * named in `projection_meta`. A rebuild fills the next generation and switches atomically.
 */
export class ProjectionStore<Doc extends object> {
  private readonly meta: Collection<ProjectionMeta>;
  private cachedMeta?: CachedMeta;
  private readonly listeners = new Set<(keys: readonly string[]) => void>();

  constructor(
    readonly connection: Connection,
    readonly definition: ProjectionDefinition<Doc>,
    readonly cacheMs = 1000,
  ) {
    this.meta = connection.collection<ProjectionMeta>('projection_meta');
  }

  /**
   * `<name>_v<version>`: a new version of the evolve function gets collections (and, through
   * `consumerGroup`, a consumer group) of its own, so that it is built from the start of the
   * topics instead of folding new code over documents the old code wrote.
   */
  get storeName(): string {
    return `${this.definition.name}_v${this.definition.version}`;
  }

  collectionFor(generation: number): Collection<StoredDocument<Doc>> {
    return this.connection.collection<StoredDocument<Doc>>(`${this.storeName}_g${generation}`);
  }

  private async readMeta(fresh: boolean): Promise<CachedMeta> {
    if (!fresh && this.cachedMeta && Date.now() - this.cachedMeta.readAt < this.cacheMs) return this.cachedMeta;
    const meta = await this.meta.findOne({ _id: this.storeName });
    this.cachedMeta = { generation: meta?.active ?? 1, handoverUntil: meta?.handover?.until.getTime() ?? 0, readAt: Date.now() };
    return this.cachedMeta;
  }

  /** The generation reads go to (cached for `cacheMs`). */
  async activeGeneration(fresh = false): Promise<number> {
    return (await this.readMeta(fresh)).generation;
  }

  /**
   * The generation live events are applied to. While a rebuild hands over, it waits: the
   * rebuild's last catch-up then sees every event the live writers applied, and nothing is
   * written to the new generation before that catch-up (which would make it skip older events
   * of the same stream as duplicates). A rebuild that died lets writers go on when its lease ends.
   */
  private async writableGeneration(): Promise<number> {
    let meta = await this.readMeta(false);
    while (meta.handoverUntil > Date.now()) {
      await sleep(100);
      meta = await this.readMeta(true);
    }
    return meta.generation;
  }

  /** Starts a handover to `generation`: live writers pause (within `cacheMs`) until `switchTo`. */
  async beginHandover(generation: number, leaseMs: number): Promise<void> {
    const active = await this.activeGeneration(true);
    await this.meta.replaceOne(
      { _id: this.storeName },
      {
        active,
        version: this.definition.version,
        switchedAt: new Date(),
        handover: { to: generation, until: new Date(Date.now() + leaseMs) },
      },
      { upsert: true },
    );
  }

  /** Makes `generation` the active one and ends any handover. */
  async switchTo(generation: number): Promise<void> {
    await this.meta.replaceOne(
      { _id: this.storeName },
      { active: generation, version: this.definition.version, switchedAt: new Date(), handover: null },
      { upsert: true },
    );
    this.cachedMeta = { generation, handoverUntil: 0, readAt: Date.now() };
  }

  /** The live documents (tombstones excluded) of the active generation. */
  async collection(): Promise<Collection<StoredDocument<Doc>>> {
    return this.collectionFor(await this.activeGeneration());
  }

  /** One live document by key (its data, without bookkeeping), or undefined. */
  async get(key: string): Promise<Doc | undefined> {
    const doc = await (await this.collection()).findOne({ _id: key } as never);
    return dataOf((doc ?? undefined) as StoredDocument<Doc> | undefined);
  }

  /** A page of live documents matching a query, and how many match in all. */
  async page(query: ViewQuery<Doc>): Promise<{ items: Doc[]; total: number }> {
    const filter = filterOf(query);
    const collection = await this.collection();
    const [docs, total] = await Promise.all([
      collection
        .find(filter as never)
        .sort({ ...(query.sort ?? {}), _id: 1 } as never)
        .skip(query.skip)
        .limit(query.limit)
        .toArray(),
      collection.countDocuments(filter as never),
    ]);
    return { items: docs.map((d) => dataOf(d as StoredDocument<Doc>) as Doc), total };
  }

  async all(): Promise<Array<Doc & { _id: string }>> {
    const docs = await (
      await this.collection()
    )
      .find({ _deleted: { $ne: true } } as never)
      .sort({ _id: 1 })
      .toArray();
    return docs.map((d) => ({ ...(dataOf(d as StoredDocument<Doc>) as Doc), _id: d._id }));
  }

  /** Each live document's key and revision (without its data): what changed since a copy was read. */
  async revisions(): Promise<{ generation: number; revs: Map<string, number> }> {
    const generation = await this.activeGeneration();
    const docs = await this.collectionFor(generation)
      .find({ _deleted: { $ne: true } } as never, { projection: { _rev: 1 } })
      .toArray();
    return { generation, revs: new Map(docs.map((d) => [d._id, d._rev])) };
  }

  /** The live documents among these keys, with their revisions. */
  async getMany(keys: readonly string[], generation?: number): Promise<Array<{ key: string; rev: number; doc: Doc }>> {
    if (keys.length === 0) return [];
    const collection = generation === undefined ? await this.collection() : this.collectionFor(generation);
    const docs = await collection.find({ _id: { $in: [...keys] } } as never).toArray();
    return docs.filter((d) => !d._deleted).map((d) => ({ key: d._id, rev: d._rev, doc: dataOf(d as StoredDocument<Doc>) as Doc }));
  }

  /** Every live document of a generation, with its revision. */
  async getManyAll(generation: number): Promise<Array<{ key: string; rev: number; doc: Doc }>> {
    const docs = await this.collectionFor(generation)
      .find({ _deleted: { $ne: true } } as never)
      .toArray();
    return docs.map((d) => ({ key: d._id, rev: d._rev, doc: dataOf(d as StoredDocument<Doc>) as Doc }));
  }

  /** Called with the keys of the documents this process just changed (caches of views built on them listen). */
  onApplied(listener: (keys: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(events: readonly EventEnvelope[], outcomes: ApplyOutcome[]): ApplyOutcome[] {
    if (!outcomes.includes('applied')) return outcomes;
    const keyOf = this.definition.keyOf ?? ((e: EventEnvelope) => e.streamId);
    const keys = [...new Set(events.filter((_, i) => outcomes[i] === 'applied').map(keyOf))];
    for (const listener of this.listeners) listener(keys);
    return outcomes;
  }

  /**
   * Applies events in order, each at most once per (stream, version). One read and one bulk
   * write per batch; when another writer got there first, the batch is re-applied event by
   * event, which the per-stream versions make safe.
   */
  async applyBatch(events: readonly EventEnvelope[], generation?: number, exclusive?: ExclusiveWriter<Doc>): Promise<ApplyOutcome[]> {
    const gen = generation ?? (await this.writableGeneration());
    const target = this.collectionFor(gen);
    const handled = events.map((e) => this.definition.handles.includes(e.type));
    if (!handled.some(Boolean)) return events.map(() => 'ignored');
    const keyOf = this.definition.keyOf ?? ((e: EventEnvelope) => e.streamId);
    const keys = [...new Set(events.filter((_, i) => handled[i]).map(keyOf))];
    // One lookup by _id per document: the only query every MongoDB-protocol server answers from an index.
    const found = await Promise.all(
      keys.map((key) => (exclusive?.cache.has(key) ? exclusive.cache.get(key) : target.findOne({ _id: key } as never))),
    );
    const working = new Map<string, { doc?: StoredDocument<Doc>; rev?: number; changed: boolean }>();
    for (const doc of found) if (doc) working.set(doc._id, { doc: doc as StoredDocument<Doc>, rev: doc._rev, changed: false });

    const outcomes: ApplyOutcome[] = events.map((event, i) => {
      if (!handled[i]) return 'ignored';
      const key = keyOf(event);
      const entry = working.get(key) ?? { changed: false };
      working.set(key, entry);
      if (appliedVersion(entry.doc, event.streamId) >= event.streamVersion) return 'duplicate';
      const next = this.definition.evolve(dataOf(entry.doc), event);
      const applied = (entry.doc?._applied ?? []).filter((a) => a.s !== event.streamId);
      applied.push({ s: event.streamId, v: event.streamVersion });
      const meta: DocumentMeta = { _id: key, _rev: (entry.doc?._rev ?? 0) + 1, _applied: applied };
      entry.doc = (next === null ? { ...meta, _deleted: true } : { ...next, ...meta }) as StoredDocument<Doc>;
      entry.changed = true;
      return 'applied';
    });

    const writes: Array<Promise<boolean>> = [];
    for (const entry of working.values()) {
      if (!entry.changed || !entry.doc) continue;
      if (exclusive) {
        // Sole writer of a fresh generation: written behind, without compare-and-set.
        exclusive.stage(entry.doc);
        continue;
      }
      const doc = entry.doc;
      // One statement per document: FerretDB v1 runs multi-statement bulk updates pathologically slowly.
      writes.push(
        entry.rev === undefined
          ? target.insertOne(doc as never).then(
              () => true,
              (error: unknown) => {
                if (isDuplicateKey(error)) return false;
                throw error;
              },
            )
          : target.replaceOne({ _id: doc._id, _rev: entry.rev } as never, doc).then((r) => r.matchedCount === 1),
      );
    }
    if (exclusive) {
      await exclusive.flushIfFull(target);
      return outcomes;
    }
    if ((await Promise.all(writes)).every(Boolean)) return this.notify(events, outcomes);
    // Someone else wrote some of these documents meanwhile: redo one event at a time.
    const redone: ApplyOutcome[] = [];
    for (const event of events) redone.push(await this.applyOne(event, gen));
    return this.notify(events, redone);
  }

  private async applyOne(event: EventEnvelope, generation: number): Promise<ApplyOutcome> {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        return await this.applyStrict(event, generation);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    throw new Error(`projection ${this.definition.name}: could not apply ${event.eventId} after 20 attempts`);
  }

  /** One event, one document; a lost race is a ConflictError that the caller retries. */
  private async applyStrict(event: EventEnvelope, generation: number): Promise<ApplyOutcome> {
    const target = this.collectionFor(generation);
    if (!this.definition.handles.includes(event.type)) return 'ignored';
    const key = (this.definition.keyOf ?? ((e: EventEnvelope) => e.streamId))(event);
    const doc = (await target.findOne({ _id: key } as never)) as StoredDocument<Doc> | null;
    if (appliedVersion(doc ?? undefined, event.streamId) >= event.streamVersion) return 'duplicate';
    const next = this.definition.evolve(dataOf(doc ?? undefined), event);
    const applied = (doc?._applied ?? []).filter((a) => a.s !== event.streamId);
    applied.push({ s: event.streamId, v: event.streamVersion });
    const meta: DocumentMeta = { _id: key, _rev: (doc?._rev ?? 0) + 1, _applied: applied };
    const replacement = (next === null ? { ...meta, _deleted: true } : { ...next, ...meta }) as StoredDocument<Doc>;
    if (!doc) {
      try {
        await target.insertOne(replacement as never);
      } catch (error) {
        if (isDuplicateKey(error)) throw new ConflictError();
        throw error;
      }
    } else {
      const result = await target.replaceOne({ _id: key, _rev: doc._rev } as never, replacement);
      if (result.matchedCount === 0) throw new ConflictError();
    }
    return 'applied';
  }
}

class ConflictError extends Error {}
