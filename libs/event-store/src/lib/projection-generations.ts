import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection, Connection } from 'mongoose';

interface ProjectionMeta {
  _id: string;
  active: number;
  version: number;
  switchedAt: Date;
  /** A rebuild is catching its generation up: live writers hold their events until it switches (or the lease runs out). */
  handover?: { to: number; until: Date } | null;
}

interface CachedMeta {
  generation: number;
  handoverUntil: number;
  readAt: number;
}

/**
 * Which generation of a projection's store is active, as `projection_meta` names it, and the
 * handover of a rebuild to the next one.
 */
export class ProjectionGenerations {
  private readonly meta: Collection<ProjectionMeta>;
  private cached?: CachedMeta;

  constructor(
    connection: Connection,
    private readonly storeName: string,
    private readonly version: number,
    private readonly cacheMs: number,
  ) {
    this.meta = connection.collection<ProjectionMeta>('projection_meta');
  }

  private async read(fresh: boolean): Promise<CachedMeta> {
    if (!fresh && this.cached && Date.now() - this.cached.readAt < this.cacheMs) return this.cached;
    const meta = await this.meta.findOne({ _id: this.storeName });
    this.cached = { generation: meta?.active ?? 1, handoverUntil: meta?.handover?.until.getTime() ?? 0, readAt: Date.now() };
    return this.cached;
  }

  /** The generation reads go to (cached for `cacheMs`). */
  async active(fresh = false): Promise<number> {
    return (await this.read(fresh)).generation;
  }

  /**
   * The generation live events are applied to. While a rebuild hands over, it waits: the
   * rebuild's last catch-up then sees every event the live writers applied, and nothing is
   * written to the new generation before that catch-up (which would make it skip older events
   * of the same stream as duplicates). A rebuild that died lets writers go on when its lease ends.
   */
  async writable(): Promise<number> {
    let meta = await this.read(false);
    while (meta.handoverUntil > Date.now()) {
      await sleep(100);
      meta = await this.read(true);
    }
    return meta.generation;
  }

  /** Starts a handover to `generation`: live writers pause (within `cacheMs`) until `switchTo`. */
  async beginHandover(generation: number, leaseMs: number): Promise<void> {
    const active = await this.active(true);
    await this.meta.replaceOne(
      { _id: this.storeName },
      { active, version: this.version, switchedAt: new Date(), handover: { to: generation, until: new Date(Date.now() + leaseMs) } },
      { upsert: true },
    );
  }

  /** Makes `generation` the active one and ends any handover. */
  async switchTo(generation: number): Promise<void> {
    await this.meta.replaceOne(
      { _id: this.storeName },
      { active: generation, version: this.version, switchedAt: new Date(), handover: null },
      { upsert: true },
    );
    this.cached = { generation, handoverUntil: 0, readAt: Date.now() };
  }
}
