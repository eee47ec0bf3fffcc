import type { Collection, Connection } from 'mongoose';
import { isDuplicateKey } from './mongo-errors';

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

/**
 * One relay per topic at a time: a lease document renewed by its holder, taken over by another
 * replica once it has expired. Renewed when half of it has run out.
 */
export class RelayLease {
  private readonly leases: Collection<LeaseDocument>;
  private until = 0;

  constructor(
    connection: Connection,
    collectionName: string,
    private readonly topic: string,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {
    this.leases = connection.collection<LeaseDocument>(collectionName);
  }

  /** Half of the lease has run out: finish the round in hand and renew before the next. */
  get due(): boolean {
    return Date.now() > this.until - this.leaseMs / 2;
  }

  /** Holds (or renews, or takes over) the lease; 'taken' the first time after not holding it. */
  async hold(): Promise<'held' | 'taken' | 'elsewhere'> {
    if (!this.due) return 'held';
    const now = Date.now();
    const expiresAt = new Date(now + this.leaseMs);
    try {
      const lease = await this.leases.findOneAndUpdate(
        { _id: this.topic, $or: [{ owner: this.owner }, { expiresAt: { $lt: new Date(now) } }] },
        { $set: { owner: this.owner, expiresAt } },
        { upsert: true, returnDocument: 'after' },
      );
      const held = lease?.owner === this.owner;
      const before = this.until;
      this.until = held ? expiresAt.getTime() : 0;
      return !held ? 'elsewhere' : before === 0 ? 'taken' : 'held';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      this.until = 0;
      return 'elsewhere'; // another replica holds it
    }
  }

  /** Gives the lease back (a normal stop): another replica may take it at once. */
  async release(): Promise<void> {
    this.until = 0;
    await this.leases.deleteOne({ _id: this.topic, owner: this.owner }).catch(() => undefined);
  }
}
