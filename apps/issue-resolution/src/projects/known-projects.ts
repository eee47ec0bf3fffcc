import { Inject, Injectable } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ProjectionStore } from '@ccpc/event-store';
import { DomainError } from '@ccpc/eventsourcing';
import { type KnownProject, knownProjects } from './known-project.view';

/** The registry's projects as this service knows them (written by the registry reaction, read by the commands). */
@Injectable()
export class KnownProjects {
  readonly store: ProjectionStore<KnownProject>;

  constructor(@Inject(getConnectionToken()) connection: Connection) {
    this.store = new ProjectionStore(connection, knownProjects);
  }

  /**
   * The project as stored, or 404 naming the field it came from. Read from the database, not from
   * what this process last wrote (`latest`): with two replicas the registry's next event about the
   * project — its cancellation — may have been applied by the other one after a rebalance.
   */
  async require(projectId: string, field = 'projectId'): Promise<KnownProject> {
    const project = await this.store.get(projectId);
    if (!project) throw new DomainError('issue.projectUnknown', `项目储备库中没有编号为 ${projectId} 的项目`, { field, status: 404 });
    return project;
  }
}
