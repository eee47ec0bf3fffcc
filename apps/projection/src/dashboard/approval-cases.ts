import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { type ApprovalDocument, DASHBOARD_APPROVALS, openCaseWorkingDaysAt, type YearPoint } from '@ccpc/projection-domain';

/** Every project's approval case as the projection keeps it (documents by `project-<id>`), mirrored in memory once for all views. */
@Injectable()
export class ApprovalCases implements OnModuleDestroy {
  private readonly mirror: ReadModelMirror<ApprovalDocument>;

  constructor(@Inject(readModelToken(DASHBOARD_APPROVALS)) readonly store: ProjectionStore<ApprovalDocument>) {
    this.mirror = new ReadModelMirror(store);
    this.mirror.keepWarm();
  }

  onModuleDestroy(): void {
    this.mirror.close();
  }

  current() {
    return this.mirror.current();
  }

  /** For the indicators at a point: the working days a project's case still open then has taken (undefined: none open). */
  async openDaysAt(point: YearPoint): Promise<(projectId: string) => number | undefined> {
    const cases = await this.mirror.current();
    const memo = new Map<string, number | undefined>();
    return (projectId) => {
      if (!memo.has(projectId))
        memo.set(projectId, openCaseWorkingDaysAt(cases.get(`project-${projectId}`)?.doc, point.asOf, point.knownAt));
      return memo.get(projectId);
    };
  }
}
