import { LRUCache } from 'lru-cache';
import type { Collection, Connection } from 'mongoose';
import type { EventEnvelope } from '@ccpc/contracts';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import type { ExclusiveWriter } from './exclusive-writer';
import { ProjectionGenerations } from './projection-generations';
import {
  type ApplyOutcome,
  compareAndSet,
  dataOf,
  findByKeys,
  foldStored,
  insertNew,
  keyFunction,
  type StoredDocument,
  storedForm,
} from './stored-document';
import { filterOf, type ViewQuery } from './view-query';

/**
 * Where a projection's documents live: `<name>_v<version>_g<generation>` collections, the active one
 * named in `projection_meta`. A rebuild fills the next generation and switches atomically.
 */
export class ProjectionStore<Doc extends object> {
  private readonly generations: ProjectionGenerations;
  private readonly listeners = new Set<(keys: readonly string[]) => void>();
  /**
   * The documents this process wrote last, by generation and key: the next event of the same
   * document is folded onto it without reading it back. Only a guess — every write is a
   * compare-and-set on `_rev`, so a copy another writer overtook fails its write, leaves the
   * cache and the batch is re-applied from the store.
   */
  private readonly written = new LRUCache<string, StoredDocument<Doc>>({ max: 20_000 });
  private writtenGeneration = 0;
  /** Documents as the collection holds them (packed fields as strings) and back. */
  private readonly form: ReturnType<typeof storedForm<Doc>>;

  constructor(
    readonly connection: Connection,
    readonly definition: ProjectionDefinition<Doc>,
    readonly cacheMs = 1000,
  ) {
    this.generations = new ProjectionGenerations(connection, this.storeName, definition.version, cacheMs);
    this.form = storedForm(definition);
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

  /** The generation reads go to (cached for `cacheMs`). */
  activeGeneration(fresh = false): Promise<number> {
    return this.generations.active(fresh);
  }

  /** Starts a handover to `generation`: live writers pause (within `cacheMs`) until `switchTo`. */
  beginHandover(generation: number, leaseMs: number): Promise<void> {
    return this.generations.beginHandover(generation, leaseMs);
  }

  /** Makes `generation` the active one and ends any handover. */
  switchTo(generation: number): Promise<void> {
    return this.generations.switchTo(generation);
  }

  /** The live documents (tombstones excluded) of the active generation. */
  async collection(): Promise<Collection<StoredDocument<Doc>>> {
    return this.collectionFor(await this.activeGeneration());
  }

  /** One live document by key (its data, without bookkeeping), or undefined. */
  async get(key: string): Promise<Doc | undefined> {
    const doc = await (await this.collection()).findOne({ _id: key } as never);
    return dataOf(this.form.decode((doc ?? undefined) as StoredDocument<Doc> | undefined));
  }

  /**
   * The document as this process just wrote it (a reaction reading what its own batch applied),
   * else as stored: no read for a document a batch of this consumer has just written.
   */
  async latest(key: string): Promise<Doc | undefined> {
    const mine = this.written.get(key);
    return mine && this.writtenGeneration === (await this.activeGeneration()) ? dataOf(mine) : this.get(key);
  }

  /** A page of live documents matching a query, and how many match in all. */
  async page(query: ViewQuery<Doc>): Promise<{ items: Doc[]; total: number }> {
    const filter = filterOf(query, this.definition.packed);
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
    return { items: docs.map((d) => dataOf(this.form.decode(d as StoredDocument<Doc>)) as Doc), total };
  }

  async all(): Promise<Array<Doc & { _id: string }>> {
    const docs = await (
      await this.collection()
    )
      .find({ _deleted: { $ne: true } } as never)
      .sort({ _id: 1 })
      .toArray();
    return docs.map((d) => ({ ...(dataOf(this.form.decode(d as StoredDocument<Doc>)) as Doc), _id: d._id }));
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
    return docs
      .filter((d) => !d._deleted)
      .map((d) => ({ key: d._id, rev: d._rev, doc: dataOf(this.form.decode(d as StoredDocument<Doc>)) as Doc }));
  }

  /** Every live document of a generation, with its revision. */
  async getManyAll(generation: number): Promise<Array<{ key: string; rev: number; doc: Doc }>> {
    const docs = await this.collectionFor(generation)
      .find({ _deleted: { $ne: true } } as never)
      .toArray();
    return docs.map((d) => ({ key: d._id, rev: d._rev, doc: dataOf(this.form.decode(d as StoredDocument<Doc>)) as Doc }));
  }

  /** Called with the keys of the documents this process just changed (caches of views built on them listen). */
  onApplied(listener: (keys: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(events: readonly EventEnvelope[], outcomes: ApplyOutcome[]): ApplyOutcome[] {
    if (!outcomes.includes('applied')) return outcomes;
    const keyOf = keyFunction(this.definition);
    const keys = [...new Set(events.filter((_, i) => outcomes[i] === 'applied').map(keyOf))];
    for (const listener of this.listeners) listener(keys);
    return outcomes;
  }

  /**
   * Applies events in order, each at most once per (stream, version). At most one read (none for
   * a document this store wrote last) and one compare-and-set per document per batch; the
   * events of a document another writer got to first are re-applied one by one.
   */
  async applyBatch(events: readonly EventEnvelope[], generation?: number, exclusive?: ExclusiveWriter<Doc>): Promise<ApplyOutcome[]> {
    const gen = generation ?? (await this.generations.writable());
    const target = this.collectionFor(gen);
    const handled = events.map((e) => this.definition.handles.includes(e.type));
    if (!handled.some(Boolean)) return events.map(() => 'ignored');
    const keyOf = keyFunction(this.definition);
    const keys = [...new Set(events.filter((_, i) => handled[i]).map(keyOf))];
    if (!exclusive && this.writtenGeneration !== gen) {
      this.written.clear(); // copies of another generation's documents are no guess for this one
      this.writtenGeneration = gen;
    }
    // The copies this store wrote last; one read by _id of all the others.
    const known = (key: string) => (exclusive ? exclusive.cache.get(key) : this.written.get(key));
    const unknown = keys.filter((key) => (exclusive ? !exclusive.cache.has(key) : !this.written.has(key)));
    const read = await findByKeys(target, unknown);
    const working = new Map<string, { doc?: StoredDocument<Doc>; rev?: number; changed: boolean }>();
    for (const key of keys) {
      const stored = read.get(key);
      const doc = stored ? this.form.decode(stored) : known(key);
      if (doc) working.set(key, { doc, rev: doc._rev, changed: false });
    }

    const outcomes: ApplyOutcome[] = events.map((event, i) => {
      if (!handled[i]) return 'ignored';
      const key = keyOf(event);
      const entry = working.get(key) ?? { changed: false };
      working.set(key, entry);
      const next = foldStored(this.definition, key, entry.doc, event);
      if (!next) return 'duplicate';
      entry.doc = next;
      entry.changed = true;
      return 'applied';
    });

    const writes: Array<Promise<[string, boolean]>> = [];
    const fresh: Array<StoredDocument<Doc>> = [];
    for (const { doc, rev, changed } of working.values()) {
      if (!changed || !doc) continue;
      // Sole writer of a fresh generation: written behind, without compare-and-set.
      if (exclusive) exclusive.stage(doc, this.form.encode(doc));
      else if (rev === undefined) fresh.push(doc);
      else writes.push(compareAndSet(target, this.form.encode(doc), rev).then((ok) => [doc._id, this.remember(doc, ok)]));
    }
    if (exclusive) {
      await exclusive.flushIfFull(target);
      return outcomes;
    }
    // New documents in one insert; one compare-and-set per changed one.
    const [lostFresh, updated] = await Promise.all([
      insertNew(
        target,
        fresh.map((doc) => this.form.encode(doc)),
      ),
      Promise.all(writes),
    ]);
    for (const doc of fresh) this.remember(doc, !lostFresh.has(doc._id));
    const lost = new Set([...lostFresh, ...updated.filter(([, ok]) => !ok).map(([key]) => key)]);
    // Another writer changed some of these documents meanwhile (or this copy was stale): their
    // events are redone one at a time from the store, which the per-stream versions make safe.
    for (const [i, event] of events.entries()) if (handled[i] && lost.has(keyOf(event))) outcomes[i] = await this.applyOne(event, gen);
    return this.notify(events, outcomes);
  }

  private remember(doc: StoredDocument<Doc>, written: boolean): boolean {
    if (written) this.written.set(doc._id, doc);
    else this.written.delete(doc._id);
    return written;
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
    const key = keyFunction(this.definition)(event);
    const doc = this.form.decode(((await target.findOne({ _id: key } as never)) ?? undefined) as StoredDocument<Doc> | undefined);
    const next = foldStored(this.definition, key, doc, event);
    if (!next) return 'duplicate';
    if (!(await compareAndSet(target, this.form.encode(next), doc?._rev))) throw new ConflictError();
    if (generation === this.writtenGeneration) this.written.set(key, next);
    return 'applied';
  }
}

class ConflictError extends Error {}
