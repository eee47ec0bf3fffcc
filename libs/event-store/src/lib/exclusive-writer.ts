import type { Collection } from 'mongoose';
import type { StoredDocument } from './stored-document';

/**
 * The one writer of a generation nobody reads or writes yet (a rebuild's replay): keeps the
 * documents in memory and writes them behind in bulk, by _id, without compare-and-set.
 */
export class ExclusiveWriter<Doc> {
  readonly cache = new Map<string, StoredDocument<Doc>>();
  private readonly dirty = new Map<string, StoredDocument<Doc>>();
  private readonly persisted = new Set<string>();
  constructor(private readonly maxDirty = 250_000) {}

  /** `doc` as the next fold reads it, `stored` as the collection will hold it. */
  stage(doc: StoredDocument<Doc>, stored: StoredDocument<Doc> = doc): void {
    this.cache.set(doc._id, doc);
    this.dirty.set(doc._id, stored);
  }

  async flushIfFull(target: Collection<StoredDocument<Doc>>): Promise<void> {
    if (this.dirty.size >= this.maxDirty) await this.flush(target);
  }

  /** New documents go in with insertMany (fast everywhere); ones written before are replaced one by one. */
  async flush(target: Collection<StoredDocument<Doc>>): Promise<void> {
    const docs = [...this.dirty.values()];
    this.dirty.clear();
    const fresh = docs.filter((d) => !this.persisted.has(d._id));
    const again = docs.filter((d) => this.persisted.has(d._id));
    for (let i = 0; i < fresh.length; i += 5000) await target.insertMany(fresh.slice(i, i + 5000) as never[], { ordered: false });
    for (let i = 0; i < again.length; i += 50) {
      await Promise.all(again.slice(i, i + 50).map((doc) => target.replaceOne({ _id: doc._id } as never, doc)));
    }
    for (const doc of fresh) this.persisted.add(doc._id);
    if (this.cache.size > this.maxDirty) this.cache.clear();
  }
}
