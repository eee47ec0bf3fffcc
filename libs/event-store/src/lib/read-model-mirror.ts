import type { ProjectionStore } from './projection-store';
import { pageInMemory, type ViewQuery } from './view-query';

export interface MirrorOptions {
  /** How often to look for documents other replicas changed (a scan of keys and revisions only). */
  syncMs?: number;
}

export interface MirrorChange {
  /** Keys whose documents changed, appeared or disappeared; `all` after a full read (first read, rebuild switched). */
  keys: readonly string[] | 'all';
}

/**
 * A read model kept whole in memory, for views that fold every document on each query (the
 * leadership board). Reading it all from a MongoDB-protocol server takes hundreds of ms for a
 * city's projects; this copy is read once and then kept current by documents, not by re-reading:
 * - what this process applies is fetched before the next read returns (read-your-writes: a
 *   client told of a change over SSE sees it when it asks);
 * - what other replicas applied is found by a scan of keys and revisions every `syncMs`, in the
 *   background (a query never waits for it), and only the changed documents are fetched;
 * - a rebuild's switch to a new generation is a full read.
 * Listeners hear which keys changed, so that caches derived per document stay current too.
 */
export class ReadModelMirror<Doc extends object> {
  private docs = new Map<string, { rev: number; doc: Doc }>();
  private generation = 0;
  private loaded?: Promise<void>;
  private dirty = new Set<string>();
  private refreshing?: Promise<void>;
  private syncing?: Promise<void>;
  private lastSync = 0;
  private readonly listeners = new Set<(change: MirrorChange) => void>();
  private readonly off: () => void;
  private warm?: { idleMs: number; then?: () => Promise<unknown>; timer?: NodeJS.Timeout };
  /** Bumped on every change: a cache keyed by it is current. */
  version = 0;

  constructor(
    private readonly store: ProjectionStore<Doc>,
    private readonly options: MirrorOptions = {},
  ) {
    this.off = store.onApplied((keys) => {
      for (const key of keys) this.dirty.add(key);
      this.scheduleWarm();
    });
  }

  close(): void {
    this.off();
    clearTimeout(this.warm?.timer);
    this.warm = undefined;
  }

  /**
   * Reads the documents now, and again each time this process's applies have gone quiet for
   * `idleMs`, then runs `then` (what the owner derives from them): the first query after a start
   * or after a load finds the copy — and the views derived from it — ready instead of paying for
   * them. The quiet is long (10 s) so that a load in progress, with its short pauses, is not slowed
   * by reads and folds its next batch would undo (a 1 s quiet cost the bench's demo city 10–20 s).
   * A failed read is left for the next query to retry.
   */
  keepWarm(idleMs = 10_000, then?: () => Promise<unknown>): void {
    this.warm = { idleMs, then };
    this.scheduleWarm(0);
  }

  private scheduleWarm(delay = this.warm?.idleMs): void {
    const warm = this.warm;
    if (!warm) return;
    clearTimeout(warm.timer);
    warm.timer = setTimeout(() => {
      if (this.warm !== warm) return;
      void this.current()
        .then(() => warm.then?.())
        .catch(() => undefined);
    }, delay);
    warm.timer.unref();
  }

  onChange(listener: (change: MirrorChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The documents as of now: this process's applies included; other replicas' within `syncMs`. */
  async current(): Promise<ReadonlyMap<string, { rev: number; doc: Doc }>> {
    this.loaded ??= this.readAll().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    await this.loaded;
    // A read that comes while another is fetching this process's applies waits for that fetch too.
    if (this.dirty.size > 0 || this.refreshing) await this.refreshDirty();
    if (Date.now() - this.lastSync > (this.options.syncMs ?? 2000) && !this.syncing) {
      this.syncing = this.sync()
        .catch(() => undefined) // the next query tries again; the copy stays as it was
        .finally(() => (this.syncing = undefined));
    }
    return this.docs;
  }

  /**
   * A page of the documents as the store's `page` would answer it (same filters, order and
   * total), from memory: for lists the database would answer with a full sort and count.
   */
  async page(query: ViewQuery<Doc>): Promise<{ items: Doc[]; total: number }> {
    const docs = await this.current();
    return pageInMemory(
      [...docs].map(([key, { doc }]) => ({ key, doc })),
      query,
    );
  }

  /** Waits for a scan of other replicas' changes (tests and tools). */
  async synced(): Promise<void> {
    await this.current();
    this.lastSync = 0;
    await this.current();
    await this.syncing;
  }

  private async readAll(): Promise<void> {
    const { generation } = await this.store.revisions();
    const all = await this.store.getManyAll(generation);
    this.docs = new Map(all.map((d) => [d.key, { rev: d.rev, doc: d.doc }]));
    this.generation = generation;
    this.lastSync = Date.now();
    this.changed('all');
  }

  private refreshDirty(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        while (this.dirty.size > 0) {
          const keys = [...this.dirty];
          this.dirty.clear();
          await this.replace(keys, await this.store.getMany(keys, this.generation));
        }
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async sync(): Promise<void> {
    this.lastSync = Date.now();
    const held = [...this.docs.keys()]; // what arrives during the scan is not "gone"
    const { generation, revs } = await this.store.revisions();
    if (generation !== this.generation) return this.readAll();
    const stale = [...revs].filter(([key, rev]) => this.docs.get(key)?.rev !== rev).map(([key]) => key);
    const gone = held.filter((key) => !revs.has(key));
    if (stale.length === 0 && gone.length === 0) return;
    await this.replace([...stale, ...gone], await this.store.getMany(stale, generation));
  }

  private async replace(keys: readonly string[], found: Array<{ key: string; rev: number; doc: Doc }>): Promise<void> {
    const byKey = new Map(found.map((f) => [f.key, f]));
    for (const key of keys) {
      const next = byKey.get(key);
      const held = this.docs.get(key);
      if (!next) this.docs.delete(key);
      else if (!held || held.rev < next.rev) this.docs.set(key, { rev: next.rev, doc: next.doc });
    }
    this.changed(keys);
  }

  private changed(keys: MirrorChange['keys']): void {
    this.version++;
    for (const listener of this.listeners) listener({ keys });
  }
}
