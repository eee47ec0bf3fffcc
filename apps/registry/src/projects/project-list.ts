import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { PROJECTS_VIEW, type ProjectView } from './projects.view';

/**
 * The project list served from memory (read once, then kept current document by document): a
 * page from the database is a full sort and count of every project (0.8–1.8 s at the demo city).
 * One mirror for every route that lists projects.
 */
@Injectable()
export class ProjectList implements OnModuleDestroy {
  readonly mirror: ReadModelMirror<ProjectView>;

  constructor(@Inject(readModelToken(PROJECTS_VIEW)) readonly view: ProjectionStore<ProjectView>) {
    this.mirror = new ReadModelMirror(view);
    this.mirror.keepWarm();
  }

  onModuleDestroy(): void {
    this.mirror.close();
  }
}
