import type { Collection, Connection } from 'mongoose';
import { type Hold, isDuplicateKey, loadAggregate, type MongoEventStore } from '@ccpc/event-store';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import { projectStreams } from '@ccpc/contracts';
import { projectAggregate } from './project.aggregate';

interface CodeReservation {
  _id: string;
  projectId: string;
  reservedAt: Date;
}

/**
 * A national code belongs to one project: reserved (unique _id) before the command is appended,
 * given back if the command does not land. A reservation whose project never took the code (its
 * writer died) is taken over after a minute.
 */
export class NationalCodes {
  private readonly codes: Collection<CodeReservation>;

  constructor(
    connection: Connection,
    private readonly store: MongoEventStore,
    private readonly clock: Clock,
  ) {
    this.codes = connection.collection<CodeReservation>('registry_national_codes');
  }

  /** What a command giving the project this code holds while it lands (nothing without a code). */
  hold(projectId: string, code: string | null | undefined): Hold | undefined {
    return code ? { take: () => this.reserve(projectId, code), release: () => this.release(projectId, code) } : undefined;
  }

  /** True when reserved now, false when the project holds it already; 409 when another project does. */
  private async reserve(projectId: string, code: string): Promise<boolean> {
    const now = this.clock.now();
    try {
      await this.codes.insertOne({ _id: code, projectId, reservedAt: now });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const holder = await this.codes.findOne({ _id: code });
    if (!holder || holder.projectId === projectId) return false;
    const owner = await loadAggregate(this.store, projectAggregate, projectStreams.streamId(holder.projectId));
    const stale = owner.state?.nationalCode !== code && holder.reservedAt.getTime() < now.getTime() - 60_000;
    if (!stale)
      throw new DomainError('nationalCode.duplicate', `国家项目代码 ${code} 已属于另一个项目`, { field: 'nationalCode', status: 409 });
    await this.codes.replaceOne({ _id: code, projectId: holder.projectId }, { projectId, reservedAt: now });
    return true;
  }

  private async release(projectId: string, code: string): Promise<void> {
    await this.codes.deleteOne({ _id: code, projectId });
  }
}
