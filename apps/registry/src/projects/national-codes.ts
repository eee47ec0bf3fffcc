import type { Collection, Connection } from 'mongoose';
import { isDuplicateKey, loadAggregate, type MongoEventStore } from '@ccpc/event-store';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import type { CommandResult } from '@ccpc/eventsourcing';
import { projectStreams } from '@ccpc/contracts';
import { projectAggregate } from './project.aggregate';

interface CodeReservation {
  _id: string;
  projectId: string;
  reservedAt: Date;
}

/**
 * A national code belongs to one project: reserved (unique _id) before the command, released
 * if the command does not land. A reservation whose project never took the code (its writer
 * died) is taken over after a minute.
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

  /** Runs the command holding the code for the project; without a code, just runs it. */
  async hold(projectId: string, code: string | null | undefined, command: () => Promise<CommandResult>): Promise<CommandResult> {
    if (!code) return command();
    const now = this.clock.now();
    let reserved = false;
    try {
      await this.codes.insertOne({ _id: code, projectId, reservedAt: now });
      reserved = true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const holder = await this.codes.findOne({ _id: code });
      if (holder && holder.projectId !== projectId) {
        const owner = await loadAggregate(this.store, projectAggregate, projectStreams.streamId(holder.projectId));
        const stale = owner.state?.nationalCode !== code && holder.reservedAt.getTime() < now.getTime() - 60_000;
        if (!stale)
          throw new DomainError('nationalCode.duplicate', `国家项目代码 ${code} 已属于另一个项目`, { field: 'nationalCode', status: 409 });
        await this.codes.replaceOne({ _id: code, projectId: holder.projectId }, { projectId, reservedAt: now });
        reserved = true;
      }
    }
    try {
      return await command();
    } catch (error) {
      if (reserved) await this.codes.deleteOne({ _id: code, projectId }).catch(() => undefined);
      throw error;
    }
  }
}
